import { and, asc, eq, isNull } from 'drizzle-orm';
import { notFound } from '../../core/errors';
import type { ReviewComment } from '../../core/reviewComments';
import { nowIso } from '../../core/time';
import { assertLiveDeal, dealOfRow, insertRow, updateRow, writeDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { reviewComments } from '../schema';

const fields = {
  id: reviewComments.id,
  sectionKey: reviewComments.sectionKey,
  body: reviewComments.body,
  authorName: reviewComments.authorName,
  authorEmail: reviewComments.authorEmail,
  createdAt: reviewComments.createdAt,
  resolvedAt: reviewComments.resolvedAt,
  resolvedBy: reviewComments.resolvedBy,
};

/** A deal's comments, oldest first (resolved ones too: the panel shows them folded). */
export function listComments(db: ParleyDb, dealId: string): ReviewComment[] {
  assertLiveDeal(db, dealId);
  return db
    .select(fields)
    .from(reviewComments)
    .where(and(eq(reviewComments.dealId, dealId), isNull(reviewComments.deletedAt)))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id))
    .all();
}

export const openComments = (db: ParleyDb, dealId: string) => listComments(db, dealId).filter((c) => !c.resolvedAt);

/** A comment written on this laptop, through the one write path (so a shared deal's doc gets it). */
export function addComment(
  db: ParleyDb,
  dealId: string,
  comment: { id?: string; sectionKey: string; body: string; authorName: string; authorEmail: string },
): void {
  writeDeal(db, dealId, (tx) => {
    insertRow(tx, 'reviewComments', {
      id: comment.id ?? crypto.randomUUID(),
      dealId,
      sectionKey: comment.sectionKey,
      body: comment.body,
      authorName: comment.authorName,
      authorEmail: comment.authorEmail,
      resolvedAt: null,
      resolvedBy: null,
    });
  });
}

/** Resolves a comment through the one write path: refused on a deal shared with this user read-only. */
export function resolveComment(db: ParleyDb, dealId: string, id: string, resolvedBy: string): void {
  writeDeal(db, dealId, (tx) => {
    if (dealOfRow('reviewComments', id)(tx) !== dealId) throw notFound('The comment');
    updateRow(tx, 'reviewComments', id, { resolvedAt: nowIso(), resolvedBy });
  });
}
