import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SqliteConnection } from './connection';

export const BACKUPS_KEPT = 5;

export interface BackupFile {
  file: string;
  name: string;
  createdAt: string;
}

/** File names sort by time: `parley-<reason>-2026-11-21T23-40-01-123Z.sqlite`. */
const backupName = (reason: string, at: Date) => `parley-${reason}-${at.toISOString().replace(/[:.]/g, '-')}.sqlite`;

const BACKUP_PATTERN = /^parley-([a-z-]+?)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.sqlite$/;

export function listBackups(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, match: BACKUP_PATTERN.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ name, match }) => {
      const stamp = match[2] ?? '';
      const createdAt = stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z');
      return { file: join(folder, name), name, createdAt };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Copies the live database with SQLite's online backup API (never a file copy:
 * a copied WAL database can be torn), then keeps only the newest few backups.
 */
export async function backupDatabase(
  sqlite: SqliteConnection,
  folder: string,
  reason: string,
  keep = BACKUPS_KEPT,
): Promise<BackupFile> {
  mkdirSync(folder, { recursive: true });
  const at = new Date();
  const name = backupName(reason, at);
  const file = join(folder, name);
  await sqlite.backup(file);
  for (const old of listBackups(folder).slice(keep)) rmSync(old.file, { force: true });
  return { file, name, createdAt: at.toISOString() };
}
