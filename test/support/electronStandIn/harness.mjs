// Child process: loads the BUILT main bundle and preload against the Electron stand-in,
// then answers the test's commands (process IPC) about what the shell did.
import Module, { register } from 'node:module';
import { resolve } from 'node:path';
import { createElectron } from './electron.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const standIn = createElectron({ appPath: ROOT, userData: process.env.PARLEY_DATA_DIR });
const { electron, record, answers, renderer } = standIn;
globalThis.__parleyElectronStandIn = electron;

// ESM (out/main) goes through the resolve hook; CommonJS (out/preload) through Module._load.
register('./loader.mjs', import.meta.url);
const load = Module._load;
Module._load = function loadWithStandIn(request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};

process.argv.push(...JSON.parse(process.env.PARLEY_STAND_IN_ARGV ?? '[]'));
await import(resolve(ROOT, 'out', 'main', 'index.js'));
electron.app.markReady();

async function until(condition, what) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 30_000) throw new Error(`stand-in: timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 10));
  }
}
await until(() => record.windows.length > 0 || record.exitCode !== undefined, 'the main window');
const mainWindow = record.windows[0];
// The preload runs in the main window's top frame, at the app's own address.
renderer.contents = mainWindow?.webContents ?? null;
renderer.frame = { url: 'parley://app/index.html', parent: null };
if (mainWindow) Module.createRequire(import.meta.url)(resolve(ROOT, 'out', 'preload', 'index.cjs'));
// What the page hears about deal files opened from the file manager (through the preload).
const openedFiles = [];
record.exposed.get('parleyShell')?.onOpenedFile((result) => openedFiles.push(result));

const plain = (value) => JSON.parse(JSON.stringify(value ?? null));

const flushes = { held: false, registered: false, requests: 0, waiting: [] };
const windowState = () => ({
  destroyed: mainWindow.destroyed,
  closeCalls: mainWindow.closeCalls ?? 0,
  flushRequests: flushes.requests,
  flushesSent: record.sentToRenderer.filter((m) => m.channel === 'parley-shell:flush').length,
  flushAcks: record.sentToMain.filter((m) => m.channel === 'parley-shell:flushed').length,
});

const commands = {
  facts: () => ({
    singleInstanceLockRequests: record.singleInstanceLockRequests,
    privilegedSchemes: record.privilegedSchemes,
    windows: record.windows.map((w) => ({ options: w.options, shown: w.shown, loadedUrls: w.webContents.loadedUrls })),
    ipcRegistrations: record.ipcRegistrations,
    exposed: Object.fromEntries([...record.exposed].map(([key, api]) => [key, Object.keys(api)])),
    exposedFrozen: Object.fromEntries([...record.exposed].map(([key, api]) => [key, Object.isFrozen(api)])),
    menuLabels: record.menus.map((m) => m.template.map((item) => item.label ?? item.role)),
    protocolSchemes: [...record.protocolHandlers.keys()],
    exitCode: record.exitCode ?? null,
    messageBoxes: record.messageBoxes,
  }),
  /** A call the page makes through the preload bridge, from `frame` (default: our top frame). */
  call: async ({ name, input, frame }) => {
    const previous = renderer.frame;
    if (frame) renderer.frame = frame;
    try {
      return await record.exposed.get('parley')[name](input);
    } finally {
      renderer.frame = previous;
    }
  },
  exportPdf: async ({ request, savePath, pdfBase64 }) => {
    answers.savePath = savePath;
    answers.pdfBytes = Buffer.from(pdfBase64, 'base64');
    const before = record.windows.length;
    const result = await record.exposed.get('parleyShell').exportPdf(request);
    const printWindow = record.windows[before];
    return {
      result,
      saveDialog: record.saveDialogs.at(-1),
      printWindow: printWindow && {
        options: printWindow.options,
        destroyed: printWindow.destroyed,
        printOptions: printWindow.printOptions,
        html: Buffer.from(printWindow.webContents.loadedUrls[0]?.split('base64,')[1] ?? '', 'base64').toString('utf8'),
      },
    };
  },
  navigate: ({ event, url }) => {
    let prevented = false;
    mainWindow.webContents.emit(event, { preventDefault: () => (prevented = true) }, url);
    return { prevented };
  },
  openWindow: ({ url }) => {
    const before = record.openedExternally.length;
    const answer = mainWindow.webContents.windowOpenHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
    });
    return { answer, openedExternally: record.openedExternally.slice(before) };
  },
  attachWebview: () => {
    let prevented = false;
    mainWindow.webContents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    return { prevented };
  },
  permission: async ({ permission }) => {
    const granted = await new Promise((done) =>
      record.session.permissionRequestHandler(mainWindow.webContents, permission, done, {}),
    );
    const checked = record.session.permissionCheckHandler(mainWindow.webContents, permission, 'parley://app', {});
    return { granted, checked };
  },
  fetchApp: async ({ url }) => {
    const response = await record.protocolHandlers.get('parley')(new Request(url));
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: Object.fromEntries(response.headers), body: body.toString('utf8') };
  },
  emitWindow: ({ event }) => {
    mainWindow.emit(event);
    return { shown: mainWindow.shown };
  },
  /** `'$event'` in args stands for an Electron event object (its preventDefault is recorded). */
  emitApp: ({ event, args }) => {
    let prevented = false;
    const electronEvent = { preventDefault: () => (prevented = true) };
    electron.app.emit(event, ...args.map((arg) => (arg === '$event' ? electronEvent : arg)));
    return { prevented, focusCalls: mainWindow.focusCalls };
  },
  answerMessageBox: ({ response }) => {
    answers.messageBoxResponse = response;
    return null;
  },
  openedFiles: async ({ count }) => {
    await until(() => openedFiles.length >= count, `${count} opened file(s)`);
    return {
      results: openedFiles.slice(0, count),
      messageBoxes: record.messageBoxes,
      focusCalls: mainWindow.focusCalls,
    };
  },
  menu: () =>
    record.menus.at(-1).template.map((item) => ({
      label: item.label ?? item.role,
      submenu: Array.isArray(item.submenu)
        ? item.submenu.map((sub) => ({
            label: sub.label ?? sub.role ?? sub.type,
            submenu: Array.isArray(sub.submenu) ? sub.submenu.map((x) => x.label) : undefined,
          }))
        : undefined,
    })),
  clickRecentExport: ({ label }) => {
    const file = record.menus.at(-1).template.find((item) => item.label === 'File');
    const recent = file.submenu.find((item) => item.label === 'Recent exports');
    recent.submenu.find((item) => item.label === label).click();
    return { shownInFolder: record.shownInFolder, recentDocuments: record.recentDocuments };
  },
  /** A download the page started (deal file, evidence file), saved where the dialog says. */
  download: async ({ fileName, savePath }) => {
    const item = Object.assign(new (await import('node:events')).EventEmitter(), {
      dialogOptions: null,
      getFilename: () => fileName,
      setSaveDialogOptions(options) {
        this.dialogOptions = options;
      },
      getSavePath: () => savePath,
    });
    electron.session.defaultSession.emit('will-download', { preventDefault() {} }, item, mainWindow.webContents);
    item.emit('done', {}, 'completed');
    return { dialogOptions: item.dialogOptions };
  },
  sentToRenderer: () => record.sentToRenderer,
  /**
   * The page's side of closing: its flush (see renderer/src/ui/pendingEdits.ts) is held
   * until `finishFlush`, as if its last saves were still on their way.
   */
  holdFlush: () => {
    flushes.held = true;
    if (!flushes.registered) {
      flushes.registered = true;
      record.exposed.get('parleyShell').onFlushRequest(() => {
        flushes.requests++;
        return flushes.held ? new Promise((done) => flushes.waiting.push(done)) : Promise.resolve();
      });
    }
    return null;
  },
  finishFlush: async () => {
    flushes.held = false;
    for (const done of flushes.waiting.splice(0)) done();
    return null;
  },
  closeWindow: () => {
    mainWindow.close();
    return windowState();
  },
  windowState: () => windowState(),
  /** Waits (up to 30 s) until the main window is gone. */
  windowClosed: async () => {
    await until(() => mainWindow.destroyed, 'the window to close');
    return windowState();
  },
  quit: () => {
    electron.app.emit('will-quit', { preventDefault() {} });
    setImmediate(() => process.exit(0));
    return null;
  },
};

process.on('message', async ({ id, command, args }) => {
  try {
    process.send({ id, ok: true, value: plain(await commands[command](args ?? {})) });
  } catch (error) {
    process.send({ id, ok: false, error: error instanceof Error ? error.stack : String(error) });
  }
});
process.send({ ready: true });
