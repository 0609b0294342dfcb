import type { BetterDirection } from '../batna';
import { labelNumber } from '../issues';

/**
 * Where the agreed figure on the main issue landed against our plan: beyond target,
 * between reservation and target, or past the reservation point (the BATNA was better).
 */
export type PlanVerdict = 'beat_target' | 'met_target' | 'within_range' | 'past_reservation' | 'unknown';

export interface MainIssueOutcome {
  /** The number read from the agreed option's label ("€118,000" → 118000); null when none. */
  agreed: number | null;
  target: number | null;
  reservation: number | null;
  verdict: PlanVerdict;
  /**
   * How far from reservation (0 %) to target (100 %) the agreement went; above 100 beats
   * the target, below 0 is past the reservation point. Null when it cannot be computed.
   */
  achievement: number | null;
  explanation: string;
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9 };

/**
 * The amount an option's label states: its first number, scaled by a following k / m / bn
 * ("€120k" → 120000, "1.2m" → 1200000, "45 days" → 45).
 */
export function labelAmount(label: string): number | null {
  const base = labelNumber(label);
  if (base === null) return null;
  const suffix = /\d(?:[.,]\d+)?\s?(k|thousand|mn|million|m|bn)\b/i.exec(label.replace(/(\d)[,' ](?=\d{3}\b)/g, '$1'));
  return suffix?.[1] ? base * (MULTIPLIERS[suffix[1].toLowerCase()] ?? 1) : base;
}

export function mainIssueOutcome(input: {
  agreedLabel: string | null;
  direction: BetterDirection | null;
  target: number | null;
  reservation: number | null;
  format: (n: number) => string;
}): MainIssueOutcome {
  const { direction, target, reservation, format } = input;
  const agreed = input.agreedLabel === null ? null : labelAmount(input.agreedLabel);
  const base = { agreed, target, reservation };
  if (agreed === null) {
    return {
      ...base,
      verdict: 'unknown',
      achievement: null,
      explanation:
        'Record the agreed option of the main issue (with a number in its label) to compare it with the plan.',
    };
  }
  if (!direction) {
    return {
      ...base,
      verdict: 'unknown',
      achievement: null,
      explanation: 'Say on the BATNA step whether lower or higher numbers are better for you.',
    };
  }
  const better = (a: number, b: number) => (direction === 'lower' ? a < b : a > b);
  const achievement =
    target !== null && reservation !== null && target !== reservation
      ? ((agreed - reservation) / (target - reservation)) * 100
      : null;
  if (reservation !== null && better(reservation, agreed)) {
    return {
      ...base,
      verdict: 'past_reservation',
      achievement,
      explanation: `${format(agreed)} is past your reservation point of ${format(reservation)}: on the plan's numbers your BATNA was the better choice.`,
    };
  }
  if (target !== null && better(agreed, target)) {
    return {
      ...base,
      verdict: 'beat_target',
      achievement,
      explanation: `${format(agreed)} beats your target of ${format(target)}.`,
    };
  }
  if (target !== null && agreed === target) {
    return { ...base, verdict: 'met_target', achievement, explanation: `${format(agreed)} is exactly your target.` };
  }
  if (target === null && reservation === null) {
    return {
      ...base,
      verdict: 'unknown',
      achievement: null,
      explanation: 'Set a target and a reservation point on the BATNA step to compare the agreement with the plan.',
    };
  }
  return {
    ...base,
    verdict: 'within_range',
    achievement,
    explanation:
      target !== null
        ? `${format(agreed)} falls short of your target of ${format(target)}${reservation !== null ? ` but stays within your reservation point of ${format(reservation)}` : ''}.`
        : `${format(agreed)} stays within your reservation point of ${format(reservation as number)}.`,
  };
}

/** The agreed package's value to us against the BATNA in points, when both are known. */
export function versusBatna(valueUs: number, batnaPoints: number | null): { margin: number | null; text: string } {
  if (batnaPoints === null)
    return { margin: null, text: 'Value your BATNA in points to compare it with the agreement.' };
  const margin = valueUs - batnaPoints;
  const pts = (n: number) => `${Math.abs(Math.round(n * 10) / 10)} points`;
  if (Math.abs(margin) < 0.05) return { margin: 0, text: 'The agreement is worth the same to you as your BATNA.' };
  return margin > 0
    ? { margin, text: `The agreement is worth ${pts(margin)} more to you than your BATNA.` }
    : { margin, text: `The agreement is worth ${pts(margin)} less to you than your BATNA.` };
}
