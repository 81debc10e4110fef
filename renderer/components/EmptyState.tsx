import { workspace } from '../workspace/workspace';
import { ImportButton } from './Sidebar';

export function EmptyState() {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">Start your first article</h2>
      <p>
        Newsroom keeps every draft on this computer and saves as you type. Write a headline, a standfirst and the story, then
        export it as HTML or JSON for your CMS.
      </p>
      <div className="empty-actions">
        <button type="button" className="primary large" onClick={() => void workspace.create()}>
          Create your first draft
        </button>
        <ImportButton label="Import a draft" />
      </div>
    </section>
  );
}
