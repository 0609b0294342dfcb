import { z } from 'zod';
import { type Deal, type DealSummary, dealIdSchema, dealPatchSchema, newDealSchema } from '../core/deal';
import { entityId } from '../core/text';
import { mutation, query } from './procedure';

/**
 * THE declaration of Parley's API: procedure name → input schema → output type.
 * Electron IPC, the browser-mode HTTP server, the preload bridge and the renderer
 * client are all derived from this object; handlers are checked against it.
 */
export const contract = {
  'deals.list': query(
    z.strictObject({
      includeArchived: z.boolean().optional(),
      deleted: z.boolean().optional(),
    }),
  )<DealSummary[]>(),
  'deals.get': query(dealIdSchema)<Deal>(),
  'deals.create': mutation(newDealSchema)<Deal>(),
  'deals.update': mutation(z.strictObject({ id: entityId('Deal id'), patch: dealPatchSchema }))<Deal>(),
  'deals.duplicate': mutation(dealIdSchema)<Deal>(),
  'deals.archive': mutation(z.strictObject({ id: entityId('Deal id'), archived: z.boolean() }))<Deal>(),
  'deals.delete': mutation(dealIdSchema)<{ id: string }>(),
  'deals.restore': mutation(dealIdSchema)<Deal>(),
  'deals.purge': mutation(dealIdSchema)<{ id: string }>(),
};

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export const procedureNames = Object.keys(contract) as ProcedureName[];
