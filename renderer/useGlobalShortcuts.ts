import { useEffect } from 'react';
import { isDesktop } from './bridge/newsroom';
import { workspace } from './workspace/workspace';

/**
 * Shortcuts by physical key (event.code), so they work on a Ukrainian layout too.
 * In the desktop app the menu's accelerators handle New and Save; the browser needs these.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    if (isDesktop) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      if (event.code === 'KeyS' && !event.shiftKey) {
        event.preventDefault();
        void workspace.saveNow();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
