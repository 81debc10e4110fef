import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import Store from 'electron-store';
import type { AppCommand, ExportResult } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { createChannelHandlers, type ExportFile } from '../services/channelHandlers';
import { resolveDataDir } from '../services/dataDir';
import { openServices } from '../services/openServices';
import { settingsAccess } from '../services/settingsAccess';
import { settingsOptions, type Settings } from '../services/settingsOptions';
import { buildMenu } from './buildMenu';
import { chooseImportFile } from './chooseImportFile';
import { createWindow } from './createWindow';
import { DESKTOP_TEXT, desktopLanguage } from './desktopText';
import { exportToFolder } from './exportToFolder';
import { registerAppProtocol, registerAppScheme } from './registerAppProtocol';
import { guardUnsavedClose } from './guardUnsavedClose';
import { registerIpc, type FailedUnloadSave } from './registerIpc';
import { showExportDialog } from './showExportDialog';

const builtDir = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(builtDir, '..', 'dist', 'renderer');
const preloadPath = join(builtDir, 'preload.cjs');
const isMac = process.platform === 'darwin';

registerAppScheme();

// Chromium's own files and the single-instance lock follow the data folder, so a test run never meets the user's app.
const dataDir = resolveDataDir(app.getPath('userData'), process.env);
app.setPath('userData', dataDir);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((error: unknown) => {
    console.error(error);
    dialog.showErrorBox('Newsroom could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  const settings = settingsAccess(dataDir, () => new Store<Settings>(settingsOptions(dataDir)));
  // The language the page shows, for what this process shows itself (the menu, dialogs).
  const chosenLanguage = () => {
    try {
      return settings.read().uiLanguage;
    } catch {
      return null;
    }
  };
  const texts = () => DESKTOP_TEXT[desktopLanguage(chosenLanguage(), [app.getLocale(), ...app.getPreferredSystemLanguages()])];
  if (settings.recovered) console.warn(`The settings file could not be read; it was moved to ${settings.recovered}.`);
  const services = await openServices(dataDir, (error) => console.error(error));
  const { store, history } = services;
  // Before quitting: finish the writes under way, write the drafts index, let go of the folder's lock.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void services
      .close()
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  let mainWindow: BrowserWindow | null = null;
  const failedUnloadSaves = new Map<number, FailedUnloadSave>();
  const openWindow = (): BrowserWindow => {
    const win = createWindow(preloadPath);
    const contentsId = win.webContents.id;
    guardUnsavedClose(win, () => failedUnloadSaves.get(contentsId) ?? null, () => lastExportFolder ?? app.getPath('documents'), texts);
    // A crashed renderer comes back on the same draft; autosave kept all but the last second.
    win.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason !== 'clean-exit') win.webContents.reload();
    });
    win.on('closed', () => {
      failedUnloadSaves.delete(contentsId);
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
    return win;
  };
  const currentWindow = () => BrowserWindow.getFocusedWindow() ?? mainWindow;
  const send = (command: AppCommand) => currentWindow()?.webContents.send('app:command', command);

  let lastExportFolder: string | null = null;
  const exportDir = process.env.NEWSROOM_EXPORT_DIR;
  const deliverExport = async (file: ExportFile): Promise<ExportResult> => {
    if (exportDir) return exportToFolder(exportDir, file);
    const result = await showExportDialog(currentWindow(), file, lastExportFolder ?? app.getPath('documents'), texts().files);
    if (result.kind === 'saved') lastExportFolder = dirname(result.path);
    return result;
  };
  const showMenu = () =>
    Menu.setApplicationMenu(
      buildMenu(
        {
          isMac,
          isPackaged: app.isPackaged,
          send,
          importFile: () => {
            const win = currentWindow();
            if (win) void chooseImportFile(win, texts().files).then((command) => command && send(command));
          },
        },
        texts().menu,
      ),
    );
  const handlers = createChannelHandlers({
    store,
    history,
    settings,
    deliverExport,
    logError: (error) => console.error(error),
    // The menu follows the interface's language: it is made again when the writer picks another.
    onSettingsChanged: (patch) => patch.uiLanguage !== undefined && showMenu(),
  });
  registerAppProtocol(rendererDir, () => dispatch(handlers, 'app:start', [], (error) => console.error(error)));
  registerIpc(
    handlers,
    (error) => console.error(error),
    (sender, failed) => failedUnloadSaves.set(sender.id, failed),
  );

  showMenu();

  app.on('second-instance', () => {
    const win = mainWindow ?? openWindow();
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });

  openWindow();
}
