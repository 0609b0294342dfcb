import { z } from 'zod';
import type { DealRow } from '../scales';
import { calendarDate, longText, shortText } from '../text';

/** Where we want the relationship to stand after signing. */
export const RELATIONSHIP_GOALS = ['not_set', 'one_off', 'reliable', 'preferred', 'strategic'] as const;
export type RelationshipGoal = (typeof RELATIONSHIP_GOALS)[number];
export const RELATIONSHIP_GOAL_LABELS: Record<RelationshipGoal, string> = {
  not_set: 'Not decided yet',
  one_off: 'A one-off transaction',
  reliable: 'A reliable working relationship',
  preferred: 'Preferred partner',
  strategic: 'Strategic partnership',
};

/** One per deal: the relationship we want after signing, in a word and in a few sentences. */
export const relationshipSchema = z.strictObject({
  goal: z.enum(RELATIONSHIP_GOALS, { error: `Relationship goal must be one of: ${RELATIONSHIP_GOALS.join(', ')}` }),
  description: longText('What the relationship looks like'),
});
export type Relationship = z.infer<typeof relationshipSchema>;
export const relationshipPatchSchema = relationshipSchema.partial();
export const RELATIONSHIP_DEFAULTS: Relationship = { goal: 'not_set', description: '' };

/** Something we do to earn trust: who does it, by when, and whether it is done. */
export const trustActionFieldsSchema = z.strictObject({
  action: shortText('Action'),
  owner: shortText('Owner').max(200, 'Owner must be at most 200 characters'),
  due: calendarDate('When').nullable(),
  done: z.boolean({ error: 'Done must be true or false' }),
});
export type TrustActionFields = z.infer<typeof trustActionFieldsSchema>;
export const newTrustActionSchema = trustActionFieldsSchema.partial();
export const trustActionPatchSchema = trustActionFieldsSchema.partial();
export const TRUST_ACTION_DEFAULTS: TrustActionFields = { action: '', owner: '', due: null, done: false };
export interface TrustAction extends TrustActionFields, DealRow {}

/** Open trust actions whose date has passed (`today` as YYYY-MM-DD). */
export const overdueTrustActions = <T extends Pick<TrustActionFields, 'due' | 'done'>>(
  actions: readonly T[],
  today: string,
): T[] => actions.filter((a) => !a.done && a.due !== null && a.due < today);
