import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'Parley';

/**
 * The OS app-data folder, the same one Electron's `app.getPath('userData')` uses,
 * so the desktop app and browser mode share one database.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_FOLDER);
}

/** `PARLEY_DATA_DIR` wins so tests, demos and portable installs can point elsewhere. */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, fallback = defaultDataDir(env)): string {
  const override = env.PARLEY_DATA_DIR?.trim();
  return override ? override : fallback;
}

export const DATABASE_FILE = 'parley.sqlite';
export const BACKUP_FOLDER = 'backups';
