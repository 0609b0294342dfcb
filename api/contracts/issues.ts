import { z } from 'zod';
import {
  type Issue,
  type IssueOption,
  issuePatchSchema,
  moveSchema,
  newIssueSchema,
  newOptionSchema,
  optionPatchSchema,
  SIDES,
  setScoresSchema,
  setWeightsSchema,
  type WeightsChange,
} from '../../core/issues';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

const rowRef = z.strictObject({ id: entityId('Row id') });

/** Issues & options: the negotiable dimensions, their values, weights and scores. */
export const issueContract = {
  'issues.list': query(z.strictObject({ dealId: entityId('Deal id') }))<Issue[]>(),
  'issues.add': mutation(newIssueSchema)<Issue>(),
  'issues.addStarters': mutation(
    z.strictObject({
      dealId: entityId('Deal id'),
      starterIds: z
        .array(z.string().max(60), { error: 'Suggestions must be a list' })
        .min(1, 'Pick at least one suggestion')
        .max(50),
    }),
  )<Issue[]>(),
  'issues.update': mutation(z.strictObject({ id: entityId('Issue id'), patch: issuePatchSchema }))<Issue>(),
  'issues.delete': mutation(rowRef)<{ id: string }>(),
  'issues.restore': mutation(rowRef)<Issue>(),
  'issues.move': mutation(moveSchema)<Issue[]>(),
  'issues.normaliseWeights': mutation(
    z.strictObject({ dealId: entityId('Deal id'), side: z.enum(SIDES, { error: 'Side must be us or them' }) }),
  )<WeightsChange>(),
  'issues.setWeights': mutation(setWeightsSchema)<Issue[]>(),
  'issues.addOption': mutation(newOptionSchema)<IssueOption>(),
  'issues.updateOption': mutation(
    z.strictObject({ id: entityId('Option id'), patch: optionPatchSchema }),
  )<IssueOption>(),
  'issues.deleteOption': mutation(rowRef)<{ id: string }>(),
  'issues.restoreOption': mutation(rowRef)<IssueOption>(),
  'issues.moveOption': mutation(moveSchema)<Issue>(),
  'issues.setScores': mutation(setScoresSchema)<Issue>(),
};
