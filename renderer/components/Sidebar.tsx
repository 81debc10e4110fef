import { useRef } from 'react';
import { useAppStore } from '../store/appStore';
import { workspace } from '../workspace/workspace';
import { DraftListItem } from './DraftListItem';
import { TrashPanel } from './TrashPanel';

export function Sidebar() {
  const drafts = useAppStore((s) => s.drafts);
  const openId = useAppStore((s) => s.article?.id);
  const trashOpen = useAppStore((s) => s.trashOpen);
  const setTrashOpen = useAppStore((s) => s.setTrashOpen);

  const toggleTrash = () => {
    if (!trashOpen) void workspace.loadTrash();
    setTrashOpen(!trashOpen);
  };

  return (
    <nav className="sidebar" aria-label="Drafts">
      <div className="sidebar-head">
        <h1 className="brand">Newsroom</h1>
        <div className="sidebar-actions">
          <button type="button" className="primary" onClick={() => void workspace.create()}>
            New draft
          </button>
          <ImportButton />
        </div>
      </div>
      <h2 className="sidebar-title">Drafts</h2>
      {drafts.length === 0 ? (
        <p className="muted sidebar-empty">No drafts yet.</p>
      ) : (
        <ul className="draft-list">
          {drafts.map((draft) => (
            <DraftListItem key={draft.id} draft={draft} current={draft.id === openId} />
          ))}
        </ul>
      )}
      <div className="sidebar-foot">
        <button type="button" aria-expanded={trashOpen} onClick={toggleTrash}>
          Trash
        </button>
      </div>
      {trashOpen ? <TrashPanel /> : null}
    </nav>
  );
}

export function ImportButton({ label = 'Import' }: { label?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    await workspace.importText(file.name, await file.text());
    if (input.current) input.current.value = '';
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Article file to import"
        onChange={(event) => void onFile(event.target.files?.[0])}
      />
    </>
  );
}
