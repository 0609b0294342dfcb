/**
 * Which side of a deal each built-in library entry is written for. Kept beside the entries
 * rather than stored: it describes Parley's own wording, and the library shows it as a tag.
 */
export const LIBRARY_SIDES = ['selling', 'buying', 'either'] as const;
export type LibrarySide = (typeof LIBRARY_SIDES)[number];

export const SIDE_TAGS: Record<Exclude<LibrarySide, 'either'>, string> = {
  selling: 'When selling',
  buying: 'When buying',
};

/** Tradeables: cost to us and value to them are judged from this side. */
export const BUILT_IN_TRADEABLE_SIDES: Record<string, LibrarySide> = {
  'payment-terms': 'selling',
  'rollout-phases': 'selling',
  'success-criteria': 'selling',
  'support-tier': 'selling',
  training: 'selling',
  'co-marketing': 'selling',
  'data-sharing': 'selling',
  'case-study': 'selling',
  references: 'selling',
  'audit-rights': 'selling',
  'termination-convenience': 'selling',
  'price-protection': 'selling',
  'indexation-cap': 'selling',
  'volume-commitment': 'selling',
  'contract-length': 'selling',
  'service-credits': 'selling',
  'demand-forecast': 'buying',
  'early-payment': 'buying',
  'committed-spend': 'buying',
  'delivery-window': 'buying',
  'order-consolidation': 'buying',
  'preferred-supplier': 'buying',
  'signing-date': 'buying',
  'standard-specification': 'buying',
  'acceptance-sign-off': 'buying',
  'buyer-reference': 'buying',
  'longer-lead-time': 'buying',
  'expansion-option': 'buying',
  'supplier-risk-sharing': 'buying',
  'joint-improvement': 'buying',
  'site-access': 'buying',
  'self-collection': 'buying',
};

/** Phrases: most work for either side. */
export const BUILT_IN_PHRASE_SIDES: Record<string, LibrarySide> = {
  'sell-cost-of-waiting': 'selling',
  'sell-longer-for-lower': 'selling',
  'sell-same-price': 'selling',
  'sell-value-basis': 'selling',
  'buy-budget-fixed': 'buying',
  'buy-compare-market': 'buying',
  'buy-commit-for-price': 'buying',
  'buy-comparing-offers': 'buying',
};

export const builtInTradeableSide = (key: string | null): LibrarySide =>
  (key && BUILT_IN_TRADEABLE_SIDES[key]) || 'either';
export const builtInPhraseSide = (key: string | null): LibrarySide => (key && BUILT_IN_PHRASE_SIDES[key]) || 'either';
