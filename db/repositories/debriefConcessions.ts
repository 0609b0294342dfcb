import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ConcessionEntry } from '../../core/debrief/reciprocity';
import type { ParleyDb } from '../parleyDb';
import { concessions } from '../schema';

/**
 * The deal's concession log (Concessions & safeguards step) as the debrief's concession
 * review reads it. Rows waiting in a delete's undo window do not count.
 */
export function readConcessionLog(db: ParleyDb, dealId: string): ConcessionEntry[] {
  return db
    .select({
      id: concessions.id,
      item: concessions.item,
      give: concessions.give,
      get: concessions.get,
      valueToUs: concessions.valueToUs,
      valueToThem: concessions.valueToThem,
      status: concessions.status,
    })
    .from(concessions)
    .where(and(eq(concessions.dealId, dealId), isNull(concessions.deletedAt)))
    .orderBy(asc(concessions.position))
    .all();
}
