import { describe, expect, it } from 'vitest';
import { classifyAgreement, valueLeftOnTheTable } from '../../../core/debrief/valueLeft';
import { packageValue, paretoFrontier, type ScoredIssue } from '../../../core/meso';

/** Price matters most to us, support to them: the classic trade. */
const ISSUES: ScoredIssue[] = [
  {
    id: 'price',
    weightUs: 60,
    weightThem: 20,
    options: [
      { id: 'p-high', us: 100, them: 0 },
      { id: 'p-mid', us: 50, them: 50 },
      { id: 'p-low', us: 0, them: 100 },
    ],
  },
  {
    id: 'support',
    weightUs: 40,
    weightThem: 80,
    options: [
      { id: 's-basic', us: 100, them: 0 },
      { id: 's-mid', us: 50, them: 50 },
      { id: 's-premium', us: 0, them: 100 },
    ],
  },
];

describe('value left on the table', () => {
  it('is zero both ways for an efficient agreement', () => {
    const result = valueLeftOnTheTable(ISSUES, { price: 'p-high', support: 's-premium' });
    if (!result.ready) throw new Error(result.reason);
    expect(result.efficient).toBe(true);
    expect(result.moreForUs).toBe(0);
    expect(result.moreForThem).toBe(0);
    expect(result.bestForUs.choice).toEqual({ price: 'p-high', support: 's-premium' });
  });

  it('finds the frontier package a split-the-difference agreement missed', () => {
    // Middle on both: us 50, them 50. Keeping price high and giving premium support is 60/80.
    const result = valueLeftOnTheTable(ISSUES, { price: 'p-mid', support: 's-mid' });
    if (!result.ready) throw new Error(result.reason);
    expect(result.efficient).toBe(false);
    expect(result.agreed.us).toBeCloseTo(50);
    expect(result.agreed.them).toBeCloseTo(50);
    // Best for us with them ≥ 50: price high + support premium (us 60, them 80).
    expect(result.bestForUs.choice).toEqual({ price: 'p-high', support: 's-premium' });
    expect(result.moreForUs).toBeCloseTo(10);
    // Best for them with us ≥ 50: price mid + premium (us 30)? no — us must stay ≥ 50:
    // price high + premium gives them 80, the most at us ≥ 50.
    expect(result.bestForThem.them).toBeCloseTo(80);
    expect(result.moreForThem).toBeCloseTo(30);
    // Every answer is a real frontier package, valued like the package engine values it.
    const frontier = paretoFrontier(ISSUES);
    expect(frontier.some((p) => p.us === result.bestForUs.us && p.them === result.bestForUs.them)).toBe(true);
    expect(packageValue(ISSUES, result.bestForUs.choice).us).toBe(result.bestForUs.us);
  });

  it('never proposes a package worse for them than the agreement', () => {
    const result = valueLeftOnTheTable(ISSUES, { price: 'p-low', support: 's-mid' });
    if (!result.ready) throw new Error(result.reason);
    expect(result.bestForUs.them).toBeGreaterThanOrEqual(result.agreed.them - 1e-9);
    expect(result.bestForThem.us).toBeGreaterThanOrEqual(result.agreed.us - 1e-9);
  });

  it('waits until every scored issue has an agreed option', () => {
    const result = valueLeftOnTheTable(ISSUES, { price: 'p-mid' });
    expect(result.ready).toBe(false);
    if (!result.ready) expect(result.missingIssueIds).toEqual(['support']);
    const unknownOption = valueLeftOnTheTable(ISSUES, { price: 'p-mid', support: 'gone' });
    expect(unknownOption.ready).toBe(false);
  });
});

describe('integrative or distributive', () => {
  const names = { price: 'Price', support: 'Support' };
  it('calls a trade across issues integrative and names the issues', () => {
    const result = classifyAgreement(ISSUES, { price: 'p-high', support: 's-premium' }, names);
    expect(result.kind).toBe('integrative');
    expect(result.given).toEqual(['Support']);
    expect(result.kept).toEqual(['Price']);
    expect(result.reason).toContain('Support');
  });

  it('calls a split on every issue distributive', () => {
    const result = classifyAgreement(ISSUES, { price: 'p-mid', support: 's-mid' }, names);
    expect(result.kind).toBe('distributive');
    expect(result.reason).toMatch(/split/);
  });

  it('calls a single-issue deal distributive', () => {
    const single = [ISSUES[0] as ScoredIssue];
    expect(classifyAgreement(single, { price: 'p-high' }, names).kind).toBe('distributive');
  });

  it('giving way on their issue without keeping ours is not a trade', () => {
    const result = classifyAgreement(ISSUES, { price: 'p-low', support: 's-premium' }, names);
    expect(result.kind).toBe('distributive');
    expect(result.given).toEqual(['Support']);
  });
});
