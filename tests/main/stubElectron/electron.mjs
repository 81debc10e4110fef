// A stand-in for Electron's main-process API, just enough to start dist-electron/main.js under
// plain Node and drive it from a test over the child process's IPC channel (tests/main/mainBundle.test.ts).
import { tmpdir } from 'node:os';

const handlers = new Map();
const listeners = new Map();
const appEvents = new Map();
let protocolHandler = null;
let menu = null;
const windows = [];

const report = (message) => process.send?.(message);

export const app = {
  isPackaged: false,
  whenReady: () => Promise.resolve(),
  getPath: (name) => (name === 'userData' ? process.env.NEWSROOM_DATA_DIR : tmpdir()),
  setPath: () => {},
  requestSingleInstanceLock: () => true,
  getLocale: () => process.env.STUB_LOCALE ?? 'en-US',
  getPreferredSystemLanguages: () => [process.env.STUB_LOCALE ?? 'en-US'],
  getVersion: () => '0.0.0',
  getName: () => 'Newsroom',
  on: (event, listener) => appEvents.set(event, [...(appEvents.get(event) ?? []), listener]),
  quit: () => report({ type: 'quit' }),
  exit: (code) => process.exit(code),
};

export const ipcMain = {
  handle: (channel, handler) => handlers.set(channel, handler),
  on: (channel, listener) => listeners.set(channel, listener),
};

export const protocol = {
  registerSchemesAsPrivileged: () => {},
  handle: (_scheme, handler) => {
    protocolHandler = handler;
  },
};

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (built) => {
    menu = built;
  },
};

const emitter = () => {
  const on = new Map();
  return {
    on: (event, listener) => on.set(event, listener),
    once: (event, listener) => on.set(event, listener),
    emit: (event, ...args) => on.get(event)?.(...args),
  };
};

export class BrowserWindow {
  static getAllWindows = () => windows;
  static getFocusedWindow = () => null;

  constructor(options) {
    Object.assign(this, emitter());
    this.options = options;
    this.webContents = {
      id: windows.length + 1,
      ...emitter(),
      send: (channel, payload) => report({ type: 'sent', channel, payload }),
      setWindowOpenHandler: () => {},
      session: { setPermissionRequestHandler: () => {} },
    };
    windows.push(this);
    report({ type: 'window' });
  }

  loadURL = async () => {};
  show = () => {};
  isMinimized = () => false;
  restore = () => {};
  focus = () => {};
}

/** The options of every dialog shown, in order; each is answered as if the writer cancelled it. */
const dialogs = [];
const last = (args) => args.at(-1);
export const dialog = {
  showErrorBox: (title, content) => report({ type: 'error-box', title, content }),
  showMessageBox: async (...args) => (dialogs.push(last(args)), { response: last(args).cancelId ?? 0 }),
  showMessageBoxSync: (...args) => (dialogs.push(last(args)), last(args).cancelId ?? 0),
  showSaveDialog: async (...args) => (dialogs.push(last(args)), { canceled: true }),
  showSaveDialogSync: (...args) => (dialogs.push(last(args)), undefined),
  showOpenDialog: async (...args) => (dialogs.push(last(args)), { canceled: true, filePaths: [] }),
};

export const shell = { openExternal: async () => {}, openPath: async () => '' };

const labels = (items) => items.map((item) => ({ label: item.label ?? null, role: item.role ?? null, submenu: Array.isArray(item.submenu) ? labels(item.submenu) : null }));

process.on('message', async (message) => {
  const answer = (result) => report({ type: 'answer', id: message.id, result });
  if (message.type === 'invoke') {
    const handler = handlers.get(message.channel);
    return answer(handler ? await handler({ senderFrame: { url: message.from ?? 'app://newsroom/index.html' } }, ...message.args) : 'no handler');
  }
  if (message.type === 'menu') return answer(menu ? labels(menu.template) : null);
  if (message.type === 'channels') return answer([...handlers.keys()]);
  if (message.type === 'page') {
    const response = await protocolHandler({ method: 'GET', url: 'app://newsroom/index.html' });
    return answer({ status: response.status, text: await response.text() });
  }
  if (message.type === 'dialogs') return answer(dialogs.splice(0));
  if (message.type === 'unload') {
    // The page refused to unload (its draft is not saved): the window asks what to do.
    let prevented = false;
    windows.at(-1)?.webContents.emit('will-prevent-unload', { preventDefault: () => (prevented = true) });
    return answer(prevented);
  }
  if (message.type === 'quit') {
    let prevented = false;
    for (const listener of appEvents.get('will-quit') ?? []) listener({ preventDefault: () => (prevented = true) });
    return answer(prevented);
  }
});

export default { app, ipcMain, protocol, Menu, BrowserWindow, dialog, shell };
