import { z } from 'zod';
import { entityId, longText } from './text';

/** The deal's "What to say" notes: lines prepared for the room, filled from the phrase bank or typed. */
export interface TalkingPoints {
  dealId: string;
  text: string;
  updatedAt: string | null;
}

export const talkingPointsUpdateSchema = z.strictObject({
  dealId: entityId('Deal id'),
  text: longText('What to say'),
});
