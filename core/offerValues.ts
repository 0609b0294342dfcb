import type { Issue } from './issues';
import type { SnapshotOffer } from './snapshot';

export interface ValuedOffer {
  offer: SnapshotOffer;
  /** 0–100 points with our weights and scores; null until every weighted issue has a scored pick. */
  us: number | null;
  them: number | null;
  /** Issues the offer does not pick an option for yet. */
  missing: string[];
}

/**
 * An offer's value to each side: Σ weight × score / Σ weight over the issues that carry a
 * weight for that side. An offer that leaves a weighted issue open, or picks an option not
 * scored for a side, has no value for that side yet.
 */
export function valueOffer(issues: readonly Issue[], offer: SnapshotOffer): ValuedOffer {
  const missing: string[] = [];
  const side = (weightOf: (i: Issue) => number, scoreOf: (o: Issue['options'][number]) => number | null) => {
    let total = 0;
    let sum = 0;
    for (const issue of issues) {
      const weight = weightOf(issue);
      if (!(weight > 0)) continue;
      const option = issue.options.find((o) => o.id === offer.choices[issue.id]);
      const score = option ? scoreOf(option) : null;
      if (score === null) return null;
      total += weight;
      sum += weight * score;
    }
    return total > 0 ? sum / total : null;
  };
  for (const issue of issues) {
    if (!issue.options.some((o) => o.id === offer.choices[issue.id])) missing.push(issue.id);
  }
  return {
    offer,
    us: side(
      (i) => i.weightUs,
      (o) => o.ourScore,
    ),
    them: side(
      (i) => i.weightThem,
      (o) => o.theirScore,
    ),
    missing,
  };
}
