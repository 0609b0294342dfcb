import type { Deal } from '../../core/deal';
import { nowIso } from '../../core/time';
import { removeWrittenFiles } from '../dealFiles/attachments';
import { freshIds, readDealEntries, writeDealEntry } from '../dealFiles/transfer';
import type { ParleyDb } from '../parleyDb';
import { copyTitle, getDeal } from '../repositories/deals';

/**
 * A duplicate is an export of the deal imported again as a copy, through the same code
 * (readDealEntries → writeDealEntry) without the JSON in between: every registry table
 * comes along, re-keyed, with nothing to register. With `dataDir` the copy gets its own
 * copies of the files.
 */
export function duplicateDeal(db: ParleyDb, id: string, dataDir?: string): Deal {
  const written: string[] = [];
  try {
    const copyId = db.transaction((tx) => {
      const [entry] = readDealEntries(tx, [id], dataDir);
      if (!entry) throw new Error('unreachable: readDealEntries answers one entry per id');
      const now = nowIso();
      const deal = {
        ...entry.deal,
        title: copyTitle(entry.deal.title),
        archived: false,
        createdAt: now,
        updatedAt: now,
      };
      return writeDealEntry(tx, { ...entry, deal }, freshIds(), { dataDir, written });
    });
    return getDeal(db, copyId);
  } catch (error) {
    if (dataDir) removeWrittenFiles(dataDir, written);
    throw error;
  }
}
