/**
 * How robust the award scenarios are to our own estimates: the quality scores we gave the
 * suppliers and the weight of price are judgements. Each draw moves every supplier's
 * quality by up to ± the spread and the price weight within its range, then re-scores each
 * scenario's award (the awards themselves stay as solved):
 *   - best:     it has the highest weighted value of the scenarios;
 *   - frontier: no other scenario costs no more and is worth at least as many points
 *               (costs in money do not move: they are the bids).
 */
import { mulberry32 } from '../robustness/prng';
import { awardCost, lotShares, lowestPrices, priceOf } from './cost';
import type { Assignment, Tender } from './model';

export interface ScenarioAward {
  id: string;
  label: string;
  assignment: Assignment;
}

export interface AwardRobustnessInput {
  tender: Tender;
  scenarios: readonly ScenarioAward[];
  qualitySpread: number;
  priceWeightRange: { low: number; high: number };
  draws: number;
  seed: number;
}

export interface ScenarioRobustness {
  id: string;
  label: string;
  best: number;
  frontier: number;
}

const EPS = 1e-9;

export function awardRobustness(input: AwardRobustnessInput): ScenarioRobustness[] {
  const { tender, scenarios, qualitySpread, draws } = input;
  const rand = mulberry32(input.seed);
  const costs = scenarios.map((s) => awardCost(tender, s.assignment).total);
  const shares = lotShares(tender);
  const lowest = lowestPrices(tender);
  const supplierIndex = new Map(tender.bids.map((b, k) => [b.supplierId, k]));
  // Points of a scenario = Σ share × (w × priceScore + (1 − w) × quality): only w and the
  // qualities move, so keep per scenario Σ share × priceScore and the share per supplier.
  const terms = scenarios.map((s) => {
    let priceTerm = 0;
    const shareBySupplier = new Float64Array(tender.bids.length);
    for (const lot of tender.lots) {
      const supplierId = s.assignment[lot.id];
      const k = supplierId === undefined ? undefined : supplierIndex.get(supplierId);
      const bid = k === undefined ? undefined : tender.bids[k];
      const price = bid ? priceOf(bid, lot.id) : null;
      if (k === undefined || price === null) continue;
      const share = shares.get(lot.id) ?? 0;
      const low = lowest.get(lot.id) ?? price;
      priceTerm += share * (price > 0 ? (100 * low) / price : 100);
      shareBySupplier[k] = (shareBySupplier[k] as number) + share;
    }
    return { priceTerm, shareBySupplier };
  });
  const best = new Float64Array(scenarios.length);
  const frontier = new Float64Array(scenarios.length);
  const lo = Math.min(input.priceWeightRange.low, input.priceWeightRange.high);
  const hi = Math.max(input.priceWeightRange.low, input.priceWeightRange.high);
  const quality = new Float64Array(tender.bids.length);
  const points = new Float64Array(scenarios.length);
  for (let d = 0; d < draws; d++) {
    const w = (lo + rand() * (hi - lo)) / 100;
    tender.bids.forEach((b, k) => {
      quality[k] = Math.min(100, Math.max(0, b.qualityScore + (rand() * 2 - 1) * qualitySpread));
    });
    let top = Number.NEGATIVE_INFINITY;
    terms.forEach((t, m) => {
      let q = 0;
      for (let k = 0; k < quality.length; k++) q += (t.shareBySupplier[k] as number) * (quality[k] as number);
      points[m] = w * t.priceTerm + (1 - w) * q;
      top = Math.max(top, points[m] as number);
    });
    let winners = 0;
    for (let m = 0; m < scenarios.length; m++) if ((points[m] as number) >= top - EPS) winners++;
    for (let k = 0; k < scenarios.length; k++) {
      const p = points[k] as number;
      if (p >= top - EPS) best[k] = (best[k] as number) + 1 / winners;
      const c = costs[k] as number;
      let beaten = false;
      for (let m = 0; m < scenarios.length && !beaten; m++) {
        const q = points[m] as number;
        const cm = costs[m] as number;
        beaten = m !== k && cm <= c + EPS && q >= p - EPS && (cm < c - EPS || q > p + EPS);
      }
      if (!beaten) frontier[k] = (frontier[k] as number) + 1;
    }
  }
  return scenarios.map((s, k) => ({
    id: s.id,
    label: s.label,
    best: draws > 0 ? (best[k] as number) / draws : 0,
    frontier: draws > 0 ? (frontier[k] as number) / draws : 0,
  }));
}
