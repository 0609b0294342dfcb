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
  /** In the team library (shared from here, or a colleague's entry). */
  teamShared: boolean;
  createdAt: string;
  updatedAt: string;
}

export const libraryTradeableRestoreSchema = libraryTradeableFieldsSchema.extend({
  /** A team entry put back by Undo goes back to the team. */
  teamShared: z.boolean().optional(),
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
 * The tradeables Parley ships, half for a seller and half for a buyer (BUILT_IN_SIDES says
 * which). Cost and value are the usual case from where that side stands; every deal
 * differs, so the user re-weights them in the deal itself.
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
  t(
    'demand-forecast',
    'Shared demand forecast',
    'scope',
    ['None', 'Quarterly outlook', 'Rolling 12-month forecast'],
    'low',
    'high',
    'Lets the supplier plan capacity and buy materials earlier; share ranges, not promises, unless you want to be held to them.',
  ),
  t(
    'early-payment',
    'Early payment',
    'payment_terms',
    ['Standard terms', 'Net 15', 'Payment on delivery for a discount'],
    'medium',
    'high',
    'Cash now is worth real money to a supplier with tight working capital; ask for the discount in the same breath.',
  ),
  t(
    'committed-spend',
    'Committed annual spend',
    'scope',
    ['No commitment', 'Committed minimum', 'Minimum with growth steps'],
    'medium',
    'high',
    'A committed floor is what unlocks a supplier’s best tier; keep it below what you are sure to buy.',
  ),
  t(
    'delivery-window',
    'Flexible delivery windows',
    'delivery',
    ['Fixed dates', 'Any day in the agreed week', 'Supplier picks within the month'],
    'low',
    'high',
    'Letting the supplier fill trucks and plan routes costs you little when stock is not critical.',
  ),
  t(
    'order-consolidation',
    'Fewer, larger orders',
    'delivery',
    ['Orders as needed', 'Weekly consolidated orders', 'Monthly call-offs'],
    'low',
    'medium',
    'Fewer order lines lower their handling cost; check your own storage space first.',
  ),
  t(
    'preferred-supplier',
    'Preferred-supplier status',
    'governance',
    ['None', 'Preferred for this category', 'Sole supplier for the term'],
    'medium',
    'high',
    'Status is worth a lot to a seller’s pipeline; tie it to service levels so it can be withdrawn.',
  ),
  t(
    'signing-date',
    'Signing date',
    'term',
    ['When ready', 'Before their quarter end', 'Within two weeks of final terms'],
    'low',
    'high',
    'Sales teams work to quarter targets; a firm signing date before theirs can buy a better price.',
  ),
  t(
    'standard-specification',
    'Standard specification',
    'scope',
    ['Our custom specification', 'Their catalogue item with small changes', 'Their standard catalogue item'],
    'medium',
    'medium',
    'Accepting a standard item removes their set-up cost; make sure it still meets your real requirement.',
  ),
  t(
    'acceptance-sign-off',
    'Quick acceptance sign-off',
    'governance',
    ['Sign-off when convenient', 'Within 20 working days', 'Within 10 working days'],
    'low',
    'medium',
    'A prompt sign-off lets them invoice and close the project sooner.',
  ),
  t(
    'buyer-reference',
    'Reference for the supplier',
    'publicity',
    ['None', 'Listed as a customer', 'Reference calls on request'],
    'low',
    'medium',
    'Being named or called is worth something to a seller; cap the number of calls and ask for something back.',
  ),
  t(
    'longer-lead-time',
    'Longer order lead time',
    'delivery',
    ['Next-day delivery', 'One week', 'Four weeks'],
    'low',
    'high',
    'Ordering further ahead lets them produce in batches; it costs you only planning discipline.',
  ),
  t(
    'expansion-option',
    'Expansion option',
    'scope',
    ['This site only', 'Option for more sites after a pilot', 'Named roll-out to every site'],
    'low',
    'high',
    'A credible path to more volume is worth a discount today; keep it an option, not a promise.',
  ),
  t(
    'supplier-risk-sharing',
    'Shared price risk on raw materials',
    'price',
    ['Fixed price', 'Index-linked with a band', 'Fully index-linked'],
    'medium',
    'high',
    'Taking part of the raw-material risk lowers the risk premium in their price.',
  ),
  t(
    'joint-improvement',
    'Joint cost-reduction programme',
    'governance',
    ['None', 'Yearly review', 'Savings split 50/50'],
    'low',
    'medium',
    'Sharing the savings gives them a reason to find them; agree how savings are measured.',
  ),
  t(
    'site-access',
    'Site access for the supplier',
    'delivery',
    ['Escorted visits only', 'Badges for named staff', 'Own work area on site'],
    'low',
    'medium',
    'Easy access cuts their service cost; keep safety and security rules first.',
  ),
  t(
    'self-collection',
    'Collection from their site',
    'delivery',
    ['Delivered to our door', 'Delivered to our hub', 'We collect from their site'],
    'medium',
    'medium',
    'Worth offering when you already run trucks nearby; price the freight you take off them.',
  ),
];
