import { and, eq, getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { MAX_ATTACHMENT_BASE64 } from '../../core/dealFileLimits';
import { UserError } from '../../core/errors';
import { MAX_ATTACHMENT_MB } from '../../core/evidence';
import { entityId } from '../../core/text';
import { deleteAttachment, readAttachment, writeAttachment } from '../attachments';
import type { DealRows } from '../dealTables/read';
import { DEAL_TABLES } from '../dealTables/registry';
import type { MapId } from '../dealTables/transfer';
import type { DealTable } from '../dealTables/types';
import type { ParleyDb } from '../parleyDb';

/**
 * Files travel inside the deal file, base64-encoded beside the rows (the rows themselves
 * carry no file path: paths belong to one data folder). A file without them (older
 * exports) imports its rows without files. `evidenceId` names the row of the registry
 * table that declares `files` (the evidence pack; the key keeps older files readable).
 */
export const fileAttachmentSchema = z.strictObject({
  evidenceId: entityId('Evidence id'),
  name: z
    .string()
    .trim()
    .min(1, 'An attachment needs a file name')
    .max(200, 'Attachment names are at most 200 characters'),
  type: z.string().max(200, 'Attachment types are at most 200 characters'),
  contentBase64: z
    .string()
    .max(MAX_ATTACHMENT_BASE64 + 4, `An attachment is larger than ${MAX_ATTACHMENT_MB} MB`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'An attachment is not valid base64'),
});
export type FileAttachment = z.infer<typeof fileAttachmentSchema>;

const withFiles = (tables: readonly DealTable[]) => tables.filter((entry) => entry.files);

/** The files of a deal's (live, exported) rows; a file gone missing on disk is left out rather than failing the export. */
export function exportAttachments(
  dataDir: string,
  rows: DealRows,
  tables: readonly DealTable[] = DEAL_TABLES,
): FileAttachment[] {
  return withFiles(tables).flatMap((entry) =>
    (rows[entry.name] ?? []).flatMap((row) => {
      const files = entry.files as NonNullable<DealTable['files']>;
      const path = row[files.path];
      if (typeof path !== 'string') return [];
      let bytes: Buffer;
      try {
        bytes = readAttachment(dataDir, path);
      } catch {
        return [];
      }
      return [
        {
          evidenceId: row.id as string,
          name: (row[files.name] as string | null) ?? 'attachment',
          type: (row[files.type] as string | null) ?? 'application/octet-stream',
          contentBase64: bytes.toString('base64'),
        },
      ];
    }),
  );
}

/**
 * Writes each file under its (possibly re-keyed) row of this deal and records it on the
 * row. Paths written are pushed to `written` so the caller can remove them if the
 * surrounding transaction fails.
 */
export function importAttachments(
  tx: ParleyDb,
  dataDir: string,
  dealId: string,
  attachments: FileAttachment[],
  mapId: MapId,
  written: string[],
  tables: readonly DealTable[] = DEAL_TABLES,
): void {
  const entry = withFiles(tables)[0];
  if (!entry?.files || !entry.dealField) {
    if (attachments.length > 0) throw orphan();
    return;
  }
  const columns = getTableColumns(entry.table) as Record<string, SQLiteColumn>;
  const id = columns.id as SQLiteColumn;
  const deal = columns[entry.dealField] as SQLiteColumn;
  for (const attachment of attachments) {
    const rowId = mapId(attachment.evidenceId);
    const owner = tx
      .select({ id })
      .from(entry.table)
      .where(and(eq(id, rowId), eq(deal, dealId)))
      .get();
    if (!owner) throw orphan();
    const bytes = Buffer.from(attachment.contentBase64, 'base64');
    const path = writeAttachment(dataDir, rowId, attachment.name, bytes);
    written.push(path);
    tx.update(entry.table)
      .set({
        [entry.files.path]: path,
        [entry.files.name]: path.split('/').pop() ?? attachment.name,
        [entry.files.size]: bytes.length,
        [entry.files.type]: attachment.type || 'application/octet-stream',
      })
      .where(eq(id, rowId))
      .run();
  }
}

const orphan = () =>
  new UserError(
    'invalid_input',
    'This deal file cannot be imported: an attachment belongs to no evidence item of its deal. Nothing was imported.',
  );

export const removeWrittenFiles = (dataDir: string, written: string[]) => {
  for (const path of written) deleteAttachment(dataDir, path);
};
