import type { Preparation2Snapshot } from '../../core/preparation2Progress';
import type { ParleyDb } from '../database';
import { readDeal } from '../dealTables/read';
import { assertLiveDeal } from './dealRows';
import { preparation2Of } from './snapshotPreparation2';

/** Everything of Preparation II for one deal, for completion and the plan. */
export function preparation2Snapshot(db: ParleyDb, dealId: string): Preparation2Snapshot {
  assertLiveDeal(db, dealId);
  return preparation2Of(readDeal(db, dealId));
}
