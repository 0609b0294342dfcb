import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { safeFileName } from '../core/evidence';
import { listBackups } from './backup';
import { openFile, type SqliteConnection } from './connection';
import { makePrivateFolder } from './privateFiles';

/** Evidence files live beside the database: <dataDir>/attachments/<evidence id>/<file name>. */
export const ATTACHMENTS_FOLDER = 'attachments';

/** Resolves a stored relative path, refusing anything that would leave the attachments folder. */
export function attachmentFile(dataDir: string, relativePath: string): string {
  const root = resolve(dataDir, ATTACHMENTS_FOLDER);
  const file = resolve(dataDir, relativePath);
  if (!file.startsWith(root + sep)) throw new Error(`Attachment path outside the attachments folder: ${relativePath}`);
  return file;
}

/** A file being written: renamed to its real name when complete, left behind only by a crash. */
const TEMPORARY_PREFIX = '.upload-';

/**
 * Writes the file under a name not yet used in the item's folder and returns the path
 * relative to the data directory. Written to a temporary name first, so a crash never
 * leaves a half-written file under the real name.
 */
export function writeAttachment(dataDir: string, evidenceId: string, fileName: string, bytes: Buffer): string {
  const folder = join(dataDir, ATTACHMENTS_FOLDER, evidenceId);
  makePrivateFolder(join(dataDir, ATTACHMENTS_FOLDER));
  makePrivateFolder(folder);
  const safe = safeFileName(fileName);
  const dot = safe.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, ''];
  let name = safe;
  for (let n = 2; existsSync(join(folder, name)); n++) name = `${stem} (${n})${extension}`;
  const temporary = join(folder, `${TEMPORARY_PREFIX}${randomUUID()}`);
  writeFileSync(temporary, bytes, { mode: 0o600 });
  renameSync(temporary, join(folder, name));
  return relative(dataDir, join(folder, name)).split(sep).join('/');
}

export function readAttachment(dataDir: string, relativePath: string): Buffer {
  return readFileSync(attachmentFile(dataDir, relativePath));
}

/** Deletes the file and, when it was the last one, its item folder. Missing files are fine. */
export function deleteAttachment(dataDir: string, relativePath: string): void {
  const file = attachmentFile(dataDir, relativePath);
  rmSync(file, { force: true });
  const folder = dirname(file);
  try {
    if (existsSync(folder) && readdirSync(folder).length === 0) rmdirSync(folder);
  } catch {
    // Another upload may have just landed in the folder; leaving it is harmless.
  }
}

const ATTACHMENT_PATHS = 'SELECT DISTINCT attachment_path FROM evidence_items WHERE attachment_path IS NOT NULL';

/** Backups never change once written: what each one refers to is read once per process. */
const pathsInBackup = new Map<string, readonly string[]>();

function backupReferences(backupFolder: string, nativeBinding?: string): Set<string> {
  const paths = new Set<string>();
  for (const backup of listBackups(backupFolder)) {
    let known = pathsInBackup.get(backup.file);
    if (!known) {
      let sqlite: SqliteConnection | null = null;
      try {
        sqlite = openFile(backup.file, { readonly: true, nativeBinding });
        known = sqlite.prepare(ATTACHMENT_PATHS).pluck().all() as string[];
      } catch {
        known = []; // older than evidence files, or unreadable: it refers to nothing we could keep
      } finally {
        sqlite?.close();
      }
      pathsInBackup.set(backup.file, known);
    }
    for (const path of known) paths.add(path);
  }
  return paths;
}

/**
 * Removes files under `attachments/` that nothing can bring back into use: no row of the
 * live database refers to them (deleted rows count: Undo needs their file), nor does any
 * backup (restoring it must find its files), plus `.upload-*` files a crash left half
 * written. Files appear there only through `writeAttachment`, synchronously with their
 * row, so a sweep never races an upload of this process; the data-folder lock keeps other
 * Parleys out. Returns the removed paths, relative to the data folder.
 */
export function sweepOrphanFiles(
  sqlite: SqliteConnection,
  dataDir: string,
  backupFolder: string,
  nativeBinding?: string,
): string[] {
  const root = join(dataDir, ATTACHMENTS_FOLDER);
  if (!existsSync(root)) return [];
  const kept = backupReferences(backupFolder, nativeBinding);
  for (const path of sqlite.prepare(ATTACHMENT_PATHS).pluck().all() as string[]) kept.add(path);
  const removed: string[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = join(root, folder.name);
    for (const name of readdirSync(dir)) {
      const path = `${ATTACHMENTS_FOLDER}/${folder.name}/${name}`;
      if (name.startsWith(TEMPORARY_PREFIX) || !kept.has(path)) {
        rmSync(join(dir, name), { force: true, recursive: true });
        removed.push(path);
      }
    }
    try {
      if (readdirSync(dir).length === 0) rmdirSync(dir);
    } catch {
      // Gone already, or not empty after all: nothing to tidy.
    }
  }
  return removed;
}
