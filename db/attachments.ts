import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { safeFileName } from '../core/evidence';

/** Evidence files live beside the database: <dataDir>/attachments/<evidence id>/<file name>. */
export const ATTACHMENTS_FOLDER = 'attachments';

/** Resolves a stored relative path, refusing anything that would leave the attachments folder. */
export function attachmentFile(dataDir: string, relativePath: string): string {
  const root = resolve(dataDir, ATTACHMENTS_FOLDER);
  const file = resolve(dataDir, relativePath);
  if (!file.startsWith(root + sep)) throw new Error(`Attachment path outside the attachments folder: ${relativePath}`);
  return file;
}

/**
 * Writes the file under a name not yet used in the item's folder and returns the path
 * relative to the data directory. Written to a temporary name first, so a crash never
 * leaves a half-written file under the real name.
 */
export function writeAttachment(dataDir: string, evidenceId: string, fileName: string, bytes: Buffer): string {
  const folder = join(dataDir, ATTACHMENTS_FOLDER, evidenceId);
  mkdirSync(folder, { recursive: true });
  const safe = safeFileName(fileName);
  const dot = safe.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, ''];
  let name = safe;
  for (let n = 2; existsSync(join(folder, name)); n++) name = `${stem} (${n})${extension}`;
  const temporary = join(folder, `.upload-${randomUUID()}`);
  writeFileSync(temporary, bytes);
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
