import { z } from 'zod';
import { type DealRow, rating } from './scales';
import { calendarDate, entityId, longText, nameText, shortText } from './text';

export const PARTY_SIDES = ['theirs', 'ours'] as const;
export type PartySide = (typeof PARTY_SIDES)[number];
export const PARTY_SIDE_LABELS: Record<PartySide, string> = { theirs: 'Their side', ours: 'Our side' };

export const DECISION_ROLES = [
  'decision_maker',
  'economic_buyer',
  'influencer',
  'gatekeeper',
  'user',
  'legal_procurement',
  'champion',
  'blocker',
  'unknown',
] as const;
export type DecisionRole = (typeof DECISION_ROLES)[number];
export const DECISION_ROLE_LABELS: Record<DecisionRole, string> = {
  decision_maker: 'Decision maker',
  economic_buyer: 'Economic buyer',
  influencer: 'Influencer',
  gatekeeper: 'Gatekeeper',
  user: 'User',
  legal_procurement: 'Legal / procurement',
  champion: 'Champion',
  blocker: 'Blocker',
  unknown: 'Not known yet',
};

/** Ordered from most to least favourable: the map's horizontal axis follows this order. */
export const STANCES = ['supporter', 'neutral', 'sceptic', 'blocker'] as const;
export type Stance = (typeof STANCES)[number];
export const STANCE_LABELS: Record<Stance, string> = {
  supporter: 'Supporter',
  neutral: 'Neutral',
  sceptic: 'Sceptic',
  blocker: 'Blocker',
};

export const stakeholderFieldsSchema = z.strictObject({
  side: z.enum(PARTY_SIDES, { error: 'Side must be theirs or ours' }),
  name: nameText('Name'),
  title: shortText('Job title'),
  role: z.enum(DECISION_ROLES, { error: `Role must be one of: ${DECISION_ROLES.join(', ')}` }),
  influence: rating('Influence'),
  stance: z.enum(STANCES, { error: `Stance must be one of: ${STANCES.join(', ')}` }),
  interests: longText('Interests'),
  mustHaves: longText('Must-haves'),
  redLines: longText('Red lines'),
  faceSaving: longText('Face-saving needs'),
  politicalCapital: longText('Political capital'),
  relationshipNotes: longText('Relationship notes'),
  lastContact: calendarDate('Last contact').nullable(),
});
export type StakeholderFields = z.infer<typeof stakeholderFieldsSchema>;
export const newStakeholderSchema = stakeholderFieldsSchema.partial().required({ name: true });
export const stakeholderPatchSchema = stakeholderFieldsSchema.partial();
export const STAKEHOLDER_DEFAULTS: Omit<StakeholderFields, 'name'> = {
  side: 'theirs',
  title: '',
  role: 'unknown',
  influence: 3,
  stance: 'neutral',
  interests: '',
  mustHaves: '',
  redLines: '',
  faceSaving: '',
  politicalCapital: '',
  relationshipNotes: '',
  lastContact: null,
};
export interface Stakeholder extends StakeholderFields, DealRow {}

/** One step on the path to a signed yes: who approves what, in which order, by when. */
export const decisionStepFieldsSchema = z.strictObject({
  approval: shortText('What is approved'),
  stakeholderId: entityId('Approver').nullable(),
  dueDate: calendarDate('Due date').nullable(),
  notes: shortText('Notes'),
});
export type DecisionStepFields = z.infer<typeof decisionStepFieldsSchema>;
export const newDecisionStepSchema = decisionStepFieldsSchema.partial();
export const decisionStepPatchSchema = decisionStepFieldsSchema.partial();
export const DECISION_STEP_DEFAULTS: DecisionStepFields = {
  approval: '',
  stakeholderId: null,
  dueDate: null,
  notes: '',
};
export interface DecisionStep extends DecisionStepFields, DealRow {}

/** Decision steps whose due date comes before an earlier step's: the path cannot run in that order. */
export function outOfOrderSteps(steps: readonly Pick<DecisionStep, 'id' | 'dueDate'>[]): string[] {
  const flagged: string[] = [];
  let latest: string | null = null;
  for (const step of steps) {
    if (step.dueDate && latest && step.dueDate < latest) flagged.push(step.id);
    if (step.dueDate && (!latest || step.dueDate > latest)) latest = step.dueDate;
  }
  return flagged;
}
