import type { DraftSummary } from '../../shared/ipc/contract';
import { formatWhen } from '../i18n/formatWhen';
import { wordsLabel } from '../i18n/wordsLabel';
import { workspace } from '../workspace/workspace';

export function DraftListItem({ draft, current }: { draft: DraftSummary; current: boolean }) {
  const title = draft.headline.trim() || 'Untitled';
  return (
    <li>
      <button
        type="button"
        className={current ? 'draft-item current' : 'draft-item'}
        aria-current={current ? 'page' : undefined}
        onClick={() => void workspace.open(draft.id)}
      >
        <span className={draft.headline.trim() ? 'draft-title' : 'draft-title untitled'}>{title}</span>
        <span className="draft-meta">
          {formatWhen(draft.updatedAt)} · {wordsLabel(draft.wordCount)}
        </span>
      </button>
    </li>
  );
}
