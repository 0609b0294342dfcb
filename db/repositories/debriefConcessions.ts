import type { ConcessionEntry } from '../../core/debrief/reciprocity';
import type { ParleyDb } from '../database';

/**
 * The deal's concession log for the debrief's concession review. The log belongs to the
 * Concessions & safeguards step; until that step's table is in this build there is
 * nothing to read, and the review says so (null) rather than showing zeros.
 */
export function readConcessionLog(_db: ParleyDb, _dealId: string): ConcessionEntry[] | null {
  return null;
}
