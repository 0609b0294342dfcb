import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { notFound, UserError } from '../../core/errors';
import {
  type AttachmentUpload,
  attachmentUploadSchema,
  CLAIM_DEFAULTS,
  type Claim,
  claimPatchSchema,
  EVIDENCE_DEFAULTS,
  type EvidenceItem,
  type EvidenceLink,
  type EvidenceLinkInput,
  evidenceLinkSchema,
  evidencePatchSchema,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_MB,
  newClaimSchema,
  newEvidenceSchema,
} from '../../core/evidence';
import { nowIso } from '../../core/time';
import { deleteAttachment, readAttachment, writeAttachment } from '../attachments';
import { removeUnreferencedFiles } from '../dealTables/files';
import { withoutCascadedRows } from '../dealTables/read';
import { dealTable } from '../dealTables/registry';
import { assertLiveDeal, writeDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { anchors, claims, evidenceItems, evidenceLinks, issues } from '../schema';
import { defineRowStore } from './dealRows';

type EvidenceRow = typeof evidenceItems.$inferSelect;

export const toEvidence = (row: EvidenceRow): EvidenceItem => ({
  id: row.id,
  dealId: row.dealId,
  position: row.position,
  title: row.title,
  kind: row.kind,
  source: row.source,
  date: row.date,
  link: row.link,
  credibility: row.credibility,
  notes: row.notes,
  attachment:
    row.attachmentPath && row.attachmentName
      ? { name: row.attachmentName, size: row.attachmentSize ?? 0, type: row.attachmentType ?? '' }
      : null,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export const evidenceStore = defineRowStore<typeof evidenceItems, EvidenceItem>({
  table: evidenceItems,
  label: 'The evidence item',
  newSchema: newEvidenceSchema,
  patchSchema: evidencePatchSchema,
  defaults: EVIDENCE_DEFAULTS,
  toEntity: toEvidence,
});

export const claimStore = defineRowStore<typeof claims, Claim>({
  table: claims,
  label: 'The claim',
  newSchema: newClaimSchema,
  patchSchema: claimPatchSchema,
  defaults: CLAIM_DEFAULTS,
});

function liveEvidenceRow(db: ParleyDb, id: string): EvidenceRow {
  const row = db
    .select()
    .from(evidenceItems)
    .where(and(eq(evidenceItems.id, id), isNull(evidenceItems.deletedAt)))
    .get();
  if (!row) throw notFound('The evidence item');
  assertLiveDeal(db, row.dealId);
  return row;
}

/**
 * Attaches (or replaces) the item's file. The size is checked on the decoded bytes; the
 * file is written before the row is updated and removed again if the update fails.
 */
export function attachFile(db: ParleyDb, dataDir: string, upload: AttachmentUpload): EvidenceItem {
  const parsed = attachmentUploadSchema.parse(upload);
  const row = liveEvidenceRow(db, parsed.evidenceId);
  const bytes = Buffer.from(parsed.contentBase64, 'base64');
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new UserError(
      'invalid_input',
      `The file is larger than ${MAX_ATTACHMENT_MB} MB. Attach a smaller file or a link.`,
      { contentBase64: `At most ${MAX_ATTACHMENT_MB} MB` },
    );
  }
  if (bytes.length === 0) throw new UserError('invalid_input', 'The file is empty.', { contentBase64: 'Empty file' });
  const path = writeAttachment(dataDir, row.id, parsed.fileName, bytes);
  let updated: EvidenceRow;
  try {
    updated = writeDeal(db, row.dealId, (tx) =>
      tx
        .update(evidenceItems)
        .set({
          attachmentPath: path,
          attachmentName: path.split('/').pop() ?? parsed.fileName,
          attachmentSize: bytes.length,
          attachmentType: parsed.contentType?.trim() || 'application/octet-stream',
          updatedAt: nowIso(),
        })
        .where(eq(evidenceItems.id, row.id))
        .returning()
        .get(),
    );
  } catch (error) {
    deleteAttachment(dataDir, path);
    throw error;
  }
  removeUnreferencedFiles(db, dataDir, [row.attachmentPath]);
  return toEvidence(updated);
}

export function detachFile(db: ParleyDb, dataDir: string, evidenceId: string): EvidenceItem {
  const row = liveEvidenceRow(db, evidenceId);
  const updated = writeDeal(db, row.dealId, (tx) =>
    tx
      .update(evidenceItems)
      .set({
        attachmentPath: null,
        attachmentName: null,
        attachmentSize: null,
        attachmentType: null,
        updatedAt: nowIso(),
      })
      .where(eq(evidenceItems.id, row.id))
      .returning()
      .get(),
  );
  removeUnreferencedFiles(db, dataDir, [row.attachmentPath]);
  return toEvidence(updated);
}

export function downloadFile(db: ParleyDb, dataDir: string, evidenceId: string) {
  const row = liveEvidenceRow(db, evidenceId);
  if (!row.attachmentPath || !row.attachmentName) throw notFound('The attached file');
  let bytes: Buffer;
  try {
    bytes = readAttachment(dataDir, row.attachmentPath);
  } catch {
    throw new UserError('not_found', 'The attached file is missing from the data folder. Attach it again.');
  }
  return {
    name: row.attachmentName,
    type: row.attachmentType ?? 'application/octet-stream',
    size: bytes.length,
    contentBase64: bytes.toString('base64'),
  };
}

/** Purges a soft-deleted item and its file (unless a duplicated deal still uses it). */
export function purgeEvidence(db: ParleyDb, dataDir: string, id: string): { id: string } {
  const row = evidenceStore.purge(db, id) as EvidenceRow;
  removeUnreferencedFiles(db, dataDir, [row.attachmentPath]);
  return { id };
}

const targetColumn = { claim: 'claimId', anchor: 'anchorId', issue: 'issueId' } as const;

function assertTarget(db: ParleyDb, dealId: string, target: EvidenceLinkInput['target'], targetId: string) {
  if (target === 'issue') {
    const issue = db
      .select({ id: issues.id })
      .from(issues)
      .where(and(eq(issues.id, targetId), eq(issues.dealId, dealId), isNull(issues.deletedAt)))
      .get();
    if (!issue) throw notFound('The issue');
    return;
  }
  const table = target === 'claim' ? claims : anchors;
  const found = db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, targetId), eq(table.dealId, dealId), isNull(table.deletedAt)))
    .get();
  if (!found) throw notFound(target === 'claim' ? 'The claim' : 'The anchor');
}

/** Links are idempotent: linking twice keeps one link. */
export function linkEvidence(db: ParleyDb, input: EvidenceLinkInput): EvidenceLink {
  const parsed = evidenceLinkSchema.parse(input);
  return writeDeal(
    db,
    (tx) => liveEvidenceRow(tx, parsed.evidenceId).dealId,
    (tx) => {
      const item = liveEvidenceRow(tx, parsed.evidenceId);
      assertTarget(tx, item.dealId, parsed.target, parsed.targetId);
      tx.insert(evidenceLinks)
        .values({
          id: randomUUID(),
          dealId: item.dealId,
          evidenceId: item.id,
          target: parsed.target,
          targetId: parsed.targetId,
          [targetColumn[parsed.target]]: parsed.targetId,
          createdAt: nowIso(),
        })
        .onConflictDoNothing()
        .run();
      const link = tx
        .select()
        .from(evidenceLinks)
        .where(
          and(
            eq(evidenceLinks.evidenceId, item.id),
            eq(evidenceLinks.target, parsed.target),
            eq(evidenceLinks.targetId, parsed.targetId),
          ),
        )
        .get();
      if (!link) throw new Error('link not stored');
      return toLink(link);
    },
  );
}

export function unlinkEvidence(db: ParleyDb, input: EvidenceLinkInput): { removed: boolean } {
  const parsed = evidenceLinkSchema.parse(input);
  const item = liveEvidenceRow(db, parsed.evidenceId);
  const result = writeDeal(db, item.dealId, (tx) =>
    tx
      .delete(evidenceLinks)
      .where(
        and(
          eq(evidenceLinks.evidenceId, parsed.evidenceId),
          eq(evidenceLinks.target, parsed.target),
          eq(evidenceLinks.targetId, parsed.targetId),
        ),
      )
      .run(),
  );
  return { removed: result.changes > 0 };
}

export const toLink = (row: typeof evidenceLinks.$inferSelect): EvidenceLink => ({
  id: row.id,
  dealId: row.dealId,
  evidenceId: row.evidenceId,
  target: row.target,
  targetId: row.targetId,
});

/** The deal's links whose both ends are live (a soft-deleted item or claim hides its links). */
export function listEvidenceLinks(db: ParleyDb, dealId: string): EvidenceLink[] {
  assertLiveDeal(db, dealId);
  const live = new Set<string>();
  const tables = [
    ['evidence', evidenceItems],
    ['claims', claims],
    ['anchors', anchors],
    ['issues', issues],
  ] as const;
  for (const [name, table] of tables) {
    const rows = db
      .select()
      .from(table)
      .where(and(eq(table.dealId, dealId), isNull(table.deletedAt)))
      .all() as Record<string, unknown>[];
    for (const row of withoutCascadedRows(db, dealTable(name), rows)) live.add(row.id as string);
  }
  return (
    db
      .select()
      .from(evidenceLinks)
      .where(eq(evidenceLinks.dealId, dealId))
      .all()
      // A link to a deleted row waits, hidden, for Undo or the purge (which cascades to it).
      .filter((link) => live.has(link.evidenceId) && live.has(link.targetId))
      .map(toLink)
  );
}
