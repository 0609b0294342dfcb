import { z } from 'zod';
import { entityId, longText, shortText } from './text';

/** Whose position or interest it is; a row may also name the stakeholder who holds it. */
export const PARTIES = ['us', 'them'] as const;
export type Party = (typeof PARTIES)[number];
export const PARTY_LABELS: Record<Party, string> = { us: 'Us', them: 'Them' };

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = {
  high: 'High priority',
  medium: 'Medium priority',
  low: 'Low priority',
};

const party = z.enum(PARTIES, { error: `Party must be one of: ${PARTIES.join(', ')}` });

/** The stakeholder (counterparty map) who holds a position or interest; null when it is the party's as a whole. */
const holder = entityId('Stakeholder').nullable();

/** What a party says it wants. */
export const positionFieldsSchema = z.strictObject({ text: shortText('Position'), stakeholderId: holder });
export interface Position {
  id: string;
  dealId: string;
  party: Party;
  text: string;
  stakeholderId: string | null;
  position: number;
}

/** Why it wants it. */
export const interestFieldsSchema = z.strictObject({
  text: shortText('Interest'),
  priority: z.enum(PRIORITIES, { error: `Priority must be one of: ${PRIORITIES.join(', ')}` }),
  /** Both sides hold it: common ground to build on. */
  shared: z.boolean({ error: 'Shared must be true or false' }),
  issueIds: z.array(entityId('Issue id'), { error: 'Issues must be a list' }).max(200),
  stakeholderId: holder,
});
export type InterestFields = z.infer<typeof interestFieldsSchema>;
export interface Interest extends InterestFields {
  id: string;
  dealId: string;
  party: Party;
  position: number;
}

/** A question to ask in the room to uncover an interest; the answer is recorded later. */
export const questionFieldsSchema = z.strictObject({
  text: shortText('Question'),
  interestId: entityId('Interest').nullable(),
  issueId: entityId('Issue').nullable(),
  answer: longText('Answer'),
});
export type QuestionFields = z.infer<typeof questionFieldsSchema>;
export interface DiagnosticQuestion extends QuestionFields {
  id: string;
  dealId: string;
  position: number;
}

export interface InterestsMap {
  positions: Position[];
  interests: Interest[];
  questions: DiagnosticQuestion[];
}

/** A new position: whose it is, and its text if typed already. */
export const newPositionSchema = positionFieldsSchema.partial().extend({ party });
export const positionPatchSchema = positionFieldsSchema.partial();
export const POSITION_DEFAULTS = { text: '' };

/** A new interest starts at medium priority, not shared, linked to no issue. */
export const newInterestSchema = interestFieldsSchema.partial().extend({ party });
export const interestPatchSchema = interestFieldsSchema.partial();
export const INTEREST_DEFAULTS = { text: '', priority: 'medium' as Priority, shared: false };

export const newQuestionSchema = questionFieldsSchema.partial();
export const questionPatchSchema = questionFieldsSchema.partial();
export const QUESTION_DEFAULTS: QuestionFields = { text: '', interestId: null, issueId: null, answer: '' };

/** Shared interests of both parties, listed together as the common ground. */
export const commonGround = (interests: readonly Interest[]) => interests.filter((i) => i.shared && i.text.trim());
