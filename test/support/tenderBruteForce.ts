/**
 * Reference award by full enumeration: every way to give each lot to one supplier that bid
 * on it, the hard constraints checked here on their own (not through the solver's model),
 * the best by the scenario's objective. Only for small tenders (suppliers ^ lots).
 */
import { awardCost } from '../../core/tender/cost';
import type { Assignment, ScenarioKind, Tender } from '../../core/tender/model';

export function* assignments(tender: Tender): Generator<Assignment> {
  const choices = tender.lots.map((lot) =>
    tender.bids.filter((b) => b.lines.some((l) => l.lotId === lot.id)).map((b) => b.supplierId),
  );
  if (choices.some((c) => c.length === 0)) return;
  const index = choices.map(() => 0);
  while (true) {
    const a: Assignment = {};
    tender.lots.forEach((lot, j) => {
      a[lot.id] = choices[j]?.[index[j] as number] as string;
    });
    yield a;
    let j = 0;
    while (j < index.length) {
      index[j] = (index[j] as number) + 1;
      if ((index[j] as number) < (choices[j] as string[]).length) break;
      index[j] = 0;
      j++;
    }
    if (j === index.length) return;
  }
}

/** Every hard constraint of the tender and the scenario, checked directly. Empty: all met. */
export function violations(tender: Tender, a: Assignment, kind: ScenarioKind): string[] {
  const out: string[] = [];
  const c = tender.constraints;
  const winners = new Set(Object.values(a));
  for (const lot of tender.lots) if (a[lot.id] === undefined) out.push(`lot ${lot.id} not awarded`);
  const spend = new Map(tender.lots.map((l) => [l.id, l.baselinePrice * l.volume]));
  const totalSpend = [...spend.values()].reduce((x, y) => x + y, 0);
  for (const s of winners) {
    const supplier = tender.suppliers.find((x) => x.id === s);
    const bid = tender.bids.find((b) => b.supplierId === s);
    if (!supplier || !bid) {
      out.push(`${s} unknown`);
      continue;
    }
    if (!c.incumbentAllowed && supplier.incumbent) out.push(`incumbent ${s} awarded`);
    if (c.minServiceLevelPct !== null && bid.serviceLevelPct < c.minServiceLevelPct) out.push(`${s} below service`);
    const share =
      tender.lots.filter((l) => a[l.id] === s).reduce((x, l) => x + (spend.get(l.id) ?? 0), 0) / (totalSpend || 1);
    if (c.maxSharePct !== null && share * 100 > c.maxSharePct + 1e-9) out.push(`${s} share ${share}`);
    for (const lot of tender.lots)
      if (a[lot.id] === s && !bid.lines.some((l) => l.lotId === lot.id)) out.push(`${s} did not bid on ${lot.id}`);
  }
  const needed = kind === 'splitByLot' ? Math.max(2, c.minSuppliers) : c.minSuppliers;
  if (winners.size < needed) out.push(`${winners.size} suppliers < ${needed}`);
  if (kind === 'singleAward' && winners.size > 1) out.push('single award split');
  return out;
}

/** The scenario's objective: total cost (lower is better) or points (higher is better). */
export function objective(tender: Tender, a: Assignment, kind: ScenarioKind): number {
  const cost = awardCost(tender, a);
  return kind === 'bestValue' ? cost.points : cost.total;
}

export function bruteForceAward(tender: Tender, kind: ScenarioKind): { assignment: Assignment; value: number } | null {
  let best: { assignment: Assignment; value: number } | null = null;
  const better = (v: number, w: number) => (kind === 'bestValue' ? v > w : v < w);
  for (const a of assignments(tender)) {
    if (violations(tender, a, kind).length > 0) continue;
    const value = objective(tender, a, kind);
    if (!best || better(value, best.value)) best = { assignment: a, value };
  }
  return best;
}
