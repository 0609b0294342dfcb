import { z } from 'zod';
import { ISSUE_CATEGORIES, type IssueCategory } from '../issues';
import { entityId, longText, nameText, TEXT_LIMITS } from '../text';
import { type Level, level } from './levels';

const optionLabel = z
  .string({ error: 'Option must be text' })
  .trim()
  .min(1, 'An option cannot be empty')
  .max(TEXT_LIMITS.name, `An option must be at most ${TEXT_LIMITS.name} characters`);

/** One entry of the shared tradeables library: a term that is often cheap for one side and dear to the other. */
export const libraryTradeableFieldsSchema = z.strictObject({
  name: nameText('Name'),
  category: z.enum(ISSUE_CATEGORIES, { error: `Category must be one of: ${ISSUE_CATEGORIES.join(', ')}` }),
  options: z.array(optionLabel, { error: 'Options must be a list' }).max(20, 'At most 20 options'),
  costToUs: level('Usual cost to us'),
  valueToThem: level('Usual value to them'),
  notes: longText('Notes'),
});
export type LibraryTradeableFields = z.infer<typeof libraryTradeableFieldsSchema>;
export const newLibraryTradeableSchema = libraryTradeableFieldsSchema.partial().required({ name: true });
export const libraryTradeablePatchSchema = libraryTradeableFieldsSchema.partial();

export interface LibraryTradeable extends LibraryTradeableFields {
  id: string;
  /** Set on entries Parley ships; they can be edited and reset to Parley's wording. */
  builtInKey: string | null;
  createdAt: string;
  updatedAt: string;
}

export const libraryTradeableRestoreSchema = libraryTradeableFieldsSchema.extend({
  id: entityId('Tradeable id'),
  builtInKey: z.string().max(60).nullable(),
  createdAt: z.iso.datetime({ error: 'Created at must be an ISO-8601 UTC time' }),
  updatedAt: z.iso.datetime({ error: 'Updated at must be an ISO-8601 UTC time' }),
});

export const LIBRARY_TRADEABLE_DEFAULTS: Omit<LibraryTradeableFields, 'name'> = {
  category: 'other',
  options: [],
  costToUs: 'medium',
  valueToThem: 'medium',
  notes: '',
};

/** Cheap to give and worth something to them: what the library suggests trading with. */
export const isGoodTrade = (entry: { costToUs: Level; valueToThem: Level }) =>
  entry.costToUs === 'low' && entry.valueToThem !== 'low';

export interface BuiltInTradeable extends LibraryTradeableFields {
  key: string;
}

const t = (
  key: string,
  name: string,
  category: IssueCategory,
  options: string[],
  costToUs: Level,
  valueToThem: Level,
  notes: string,
): BuiltInTradeable => ({ key, name, category, options, costToUs, valueToThem, notes });

/**
 * The tradeables Parley ships. Cost and value are the usual case from where a seller
 * stands; every deal differs, so the user re-weights them in the deal itself.
 */
export const BUILT_IN_TRADEABLES: BuiltInTradeable[] = [
  t(
    'payment-terms',
    'Payment terms',
    'payment_terms',
    ['Net 30', 'Net 45', 'Net 60', 'Quarterly in advance'],
    'medium',
    'high',
    'Finance teams feel cash timing more than list price. Ask what their standard is before offering anything.',
  ),
  t(
    'rollout-phases',
    'Rollout phases',
    'delivery',
    ['Big bang', 'Two waves', 'Pilot, then wider rollout'],
    'low',
    'high',
    'Phasing lowers their risk of a failed launch; tie each later phase to a commitment that is already agreed.',
  ),
  t(
    'success-criteria',
    'Success criteria',
    'service_level',
    ['None written down', 'Agreed adoption targets', 'Targets with a joint review'],
    'low',
    'medium',
    'Writing down what success means protects both sides from a disappointed sponsor later.',
  ),
  t(
    'support-tier',
    'Support tier',
    'service_level',
    ['Standard hours', 'Extended hours', 'Named support contact'],
    'medium',
    'high',
    'Often costs little at the margin; price the top tier as a separate line so it can be traded.',
  ),
  t(
    'training',
    'Training',
    'scope',
    ['Self-service material', 'Two remote sessions', 'On-site training days'],
    'low',
    'medium',
    'Helps them adopt faster, which also protects the renewal.',
  ),
  t(
    'co-marketing',
    'Co-marketing',
    'publicity',
    ['None', 'Joint press release', 'Joint event or webinar'],
    'low',
    'medium',
    'Visibility can be worth more to a smaller partner than a discount.',
  ),
  t(
    'data-sharing',
    'Data-sharing scope',
    'data_rights',
    ['Only what the service needs', 'Anonymised usage data', 'Shared reporting data'],
    'medium',
    'medium',
    'Agree the purpose first; scope follows from it. Check with privacy before offering more.',
  ),
  t(
    'case-study',
    'Case study',
    'publicity',
    ['None', 'Anonymous case study', 'Named case study'],
    'low',
    'low',
    'Usually worth more to the seller than it costs the buyer: a good thing to ask for in return.',
  ),
  t(
    'references',
    'Reference calls',
    'publicity',
    ['None', 'Up to two calls a year', 'On request'],
    'low',
    'low',
    'A customer willing to talk to prospects is valuable; cap the number so it stays reasonable for them.',
  ),
  t(
    'audit-rights',
    'Audit rights',
    'governance',
    ['Certificate only', 'Remote audit once a year', 'On-site audit with notice'],
    'medium',
    'high',
    'Regulated buyers may need this; offer a standard certificate first and escalate only if required.',
  ),
  t(
    'termination-convenience',
    'Termination for convenience',
    'termination',
    ['Not allowed', 'After the first year, with notice', 'Any time with 90 days notice'],
    'high',
    'high',
    'Large value to a buyer facing change; if given, pair it with a longer notice period or an exit fee.',
  ),
  t(
    'price-protection',
    'Price protection',
    'price',
    ['None', 'Fixed for the first term', 'Fixed for two terms'],
    'medium',
    'high',
    'Buyers dread the second-year increase; protection can be swapped for a longer commitment.',
  ),
  t(
    'indexation-cap',
    'Indexation cap',
    'price',
    ['Full index', 'Index capped at 5 %', 'Index capped at 3 %'],
    'medium',
    'medium',
    'A cap turns an open risk into a known number for their budget.',
  ),
  t(
    'volume-commitment',
    'Volume commitment',
    'scope',
    ['No minimum', 'Annual minimum', 'Minimum with growth steps'],
    'low',
    'medium',
    'Certainty of volume is worth a better unit price to the seller.',
  ),
  t(
    'contract-length',
    'Contract length',
    'term',
    ['1 year', '2 years', '3 years'],
    'low',
    'medium',
    'Longer terms buy certainty; make sure exit rights stay fair if the service disappoints.',
  ),
  t(
    'service-credits',
    'Service credits',
    'service_level',
    ['None', 'Credits for missed targets', 'Credits plus exit right'],
    'medium',
    'high',
    'Makes the service promise measurable; cap total credits at a share of the fees.',
  ),
];
