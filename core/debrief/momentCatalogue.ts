import { z } from 'zod';
import { shortText } from '../text';

/**
 * The kinds of small, observable moments a debrief tags. Built-in types ship with the app
 * (their keys are stable: moments and the transcript rules refer to them); the user adds
 * their own, stored in the moment_types table, and can retire them.
 */
export const POLARITIES = ['positive', 'negative', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];
export const POLARITY_LABELS: Record<Polarity, string> = {
  positive: 'Helped us',
  negative: 'Cost us',
  neutral: 'Depends',
};

export interface MomentType {
  key: string;
  label: string;
  description: string;
  polarity: Polarity;
  builtIn: boolean;
  archived: boolean;
}

type BuiltIn = Omit<MomentType, 'builtIn' | 'archived'>;

export const BUILTIN_MOMENT_TYPES = [
  {
    key: 'early-flexibility',
    label: 'Flexibility signalled too early',
    description:
      'We told them we could move before any terms or variables were on the table, which invited them to push.',
    polarity: 'negative',
  },
  {
    key: 'budget-before-value',
    label: 'Budget or volume asked before value was framed',
    description:
      'A closed question about their budget or quantities came before we had said what the deal is worth to them, narrowing the talk to one number.',
    polarity: 'negative',
  },
  {
    key: 'silence-used',
    label: 'Silence after a proposal — held',
    description: 'We made a proposal and let the pause run, so they were the ones to respond first.',
    polarity: 'positive',
  },
  {
    key: 'silence-filled',
    label: 'Silence after a proposal — filled',
    description: 'We broke our own pause after a proposal, usually by explaining, softening or improving it.',
    polarity: 'negative',
  },
  {
    key: 'first-number-ours',
    label: 'First number on the table — ours',
    description: 'We named the first figure. Strong when it was prepared and backed, risky when it was a guess.',
    polarity: 'neutral',
  },
  {
    key: 'first-number-theirs',
    label: 'First number on the table — theirs',
    description: 'They named the first figure and the discussion started from their anchor.',
    polarity: 'neutral',
  },
  {
    key: 'caved-on-price',
    label: 'Gave way on price under pressure',
    description: 'A price objection was answered with a lower price rather than with value or a trade.',
    polarity: 'negative',
  },
  {
    key: 'returned-to-value',
    label: 'Answered price pressure with value',
    description:
      'Faced with a price objection we went back to outcomes, costs avoided or scope instead of discounting.',
    polarity: 'positive',
  },
  {
    key: 'concession-without-ask',
    label: 'Concession with no ask attached',
    description: 'We gave something without tying it to something back ("if you …, then we …").',
    polarity: 'negative',
  },
  {
    key: 'calibrated-question',
    label: 'Open question that surfaced an interest',
    description: 'A "how" or "what" question got them to say why something mattered to them.',
    polarity: 'positive',
  },
  {
    key: 'hesitation-caught',
    label: 'Their hesitation noticed and explored',
    description: 'They wavered and we followed up on it instead of talking over it.',
    polarity: 'positive',
  },
  {
    key: 'anchor-without-evidence',
    label: 'Anchor with nothing behind it',
    description: 'We put a figure forward without a benchmark, reference or reason, so it was easy to dismiss.',
    polarity: 'negative',
  },
  {
    key: 'the-close',
    label: 'The close',
    description: 'The point where both sides committed (or the moment a close was attempted).',
    polarity: 'neutral',
  },
] as const satisfies readonly BuiltIn[];

export type BuiltinMomentTypeKey = (typeof BUILTIN_MOMENT_TYPES)[number]['key'];

export const customMomentTypeFieldsSchema = z.strictObject({
  label: shortText('Type name').min(1, 'Type name is required').max(120, 'Type name must be at most 120 characters'),
  description: shortText('Description'),
  polarity: z.enum(POLARITIES, { error: `Effect must be one of: ${POLARITIES.join(', ')}` }),
  archived: z.boolean({ error: 'Archived must be true or false' }),
});
export type CustomMomentTypeFields = z.infer<typeof customMomentTypeFieldsSchema>;
export const newMomentTypeSchema = customMomentTypeFieldsSchema.omit({ archived: true });
export const momentTypePatchSchema = customMomentTypeFieldsSchema.partial();

export interface CustomMomentType extends CustomMomentTypeFields {
  id: string;
  createdAt: string;
}

/** Built-ins first, in their fixed order, then the user's own types by creation. */
export function momentCatalogue(custom: readonly CustomMomentType[]): MomentType[] {
  return [
    ...BUILTIN_MOMENT_TYPES.map((t) => ({ ...t, builtIn: true, archived: false })),
    ...[...custom]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((t) => ({
        key: t.id,
        label: t.label,
        description: t.description,
        polarity: t.polarity,
        builtIn: false,
        archived: t.archived,
      })),
  ];
}

/** A moment whose type is unknown here (e.g. from another machine's catalogue) still shows. */
export function findMomentType(catalogue: readonly MomentType[], key: string): MomentType {
  return (
    catalogue.find((t) => t.key === key) ?? {
      key,
      label: 'Type not in this catalogue',
      description: 'This moment was tagged with a type that is not in your catalogue.',
      polarity: 'neutral',
      builtIn: false,
      archived: true,
    }
  );
}
