/**
 * A deal's kinds, sides and statuses with their labels: plain data, no schema library, so the
 * deals list (the first screen) can show them without loading zod.
 */
export const DEAL_CONTEXTS = ['sales', 'procurement', 'partnership', 'hiring', 'other'] as const;
export type DealContext = (typeof DEAL_CONTEXTS)[number];

/** Which way "better" points on money: buyers want lower numbers, sellers higher. */
export const OUR_SIDES = ['buying', 'selling', 'other'] as const;
export type OurSide = (typeof OUR_SIDES)[number];

export const DEAL_STATUSES = ['preparing', 'live', 'won', 'lost', 'walked_away', 'paused'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export const CONTEXT_LABELS: Record<DealContext, string> = {
  sales: 'Sales',
  procurement: 'Procurement',
  partnership: 'Partnership',
  hiring: 'Hiring',
  other: 'Other',
};

export const SIDE_LABELS: Record<OurSide, string> = {
  buying: 'We are buying',
  selling: 'We are selling',
  other: 'Neither / mixed',
};

export const STATUS_LABELS: Record<DealStatus, string> = {
  preparing: 'Preparing',
  live: 'Live',
  won: 'Won',
  lost: 'Lost',
  walked_away: 'Walked away',
  paused: 'Paused',
};
