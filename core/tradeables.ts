/**
 * The tradeables matrix: each issue placed by its share of our total weight against its
 * (estimated) share of theirs. An issue counts as "high" for a side when its share is at
 * least the average share (1 / number of weighted issues).
 */
export const QUADRANTS = ['trade_away', 'trade_for', 'protect', 'drop'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Record<Quadrant, { title: string; hint: string }> = {
  trade_away: { title: 'Trade away', hint: 'Cheap for us, valuable to them: give these to get something back.' },
  trade_for: { title: 'Trade for', hint: 'Valuable to us, cheap for them: ask for these in return.' },
  protect: { title: 'Protect', hint: 'Both sides care: hold firm, or look for creative options.' },
  drop: { title: 'Drop', hint: 'Neither side cares much: settle quickly, do not spend capital.' },
};

export interface TradeableInput {
  id: string;
  name: string;
  weightUs: number;
  weightThem: number;
  /** The user's own "Tradeable" tick on the issue. */
  tradeable: boolean;
  redLine: boolean;
}

export interface PlacedIssue {
  id: string;
  name: string;
  shareUs: number;
  shareThem: number;
  quadrant: Quadrant;
  /** 0–1 across (value to us) and up (value to them); the quadrant border sits at 0.5. */
  x: number;
  y: number;
  /** Ticked "Tradeable" by the user and not a red line: what we trade with. */
  tradeMaterial: boolean;
  /** Not ticked, yet the weights place it as cheap for us and dear to them: worth a look. */
  suggested: boolean;
  /** A red line that the weights say is cheap to give: the weights or the red line are wrong. */
  redLineConflict: boolean;
}

export interface TradeablesMap {
  placed: PlacedIssue[];
  /** Issues with no weight on either side: not placed until weighted. */
  unweighted: string[];
  /** The user has not weighted both sides yet, so no classification is possible. */
  ready: boolean;
}

const EPSILON = 1e-9;

export function classifyQuadrant(highForUs: boolean, highForThem: boolean): Quadrant {
  if (highForUs) return highForThem ? 'protect' : 'trade_for';
  return highForThem ? 'trade_away' : 'drop';
}

/** Stretches [0, mean] onto [0, 0.5] and [mean, max] onto [0.5, 1], so the border is centred. */
function axis(share: number, mean: number, max: number): number {
  if (share <= mean) return mean > 0 ? (share / mean) * 0.5 : 0;
  return max > mean ? 0.5 + ((share - mean) / (max - mean)) * 0.5 : 0.5;
}

export function classifyTradeables(issues: readonly TradeableInput[]): TradeablesMap {
  const weighted = issues.filter((i) => i.weightUs > 0 || i.weightThem > 0);
  const unweighted = issues.filter((i) => !(i.weightUs > 0 || i.weightThem > 0)).map((i) => i.id);
  const sumUs = weighted.reduce((a, i) => a + i.weightUs, 0);
  const sumThem = weighted.reduce((a, i) => a + i.weightThem, 0);
  if (weighted.length === 0 || sumUs <= 0 || sumThem <= 0) return { placed: [], unweighted, ready: false };
  const mean = 1 / weighted.length;
  const sharesUs = weighted.map((i) => i.weightUs / sumUs);
  const sharesThem = weighted.map((i) => i.weightThem / sumThem);
  const maxUs = Math.max(...sharesUs);
  const maxThem = Math.max(...sharesThem);
  const placed = weighted.map((issue, index): PlacedIssue => {
    const shareUs = sharesUs[index] as number;
    const shareThem = sharesThem[index] as number;
    const quadrant = classifyQuadrant(shareUs >= mean - EPSILON, shareThem >= mean - EPSILON);
    return {
      id: issue.id,
      name: issue.name,
      shareUs,
      shareThem,
      quadrant,
      x: axis(shareUs, mean, maxUs),
      y: axis(shareThem, mean, maxThem),
      tradeMaterial: issue.tradeable && !issue.redLine,
      suggested: !issue.tradeable && !issue.redLine && quadrant === 'trade_away',
      redLineConflict: quadrant === 'trade_away' && issue.redLine,
    };
  });
  return { placed, unweighted, ready: true };
}
