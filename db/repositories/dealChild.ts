import { and, eq, isNull } from 'drizzle-orm';
import { notFound, UserError } from '../../core/errors';
import type { ParleyDb } from '../parleyDb';
import { deals } from '../schema';

/** Throws unless the deal exists and is not in "recently deleted" (writes check it in `writeDeal`). */
export function assertLiveDeal(db: ParleyDb, dealId: string): void {
  const row = db
    .select({ id: deals.id })
    .from(deals)
    .where(and(eq(deals.id, dealId), isNull(deals.deletedAt)))
    .get();
  if (!row) throw notFound('The deal');
}

/**
 * Sibling order after inserting `newId` after `afterId` (at the end when absent or unknown).
 * Callers write positions 0, 1, 2, … from the result.
 */
export function orderWithInsert(orderedIds: string[], newId: string, afterId?: string): string[] {
  const at = afterId ? orderedIds.indexOf(afterId) : -1;
  const ids = [...orderedIds];
  ids.splice(at >= 0 ? at + 1 : ids.length, 0, newId);
  return ids;
}

/** Sibling order after moving `id` to `toIndex` (clamped to the list). */
export function orderWithMove(orderedIds: string[], id: string, toIndex: number): string[] {
  const ids = orderedIds.filter((other) => other !== id);
  ids.splice(Math.min(Math.max(toIndex, 0), ids.length), 0, id);
  return ids;
}

export const alreadyExists = (what: string) =>
  new UserError('conflict', `${what} already exists, so it cannot be restored again.`);

/** A link to a row of another deal is refused, with the field it came from. */
export const foreignRow = (what: string, field: string) =>
  new UserError('invalid_input', `${what} does not belong to this deal.`, {
    [field]: `${what} does not belong to this deal.`,
  });
