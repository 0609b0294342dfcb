/**
 * The award problem as a mixed-integer linear program (CPLEX LP format).
 *
 *   x_i_j ∈ {0,1}  supplier i wins lot j          y_i ∈ {0,1}  supplier i wins anything
 *   z_i   ∈ {0,1}  i reaches its volume-discount threshold
 *   w_i_j ∈ [0,1]  = x_i_j · z_i (linearised: w ≤ x, w ≤ z; minimising cost pushes it up)
 *
 *   each lot:        Σ_i x_i_j = 1
 *   links:           x_i_j ≤ y_i,  y_i ≤ Σ_j x_i_j
 *   suppliers:       Σ_i y_i ≥ N   (split: ≥ max(2, N); single award: Σ_i y_i ≤ 1)
 *   max share:       Σ_j share_j x_i_j ≤ maxShare
 *   discount:        Σ_j share_j x_i_j ≥ threshold_i · z_i
 *   cost objective:  min Σ c_i_j x_i_j − Σ d_i c_i_j w_i_j + Σ oneOff_i y_i
 *   value objective: max Σ share_j · points_i_j x_i_j
 * Excluded suppliers and lots without a price simply have no variable.
 */
import { lotCost, lotPoints, lotShares, lowestPrices, oneOffCost, priceOf } from '../cost';
import type { ScenarioKind, Tender } from '../model';
import { eligibility } from './eligibility';

export interface AwardVariable {
  name: string;
  supplierIndex: number;
  lotIndex: number;
}

export interface AwardModel {
  lp: string;
  x: AwardVariable[];
  /** Supplier index → y column name. */
  y: Map<number, string>;
  /** Lots no eligible supplier bid on (the model is then not built). */
  lotsWithoutBid: string[];
}

const num = (v: number): string => {
  // LP text: plain decimal, never "1e-7" surprises beyond what the reader accepts.
  const s = Number.isInteger(v) ? String(v) : v.toPrecision(15);
  return s.includes('e') ? v.toFixed(12) : s;
};

const term = (coef: number, name: string): string => `${coef < 0 ? '-' : '+'} ${num(Math.abs(coef))} ${name}`;

export function minimumSuppliers(tender: Tender, kind: ScenarioKind): number {
  return kind === 'splitByLot' ? Math.max(2, tender.constraints.minSuppliers) : tender.constraints.minSuppliers;
}

export function buildAwardModel(tender: Tender, kind: ScenarioKind): AwardModel {
  const shares = lotShares(tender);
  const lowest = lowestPrices(tender);
  const eligible = eligibility(tender);
  const x: AwardVariable[] = [];
  const y = new Map<number, string>();
  const objective: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const bounds: string[] = [];
  const byLot: string[][] = tender.lots.map(() => []);
  const value = kind === 'bestValue';

  eligible.forEach(({ bid, excludedBecause }, i) => {
    if (excludedBecause !== null || !bid) return;
    const mine: { name: string; share: number; cost: number }[] = [];
    tender.lots.forEach((lot, j) => {
      const price = priceOf(bid, lot.id);
      if (price === null) return;
      const name = `x_${i}_${j}`;
      const share = shares.get(lot.id) ?? 0;
      x.push({ name, supplierIndex: i, lotIndex: j });
      byLot[j]?.push(name);
      binaries.push(name);
      const cost = lotCost(tender, bid, lot, price).total;
      mine.push({ name, share, cost });
      if (value) objective.push(term(share * lotPoints(tender, bid, price, lowest.get(lot.id) ?? price), name));
      else objective.push(term(cost, name));
    });
    if (mine.length === 0) return;
    const yi = `y_${i}`;
    y.set(i, yi);
    binaries.push(yi);
    if (!value && oneOffCost(bid) !== 0) objective.push(term(oneOffCost(bid), yi));
    for (const m of mine) rows.push(`link_${m.name}: ${m.name} - ${yi} <= 0`);
    rows.push(`used_${i}: ${yi} ${mine.map((m) => `- ${m.name}`).join(' ')} <= 0`);
    const shareSum = mine.map((m) => term(m.share, m.name)).join(' ');
    const { maxSharePct } = tender.constraints;
    if (maxSharePct !== null) rows.push(`share_${i}: ${shareSum} <= ${num(maxSharePct / 100)}`);
    if (!value && bid.volumeDiscountPct > 0) {
      const zi = `z_${i}`;
      binaries.push(zi);
      rows.push(`threshold_${i}: ${shareSum} - ${num(bid.volumeDiscountThresholdPct / 100)} ${zi} >= 0`);
      for (const m of mine) {
        const wi = `w${m.name.slice(1)}`;
        bounds.push(`0 <= ${wi} <= 1`);
        rows.push(`wx${m.name.slice(1)}: ${wi} - ${m.name} <= 0`);
        rows.push(`wz${m.name.slice(1)}: ${wi} - ${zi} <= 0`);
        objective.push(term(-(bid.volumeDiscountPct / 100) * m.cost, wi));
      }
    }
  });

  const lotsWithoutBid = tender.lots.filter((_, j) => (byLot[j] ?? []).length === 0).map((lot) => lot.name);
  tender.lots.forEach((_, j) => {
    const names = byLot[j] ?? [];
    if (names.length > 0) rows.push(`lot_${j}: ${names.join(' + ')} = 1`);
  });
  const ys = [...y.values()];
  if (ys.length > 0) {
    rows.push(`suppliers_min: ${ys.join(' + ')} >= ${minimumSuppliers(tender, kind)}`);
    if (kind === 'singleAward') rows.push(`suppliers_single: ${ys.join(' + ')} <= 1`);
  }
  const lp = [
    value ? 'Maximize' : 'Minimize',
    ` obj: ${objective.length > 0 ? objective.join(' ') : '0 x_none'}`,
    'Subject To',
    ...rows.map((r) => ` ${r}`),
    ...(bounds.length > 0 ? ['Bounds', ...bounds.map((b) => ` ${b}`)] : []),
    ...(binaries.length > 0 ? ['Binary', ` ${binaries.join(' ')}`] : []),
    'End',
  ].join('\n');
  return { lp, x, y, lotsWithoutBid };
}
