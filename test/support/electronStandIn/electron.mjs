// A stand-in for the `electron` module, for running the BUILT main bundle and preload in
// plain Node (the Electron binary cannot be downloaded in CI). It records what the app asks
// of Electron and routes IPC between the preload and the main process the way Electron
// does (structured clone, sender frame on the event). It renders nothing: printToPDF
// answers the bytes the test hands it, and windows never load their pages.
import { EventEmitter } from 'node:events';

export function createElectron({ appPath, userData }) {
  const record = {
    singleInstanceLockRequests: 0,
    quitCalls: 0,
    privilegedSchemes: [],
    windows: [],
    ipcHandlers: new Map(),
    ipcRegistrations: [],
    exposed: new Map(),
    menus: [],
    openedExternally: [],
    saveDialogs: [],
    messageBoxes: [],
    protocolHandlers: new Map(),
    session: { permissionRequestHandler: null, permissionCheckHandler: null, headersReceived: null },
    rendererListeners: new Map(),
    sentToRenderer: [],
    messageBoxAnswers: [],
    recentDocuments: [],
    shownInFolder: [],
    /** ipcMain.on listeners (fire-and-forget messages from the page), by channel. */
    mainListeners: new Map(),
    sentToMain: [],
  };
  /** What the test decides: the save dialog's answer, printToPDF's bytes. */
  const answers = { savePath: null, pdfBytes: Buffer.alloc(0), messageBoxResponse: 2 };

  let nextId = 1;
  class WebContents extends EventEmitter {
    constructor(window) {
      super();
      this.id = nextId++;
      this.window = window;
      this.windowOpenHandler = null;
      this.loadedUrls = [];
      this.mainFrame = { url: '', parent: null };
    }
    setWindowOpenHandler(handler) {
      this.windowOpenHandler = handler;
    }
    send(channel, ...args) {
      record.sentToRenderer.push({ channel, args: structuredClone(args) });
      for (const listener of record.rendererListeners.get(channel) ?? []) listener({ sender: this }, ...args);
    }
    isCrashed() {
      return false;
    }
    async printToPDF(options) {
      this.window.printOptions = options;
      return Buffer.from(answers.pdfBytes);
    }
  }

  class BrowserWindow extends EventEmitter {
    static windows = [];
    static getAllWindows() {
      return BrowserWindow.windows.filter((w) => !w.destroyed);
    }
    static getFocusedWindow() {
      return BrowserWindow.getAllWindows()[0] ?? null;
    }
    static fromWebContents(contents) {
      return BrowserWindow.windows.find((w) => w.webContents === contents) ?? null;
    }
    constructor(options = {}) {
      super();
      this.options = options;
      this.destroyed = false;
      this.shown = false;
      this.focusCalls = 0;
      this.minimized = false;
      this.webContents = new WebContents(this);
      BrowserWindow.windows.push(this);
      record.windows.push(this);
      // Electron announces every new web contents on the app before anything loads in it.
      app.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url) {
      this.webContents.loadedUrls.push(url);
      this.webContents.mainFrame.url = url;
    }
    show() {
      this.shown = true;
    }
    focus() {
      this.focusCalls++;
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.minimized = false;
    }
    destroy() {
      this.destroyed = true;
    }
    /** Like Electron: 'close' first, which a listener may prevent; otherwise the window goes. */
    close() {
      if (this.destroyed) return;
      this.closeCalls = (this.closeCalls ?? 0) + 1;
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroyed = true;
      this.emit('closed');
    }
    isDestroyed() {
      return this.destroyed;
    }
  }

  let ready;
  const readyPromise = new Promise((resolve) => {
    ready = resolve;
  });
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock() {
      record.singleInstanceLockRequests++;
      return true;
    },
    quit() {
      record.quitCalls++;
    },
    exit(code) {
      record.exitCode = code;
    },
    whenReady: () => readyPromise,
    getAppPath: () => appPath,
    addRecentDocument(path) {
      record.recentDocuments.push(path);
    },
    getPath: (name) => {
      if (name === 'userData') return userData;
      if (name === 'documents') return `${userData}/Documents`;
      throw new Error(`stand-in: app.getPath('${name}') is not modelled`);
    },
    getName: () => 'Parley',
    /** The test fires what Electron fires once the main script has run. */
    markReady() {
      ready();
      app.emit('ready');
    },
  });

  const ipcMain = {
    handle(channel, handler) {
      record.ipcRegistrations.push(channel);
      if (record.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      record.ipcHandlers.set(channel, handler);
    },
    removeHandler(channel) {
      record.ipcHandlers.delete(channel);
    },
    on(channel, listener) {
      record.mainListeners.set(channel, [...(record.mainListeners.get(channel) ?? []), listener]);
    },
    removeListener(channel, listener) {
      record.mainListeners.set(
        channel,
        (record.mainListeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    },
  };

  /** The renderer side: the frame the preload's calls come from is the test's choice. */
  const renderer = { contents: null, frame: null };
  const ipcRenderer = {
    async invoke(channel, ...args) {
      const handler = record.ipcHandlers.get(channel);
      if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered`);
      const event = { sender: renderer.contents, senderFrame: renderer.frame, frameId: 1, processId: 1 };
      return structuredClone(await handler(event, ...structuredClone(args)));
    },
    /** A message to the main process (ipcRenderer.send): its ipcMain.on listeners hear it, from our page. */
    send(channel, ...args) {
      record.sentToMain.push({ channel, args: structuredClone(args) });
      const event = { sender: renderer.contents, senderFrame: renderer.frame };
      for (const listener of record.mainListeners.get(channel) ?? []) listener(event, ...structuredClone(args));
    },
    on(channel, listener) {
      const list = record.rendererListeners.get(channel) ?? [];
      list.push(listener);
      record.rendererListeners.set(channel, list);
    },
    removeListener(channel, listener) {
      const list = record.rendererListeners.get(channel) ?? [];
      record.rendererListeners.set(
        channel,
        list.filter((l) => l !== listener),
      );
    },
  };
  const contextBridge = {
    exposeInMainWorld(key, api) {
      if (record.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property '${key}'`);
      record.exposed.set(key, api);
    },
  };

  const protocol = {
    registerSchemesAsPrivileged(schemes) {
      record.privilegedSchemes.push(...structuredClone(schemes));
    },
    handle(scheme, handler) {
      record.protocolHandlers.set(scheme, handler);
    },
  };

  const defaultSession = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler(handler) {
      record.session.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      record.session.permissionCheckHandler = handler;
    },
    webRequest: {
      onHeadersReceived(listener) {
        record.session.headersReceived = listener;
      },
    },
  });
  const session = { defaultSession };

  const Menu = {
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu(menu) {
      record.menus.push(menu);
    },
  };

  const dialog = {
    async showSaveDialog(...args) {
      const options = args.length > 1 ? args[1] : args[0];
      record.saveDialogs.push(options);
      return answers.savePath ? { canceled: false, filePath: answers.savePath } : { canceled: true, filePath: '' };
    },
    async showMessageBox(...args) {
      record.messageBoxes.push(args.at(-1));
      return { response: answers.messageBoxResponse, checkboxChecked: false };
    },
    showMessageBoxSync(...args) {
      record.messageBoxes.push(args.at(-1));
      return 1;
    },
    showErrorBox(title, content) {
      record.messageBoxes.push({ title, content });
    },
  };

  const shell = {
    async openExternal(url) {
      record.openedExternally.push(url);
    },
    showItemInFolder(path) {
      record.shownInFolder.push(path);
    },
  };

  const webContents = {
    getAllWebContents: () => BrowserWindow.windows.map((w) => w.webContents),
    fromId: (id) => BrowserWindow.windows.find((w) => w.webContents.id === id)?.webContents,
  };

  const electron = {
    app,
    BrowserWindow,
    ipcMain,
    ipcRenderer,
    contextBridge,
    protocol,
    session,
    Menu,
    dialog,
    shell,
    webContents,
    // The OS appearance (light here); the window's first-paint colour follows it.
    nativeTheme: { shouldUseDarkColors: false },
  };
  return { electron, record, answers, renderer };
}
