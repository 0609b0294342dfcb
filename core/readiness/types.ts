import type { DealSnapshot } from '../snapshot';
import type { StepId } from '../steps';

/** critical: do not go into the room like this · warning: a known weakness · advice: good practice. */
export const SEVERITIES = ['critical', 'warning', 'advice'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: 'Fix before the meeting',
  warning: 'Weakness',
  advice: 'Worth doing',
};

/**
 * One readiness rule. `check` answers what is wrong (one line per finding; empty when the
 * rule is met) or null when the rule does not apply to this deal (e.g. its area holds
 * nothing yet, or is not part of this build).
 */
export interface ReadinessRule {
  id: string;
  severity: Severity;
  /** The screen that fixes it. */
  step: StepId;
  title: string;
  /** Why it matters, in plain words. */
  explanation: string;
  check(snapshot: DealSnapshot): string[] | null;
}

export type CheckStatus = 'fail' | 'pass' | 'not_applicable';

export interface ReadinessCheck {
  id: string;
  severity: Severity;
  step: StepId;
  title: string;
  explanation: string;
  status: CheckStatus;
  findings: string[];
}

export interface Readiness {
  /** 0–100. */
  score: number;
  /** Failing checks first (critical → advice), then passes, then the ones that do not apply. */
  checks: ReadinessCheck[];
  completion: { complete: number; started: number; empty: number; total: number };
  /** How the score was made, for the plan's summary. */
  breakdown: { completionPoints: number; checkPoints: number; cappedByCritical: boolean };
}
