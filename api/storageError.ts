/**
 * A write the disk or the file system refused. The cause is known, so the user reads it
 * in plain words instead of "something went wrong"; the change was not saved either way
 * (the transaction was rolled back, or the file was never written).
 */
export interface StorageFailure {
  code: 'storage';
  message: string;
}

const NOT_SAVED = 'your last change was not saved.';

const FULL = `The disk is full — free some space; ${NOT_SAVED}`;
const WRITE_FAILED = `Parley could not write to the disk (it may be full, failing or disconnected) — check it and try again; ${NOT_SAVED}`;
const READ_ONLY = `Parley's data folder cannot be written to (read-only disk or missing permission) — check it and try again; ${NOT_SAVED}`;

/** SQLite's result codes (better-sqlite3's `code`) and Node's errno codes, by what the user can do about them. */
function messageFor(code: string): string | null {
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return FULL;
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return WRITE_FAILED;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return READ_ONLY;
  return null;
}

/** The storage failure behind an error (also when wrapped, e.g. by drizzle), or null. */
export function storageFailure(error: unknown): StorageFailure | null {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    const code = (cause as { code?: unknown }).code;
    const message = typeof code === 'string' ? messageFor(code) : null;
    if (message) return { code: 'storage', message };
    cause = (cause as { cause?: unknown }).cause;
  }
  return null;
}
