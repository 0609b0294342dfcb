import { z } from 'zod';
import type { DealStatus } from '../dealLabels';
import { ISSUE_CATEGORIES, type IssueCategory } from '../issues';
import { calendarDate, entityId, longText, shortText } from '../text';

/** How the negotiation ended, as far as the debrief is concerned. Null: not recorded yet. */
export const DEBRIEF_OUTCOMES = ['agreed', 'no_deal'] as const;
export type DebriefOutcome = (typeof DEBRIEF_OUTCOMES)[number];
export const OUTCOME_LABELS: Record<DebriefOutcome, string> = {
  agreed: 'We reached an agreement',
  no_deal: 'No deal',
};

/**
 * The deal's status once an outcome is recorded, or null to leave it: an agreement means
 * won; no deal means lost unless the user already said lost or walked away (only they know
 * which side ended it).
 */
export function statusAfterOutcome(outcome: DebriefOutcome | null, status: DealStatus): DealStatus | null {
  if (outcome === 'agreed') return status === 'won' ? null : 'won';
  if (outcome === 'no_deal') return status === 'lost' || status === 'walked_away' ? null : 'lost';
  return null;
}

/** The stages a moment can belong to, in the order a negotiation runs through them. */
export const MOMENT_PHASES = [
  'preparation',
  'opening',
  'exploring',
  'proposing',
  'bargaining',
  'closing',
  'after',
] as const;
export type MomentPhase = (typeof MOMENT_PHASES)[number];
export const PHASE_LABELS: Record<MomentPhase, string> = {
  preparation: 'Preparation',
  opening: 'Opening',
  exploring: 'Exploring',
  proposing: 'Proposing',
  bargaining: 'Bargaining',
  closing: 'Closing',
  after: 'After the deal',
};

export const MOMENT_SOURCES = ['manual', 'transcript'] as const;
export type MomentSource = (typeof MOMENT_SOURCES)[number];

/** A 1–5 rating; null until the user answers. */
const rating = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number from 1 to 5`)
    .min(1, `${label} must be from 1 to 5`)
    .max(5, `${label} must be from 1 to 5`)
    .nullable();

export const debriefFieldsSchema = z.strictObject({
  outcome: z.enum(DEBRIEF_OUTCOMES, { error: `Outcome must be one of: ${DEBRIEF_OUTCOMES.join(', ')}` }).nullable(),
  closingDate: calendarDate('Closing date').nullable(),
  /** When the negotiation really began; the deal's creation date when empty. */
  startedOn: calendarDate('Start date').nullable(),
  whatWorked: longText('What worked'),
  whatDidNot: longText("What didn't work"),
  missedSignals: longText('Signals we missed'),
  safeguards: longText('Safeguards that helped'),
  relationshipHealth: rating('Relationship health'),
  satisfaction: rating('Satisfaction'),
});
export type DebriefFields = z.infer<typeof debriefFieldsSchema>;
export const debriefPatchSchema = debriefFieldsSchema.partial();
export type DebriefPatch = z.infer<typeof debriefPatchSchema>;

export const DEBRIEF_DEFAULTS: DebriefFields = {
  outcome: null,
  closingDate: null,
  startedOn: null,
  whatWorked: '',
  whatDidNot: '',
  missedSignals: '',
  safeguards: '',
  relationshipHealth: null,
  satisfaction: null,
};

/** −2 (leverage lost) … +2 (leverage gained). */
export const EFFECTS = [-2, -1, 0, 1, 2] as const;
export const effectSchema = z
  .number({ error: 'Effect must be a number' })
  .int('Effect must be a whole number from −2 to +2')
  .min(-2, 'Effect must be from −2 to +2')
  .max(2, 'Effect must be from −2 to +2');

/** A built-in type key ("early-flexibility") or the id of a type the user added. */
export const momentTypeKey = z
  .string({ error: 'Moment type must be text' })
  .trim()
  .min(1, 'Choose a moment type')
  .max(100, 'Moment type is too long');

export const momentFieldsSchema = z.strictObject({
  phase: z.enum(MOMENT_PHASES, { error: `Phase must be one of: ${MOMENT_PHASES.join(', ')}` }),
  typeKey: momentTypeKey,
  quote: longText('What was said or done').refine((s) => s.length <= 2000, 'Quote must be at most 2000 characters'),
  effect: effectSchema,
  lesson: shortText('Lesson'),
});
export type MomentFields = z.infer<typeof momentFieldsSchema>;
export const momentPatchSchema = momentFieldsSchema.partial();

/** A new moment's fields (`rows.create`, table 'debriefMoments'); the rest take `MOMENT_DEFAULTS`. */
export const newMomentSchema = momentFieldsSchema.partial().extend({
  /** Set when the moment comes from an accepted transcript proposal. */
  ruleId: z.string().trim().min(1).max(100).optional(),
});

export const MOMENT_DEFAULTS: MomentFields = {
  phase: 'opening',
  typeKey: 'early-flexibility',
  quote: '',
  effect: 0,
  lesson: '',
};

export interface Moment extends MomentFields {
  id: string;
  dealId: string;
  position: number;
  source: MomentSource;
  ruleId: string | null;
  createdAt: string;
}

/** Lessons are tagged to an issue category, or to the deal as a whole. */
export const LESSON_TAGS = ['general', ...ISSUE_CATEGORIES] as const;
export type LessonTag = 'general' | IssueCategory;

export const lessonFieldsSchema = z.strictObject({
  text: shortText('Lesson'),
  tag: z.enum(LESSON_TAGS, { error: `Tag must be one of: ${LESSON_TAGS.join(', ')}` }),
  /** Opt-in: the lesson's text and tag (with the deal's context) go to the team, shown at colleagues' next deal of that context. */
  shared: z.boolean({ error: 'Shared must be true or false' }),
});
export type LessonFields = z.infer<typeof lessonFieldsSchema>;
export const newLessonSchema = lessonFieldsSchema.partial();
export const lessonPatchSchema = lessonFieldsSchema.partial();
export const LESSON_DEFAULTS: LessonFields = { text: '', tag: 'general', shared: false };

export interface Lesson extends LessonFields {
  id: string;
  dealId: string;
  position: number;
  createdAt: string;
}

/** The agreed option of one issue; null clears it. */
export const agreedOptionSchema = z.strictObject({
  dealId: entityId('Deal id'),
  issueId: entityId('Issue id'),
  optionId: entityId('Option id').nullable(),
});
