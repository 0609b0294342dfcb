import { z } from 'zod';
import { numericKindSchema, numericUnitSchema } from './calculator';
import { LEGITIMACY_DEFAULTS, legitimacyFields } from './legitimacy/fields';
import { score, weight } from './numbers';
import { OBJECTIVE_DEFAULTS, objectiveFields, optionObjectiveField } from './objectives/fields';
import { figure } from './scales';
import { entityId, longText, TEXT_LIMITS } from './text';

export const ISSUE_CATEGORIES = [
  'price',
  'term',
  'scope',
  'service_level',
  'payment_terms',
  'delivery',
  'warranty',
  'data_rights',
  'governance',
  'termination',
  'publicity',
  'other',
] as const;
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<IssueCategory, string> = {
  price: 'Price',
  term: 'Term',
  scope: 'Scope',
  service_level: 'Service level',
  payment_terms: 'Payment terms',
  delivery: 'Delivery / rollout',
  warranty: 'Warranty',
  data_rights: 'Data rights',
  governance: 'Governance',
  termination: 'Termination',
  publicity: 'Publicity',
  other: 'Other',
};

/** A name may be blank while the row is being typed; the step's progress asks for it. */
const rowName = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(TEXT_LIMITS.name, `${label} must be at most ${TEXT_LIMITS.name} characters`);

export const issueFieldsSchema = z.strictObject({
  name: rowName('Issue name'),
  category: z.enum(ISSUE_CATEGORIES, { error: `Category must be one of: ${ISSUE_CATEGORIES.join(', ')}` }),
  weightUs: weight('Our weight'),
  weightThem: weight('Their weight'),
  tradeable: z.boolean({ error: 'Tradeable must be true or false' }),
  redLine: z.boolean({ error: 'Red line must be true or false' }),
  notes: longText('Notes'),
  /** Null: the options are labels only. Else each option carries a number of this kind. */
  numericKind: numericKindSchema,
  unit: numericUnitSchema,
  ...objectiveFields,
  ...legitimacyFields,
});
export type IssueFields = z.infer<typeof issueFieldsSchema>;
export const issuePatchSchema = issueFieldsSchema.partial();
export type IssuePatch = z.infer<typeof issuePatchSchema>;

/** An issue's numbers, objectives and legitimacy before the user sets them. */
export const ISSUE_DETAIL_DEFAULTS = {
  numericKind: null,
  unit: '',
  ...OBJECTIVE_DEFAULTS,
  ...LEGITIMACY_DEFAULTS,
} as const;

export const ISSUE_DEFAULTS: IssueFields = {
  name: '',
  category: 'other',
  weightUs: 0,
  weightThem: 0,
  tradeable: false,
  redLine: false,
  notes: '',
  ...ISSUE_DETAIL_DEFAULTS,
};

/** An option's number and objective mark before the user sets them. */
export const OPTION_DETAIL_DEFAULTS = { value: null, objective: null } as const;

export const optionFieldsSchema = z.strictObject({
  label: rowName('Option'),
  ourScore: score('Our score').nullable(),
  theirScore: score('Their score').nullable(),
  /** The option's number on a numeric issue (480000, 90, 24); null on a labels-only issue. */
  value: figure('Value').nullable(),
  ...optionObjectiveField,
});
export type OptionFields = z.infer<typeof optionFieldsSchema>;
export const optionPatchSchema = optionFieldsSchema.partial();

export interface IssueOption extends OptionFields {
  id: string;
  issueId: string;
  position: number;
}

export interface Issue extends IssueFields {
  id: string;
  dealId: string;
  position: number;
  options: IssueOption[];
}

/** A new issue's fields (`rows.create`, table 'issues'); the rest take `ISSUE_DEFAULTS`. */
export const newIssueSchema = issueFieldsSchema.partial();

/** A new option names its issue; the rest take `OPTION_DEFAULTS`. */
export const newOptionSchema = optionFieldsSchema.partial().extend({ issueId: entityId('Issue id') });

export const OPTION_DEFAULTS: OptionFields = { label: '', ourScore: null, theirScore: null, ...OPTION_DETAIL_DEFAULTS };

export const SIDES = ['us', 'them'] as const;
export type Side = (typeof SIDES)[number];

export const setScoresSchema = z.strictObject({
  issueId: entityId('Issue id'),
  side: z.enum(SIDES, { error: 'Side must be us or them' }),
  scores: z
    .array(z.strictObject({ id: entityId('Option id'), score: score('Score').nullable() }))
    .max(50, 'At most 50 options'),
});

export const setWeightsSchema = z.strictObject({
  dealId: entityId('Deal id'),
  side: z.enum(SIDES, { error: 'Side must be us or them' }),
  weights: z.array(z.strictObject({ id: entityId('Issue id'), weight: weight('Weight') })).max(500),
});

/** A weights rewrite (normalise) with the old weights, so the screen can offer Undo. */
export interface WeightsChange {
  side: Side;
  previous: { id: string; weight: number }[];
  issues: Issue[];
}

export const weightOf = (issue: Pick<IssueFields, 'weightUs' | 'weightThem'>, side: Side) =>
  side === 'us' ? issue.weightUs : issue.weightThem;

/**
 * Rescales weights so they sum to exactly 100, keeping one decimal (largest remainder,
 * so rounding never leaves 99.9). All-zero weights cannot be scaled: returns null.
 */
export function normaliseWeights(weights: number[]): number[] | null {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return null;
  const tenths = weights.map((w) => (w / sum) * 1000);
  const floors = tenths.map(Math.floor);
  let remaining = 1000 - floors.reduce((a, b) => a + b, 0);
  const order = tenths.map((t, i) => ({ i, rest: t - Math.floor(t) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (remaining <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    remaining -= 1;
  }
  return floors.map((t) => t / 10);
}

/** The first number in an option's label ("45 days" → 45, "€1,200" → 1200), if any. */
export function labelNumber(label: string): number | null {
  const match = /-?\d+(?:\.\d+)?/.exec(label.replace(/(\d)[,' ](?=\d{3}\b)/g, '$1'));
  return match ? Number(match[0]) : null;
}

/**
 * The "linear between worst and best" shortcut: the best option gets 100, the worst 0,
 * and the others in between — in proportion to their numbers when every label has one
 * and they run in order (30/45/90 days → 0/25/100), else evenly by position.
 */
export function linearScores(labels: string[], bestFirst: boolean): number[] {
  const n = labels.length;
  if (n === 0) return [];
  if (n === 1) return [100];
  const numbers = labels.map(labelNumber).filter((v): v is number => v !== null);
  const first = numbers[0] ?? 0;
  const last = numbers[n - 1] ?? 0;
  const rising = first < last;
  const monotonic =
    numbers.length === n &&
    first !== last &&
    numbers.every((v, i) => i === 0 || (rising ? v >= (numbers[i - 1] ?? v) : v <= (numbers[i - 1] ?? v)));
  const fractions = monotonic ? numbers.map((v) => (v - first) / (last - first)) : labels.map((_, i) => i / (n - 1));
  return fractions.map((f) => Math.round((bestFirst ? 1 - f : f) * 100));
}

/** The shape the MESO engine computes with. */
export interface MesoIssue {
  id: string;
  weightUs: number;
  weightThem: number;
  options: { id: string; us: number; them: number }[];
}

/**
 * A deal's issues as the MESO engine wants them. Options without both scores are left
 * out (they cannot be valued yet), and so is an issue left with no scored option, since
 * no package could choose a value for it.
 */
export function toMesoIssues(issues: readonly Issue[]): MesoIssue[] {
  return issues
    .map((issue) => ({
      id: issue.id,
      weightUs: issue.weightUs,
      weightThem: issue.weightThem,
      options: issue.options.flatMap((option) =>
        option.ourScore === null || option.theirScore === null
          ? []
          : [{ id: option.id, us: option.ourScore, them: option.theirScore }],
      ),
    }))
    .filter((issue) => issue.options.length > 0);
}
