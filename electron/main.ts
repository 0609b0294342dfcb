import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { type Database, openDatabase } from '../db/database';
import { resolveDataDir } from '../db/dataDir';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { APP_ORIGIN, hardenApp, hardenSession } from './security';

let mainWindow: BrowserWindow | null = null;
let database: Database | null = null;

/** Migrations ship outside the asar so SQLite-side tooling can read them. */
const migrationsFolder = () =>
  app.isPackaged ? join(process.resourcesPath, 'migrations') : join(app.getAppPath(), 'db', 'migrations');

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Parley',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

registerAppScheme();
hardenApp();

// One process owns the database: a second launch focuses the first window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.whenReady().then(async () => {
    const dataDir = resolveDataDir(process.env, app.getPath('userData'));
    try {
      database = await openDatabase({
        dataDir,
        migrationsFolder: migrationsFolder(),
        nativeBinding: process.env.PARLEY_SQLITE_BINDING,
      });
    } catch (error) {
      dialog.showErrorBox('Parley could not open its database', error instanceof Error ? error.message : String(error));
      app.exit(1);
      return;
    }
    hardenSession(session.defaultSession);
    serveRenderer(join(__dirname, '../renderer'));
    registerIpc({ db: database.db, dataDir });
    installMenu();
    mainWindow = createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => database?.close());
}
