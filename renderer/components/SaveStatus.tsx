import { formatTime } from '../i18n/formatWhen';
import { useAppStore } from '../store/appStore';
import type { SaveState } from '../store/saveSlice';

function describe(save: SaveState): string {
  switch (save.kind) {
    case 'idle':
      return 'All changes saved';
    case 'dirty':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved ${formatTime(save.at)}`;
    case 'error':
      return `Not saved: ${save.message}`;
  }
}

export function SaveStatus() {
  const save = useAppStore((s) => s.save);
  return (
    <span role="status" aria-label="Save status" className={`save-status ${save.kind}`}>
      {describe(save)}
    </span>
  );
}
