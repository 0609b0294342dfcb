import { z } from 'zod';
import { type Batna, batnaPatchSchema } from '../../core/batna';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

const dealRef = z.strictObject({ dealId: entityId('Deal id') });

/** BATNA & reservation: one record per deal (its actions are a list table, `rows.*` 'batnaActions'). */
export const batnaContract = {
  'batna.get': query(dealRef)<Batna>(),
  'batna.update': mutation(z.strictObject({ dealId: entityId('Deal id'), patch: batnaPatchSchema }))<Batna>(),
};
