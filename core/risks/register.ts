import { z } from 'zod';
import type { DealRow } from '../scales';
import { shortText } from '../text';

/** A risk may happen and hurt; an assumption is something we plan on that may be wrong. */
export const RISK_KINDS = ['risk', 'assumption'] as const;
export type RiskKind = (typeof RISK_KINDS)[number];
export const RISK_KIND_LABELS: Record<RiskKind, string> = { risk: 'Risk', assumption: 'Assumption' };

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** One line of the risks & assumptions register. */
export const riskFieldsSchema = z.strictObject({
  statement: shortText('Statement'),
  kind: z.enum(RISK_KINDS, { error: 'Kind must be risk or assumption' }),
  likelihood: z.enum(RISK_LEVELS, { error: 'Likelihood must be low, medium or high' }),
  impact: z.enum(RISK_LEVELS, { error: 'Impact must be low, medium or high' }),
  /** How we find out before the meeting (a call, a document, a reference). */
  verification: shortText('How we verify'),
  owner: shortText('Owner').max(200, 'Owner must be at most 200 characters'),
  verified: z.boolean({ error: 'Verified must be true or false' }),
});
export type RiskFields = z.infer<typeof riskFieldsSchema>;
export const newRiskSchema = riskFieldsSchema.partial();
export const riskPatchSchema = riskFieldsSchema.partial();
export const RISK_DEFAULTS: RiskFields = {
  statement: '',
  kind: 'risk',
  likelihood: 'medium',
  impact: 'medium',
  verification: '',
  owner: '',
  verified: false,
};
export interface Risk extends RiskFields, DealRow {}

type RiskFacts = Pick<RiskFields, 'kind' | 'likelihood' | 'impact' | 'verification' | 'verified'>;

/** Likely and damaging: the risks a plan must answer before the meeting. */
export const isSevereRisk = (r: Pick<RiskFields, 'kind' | 'likelihood' | 'impact'>) =>
  r.kind === 'risk' && r.likelihood === 'high' && r.impact === 'high';

/** 1–9 (likelihood × impact), for ordering the register by exposure. */
export const riskExposure = (r: Pick<RiskFields, 'likelihood' | 'impact'>) =>
  (RISK_LEVELS.indexOf(r.likelihood) + 1) * (RISK_LEVELS.indexOf(r.impact) + 1);

export const severeWithoutVerification = <T extends RiskFacts>(risks: readonly T[]): T[] =>
  risks.filter((r) => isSevereRisk(r) && !r.verified && r.verification.trim() === '');

export const unverifiedAssumptions = <T extends RiskFacts>(risks: readonly T[]): T[] =>
  risks.filter((r) => r.kind === 'assumption' && !r.verified);
