/**
 * The deal's picks to test for robustness: our complete MESO offers and the packages the
 * engine would suggest now, with their weight ranges (a range per issue, or ± a share of
 * each estimated weight).
 */
import { type Issue, toMesoIssues } from '../issues';
import { paretoFrontier } from '../meso';
import { type MesoAnalysisInput, notReadyReason, suggestOffers } from '../mesoAnalysis';
import { type Candidate, type CandidateRobustness, packageRobustness, type WeightRange } from './packages';

export interface DealRobustnessInput extends Omit<MesoAnalysisInput, 'issues'> {
  issues: readonly Issue[];
  weightRanges: readonly WeightRange[];
  weightSpreadPct: number;
  scoreSpread: number;
  draws: number;
  seed: number;
}

export function dealPackageRobustness(input: DealRobustnessInput): {
  packages: CandidateRobustness[];
  note: string | null;
} {
  const mesoIssues = toMesoIssues(input.issues);
  const reason = notReadyReason(input.issues, mesoIssues);
  if (reason) return { packages: [], note: reason };
  const complete = (choices: Record<string, string>) =>
    mesoIssues.every((i) => i.options.some((o) => o.id === choices[i.id]));
  const candidates: Candidate[] = input.offers
    .filter((o) => o.kind === 'ours' && complete(o.choices))
    .map((o) => ({ id: o.id, label: `Offer ${o.label || '(no label)'}`, choice: o.choices }));
  try {
    suggestOffers({ ...input, issues: input.issues }).packages.forEach((p, k) => {
      candidates.push({ id: `suggested-${k}`, label: `Suggested package ${k + 1}`, choice: p.choice });
    });
  } catch {
    // No suggestion possible (e.g. nothing in the band): the offers alone are tested.
  }
  if (candidates.length === 0)
    return { packages: [], note: 'No complete MESO offer and no suggested package to test yet.' };
  const ranges = mesoIssues.map((issue) => {
    const own = input.weightRanges.find((r) => r.issueId === issue.id);
    if (own) return own;
    const spread = (issue.weightThem * input.weightSpreadPct) / 100;
    return { issueId: issue.id, low: Math.max(0, issue.weightThem - spread), high: issue.weightThem + spread };
  });
  const result = packageRobustness({
    issues: mesoIssues,
    candidates,
    frontier: paretoFrontier(mesoIssues),
    ranges,
    scoreSpread: input.scoreSpread,
    draws: input.draws,
    seed: input.seed,
  });
  return { packages: result.candidates, note: null };
}
