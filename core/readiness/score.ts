import type { DealProgress } from '../progress';
import type { DealSnapshot } from '../snapshot';
import { READINESS_RULES } from './rules';
import { type Readiness, type ReadinessCheck, type ReadinessRule, SEVERITIES, type Severity } from './types';

/** Points a failing check costs, out of the 40 the checks are worth. */
export const SEVERITY_PENALTY: Record<Severity, number> = { critical: 20, warning: 8, advice: 3 };
const COMPLETION_WEIGHT = 60;
const CHECK_WEIGHT = 40;
/** A deal with a critical gap is not ready, however complete the rest looks. */
export const CRITICAL_CAP = 50;

export function runRule(rule: ReadinessRule, snapshot: DealSnapshot): ReadinessCheck {
  const findings = rule.check(snapshot);
  const { check: _check, ...described } = rule;
  return {
    ...described,
    status: findings === null ? 'not_applicable' : findings.length > 0 ? 'fail' : 'pass',
    findings: findings ?? [],
  };
}

const STATUS_ORDER = { fail: 0, pass: 1, not_applicable: 2 } as const;

export function completionOf(progress: DealProgress) {
  const states = Object.values(progress).map((p) => p.state);
  return {
    complete: states.filter((s) => s === 'complete').length,
    started: states.filter((s) => s === 'started').length,
    empty: states.filter((s) => s === 'empty').length,
    total: states.length,
  };
}

/**
 * Readiness 0–100: 60 points for step completion (a started step counts half), 40 for
 * the checks (each failing check costs its severity's penalty), capped at 50 while any
 * critical check fails.
 */
export function readinessScore(checks: readonly ReadinessCheck[], progress: DealProgress) {
  const completion = completionOf(progress);
  const completionShare = completion.total > 0 ? (completion.complete + completion.started / 2) / completion.total : 0;
  const penalty = checks.filter((c) => c.status === 'fail').reduce((sum, c) => sum + SEVERITY_PENALTY[c.severity], 0);
  const completionPoints = COMPLETION_WEIGHT * completionShare;
  const checkPoints = Math.max(0, CHECK_WEIGHT - penalty);
  const critical = checks.some((c) => c.status === 'fail' && c.severity === 'critical');
  const raw = Math.round(completionPoints + checkPoints);
  // Reported only when the cap actually lowered the score.
  const cappedByCritical = critical && raw > CRITICAL_CAP;
  return {
    score: Math.max(0, Math.min(100, critical ? Math.min(raw, CRITICAL_CAP) : raw)),
    completion,
    breakdown: { completionPoints: Math.round(completionPoints), checkPoints, cappedByCritical },
  };
}

export function assessReadiness(snapshot: DealSnapshot, rules: readonly ReadinessRule[] = READINESS_RULES): Readiness {
  const checks = rules
    .map((rule) => runRule(rule, snapshot))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
    );
  return { checks, ...readinessScore(checks, snapshot.progress) };
}
