import { z } from 'zod';

/**
 * Small shared scales for the row-table screens (counterparty, leverage, evidence…). Kept apart from any money/score
 * helpers of other steps so each area can evolve without touching the other.
 */

/** A 1–5 judgement (influence, strength, severity): coarse on purpose, it is an estimate. */
export const rating = (label: string) =>
  z
    .number({ error: `${label} must be a number from 1 to 5` })
    .int(`${label} must be a whole number from 1 to 5`)
    .min(1, `${label} must be from 1 to 5`)
    .max(5, `${label} must be from 1 to 5`);

/** Typed figures (anchors, thresholds, values): finite and bounded so a stray key press cannot wreck a chart. */
export const FIGURE_LIMIT = 1e12;
export const figure = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .min(-FIGURE_LIMIT, `${label} is too large`)
    .max(FIGURE_LIMIT, `${label} is too large`);

/** Rows keep the order the user gave them. */
export const rowPosition = z
  .number({ error: 'Position must be a number' })
  .int('Position must be a whole number')
  .min(0, 'Position cannot be negative')
  .max(100_000, 'Position is too large');

export const CREDIBILITY_LEVELS = ['low', 'medium', 'high'] as const;
export type Credibility = (typeof CREDIBILITY_LEVELS)[number];
export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** What every list row of a deal carries besides its own fields. */
export interface DealRow {
  id: string;
  dealId: string;
  position: number;
  createdAt: string;
  updatedAt: string;
}

/** Completion of one preparation step, computed from its content, never ticked by hand. */
export type StepCompletion = 'empty' | 'started' | 'complete';
