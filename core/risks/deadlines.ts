import { z } from 'zod';
import type { DealRow } from '../scales';
import { calendarDate, shortText } from '../text';

/** Whose deadline it is: ours presses us, theirs presses them, a shared one presses both. */
export const DEADLINE_SIDES = ['ours', 'theirs', 'shared'] as const;
export type DeadlineSide = (typeof DEADLINE_SIDES)[number];
export const DEADLINE_SIDE_LABELS: Record<DeadlineSide, string> = {
  ours: 'Ours',
  theirs: 'Theirs',
  shared: 'Shared',
};

/** What the date is: the calendar facts that put time pressure on a deal. */
export const DEADLINE_KINDS = [
  'quarter_end',
  'fiscal_year_end',
  'budget_cycle',
  'notice_period',
  'contract_expiry',
  'go_live',
  'approval_meeting',
  'other',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  quarter_end: 'Quarter end',
  fiscal_year_end: 'Fiscal year end',
  budget_cycle: 'Budget cycle',
  notice_period: 'Notice period ends',
  contract_expiry: 'Contract expires',
  go_live: 'Go-live / start date',
  approval_meeting: 'Board or approval meeting',
  other: 'Other',
};

/** Hard: missing it costs something real. Soft: a wish or a target that can move. */
export const FIRMNESS = ['hard', 'soft'] as const;
export type Firmness = (typeof FIRMNESS)[number];
export const FIRMNESS_LABELS: Record<Firmness, string> = { hard: 'Hard', soft: 'Soft' };

/** Does the other side know our deadline? (Only read for our own deadlines.) */
export const THEY_KNOW = ['yes', 'no', 'unsure'] as const;
export type TheyKnow = (typeof THEY_KNOW)[number];
export const THEY_KNOW_LABELS: Record<TheyKnow, string> = {
  yes: 'They know it',
  no: 'They do not know',
  unsure: 'Not sure they know',
};

/** How sure are we of their deadline? (Only read for theirs.) */
export const WE_KNOW = ['confirmed', 'estimated', 'unknown'] as const;
export type WeKnow = (typeof WE_KNOW)[number];
export const WE_KNOW_LABELS: Record<WeKnow, string> = {
  confirmed: 'Confirmed',
  estimated: 'Our estimate',
  unknown: 'Unknown to us',
};

export const deadlineFieldsSchema = z.strictObject({
  side: z.enum(DEADLINE_SIDES, { error: `Side must be one of: ${DEADLINE_SIDES.join(', ')}` }),
  kind: z.enum(DEADLINE_KINDS, { error: `Kind must be one of: ${DEADLINE_KINDS.join(', ')}` }),
  /** The deadline in the rep's words ("Q4 booking cut-off", "Budget freeze"). */
  label: shortText('Deadline').max(200, 'Deadline must be at most 200 characters'),
  date: calendarDate('Date').nullable(),
  firmness: z.enum(FIRMNESS, { error: 'Firmness must be hard or soft' }),
  theyKnow: z.enum(THEY_KNOW, { error: `They know must be one of: ${THEY_KNOW.join(', ')}` }),
  weKnow: z.enum(WE_KNOW, { error: `We know must be one of: ${WE_KNOW.join(', ')}` }),
  note: shortText('Note'),
});
export type DeadlineFields = z.infer<typeof deadlineFieldsSchema>;
export const newDeadlineSchema = deadlineFieldsSchema.partial();
export const deadlinePatchSchema = deadlineFieldsSchema.partial();
export const DEADLINE_DEFAULTS: DeadlineFields = {
  side: 'ours',
  kind: 'other',
  label: '',
  date: null,
  firmness: 'soft',
  theyKnow: 'unsure',
  weKnow: 'estimated',
  note: '',
};
export interface Deadline extends DeadlineFields, DealRow {}

type DeadlineFacts = Pick<DeadlineFields, 'side' | 'kind' | 'label' | 'date' | 'firmness' | 'theyKnow' | 'weKnow'>;

/** The deadline's name: the rep's words, else its kind. */
export const deadlineName = (d: Pick<DeadlineFields, 'label' | 'kind'>): string =>
  d.label.trim() || DEADLINE_KIND_LABELS[d.kind];

/** Our deadlines the other side knows of: pressure they can use against us. */
export const visibleOurDeadlines = <T extends DeadlineFacts>(deadlines: readonly T[]): T[] =>
  deadlines.filter((d) => d.side === 'ours' && d.theyKnow === 'yes');

/** Their deadlines we know (a date we confirmed or estimated): pressure on them. */
export const knownTheirDeadlines = <T extends DeadlineFacts>(deadlines: readonly T[]): T[] =>
  deadlines.filter((d) => d.side === 'theirs' && d.weKnow !== 'unknown' && d.date !== null);

/** The earliest hard deadline that binds us (ours or shared), when it has a date. */
export function ourHardDeadline<T extends DeadlineFacts>(deadlines: readonly T[]): T | null {
  const hard = deadlines
    .filter((d) => d.side !== 'theirs' && d.firmness === 'hard' && d.date !== null)
    .sort((a, b) => (a.date as string).localeCompare(b.date as string));
  return hard[0] ?? null;
}

/** Dated deadlines before `today` (YYYY-MM-DD). */
export const pastDeadlines = <T extends DeadlineFacts>(deadlines: readonly T[], today: string): T[] =>
  deadlines.filter((d) => d.date !== null && d.date < today);
