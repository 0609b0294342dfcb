import { z } from 'zod';
import type { OurSide } from './deal';
import { amount, nonNegativeAmount, score } from './numbers';
import { calendarDate, entityId, longText, shortText } from './text';

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  low: 'Low — mostly a guess',
  medium: 'Medium — some facts behind it',
  high: 'High — checked and current',
};

/** Which end of the main issue's scale is better for us. */
export const BETTER_DIRECTIONS = ['lower', 'higher'] as const;
export type BetterDirection = (typeof BETTER_DIRECTIONS)[number];
export const DIRECTION_LABELS: Record<BetterDirection, string> = {
  lower: 'Lower is better for us',
  higher: 'Higher is better for us',
};

const confidence = (label: string) =>
  z.enum(CONFIDENCE_LEVELS, { error: `${label} must be one of: ${CONFIDENCE_LEVELS.join(', ')}` }).nullable();

/**
 * Our BATNA, their BATNA as we estimate it, and the four numbers of the ZOPA, all on the
 * deal's main numeric issue (price unless the user picks another issue).
 */
export const batnaFieldsSchema = z.strictObject({
  ourDescription: longText('Description'),
  ourCourse: shortText('Next-best course'),
  ourValueMoney: amount('BATNA value').nullable(),
  ourValuePoints: score('BATNA value in points').nullable(),
  ourRisk: shortText('Risk'),
  ourTiming: shortText('Timing'),
  ourSwitchingCost: nonNegativeAmount('Switching cost').nullable(),
  ourConfidence: confidence('Confidence'),
  theirDescription: longText('Their BATNA'),
  theirValueMoney: amount('Their BATNA value').nullable(),
  theirSwitchingCost: nonNegativeAmount('Their switching cost').nullable(),
  theirConfidence: confidence('Confidence in the estimate'),
  theirEvidence: longText('Evidence'),
  mainIssueId: entityId('Main issue').nullable(),
  /** Unit of the scale when the main issue is not money (e.g. "days"); empty means the deal's currency. */
  scaleUnit: shortText('Unit').max(20, 'Unit must be at most 20 characters'),
  /** Null: follow the deal's side (buying → lower is better, selling → higher). */
  betterDirection: z
    .enum(BETTER_DIRECTIONS, { error: `Direction must be one of: ${BETTER_DIRECTIONS.join(', ')}` })
    .nullable(),
  ourReservation: amount('Our reservation point').nullable(),
  ourTarget: amount('Our target').nullable(),
  theirReservation: amount('Their reservation point').nullable(),
  theirTarget: amount('Their target').nullable(),
});
export type BatnaFields = z.infer<typeof batnaFieldsSchema>;
export const batnaPatchSchema = batnaFieldsSchema.partial();
export type BatnaPatch = z.infer<typeof batnaPatchSchema>;

export interface Batna extends BatnaFields {
  dealId: string;
  updatedAt: string | null;
}

export const BATNA_DEFAULTS: BatnaFields = {
  ourDescription: '',
  ourCourse: '',
  ourValueMoney: null,
  ourValuePoints: null,
  ourRisk: '',
  ourTiming: '',
  ourSwitchingCost: null,
  ourConfidence: null,
  theirDescription: '',
  theirValueMoney: null,
  theirSwitchingCost: null,
  theirConfidence: null,
  theirEvidence: '',
  mainIssueId: null,
  scaleUnit: '',
  betterDirection: null,
  ourReservation: null,
  ourTarget: null,
  theirReservation: null,
  theirTarget: null,
};

/** Buyers want low numbers and sellers high ones, unless the user says otherwise. */
export function resolveDirection(override: BetterDirection | null, ourSide: OurSide): BetterDirection | null {
  if (override) return override;
  if (ourSide === 'buying') return 'lower';
  if (ourSide === 'selling') return 'higher';
  return null;
}

/** An action that would make our BATNA stronger (another quote, a pilot, a hire in the pipeline). */
export const batnaActionFieldsSchema = z.strictObject({
  text: shortText('Action'),
  owner: shortText('Owner'),
  dueDate: calendarDate('Due date').nullable(),
  done: z.boolean({ error: 'Done must be true or false' }),
});
export type BatnaActionFields = z.infer<typeof batnaActionFieldsSchema>;
export const batnaActionPatchSchema = batnaActionFieldsSchema.partial();

export interface BatnaAction extends BatnaActionFields {
  id: string;
  dealId: string;
  position: number;
}

export const newBatnaActionSchema = batnaActionFieldsSchema.partial();
export const BATNA_ACTION_DEFAULTS: BatnaActionFields = { text: '', owner: '', dueDate: null, done: false };

export const scaleUnitLabel = (unit: string, currency: string) => unit.trim() || currency;
