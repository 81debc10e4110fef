import { useAppStore } from '../store/appStore';
import { formatWhen } from '../i18n/formatWhen';
import { workspace } from '../workspace/workspace';

export function TrashPanel() {
  const trash = useAppStore((s) => s.trash);
  return (
    <section className="trash" aria-label="Trash">
      <h2 className="sidebar-title">Trash</h2>
      {trash.length === 0 ? (
        <p className="muted">The trash is empty.</p>
      ) : (
        <ul className="draft-list">
          {trash.map((draft) => {
            const title = draft.headline.trim() || 'Untitled';
            return (
              <li key={draft.id} className="trash-item">
                <span className="draft-title">{title}</span>
                <span className="draft-meta">Deleted {formatWhen(draft.deletedAt)}</span>
                <button type="button" aria-label={`Restore “${title}”`} onClick={() => void workspace.restore(draft.id)}>
                  Restore
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
