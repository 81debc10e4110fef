import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../shared/ipc/contract';
import { formatWhen } from '../i18n/formatWhen';
import { workspace } from '../workspace/workspace';

interface DraftListItemProps {
  draft: DraftSummary;
  current: boolean;
  /** The one item of the list that Tab reaches (see DraftList). */
  tabStop: boolean;
}

/**
 * One draft in the sidebar list: the button inside the list item (the Sidebar owns the `li`,
 * which it positions in the virtual list). Memoised, so scrolling renders only the items that appear.
 */
export const DraftListItem = memo(function DraftListItem({ draft, current, tabStop }: DraftListItemProps) {
  const { t, i18n } = useTranslation();
  const named = draft.headline.trim() !== '';
  return (
    <button
      type="button"
      className={current ? 'draft-item current' : 'draft-item'}
      aria-current={current ? 'page' : undefined}
      tabIndex={tabStop ? 0 : -1}
      onClick={() => (draft.readOnly ? workspace.explainReadOnly() : void workspace.open(draft.id))}
    >
      <span className={named ? 'draft-title' : 'draft-title untitled'} lang={named ? draft.language : undefined}>
        {named ? draft.headline : t('untitled')}
      </span>
      <span className="draft-meta">
        {`${formatWhen(draft.updatedAt, i18n.language)} · `}
        {t('counts.words', { count: draft.wordCount })} · {t(`status.${draft.status}`)}
        {draft.readOnly ? <span className="badge warning"> {t('sidebar.readOnly')}</span> : null}
      </span>
    </button>
  );
});
