import { describe, expect, it } from 'vitest';
import { awardCost, baselineTotal, bidCost, lotCost, lotShares } from '../../../core/tender/cost';
import { kestrelBids, kestrelTender, LOTS, must, SUPPLIERS } from '../../support/kestrelTender';

const tender = kestrelTender();
const bid = (id: string) => must(kestrelBids().find((b) => b.supplierId === id));
const lot = (id: string) => must(tender.lots.find((l) => l.id === id));

describe('tender cost model', () => {
  it('prices a lot as price × volume × term', () => {
    // Nordfrost: net 30 = baseline days, 98.6 % ≥ 98.5 % target: only the spend remains.
    const c = lotCost(tender, bid(SUPPLIERS.nordfrost), lot(LOTS.north), 94.8);
    expect(c.spend).toBeCloseTo(94.8 * 6000 * 2, 6);
    expect(c.finance).toBe(-0);
    expect(c.service).toBe(0);
    expect(c.total).toBeCloseTo(1_137_600, 6);
  });

  it('values later payment at the cost of capital against the baseline days', () => {
    // Polar: net 60 vs net 30 at 8 %: spend × 0.08 × 30 / 365 saved.
    const c = lotCost(tender, bid(SUPPLIERS.polar), lot(LOTS.north), 90.2);
    const spend = 90.2 * 6000 * 2;
    expect(c.finance).toBeCloseTo(-spend * 0.08 * (30 / 365), 6);
    expect(c.total).toBeCloseTo(spend * (1 - 0.08 * (30 / 365)), 6);
  });

  it('charges the service shortfall net of the supplier’s credits', () => {
    const weak = { ...bid(SUPPLIERS.nordfrost), serviceLevelPct: 97, serviceCreditPct: 1.5 };
    const c = lotCost(tender, weak, lot(LOTS.north), 100);
    const spend = 100 * 6000 * 2;
    // 1.5 points short × (4 % our cost − 1.5 % their credit) of the spend.
    expect(c.service).toBeCloseTo((spend * 1.5 * (4 - 1.5)) / 100, 6);
    const generous = { ...weak, serviceCreditPct: 6 };
    expect(lotCost(tender, generous, lot(LOTS.north), 100).service).toBeLessThan(0);
  });

  it('adds one-off costs once per supplier and the baseline per awarded lot', () => {
    const a = awardCost(tender, { [LOTS.southWest]: SUPPLIERS.frigoSud, [LOTS.southEast]: SUPPLIERS.frigoSud });
    expect(a.oneOff).toBe(30_500);
    expect(a.baseline).toBeCloseTo(96.4 * 8000 * 2, 6);
    expect(a.suppliers).toHaveLength(1);
    expect(a.total).toBeCloseTo(a.spend + a.finance + a.service + a.oneOff, 6);
    expect(a.savings).toBeCloseTo(a.baseline - a.total, 6);
  });

  it('applies a volume discount only when the share reaches its threshold', () => {
    const all = { [LOTS.north]: SUPPLIERS.polar, [LOTS.southWest]: SUPPLIERS.polar, [LOTS.southEast]: SUPPLIERS.polar };
    const full = awardCost(tender, all);
    const lotTotal = full.spend + full.finance + full.service;
    expect(full.discount).toBeCloseTo(lotTotal * 0.03, 6);
    // North + South-West = 10 500 of 14 000 pallets = 75 % < 80 %: no discount.
    const part = awardCost(tender, { [LOTS.north]: SUPPLIERS.polar, [LOTS.southWest]: SUPPLIERS.polar });
    expect(part.discount).toBe(0);
  });

  it('measures savings against current price × volume × term', () => {
    expect(baselineTotal(tender)).toBeCloseTo(96.4 * 14_000 * 2, 6);
    const nordfrost = bidCost(tender, bid(SUPPLIERS.nordfrost));
    expect(nordfrost.savings).toBeCloseTo((96.4 - 94.8) * 12_000 + (96.4 - 95.2) * 9_000 + (96.4 - 95.9) * 7_000, 4);
    expect(nordfrost.savingsPct).toBeCloseTo((nordfrost.savings / nordfrost.baseline) * 100, 9);
  });

  it('keeps points beside money: the cheapest lot bid scores 100 on price', () => {
    const frigo = awardCost(tender, { [LOTS.southWest]: SUPPLIERS.frigoSud });
    const share = must(lotShares(tender).get(LOTS.southWest));
    expect(share).toBeCloseTo(4500 / 14000, 12);
    // Scored on the lots it won: its one lane, not diluted by the lanes it did not bid on.
    expect(frigo.points).toBeCloseTo(0.7 * 100 + 0.3 * 84, 9);
    const mixed = awardCost(tender, { [LOTS.north]: SUPPLIERS.nordfrost, [LOTS.southWest]: SUPPLIERS.frigoSud });
    const north = must(lotShares(tender).get(LOTS.north));
    const nordfrostPoints = 0.7 * ((100 * 90.2) / 94.8) + 0.3 * 78;
    expect(mixed.points).toBeCloseTo((north * nordfrostPoints + share * (0.7 * 100 + 0.3 * 84)) / (north + share), 9);
  });
});
