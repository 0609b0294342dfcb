import { eq } from 'drizzle-orm';
import { type TalkingPoints, talkingPointsUpdateSchema } from '../../core/talkingPoints';
import { nowIso } from '../../core/time';
import { assertLiveDeal, writeDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { talkingPoints } from '../schema';

export function getTalkingPoints(db: ParleyDb, dealId: string): TalkingPoints {
  assertLiveDeal(db, dealId);
  const found = db.select().from(talkingPoints).where(eq(talkingPoints.dealId, dealId)).get();
  return found ?? { dealId, text: '', updatedAt: null };
}

export function setTalkingPoints(db: ParleyDb, dealId: string, text: string): TalkingPoints {
  const parsed = talkingPointsUpdateSchema.parse({ dealId, text });
  return writeDeal(db, parsed.dealId, (tx) => {
    const updatedAt = nowIso();
    tx.insert(talkingPoints)
      .values({ dealId: parsed.dealId, text: parsed.text, updatedAt })
      .onConflictDoUpdate({ target: talkingPoints.dealId, set: { text: parsed.text, updatedAt } })
      .run();
    return getTalkingPoints(tx, parsed.dealId);
  });
}
