import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { MAX_DEAL_FILE_BYTES } from '../../core/dealFileLimits';
import { UserError } from '../../core/errors';
import { entityId } from '../../core/text';
import { deleteAttachment, readAttachment, writeAttachment } from '../attachments';
import type { ParleyDb } from '../database';
import { evidenceItems } from '../schema';
import type { MapId } from './part';

/**
 * Evidence files travel inside the deal file, base64-encoded beside the rows (the rows
 * themselves carry no file path: paths belong to one data folder). A file without them
 * (older exports) imports its evidence without files.
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
    .max(MAX_DEAL_FILE_BYTES, 'An attachment is larger than a deal file may be')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'An attachment is not valid base64'),
});
export type FileAttachment = z.infer<typeof fileAttachmentSchema>;

export function exportAttachments(tx: ParleyDb, dataDir: string, dealId: string): FileAttachment[] {
  const rows = tx
    .select()
    .from(evidenceItems)
    .where(
      and(eq(evidenceItems.dealId, dealId), isNull(evidenceItems.deletedAt), isNotNull(evidenceItems.attachmentPath)),
    )
    .all();
  return rows.flatMap((row) => {
    if (!row.attachmentPath) return [];
    let bytes: Buffer;
    try {
      bytes = readAttachment(dataDir, row.attachmentPath);
    } catch {
      return []; // the file went missing on disk: export the item without it rather than fail
    }
    return [
      {
        evidenceId: row.id,
        name: row.attachmentName ?? 'attachment',
        type: row.attachmentType ?? 'application/octet-stream',
        contentBase64: bytes.toString('base64'),
      },
    ];
  });
}

/**
 * Writes each file under the (possibly re-keyed) evidence item of this deal and records it
 * on the row. Paths written are pushed to `written` so the caller can remove them if the
 * surrounding transaction fails.
 */
export function importAttachments(
  tx: ParleyDb,
  dataDir: string,
  dealId: string,
  attachments: FileAttachment[],
  mapId: MapId,
  written: string[],
): void {
  for (const attachment of attachments) {
    const evidenceId = mapId(attachment.evidenceId);
    const owner = tx
      .select({ id: evidenceItems.id })
      .from(evidenceItems)
      .where(and(eq(evidenceItems.id, evidenceId), eq(evidenceItems.dealId, dealId)))
      .get();
    if (!owner) {
      throw new UserError(
        'invalid_input',
        'This deal file cannot be imported: an attachment belongs to no evidence item of its deal. Nothing was imported.',
      );
    }
    const bytes = Buffer.from(attachment.contentBase64, 'base64');
    const path = writeAttachment(dataDir, evidenceId, attachment.name, bytes);
    written.push(path);
    tx.update(evidenceItems)
      .set({
        attachmentPath: path,
        attachmentName: path.split('/').pop() ?? attachment.name,
        attachmentSize: bytes.length,
        attachmentType: attachment.type || 'application/octet-stream',
      })
      .where(eq(evidenceItems.id, evidenceId))
      .run();
  }
}

export const removeWrittenFiles = (dataDir: string, written: string[]) => {
  for (const path of written) deleteAttachment(dataDir, path);
};
