import type { Issue } from './issues';
import { toMesoIssues } from './issues';
import { packageValue } from './meso';
import type { SnapshotOffer } from './snapshot';

export interface ValuedOffer {
  offer: SnapshotOffer;
  /** 0–100 points for each side, as the MESO screen values it; null while the offer is incomplete. */
  us: number | null;
  them: number | null;
  /** Scored issues the offer picks no scored option for yet. */
  missing: string[];
}

/**
 * An offer's value to each side with the package engine, over the issues it can value
 * (options scored for both sides), exactly as the MESO grid shows it.
 */
export function valueOffers(issues: readonly Issue[], offers: readonly SnapshotOffer[]): ValuedOffer[] {
  const scored = toMesoIssues(issues);
  return offers.map((offer) => {
    const choice: Record<string, string> = {};
    const missing: string[] = [];
    for (const issue of scored) {
      const optionId = Object.hasOwn(offer.choices, issue.id) ? offer.choices[issue.id] : undefined;
      if (optionId !== undefined && issue.options.some((o) => o.id === optionId)) choice[issue.id] = optionId;
      else missing.push(issue.id);
    }
    if (scored.length === 0 || missing.length > 0) return { offer, us: null, them: null, missing };
    try {
      return { offer, ...packageValue(scored, choice), missing };
    } catch {
      // Weights that leave a side with nothing to value: no value yet, as on the MESO screen.
      return { offer, us: null, them: null, missing };
    }
  });
}
