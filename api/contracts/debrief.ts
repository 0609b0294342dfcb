import { z } from 'zod';
import { agreedOptionSchema, debriefPatchSchema } from '../../core/debrief/model';
import { type MomentType, momentTypePatchSchema, newMomentTypeSchema } from '../../core/debrief/momentCatalogue';
import { type Candidate, TRANSCRIPT_LIMIT } from '../../core/debrief/transcript';
import type { DebriefRecord, DebriefView } from '../../core/debrief/view';
import { type Insights, insightsFilterSchema, type LessonReminders } from '../../core/insights';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

const dealRef = z.strictObject({ dealId: entityId('Deal id') });
const patchOf = <S extends z.ZodType>(patch: S) => z.strictObject({ id: entityId('Row id'), patch });

export const transcriptInputSchema = z.strictObject({
  text: z
    .string({ error: 'Notes must be text' })
    .max(TRANSCRIPT_LIMIT, `Notes must be at most ${TRANSCRIPT_LIMIT.toLocaleString('en-US')} characters`),
  /** Speaker names that are our side ("Me", "Sam"); the defaults when empty. */
  ourNames: z.array(z.string().trim().max(60, 'A name must be at most 60 characters')).max(20).optional(),
});

/** Debrief of one deal (its moments and lessons are rows: `rows.*`), the moment catalogue, the transcript assistant and Insights. */
export const debriefContract = {
  'debrief.get': query(dealRef)<DebriefView>(),
  'debrief.update': mutation(
    z.strictObject({ dealId: entityId('Deal id'), patch: debriefPatchSchema }),
  )<DebriefRecord>(),
  'debrief.setAgreed': mutation(agreedOptionSchema)<Record<string, string>>(),
  /** Proposals only: nothing is written. */
  'debrief.proposeMoments': query(transcriptInputSchema)<Candidate[]>(),
  'debrief.reminders': query(dealRef)<LessonReminders>(),
  'momentTypes.list': query(z.strictObject({}))<MomentType[]>(),
  'momentTypes.add': mutation(newMomentTypeSchema)<MomentType>(),
  'momentTypes.update': mutation(patchOf(momentTypePatchSchema))<MomentType>(),
  'insights.get': query(insightsFilterSchema)<Insights>(),
};
