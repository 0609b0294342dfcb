import { z } from 'zod';
import {
  type Batna,
  type BatnaAction,
  batnaActionPatchSchema,
  batnaPatchSchema,
  newBatnaActionSchema,
} from '../../core/batna';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

const dealRef = z.strictObject({ dealId: entityId('Deal id') });
const rowRef = z.strictObject({ id: entityId('Row id') });

/** BATNA & reservation: one record per deal, plus the actions that would improve our BATNA. */
export const batnaContract = {
  'batna.get': query(dealRef)<Batna>(),
  'batna.update': mutation(z.strictObject({ dealId: entityId('Deal id'), patch: batnaPatchSchema }))<Batna>(),
  'batna.actions': query(dealRef)<BatnaAction[]>(),
  'batna.addAction': mutation(newBatnaActionSchema)<BatnaAction>(),
  'batna.updateAction': mutation(
    z.strictObject({ id: entityId('Action id'), patch: batnaActionPatchSchema }),
  )<BatnaAction>(),
  'batna.deleteAction': mutation(rowRef)<{ id: string }>(),
  'batna.restoreAction': mutation(rowRef)<BatnaAction>(),
};
