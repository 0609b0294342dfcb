/**
 * Total cost of ownership in money, per bid and per award.
 *
 * Per lot won, over the term (T = term months / 12 years):
 *   spend        = unit price × volume per year × T
 *   finance      = − spend × cost of capital × (payment days − baseline days) / 365
 *   service      = spend × max(0, target − committed service level) × (our shortfall cost % − their credit %) / 100
 *   lot cost     = spend + finance + service
 * Per supplier that wins anything: + switching + implementation (once), and its volume
 * discount (× (1 − discount %)) on its lot costs when its share reaches the threshold.
 * Baseline = Σ baseline price × volume × T; savings = baseline − total cost.
 * Every term is linear in "lot won", which is what lets the award solver be exact.
 */
import { paymentTermsGainPerUnit } from './finance';
import type { Assignment, Bid, Lot, Tender } from './model';

export interface LotCost {
  spend: number;
  finance: number;
  service: number;
  total: number;
}

export const termYears = (tender: Tender): number => tender.terms.termMonths / 12;

export function baselineOfLot(tender: Tender, lot: Lot): number {
  return lot.baselinePrice * lot.volume * termYears(tender);
}

export function baselineTotal(tender: Tender): number {
  return tender.lots.reduce((sum, lot) => sum + baselineOfLot(tender, lot), 0);
}

/** Each lot's part of the tender, by baseline spend (by volume when no lot has a baseline). */
export function lotShares(tender: Tender): Map<string, number> {
  const spend = tender.lots.map((lot) => lot.baselinePrice * lot.volume);
  const total = spend.reduce((a, b) => a + b, 0);
  const volumeTotal = tender.lots.reduce((a, lot) => a + lot.volume, 0);
  return new Map(
    tender.lots.map((lot, i) => [
      lot.id,
      total > 0 ? (spend[i] as number) / total : volumeTotal > 0 ? lot.volume / volumeTotal : 1 / tender.lots.length,
    ]),
  );
}

export function priceOf(bid: Bid, lotId: string): number | null {
  return bid.lines.find((line) => line.lotId === lotId)?.unitPrice ?? null;
}

/** Cost of one lot at one bid's terms, before any volume discount and one-off costs. */
export function lotCost(tender: Tender, bid: Bid, lot: Lot, unitPrice: number): LotCost {
  const spend = unitPrice * lot.volume * termYears(tender);
  const finance = -spend * paymentTermsGainPerUnit(tender.terms, bid.paymentDays);
  const shortfall = Math.max(0, tender.terms.serviceTargetPct - bid.serviceLevelPct);
  const service = (spend * shortfall * (tender.terms.shortfallCostPct - bid.serviceCreditPct)) / 100;
  return { spend, finance, service, total: spend + finance + service };
}

export const oneOffCost = (bid: Bid): number => bid.switchingCost + bid.implementationCost;

export interface SupplierCost {
  supplierId: string;
  lotIds: string[];
  share: number;
  spend: number;
  finance: number;
  service: number;
  discount: number;
  oneOff: number;
  total: number;
  baseline: number;
}

export interface AwardCost {
  suppliers: SupplierCost[];
  spend: number;
  finance: number;
  service: number;
  discount: number;
  oneOff: number;
  total: number;
  baseline: number;
  savings: number;
  savingsPct: number;
  /** Weighted value of the award in points (0–100), beside the money. */
  points: number;
}

const bidOf = (tender: Tender, supplierId: string): Bid => {
  const bid = tender.bids.find((b) => b.supplierId === supplierId);
  if (!bid) throw new Error(`No bid from supplier ${supplierId}`);
  return bid;
};

/**
 * Money (and points) of awarding lots as `assignment` says. Lots missing from the
 * assignment are not bought; the baseline covers only the lots awarded, so a bid on some
 * lots compares with what those lots cost today.
 */
export function awardCost(tender: Tender, assignment: Assignment): AwardCost {
  const shares = lotShares(tender);
  const bySupplier = new Map<string, SupplierCost>();
  for (const lot of tender.lots) {
    const supplierId = assignment[lot.id];
    if (supplierId === undefined) continue;
    const bid = bidOf(tender, supplierId);
    const price = priceOf(bid, lot.id);
    if (price === null) throw new Error(`Supplier ${supplierId} did not bid on lot ${lot.name}`);
    const cost = lotCost(tender, bid, lot, price);
    let row = bySupplier.get(supplierId);
    if (!row) {
      row = {
        supplierId,
        lotIds: [],
        share: 0,
        spend: 0,
        finance: 0,
        service: 0,
        discount: 0,
        oneOff: oneOffCost(bid),
        total: 0,
        baseline: 0,
      };
      bySupplier.set(supplierId, row);
    }
    row.lotIds.push(lot.id);
    row.share += shares.get(lot.id) ?? 0;
    row.spend += cost.spend;
    row.finance += cost.finance;
    row.service += cost.service;
    row.baseline += baselineOfLot(tender, lot);
  }
  const suppliers = [...bySupplier.values()].map((row) => {
    const bid = bidOf(tender, row.supplierId);
    const lotTotal = row.spend + row.finance + row.service;
    const qualifies = bid.volumeDiscountPct > 0 && row.share * 100 >= bid.volumeDiscountThresholdPct - 1e-9;
    const discount = qualifies ? (lotTotal * bid.volumeDiscountPct) / 100 : 0;
    return { ...row, discount, total: lotTotal - discount + row.oneOff };
  });
  const sum = (
    key: keyof Pick<SupplierCost, 'spend' | 'finance' | 'service' | 'discount' | 'oneOff' | 'total' | 'baseline'>,
  ) => suppliers.reduce((acc, s) => acc + s[key], 0);
  const baseline = sum('baseline');
  const total = sum('total');
  return {
    suppliers,
    spend: sum('spend'),
    finance: sum('finance'),
    service: sum('service'),
    discount: sum('discount'),
    oneOff: sum('oneOff'),
    total,
    baseline,
    savings: baseline - total,
    savingsPct: baseline > 0 ? ((baseline - total) / baseline) * 100 : 0,
    points: awardPoints(tender, assignment),
  };
}

/** Lowest unit price bid on each lot: the reference of the price score. */
export function lowestPrices(tender: Tender): Map<string, number> {
  const lowest = new Map<string, number>();
  for (const bid of tender.bids)
    for (const line of bid.lines) {
      const now = lowest.get(line.lotId);
      if (now === undefined || line.unitPrice < now) lowest.set(line.lotId, line.unitPrice);
    }
  return lowest;
}

/**
 * Weighted value (0–100 points) of one lot won by one bid: price score (100 × lowest price /
 * this price) weighted by the tender's price weight, our quality score for the rest.
 */
export function lotPoints(tender: Tender, bid: Bid, unitPrice: number, lowest: number): number {
  const priceScore = unitPrice > 0 ? (100 * lowest) / unitPrice : 100;
  const w = tender.terms.priceWeight / 100;
  return w * priceScore + (1 - w) * bid.qualityScore;
}

/**
 * Points of an award: each lot's points weighted by its share of the tender, over the lots
 * awarded (a bid on two lanes of three is scored on those two, not diluted by the third).
 */
export function awardPoints(tender: Tender, assignment: Assignment): number {
  const shares = lotShares(tender);
  const lowest = lowestPrices(tender);
  let points = 0;
  let covered = 0;
  for (const lot of tender.lots) {
    const supplierId = assignment[lot.id];
    if (supplierId === undefined) continue;
    const bid = bidOf(tender, supplierId);
    const price = priceOf(bid, lot.id);
    if (price === null) continue;
    const share = shares.get(lot.id) ?? 0;
    points += share * lotPoints(tender, bid, price, lowest.get(lot.id) ?? price);
    covered += share;
  }
  return covered > 0 ? points / covered : 0;
}

/** One bid on its own: everything it bid on, at its terms (the bid comparison table). */
export function bidCost(tender: Tender, bid: Bid): AwardCost {
  const assignment: Assignment = {};
  for (const line of bid.lines)
    if (tender.lots.some((l) => l.id === line.lotId)) assignment[line.lotId] = bid.supplierId;
  return awardCost(tender, assignment);
}
