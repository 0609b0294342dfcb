import { z } from 'zod';

/**
 * Numbers the user types. zod already refuses NaN and ±Infinity; the bounds keep a typo
 * (an extra six zeros) from silently distorting every chart and sum that uses the value.
 */
export const MONEY_LIMIT = 1e12;
export const WEIGHT_LIMIT = 1000;

/** An amount on the deal's scale (money in its currency, or the unit of the main issue). */
export const amount = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .min(-MONEY_LIMIT, `${label} is too large`)
    .max(MONEY_LIMIT, `${label} is too large`);

export const nonNegativeAmount = (label: string) => amount(label).min(0, `${label} cannot be negative`);

/** Scores are points on a 0–100 scale: 0 the worst option, 100 the best. */
export const score = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .min(0, `${label} must be between 0 and 100`)
    .max(100, `${label} must be between 0 and 100`);

/** Priority weights are points; only their ratios matter, so any non-negative number works. */
export const weight = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .min(0, `${label} cannot be negative`)
    .max(WEIGHT_LIMIT, `${label} must be at most ${WEIGHT_LIMIT}`);

/** Rows are ordered by a real `position`; moving one renumbers its siblings 0, 1, 2, … */
export const positionIndex = z
  .number({ error: 'Position must be a number' })
  .int('Position must be a whole number')
  .min(0, 'Position cannot be negative')
  .max(10_000, 'Position is too large');
