import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './appOrigin';
import { isAppUrl } from './isAppUrl';
import { openExternally } from './openExternally';

export function createWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    title: 'Newsroom',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());

  const { webContents } = win;
  webContents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  webContents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  webContents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  void win.loadURL(`${APP_ORIGIN}index.html`);
  return win;
}
