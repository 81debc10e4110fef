import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/ipc/contract';
import type { DesktopText } from './desktopText';

export interface MenuActions {
  isMac: boolean;
  isPackaged: boolean;
  send: (command: AppCommand) => void;
  importFile: () => void;
}

/**
 * The application menu, every label in the interface's language (a role's own label is
 * Electron's English).
 */
export function menuTemplate({ isMac, isPackaged, send, importFile }: MenuActions, text: DesktopText['menu']): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: text.file,
    submenu: [
      { label: text.newDraft, accelerator: 'CmdOrCtrl+N', click: () => send({ type: 'new-draft' }) },
      { label: text.save, accelerator: 'CmdOrCtrl+S', click: () => send({ type: 'save' }) },
      { label: text.import, accelerator: 'CmdOrCtrl+O', click: importFile },
      { label: text.exportHtml, accelerator: 'CmdOrCtrl+Shift+E', click: () => send({ type: 'export', format: 'html' }) },
      { label: text.exportJson, click: () => send({ type: 'export', format: 'json' }) },
      { type: 'separator' },
      isMac ? { role: 'close', label: text.closeWindow } : { role: 'quit', label: text.quit },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: text.edit,
    submenu: [
      { role: 'undo', label: text.undo },
      { role: 'redo', label: text.redo },
      { type: 'separator' },
      { role: 'cut', label: text.cut },
      { role: 'copy', label: text.copy },
      { role: 'paste', label: text.paste },
      { role: 'pasteAndMatchStyle', label: text.pasteAndMatchStyle },
      { role: 'delete', label: text.delete },
      { type: 'separator' },
      { role: 'selectAll', label: text.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      ...(isPackaged
        ? []
        : ([{ role: 'reload', label: text.reload }, { role: 'toggleDevTools', label: text.devTools }, { type: 'separator' }] as MenuItemConstructorOptions[])),
      { role: 'resetZoom', label: text.resetZoom },
      { role: 'zoomIn', label: text.zoomIn },
      { role: 'zoomOut', label: text.zoomOut },
    ],
  };
  const window: MenuItemConstructorOptions = {
    // On macOS this role makes it the system's Window menu, which lists the open windows.
    ...(isMac ? { role: 'window' as const } : {}),
    label: text.window,
    submenu: [{ role: 'minimize', label: text.minimize }, ...(isMac ? [{ role: 'zoom', label: text.zoom } as MenuItemConstructorOptions] : [])],
  };
  return [...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []), file, edit, view, window];
}
