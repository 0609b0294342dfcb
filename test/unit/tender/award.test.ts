import { beforeAll, describe, expect, it } from 'vitest';
import { loadLpSolver } from '../../../api/lpSolver';
import { counterOffers } from '../../../core/tender/award/counterOffer';
import type { LpSolve } from '../../../core/tender/award/lpSolver';
import { solveScenario } from '../../../core/tender/award/scenario';
import type { Tender } from '../../../core/tender/model';
import { kestrelTender, LOTS, must, SUPPLIERS } from '../../support/kestrelTender';
import { bruteForceAward, violations } from '../../support/tenderBruteForce';

let solve: LpSolve;
beforeAll(async () => {
  solve = await loadLpSolver();
});

const awarded = (tender: Tender, kind: Parameters<typeof solveScenario>[1]) => {
  const r = solveScenario(tender, kind, solve);
  if (r.outcome.status !== 'awarded') throw new Error(r.outcome.reason);
  return r.outcome;
};

describe('award scenarios on the Kestrel Foods tender', () => {
  it('lowest cost gives every lane to Polar Chain, whose −3 % at 80 % applies', () => {
    const tender = kestrelTender();
    const out = awarded(tender, 'lowestCost');
    expect(out.assignment).toEqual({
      [LOTS.north]: SUPPLIERS.polar,
      [LOTS.southWest]: SUPPLIERS.polar,
      [LOTS.southEast]: SUPPLIERS.polar,
    });
    expect(out.cost.discount).toBeGreaterThan(0);
    expect(out.cost.total).toBeCloseTo(must(bruteForceAward(tender, 'lowestCost')).value, 4);
    expect(out.cost.savings).toBeGreaterThan(0);
  });

  it('split award by lot gives the southern lanes to Frigo Sud', () => {
    const out = awarded(kestrelTender(), 'splitByLot');
    expect(out.assignment[LOTS.southWest]).toBe(SUPPLIERS.frigoSud);
    expect(out.assignment[LOTS.southEast]).toBe(SUPPLIERS.frigoSud);
    expect(out.assignment[LOTS.north]).toBe(SUPPLIERS.polar);
    const suppliers = out.slack.find((s) => s.constraint === 'minSuppliers');
    expect(suppliers).toMatchObject({ actual: 2, limit: 2, slack: 0 });
  });

  it('a maximum share is respected and its slack reported', () => {
    const tender = kestrelTender();
    tender.constraints.maxSharePct = 60;
    const out = awarded(tender, 'lowestCost');
    expect(violations(tender, out.assignment, 'lowestCost')).toEqual([]);
    const share = must(out.slack.find((s) => s.constraint === 'maxShare'));
    expect(share.actual).toBeLessThanOrEqual(60 + 1e-9);
    expect(share.slack).toBeCloseTo(60 - (share.actual as number), 9);
  });

  it('a single award cannot meet "at least 2 suppliers", and says so', () => {
    const tender = kestrelTender();
    tender.constraints.minSuppliers = 2;
    const r = solveScenario(tender, 'singleAward', solve);
    expect(r.outcome).toEqual({ status: 'infeasible', reason: 'A single award cannot meet "at least 2 suppliers".' });
  });

  it('names the price cut that makes a losing supplier win, and it does win at that price', () => {
    const tender = kestrelTender();
    const out = awarded(tender, 'lowestCost');
    const offers = counterOffers(tender, 'lowestCost', out.assignment, solve);
    const nordfrost = must(offers.find((o) => o.supplierId === SUPPLIERS.nordfrost));
    expect(nordfrost.status).toBe('winsAt');
    if (nordfrost.status !== 'winsAt') return;
    const at = (cut: number): Tender => ({
      ...tender,
      bids: tender.bids.map((b) =>
        b.supplierId === SUPPLIERS.nordfrost
          ? { ...b, lines: b.lines.map((l) => ({ ...l, unitPrice: l.unitPrice * (1 - cut / 100) })) }
          : b,
      ),
    });
    const wins = (cut: number) =>
      Object.values(awarded(at(cut), 'lowestCost').assignment).includes(SUPPLIERS.nordfrost);
    expect(wins(nordfrost.priceCutPct)).toBe(true);
    expect(wins(nordfrost.priceCutPct - 0.2)).toBe(false);
    expect(offers.find((o) => o.supplierId === SUPPLIERS.polar)?.status).toBe('wins');
  });

  it('an excluded incumbent cannot win at any price, with the reason', () => {
    const tender = kestrelTender();
    tender.constraints.incumbentAllowed = false;
    const out = awarded(tender, 'splitByLot');
    const offers = counterOffers(tender, 'splitByLot', out.assignment, solve);
    expect(offers.find((o) => o.supplierId === SUPPLIERS.nordfrost)).toEqual({
      supplierId: SUPPLIERS.nordfrost,
      status: 'cannotWin',
      reason: 'It is the incumbent, and this tender excludes it.',
    });
  });
});
