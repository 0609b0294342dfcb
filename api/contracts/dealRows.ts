import { z } from 'zod';
import { entityId } from '../../core/text';
import { mutation } from '../procedure';

/**
 * Procedures every deleted row of a deal shares, by registry table name (db/dealTables):
 * `rows.purge` removes a soft-deleted row for good when its Undo toast goes.
 */
export const dealRowContract = {
  'rows.purge': mutation(
    z.strictObject({ table: z.string().min(1).max(60, 'Unknown table'), id: entityId('Row id') }),
  )<{ id: string }>(),
};
