import { join } from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainEvent, ipcMain, nativeTheme, session } from 'electron';
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from '../api/shell';
import { type BackupSchedule, startBackupSchedule } from '../db/backupSchedule';
import { type Database, DatabaseDamagedError, type OpenOptions } from '../db/database';
import { resolveDataDir } from '../db/dataDir';
import { openDatabaseRestoring } from '../db/startup';
import { closeTeamDeals, openTeamDeals } from '../db/teamSync/session';
import { loadFirstScreen, pageWithFirstScreen } from '../web/firstScreen';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { rememberDownloadFolders } from './downloads';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { DealFileOpener, dealFilesIn } from './openedFiles';
import { registerPlanExport } from './planExport';
import { APP_ORIGIN, hardenApp, hardenSession } from './security';
import { ShellPreferences } from './shellPreferences';

let mainWindow: BrowserWindow | null = null;
let database: Database | null = null;
let backups: BackupSchedule | null = null;
/** Deal files opened from the file manager; they may arrive before the database is open. */
const opener = new DealFileOpener();

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
    // Shown on `ready-to-show` (first paint done) over the page's own background (--bg in
    // styles.css, light or dark like the system), so the window never flashes while the UI loads.
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#0f141a' : '#f6f7f9',
    webPreferences: {
      // Security scan (PRELOAD_JS_CHECK, reviewed): the sandboxed preload exposes one function per contract
      // procedure through contextBridge and nothing else (no ipcRenderer, no Node); the main process re-validates.
      preload: join(__dirname, '../preload/index.cjs'), // eng-disable PRELOAD_JS_CHECK
      // Middle-click must not open a window either (window opens are denied in security.ts).
      disableBlinkFeatures: 'Auxclick',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  holdCloseForPendingEdits(window);
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/** Longest wait for the page's last saves before the window closes anyway. */
const CLOSE_FLUSH_LIMIT_MS = 5000;

/**
 * Closing the window first asks the page to send every edit still waiting for its typing
 * pause, and closes once the page says they are written (or after a time limit, so a hung
 * page cannot keep the window open).
 */
function holdCloseForPendingEdits(window: BrowserWindow): void {
  let flushed = false;
  window.on('close', (event) => {
    if (flushed || window.webContents.isCrashed()) return;
    event.preventDefault();
    const finish = () => {
      clearTimeout(timer);
      ipcMain.removeListener(FLUSH_DONE_CHANNEL, onDone);
      flushed = true;
      if (!window.isDestroyed()) window.close();
    };
    const onDone = (doneEvent: IpcMainEvent) => {
      if (doneEvent.sender === window.webContents) finish();
    };
    const timer = setTimeout(finish, CLOSE_FLUSH_LIMIT_MS);
    ipcMain.on(FLUSH_DONE_CHANNEL, onDone);
    window.webContents.send(FLUSH_REQUEST_CHANNEL);
  });
}

/**
 * The database failed its integrity check: say so plainly and offer the newest good
 * backup. Declining quits without touching anything; restoring moves the damaged file
 * aside (never deletes it).
 */
async function offerRestore(options: OpenOptions, damage: DatabaseDamagedError): Promise<Database | null> {
  const backup = damage.goodBackup;
  const detail = `${damage.message}\n\nNothing has been changed or deleted.`;
  if (!backup) {
    dialog.showMessageBoxSync({ type: 'error', title: 'Parley', message: damage.headline, detail });
    return null;
  }
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Parley',
    message: damage.headline,
    detail: `${detail}\n\nRestore the backup from ${new Date(backup.createdAt).toLocaleString()}? ${damage.found === 'missing' ? '' : 'The damaged file is kept in the “damaged” folder.'}`,
    buttons: ['Restore backup', 'Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  if (choice !== 0) return null;
  try {
    return await openDatabaseRestoring(options, backup.name);
  } catch (error) {
    dialog.showErrorBox('Parley could not restore the backup', error instanceof Error ? error.message : String(error));
    return null;
  }
}

registerAppScheme();
hardenApp();
// The deals list rendered into the window's first page (built next to this file), loaded
// while the database opens.
const firstScreenLoading = loadFirstScreen(join(__dirname, 'firstScreen.js'));

// One process owns the database: a second launch focuses the first window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Windows and Linux pass a double-clicked deal file on the command line: to this process
  // on a first launch, to the running one (below) when Parley is already open.
  opener.open(dealFilesIn(process.argv.slice(1)));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    opener.open(dealFilesIn(argv.slice(1), workingDirectory));
  });
  // macOS hands files over as events instead, possibly before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    opener.open([path]);
  });

  app.whenReady().then(async () => {
    const options: OpenOptions = {
      dataDir: resolveDataDir(process.env, app.getPath('userData')),
      migrationsFolder: migrationsFolder(),
      // A packaged app never loads native code named by an environment variable.
      nativeBinding: app.isPackaged ? undefined : process.env.PARLEY_SQLITE_BINDING,
    };
    try {
      database = await openDatabaseRestoring(options, null);
    } catch (error) {
      database = error instanceof DatabaseDamagedError ? await offerRestore(options, error) : null;
      if (!database) {
        if (!(error instanceof DatabaseDamagedError)) {
          dialog.showErrorBox(
            'Parley could not open its database',
            error instanceof Error ? error.message : String(error),
          );
        }
        app.exit(1);
        return;
      }
    }
    backups = await startBackupSchedule(database);
    hardenSession(session.defaultSession);
    // Shared deals rebuilt from their logs before any write, so every write reaches their docs.
    openTeamDeals(database.db);
    const ctx = { db: database.db, storage: database, dataDir: database.dataDir };
    const firstScreen = await firstScreenLoading;
    const rendererDir = join(__dirname, '../renderer');
    serveRenderer(rendererDir, firstScreen && ((page) => pageWithFirstScreen(page, firstScreen, ctx, rendererDir)));
    registerIpc(ctx);
    const preferences = await ShellPreferences.load(database.dataDir);
    const refreshMenu = () => installMenu(preferences.recentExports());
    registerPlanExport(ctx, { preferences, onSaved: refreshMenu });
    rememberDownloadFolders(session.defaultSession, preferences, refreshMenu);
    refreshMenu();
    mainWindow = createWindow();
    // Imports report to the page, so they wait until it can listen.
    mainWindow.once('ready-to-show', () => opener.ready(ctx, () => mainWindow));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    backups?.stop();
    if (database) closeTeamDeals(database.db);
    database?.close();
  });
}
