import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openFile, type SqliteConnection } from './connection';
import { createPrivateFile, makePrivateFolder } from './privateFiles';

/** How many backups of each kind are kept; the oldest of that kind goes first. */
export const BACKUPS_KEPT = 10;

/**
 * Why a backup was made. Rotation is per reason, so a burst of automatic backups can
 * never push out the one taken just before an update or a restore.
 */
export const BACKUP_REASONS = ['on-start', 'auto', 'manual', 'before-update', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupFile {
  file: string;
  name: string;
  reason: string;
  createdAt: string;
  sizeBytes: number;
}

/** File names sort by time: `parley-<reason>-2026-11-21T23-40-01-123Z.sqlite`. */
const backupName = (reason: string, at: Date) => `parley-${reason}-${at.toISOString().replace(/[:.]/g, '-')}.sqlite`;

export const BACKUP_PATTERN = /^parley-([a-z-]+?)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.sqlite$/;

export function listBackups(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const backups: BackupFile[] = [];
  for (const name of names) {
    const match = BACKUP_PATTERN.exec(name);
    if (!match) continue;
    const file = join(folder, name);
    let sizeBytes = 0;
    try {
      sizeBytes = statSync(file).size;
    } catch {
      continue;
    }
    const stamp = match[2] ?? '';
    const createdAt = stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z');
    backups.push({ file, name, reason: match[1] ?? '', createdAt, sizeBytes });
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** `ok`, or the first problems SQLite reports. Never throws: an unreadable file is a problem too. */
export function checkIntegrity(sqlite: SqliteConnection): string {
  try {
    const rows = sqlite.pragma('integrity_check(5)', { simple: false }) as { integrity_check: string }[];
    const messages = rows.map((row) => row.integrity_check);
    if (messages.length === 1 && messages[0] === 'ok') return 'ok';
    // Two findings are enough to say "damaged"; SQLite's banner lines are noise to a user.
    return messages
      .flatMap((message) => message.split('\n'))
      .filter((line) => line.trim() && !line.startsWith('***'))
      .slice(0, 2)
      .join('; ');
  } catch (error) {
    return (error as Error).message;
  }
}

/** Opens a backup (or any closed SQLite file) read-only and checks it page by page. */
export function checkFileIntegrity(file: string, nativeBinding?: string): string {
  let sqlite: SqliteConnection | null = null;
  try {
    sqlite = openFile(file, { readonly: true, nativeBinding });
    return checkIntegrity(sqlite);
  } catch (error) {
    return (error as Error).message;
  } finally {
    sqlite?.close();
  }
}

/** How many deals (deleted ones too) a database file holds; 0 when it has none or cannot be read. */
export function dealsIn(sqlite: SqliteConnection): number {
  try {
    return Number(sqlite.prepare('SELECT count(*) FROM deals').pluck().get());
  } catch {
    return 0;
  }
}

function dealsInFile(file: string, nativeBinding?: string): number {
  let sqlite: SqliteConnection | null = null;
  try {
    sqlite = openFile(file, { readonly: true, nativeBinding });
    return dealsIn(sqlite);
  } catch {
    return 0;
  } finally {
    sqlite?.close();
  }
}

/** The newest backup that holds deals and passes the integrity check: what a lost database is restored from. */
export function newestBackupWithDeals(folder: string, nativeBinding?: string): BackupFile | null {
  for (const backup of listBackups(folder)) {
    if (dealsInFile(backup.file, nativeBinding) > 0 && checkFileIntegrity(backup.file, nativeBinding) === 'ok') {
      return backup;
    }
  }
  return null;
}

/** The newest backup that passes the integrity check, for the "database is damaged" path. */
export function newestGoodBackup(folder: string, nativeBinding?: string): BackupFile | null {
  for (const backup of listBackups(folder)) {
    if (checkFileIntegrity(backup.file, nativeBinding) === 'ok') return backup;
  }
  return null;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/**
 * Copies the live database with SQLite's online backup API (never a file copy:
 * a copied WAL database can be torn), checks the copy, then keeps only the newest
 * few backups of the same reason.
 *
 * The copy is switched to a rollback journal so it is one self-contained file that can
 * be opened read-only, copied or mailed without its -wal/-shm companions.
 */
export async function backupDatabase(
  sqlite: SqliteConnection,
  folder: string,
  reason: string,
  {
    keep = BACKUPS_KEPT,
    nativeBinding,
    spare,
  }: {
    keep?: number;
    nativeBinding?: string | undefined;
    /** A backup about to be read (e.g. restored) that rotation must not remove. */
    spare?: string;
  } = {},
): Promise<BackupFile> {
  makePrivateFolder(folder);
  let at = new Date();
  // Two backups in the same millisecond must not overwrite each other.
  const taken = new Set(listBackups(folder).map((backup) => backup.name));
  while (taken.has(backupName(reason, at))) at = new Date(at.getTime() + 1);
  const name = backupName(reason, at);
  const file = join(folder, name);
  createPrivateFile(file);
  // Copy every page in one step: nothing can interleave a half-copied state.
  await sqlite.backup(file, { progress: () => 0x7fffffff });

  const copy = openFile(file, { nativeBinding });
  let problem: string;
  try {
    copy.pragma('journal_mode = DELETE');
    problem = checkIntegrity(copy);
  } finally {
    copy.close();
  }
  if (problem !== 'ok') {
    // A copy of a damaged database is no backup: drop the copy, keep the older good ones.
    rmSync(file, { force: true });
    throw new BackupError(`The backup did not pass its integrity check (${problem}); older backups were kept.`);
  }
  // While the live database holds no deals (emptied by mistake, or a fresh file where one
  // went missing), the newest backup that does hold some is what the user will want back:
  // a run of backups of the empty file must never rotate it away.
  const lastWithDeals = dealsIn(sqlite) === 0 ? newestBackupWithDeals(folder, nativeBinding)?.name : undefined;
  const sameReason = listBackups(folder).filter(
    (backup) => backup.reason === reason && backup.name !== spare && backup.name !== lastWithDeals,
  );
  for (const old of sameReason.slice(keep)) rmSync(old.file, { force: true });
  return (
    listBackups(folder).find((backup) => backup.name === name) ?? { file, name, reason, createdAt: '', sizeBytes: 0 }
  );
}
