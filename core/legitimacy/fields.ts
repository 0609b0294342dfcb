import { z } from 'zod';
import { shortText } from '../text';

/**
 * The objective standard that makes our position on an issue fair to a neutral reader:
 * what the market pays, what was agreed before, what it costs, what policy or law says.
 * Evidence items linked to the issue back it up.
 */
export const STANDARDS = ['market', 'precedent', 'cost', 'policy', 'expert', 'law', 'other'] as const;
export type Standard = (typeof STANDARDS)[number];
export const STANDARD_LABELS: Record<Standard, string> = {
  market: 'Market benchmark',
  precedent: 'Precedent',
  cost: 'Cost',
  policy: 'Policy',
  expert: 'Expert opinion',
  law: 'Law or regulation',
  other: 'Other standard',
};

export const legitimacyFields = {
  standard: z.enum(STANDARDS, { error: `Standard must be one of: ${STANDARDS.join(', ')}` }).nullable(),
  legitimacy: shortText('Why this is fair'),
};

export const LEGITIMACY_DEFAULTS = { standard: null, legitimacy: '' } as const;

/** An issue's legitimacy, as far as it goes: a standard, the words, and the evidence behind them. */
export function legitimacyGaps(issue: {
  standard: Standard | null;
  legitimacy: string;
  evidenceCount: number;
}): string[] {
  const gaps: string[] = [];
  if (issue.standard === null && !issue.legitimacy.trim()) gaps.push('no fair standard');
  else if (issue.evidenceCount === 0) gaps.push('no evidence linked');
  return gaps;
}
