import { workspace } from '../workspace/workspace';
import { SaveStatus } from './SaveStatus';
import { WordCount } from './WordCount';

export function TopBar({ articleId }: { articleId: string }) {
  return (
    <div className="top-bar" role="toolbar" aria-label="Draft actions">
      <SaveStatus />
      <WordCount />
      <span className="spacer" />
      <button type="button" onClick={() => void workspace.exportCurrent('html')}>
        Export HTML
      </button>
      <button type="button" onClick={() => void workspace.exportCurrent('json')}>
        Export JSON
      </button>
      <button type="button" className="danger" onClick={() => void workspace.remove(articleId)}>
        Delete draft
      </button>
    </div>
  );
}
