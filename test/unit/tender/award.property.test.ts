import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLpSolver } from '../../../api/lpSolver';
import type { LpSolve } from '../../../core/tender/award/lpSolver';
import { solveScenario } from '../../../core/tender/award/scenario';
import { SCENARIO_KINDS, type Tender } from '../../../core/tender/model';
import { bruteForceAward, objective, violations } from '../../support/tenderBruteForce';

let solve: LpSolve;
beforeAll(async () => {
  solve = await loadLpSolver();
});

const price = fc.integer({ min: 6000, max: 12000 }).map((c) => c / 100);

/** Small tenders (≤ 4 suppliers × 4 lots = 256 awards) with every kind of term switched on at random. */
const smallTender: fc.Arbitrary<Tender> = fc
  .record({
    lotCount: fc.integer({ min: 2, max: 4 }),
    supplierCount: fc.integer({ min: 2, max: 4 }),
    seed: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 120, maxLength: 120 }),
    prices: fc.array(fc.option(price, { freq: 6 }), { minLength: 16, maxLength: 16 }),
    minService: fc.option(fc.constantFrom(96, 97, 98), { freq: 3 }),
    maxShare: fc.option(fc.constantFrom(50, 70, 90, 100), { freq: 2 }),
    minSuppliers: fc.constantFrom(1, 1, 1, 2, 3),
    incumbentAllowed: fc.constantFrom(true, true, false),
    priceWeight: fc.integer({ min: 0, max: 100 }),
  })
  .map(
    ({ lotCount, supplierCount, seed, prices, minService, maxShare, minSuppliers, incumbentAllowed, priceWeight }) => {
      const r = (k: number, mod: number) => (seed[k % seed.length] as number) % mod;
      const lots = Array.from({ length: lotCount }, (_, j) => ({
        id: `l${j}`,
        name: `Lot ${j + 1}`,
        unit: 'pallet',
        volume: 500 + r(j, 5000),
        baselinePrice: 80 + r(j + 10, 40),
      }));
      const suppliers = Array.from({ length: supplierCount }, (_, i) => ({
        id: `s${i}`,
        name: `S${i}`,
        incumbent: i === 0,
      }));
      const bids = suppliers.map((s, i) => ({
        supplierId: s.id,
        paymentDays: [30, 45, 60, 90][r(20 + i, 4)] as number,
        switchingCost: r(30 + i, 3) === 0 ? 0 : r(40 + i, 60_000),
        implementationCost: r(50 + i, 20_000),
        serviceLevelPct: 96 + r(60 + i, 40) / 10,
        serviceCreditPct: r(70 + i, 4),
        volumeDiscountPct: r(80 + i, 2) === 0 ? 0 : 1 + r(90 + i, 5),
        volumeDiscountThresholdPct: 30 + r(100 + i, 70),
        qualityScore: r(110 + i, 101),
        lines: lots.flatMap((lot, j) => {
          const p = prices[(i * 4 + j) % prices.length];
          return p === null || p === undefined ? [] : [{ lotId: lot.id, unitPrice: p }];
        }),
      }));
      return {
        terms: {
          currency: 'EUR',
          termMonths: 24,
          costOfCapitalPct: 8,
          baselinePaymentDays: 30,
          serviceTargetPct: 98.5,
          shortfallCostPct: 4,
          priceWeight,
        },
        lots,
        suppliers,
        bids,
        constraints: { minServiceLevelPct: minService, maxSharePct: maxShare, minSuppliers, incumbentAllowed },
      };
    },
  );

describe('award scenarios against brute force', () => {
  it('find the same optimum as full enumeration and respect every constraint (fixed seed)', () => {
    let awarded = 0;
    let infeasible = 0;
    fc.assert(
      fc.property(smallTender, fc.constantFrom(...SCENARIO_KINDS), (tender, kind) => {
        const solved = solveScenario(tender, kind, solve);
        const brute = bruteForceAward(tender, kind);
        if (brute === null) {
          infeasible++;
          expect(solved.outcome.status).toBe('infeasible');
          return;
        }
        awarded++;
        expect(solved.outcome.status).toBe('awarded');
        if (solved.outcome.status !== 'awarded') return;
        expect(violations(tender, solved.outcome.assignment, kind)).toEqual([]);
        const value = objective(tender, solved.outcome.assignment, kind);
        expect(Math.abs(value - brute.value)).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(brute.value)));
      }),
      { seed: 20271201, numRuns: 250 },
    );
    // The generator must exercise both outcomes, or the test proves little.
    expect(awarded).toBeGreaterThan(100);
    expect(infeasible).toBeGreaterThan(20);
  }, 180_000);
});
