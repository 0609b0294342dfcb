import { z } from 'zod';
import { figure } from '../scales';

/**
 * How much an issue matters to us, in the procurement planner's words: a must-have we
 * walk away without, an intend-to-have we work hard for, a like-to-have we trade.
 */
export const PRIORITIES = ['must', 'intend', 'like'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = {
  must: 'Must have',
  intend: 'Intend to have',
  like: 'Like to have',
};

/**
 * Our objectives on one issue: least acceptable (walk-away), target and ideal (most
 * desired). Numeric issues hold numbers on the issue; on the others an option is marked
 * as the walk-away, target or ideal (`optionObjectiveField`), so a copied deal needs no
 * re-keyed cross-reference.
 * For the deal's main issue the walk-away and target live in the BATNA step and are read
 * and written there (see accessor.ts), so the two screens can never disagree.
 */
export const objectiveFields = {
  priority: z.enum(PRIORITIES, { error: `Priority must be one of: ${PRIORITIES.join(', ')}` }).nullable(),
  walkAway: figure('Walk-away').nullable(),
  target: figure('Target').nullable(),
  ideal: figure('Ideal').nullable(),
};

export const OPTION_OBJECTIVES = ['walk_away', 'target', 'ideal'] as const;
export type OptionObjective = (typeof OPTION_OBJECTIVES)[number];
export const OPTION_OBJECTIVE_LABELS: Record<OptionObjective, string> = {
  walk_away: 'Walk-away',
  target: 'Target',
  ideal: 'Ideal',
};

/** At most one option of an issue holds each mark (the repository clears the others). */
export const optionObjectiveField = {
  objective: z
    .enum(OPTION_OBJECTIVES, { error: `Objective must be one of: ${OPTION_OBJECTIVES.join(', ')}` })
    .nullable(),
};

export const OBJECTIVE_DEFAULTS = {
  priority: null,
  walkAway: null,
  target: null,
  ideal: null,
} as const;
