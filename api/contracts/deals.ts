import { z } from 'zod';
import { type Deal, type DealSummary, dealIdSchema, dealPatchSchema, newDealSchema } from '../../core/deal';
import type { DealProgress } from '../../core/progress';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

/** Deals: the list, and a deal's own fields. */
export const dealContract = {
  'deals.list': query(
    z.strictObject({
      includeArchived: z.boolean().optional(),
      deleted: z.boolean().optional(),
    }),
  )<DealSummary[]>(),
  'deals.get': query(dealIdSchema)<Deal>(),
  /** Each step's completion, computed from the deal's content (the workspace rail). */
  'deals.progress': query(dealIdSchema)<DealProgress>(),
  'deals.create': mutation(newDealSchema)<Deal>(),
  /**
   * `expected`: the values the edit started from. A field changed meanwhile (another
   * window) is refused with a conflict instead of being overwritten.
   */
  'deals.update': mutation(
    z.strictObject({ id: entityId('Deal id'), patch: dealPatchSchema, expected: dealPatchSchema.optional() }),
  )<Deal>(),
  'deals.duplicate': mutation(dealIdSchema)<Deal>(),
  'deals.archive': mutation(z.strictObject({ id: entityId('Deal id'), archived: z.boolean() }))<Deal>(),
  'deals.delete': mutation(dealIdSchema)<{ id: string }>(),
  'deals.restore': mutation(dealIdSchema)<Deal>(),
  'deals.purge': mutation(dealIdSchema)<{ id: string }>(),
};
