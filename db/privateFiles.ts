import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/**
 * Deals, reservation points and evidence files are nobody else's business: on POSIX the
 * data folder is 0700 and every file Parley writes in it 0600, whatever the umask, and an
 * older install's looser modes are tightened at start. Windows keeps the folder inside
 * the user's profile, whose ACL already shuts other users out; chmod does nothing there.
 */
const POSIX = process.platform !== 'win32';

export function makePrivateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (POSIX) chmodSync(folder, 0o700);
}

/** Makes an existing file private; a missing one is fine (nothing to protect yet). */
export function keepPrivate(file: string): void {
  if (!POSIX) return;
  try {
    chmodSync(file, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Creates an empty file as 0600 before SQLite writes into it: SQLite would create it 0644,
 * and its -wal and -shm companions take the database file's mode.
 */
export function createPrivateFile(file: string): void {
  try {
    if (!existsSync(file)) closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  keepPrivate(file);
}
