import type { Deal } from '../../core/deal';
import type { deals } from '../schema';

export type DealRow = typeof deals.$inferSelect;

/** Row → deal, naming each field so bookkeeping columns (deleted_at) never leak out. */
export const toDeal = (row: DealRow): Deal => ({
  id: row.id,
  title: row.title,
  counterparty: row.counterparty,
  context: row.context,
  ourSide: row.ourSide,
  currency: row.currency,
  status: row.status,
  targetCloseDate: row.targetCloseDate,
  notes: row.notes,
  archived: row.archived,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});
