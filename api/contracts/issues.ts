import { z } from 'zod';
import { type Issue, SIDES, setScoresSchema, setWeightsSchema, type WeightsChange } from '../../core/issues';
import { entityId } from '../../core/text';
import { mutation } from '../procedure';

/**
 * Issues & options: their rows are written through `rows.*` (tables 'issues' and
 * 'issueOptions'); these are the domain verbs on them.
 */
export const issueContract = {
  'issues.addStarters': mutation(
    z.strictObject({
      dealId: entityId('Deal id'),
      starterIds: z
        .array(z.string().max(60), { error: 'Suggestions must be a list' })
        .min(1, 'Pick at least one suggestion')
        .max(50),
    }),
  )<Issue[]>(),
  'issues.normaliseWeights': mutation(
    z.strictObject({ dealId: entityId('Deal id'), side: z.enum(SIDES, { error: 'Side must be us or them' }) }),
  )<WeightsChange>(),
  'issues.setWeights': mutation(setWeightsSchema)<Issue[]>(),
  'issues.setScores': mutation(setScoresSchema)<Issue>(),
};
