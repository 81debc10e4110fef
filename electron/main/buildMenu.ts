import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/ipc/contract';

export interface MenuActions {
  isMac: boolean;
  isPackaged: boolean;
  send: (command: AppCommand) => void;
  importFile: () => void;
}

export function buildMenu({ isMac, isPackaged, send, importFile }: MenuActions): Menu {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New Draft', accelerator: 'CmdOrCtrl+N', click: () => send({ type: 'new-draft' }) },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => send({ type: 'save' }) },
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: importFile },
      { label: 'Export HTML…', accelerator: 'CmdOrCtrl+Shift+E', click: () => send({ type: 'export', format: 'html' }) },
      { label: 'Export JSON…', click: () => send({ type: 'export', format: 'json' }) },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(isPackaged
        ? []
        : ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[])),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
    ],
  };
  return Menu.buildFromTemplate([
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ]);
}
