import { describe, expect, it } from 'vitest';
import { type BudgetInput, checkBudget, concessionSpend, scoreAt } from '../../../core/concessionBudget';

const price = {
  id: 'price',
  name: 'Licence fee',
  weightUs: 60,
  numericKind: 'money',
  options: [
    { value: 400_000, ourScore: 0 },
    { value: 480_000, ourScore: 100 },
  ],
};
const term = {
  id: 'term',
  name: 'Term',
  weightUs: 40,
  numericKind: 'months',
  options: [
    { value: 12, ourScore: 0 },
    { value: 36, ourScore: 100 },
  ],
};
const concession = (
  valueToUs: number | null,
  status: 'planned' | 'offered' | 'accepted' | 'withdrawn' = 'planned',
) => ({
  status,
  valueToUs,
  issueId: null,
  value: null,
});

const base: BudgetInput = {
  currency: 'EUR',
  issues: [price, term],
  anchors: [{ id: 'a1', issueId: 'price', unit: '', opening: 500_000 }],
  ladderSteps: [
    { anchorId: 'a1', value: 480_000 },
    { anchorId: 'a1', value: 460_000 },
  ],
  concessions: [concession(5_000, 'offered'), concession(2_500), concession(9_999, 'withdrawn'), concession(null)],
};

describe('concession spend', () => {
  it('adds the ladder’s furthest step from the opening and the log’s cost, leaving withdrawn ones out', () => {
    const spend = concessionSpend(base);
    expect(spend.money).toEqual({ ladder: 40_000, log: 7_500, total: 47_500, unpriced: 1 });
  });

  it('counts points per issue as the furthest drop in our score, weighted by the issue’s share', () => {
    // 500k scores 100 (above the best option), 460k scores 75: a 25-point drop × 60 % = 15 points.
    expect(scoreAt(price, 460_000)).toBe(75);
    expect(concessionSpend(base).points).toEqual({ ladder: 15, log: 0, total: 15, uncounted: 0 });
  });

  it('does not count a log move twice when the ladder already goes further on the same issue', () => {
    const spend = concessionSpend({
      ...base,
      concessions: [{ status: 'planned', valueToUs: 0, issueId: 'price', value: 470_000 }],
    });
    expect(spend.points).toEqual({ ladder: 15, log: 0, total: 15, uncounted: 0 });
    const further = concessionSpend({
      ...base,
      concessions: [{ status: 'planned', valueToUs: 0, issueId: 'price', value: 440_000 }],
    });
    // 440k scores 50: the log goes further (50-point drop × 60 % = 30) and stands for the issue.
    expect(further.points).toEqual({ ladder: 0, log: 30, total: 30, uncounted: 0 });
  });

  it('leaves out of the points what it cannot score, and says how many', () => {
    const spend = concessionSpend({
      ...base,
      anchors: [...base.anchors, { id: 'a2', issueId: null, unit: 'days', opening: 30 }],
      ladderSteps: [...base.ladderSteps, { anchorId: 'a2', value: 60 }],
      concessions: [{ status: 'planned', valueToUs: 100, issueId: 'term', value: 24 }],
    });
    // The free-standing anchor in days is neither money nor scorable; the term has no opening anchor.
    expect(spend.points.uncounted).toBe(2);
    expect(spend.money.ladder).toBe(40_000);
  });

  it('counts only money issues in the money ladder (a term ladder is points, not euros)', () => {
    const spend = concessionSpend({
      ...base,
      anchors: [{ id: 't', issueId: 'term', unit: 'months', opening: 36 }],
      ladderSteps: [{ anchorId: 't', value: 24 }],
      concessions: [],
    });
    expect(spend.money.total).toBe(0);
    // 24 months scores 50: a 50-point drop × 40 % = 20 points.
    expect(spend.points.total).toBe(20);
  });
});

describe('budget check', () => {
  it('flags money over the budget and says by how much', () => {
    const spend = concessionSpend(base);
    const check = checkBudget({ money: 45_000, points: 20 }, spend, 'EUR');
    expect(check.money).toEqual({ budget: 45_000, spent: 47_500, left: -2_500, exceeded: true });
    expect(check.points).toEqual({ budget: 20, spent: 15, left: 5, exceeded: false });
  });

  it('is not exceeded at exactly the budget, and float dust never flags', () => {
    const spend = concessionSpend({
      ...base,
      anchors: [],
      concessions: [concession(0.1), concession(0.2)],
    });
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(checkBudget({ money: 0.3, points: null }, spend, 'EUR').money?.exceeded).toBe(false);
    expect(checkBudget({ money: 0.29, points: null }, spend, 'EUR').money).toEqual({
      budget: 0.29,
      spent: 0.3,
      left: -0.01,
      exceeded: true,
    });
  });

  it('rounds to the currency’s minor unit: cents in euros, whole yen', () => {
    const yen = concessionSpend({ ...base, currency: 'JPY', anchors: [], concessions: [concession(1_000.4)] });
    expect(yen.money.total).toBe(1_000);
    // 1,000.4 yen is 1,000 yen: within a 1,000-yen budget; in euros the 40 cents are over.
    expect(checkBudget({ money: 1_000, points: null }, yen, 'JPY').money?.exceeded).toBe(false);
    const euro = concessionSpend({ ...base, anchors: [], concessions: [concession(1_000.4)] });
    expect(checkBudget({ money: 1_000, points: null }, euro, 'EUR').money).toMatchObject({
      left: -0.4,
      exceeded: true,
    });
    // Half a cent rounds away from zero, as the calculator does.
    const half = concessionSpend({ ...base, anchors: [], concessions: [concession(1.005)] });
    expect(half.money.total).toBe(1.01);
  });

  it('has nothing to check without a budget', () => {
    expect(checkBudget({ money: null, points: null }, concessionSpend(base), 'EUR')).toEqual({
      money: null,
      points: null,
    });
  });
});
