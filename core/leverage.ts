import { z } from 'zod';
import { type DealRow, rating } from './scales';
import { longText, shortText } from './text';

export const LEVERAGE_HOLDERS = ['ours', 'theirs'] as const;
export type LeverageHolder = (typeof LEVERAGE_HOLDERS)[number];
export const LEVERAGE_HOLDER_LABELS: Record<LeverageHolder, string> = { ours: 'We hold it', theirs: 'They hold it' };

export const LEVERAGE_KINDS = ['positive', 'negative', 'consistency'] as const;
export type LeverageKind = (typeof LEVERAGE_KINDS)[number];
export const LEVERAGE_KIND_LABELS: Record<LeverageKind, string> = {
  positive: 'Positive — something wanted that can be given',
  negative: 'Negative — something that can be withheld or made costly',
  consistency: 'Consistency — their own stated principles or precedents',
};
export const LEVERAGE_KIND_SHORT: Record<LeverageKind, string> = {
  positive: 'Positive',
  negative: 'Negative',
  consistency: 'Consistency',
};

export const leverageItemFieldsSchema = z.strictObject({
  holder: z.enum(LEVERAGE_HOLDERS, { error: 'Holder must be ours or theirs' }),
  kind: z.enum(LEVERAGE_KINDS, { error: `Kind must be one of: ${LEVERAGE_KINDS.join(', ')}` }),
  description: shortText('Description'),
  strength: rating('Strength'),
});
export type LeverageItemFields = z.infer<typeof leverageItemFieldsSchema>;
export const newLeverageItemSchema = leverageItemFieldsSchema.partial();
export const leverageItemPatchSchema = leverageItemFieldsSchema.partial();
export const LEVERAGE_ITEM_DEFAULTS: LeverageItemFields = {
  holder: 'ours',
  kind: 'positive',
  description: '',
  strength: 3,
};
export interface LeverageItem extends LeverageItemFields, DealRow {}

export const MORE_TO_LOSE = ['us', 'them', 'even', 'unsure'] as const;
export type MoreToLose = (typeof MORE_TO_LOSE)[number];
export const MORE_TO_LOSE_LABELS: Record<MoreToLose, string> = {
  unsure: 'Not assessed yet',
  us: 'We have more to lose',
  them: 'They have more to lose',
  even: 'About the same',
};

/** "Who has more to lose if there is no deal?" — one per deal. */
export const noDealAssessmentSchema = z.strictObject({
  ourLoss: longText('What we lose'),
  ourLossSeverity: rating('How much we lose').nullable(),
  theirLoss: longText('What they lose'),
  theirLossSeverity: rating('How much they lose').nullable(),
  verdict: z.enum(MORE_TO_LOSE, { error: `Verdict must be one of: ${MORE_TO_LOSE.join(', ')}` }),
});
export type NoDealAssessment = z.infer<typeof noDealAssessmentSchema>;
export const noDealAssessmentPatchSchema = noDealAssessmentSchema.partial();
export const NO_DEAL_DEFAULTS: NoDealAssessment = {
  ourLoss: '',
  ourLossSeverity: null,
  theirLoss: '',
  theirLossSeverity: null,
  verdict: 'unsure',
};

/** What the two severities suggest; a verdict that contradicts them deserves a second look. */
export function suggestedVerdict(a: Pick<NoDealAssessment, 'ourLossSeverity' | 'theirLossSeverity'>): MoreToLose {
  if (a.ourLossSeverity === null || a.theirLossSeverity === null) return 'unsure';
  if (a.ourLossSeverity === a.theirLossSeverity) return 'even';
  return a.ourLossSeverity > a.theirLossSeverity ? 'us' : 'them';
}

export function verdictConflict(a: NoDealAssessment): string | null {
  const suggested = suggestedVerdict(a);
  if (a.verdict === 'unsure' || suggested === 'unsure' || suggested === a.verdict) return null;
  return `Your severities point to “${MORE_TO_LOSE_LABELS[suggested]}”. Check the verdict or the ratings.`;
}

/** The ways leverage can be moved before and during the talks. */
export const LEVERS = [
  'improve_batna',
  'reduce_our_urgency',
  'raise_their_urgency',
  'find_allies',
  'learn_their_values',
  'agree_decision_process',
  'widen_options',
  'use_their_principles',
  'other',
] as const;
export type Lever = (typeof LEVERS)[number];
export const LEVER_LABELS: Record<Lever, string> = {
  improve_batna: 'Strengthen our walk-away option',
  reduce_our_urgency: 'Take time pressure off us',
  raise_their_urgency: 'Make delay costly for them',
  find_allies: 'Win allies on their side',
  learn_their_values: 'Find out what they value most',
  agree_decision_process: 'Agree how and when they decide',
  widen_options: 'Add issues and options to trade',
  use_their_principles: 'Hold them to their own standards',
  other: 'Other',
};
/** A first concrete step for each lever, so a new checklist is never blank. */
export const LEVER_STARTERS: Record<Exclude<Lever, 'other'>, string> = {
  improve_batna: 'Get a firm alternative quote or plan B with a date on it',
  reduce_our_urgency: 'Move our internal deadline or line up work that does not depend on this deal',
  raise_their_urgency: 'Tie our best terms to a date that matters to them',
  find_allies: 'Meet the people who gain most from the deal and ask for their support',
  learn_their_values: 'Ask three open questions about their priorities before any numbers',
  agree_decision_process: 'Confirm who signs, the steps to a yes and the dates for each',
  widen_options: 'List two more issues we could bring in to create trades',
  use_their_principles: 'Collect their published values and past commitments we can point to',
};

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const leverageActionFieldsSchema = z.strictObject({
  lever: z.enum(LEVERS, { error: `Lever must be one of: ${LEVERS.join(', ')}` }),
  action: shortText('Action'),
  owner: shortText('Owner').max(200, 'Owner must be at most 200 characters'),
  status: z.enum(ACTION_STATUSES, { error: `Status must be one of: ${ACTION_STATUSES.join(', ')}` }),
});
export type LeverageActionFields = z.infer<typeof leverageActionFieldsSchema>;
export const newLeverageActionSchema = leverageActionFieldsSchema.partial();
export const leverageActionPatchSchema = leverageActionFieldsSchema.partial();
export const LEVERAGE_ACTION_DEFAULTS: LeverageActionFields = {
  lever: 'other',
  action: '',
  owner: '',
  status: 'planned',
};
export interface LeverageAction extends LeverageActionFields, DealRow {}

/** Total strength per side and kind, for the side-by-side summary. */
export function leverageBalance(items: readonly Pick<LeverageItem, 'holder' | 'kind' | 'strength'>[]) {
  const total = { ours: 0, theirs: 0 };
  for (const item of items) total[item.holder] += item.strength;
  return total;
}
