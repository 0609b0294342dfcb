import { describe, expect, it } from 'vitest';
import {
  ISSUE_DETAIL_DEFAULTS,
  type Issue,
  labelNumber,
  linearScores,
  normaliseWeights,
  OPTION_DETAIL_DEFAULTS,
  toMesoIssues,
} from '../../core/issues';

describe('linearScores', () => {
  it('spreads evenly by position when the labels carry no numbers', () => {
    expect(linearScores(['Standard', 'Priority', 'Dedicated'], false)).toEqual([0, 50, 100]);
    expect(linearScores(['Standard', 'Priority', 'Dedicated'], true)).toEqual([100, 50, 0]);
    expect(linearScores(['a', 'b', 'c', 'd'], false)).toEqual([0, 33, 67, 100]);
  });

  it('follows the numbers when every label has one and they run in order', () => {
    expect(linearScores(['30 days', '45 days', '90 days'], false)).toEqual([0, 25, 100]);
    expect(linearScores(['90 days', '45 days', '30 days'], true)).toEqual([100, 25, 0]);
    expect(linearScores(['€1,000', '€1,500', '€3,000'], true)).toEqual([100, 75, 0]);
  });

  it('falls back to positions for unordered or partly numeric labels', () => {
    expect(linearScores(['30', '90', '45'], false)).toEqual([0, 50, 100]);
    expect(linearScores(['30 days', 'never'], false)).toEqual([0, 100]);
  });

  it('handles the edges', () => {
    expect(linearScores([], true)).toEqual([]);
    expect(linearScores(['only'], false)).toEqual([100]);
  });

  it('reads the first number of a label', () => {
    expect(labelNumber('45 days')).toBe(45);
    expect(labelNumber('-2.5 %')).toBe(-2.5);
    expect(labelNumber('1 200 units')).toBe(1200);
    expect(labelNumber('none')).toBeNull();
  });
});

describe('normaliseWeights', () => {
  it('scales to exactly 100, one decimal, keeping ratios', () => {
    expect(normaliseWeights([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(normaliseWeights([2, 6])).toEqual([25, 75]);
    const scaled = normaliseWeights([3, 7, 11, 13, 0]) ?? [];
    expect(Math.round(scaled.reduce((a, b) => a + b, 0) * 10)).toBe(1000);
    expect(scaled[4]).toBe(0);
  });

  it('refuses all-zero weights', () => {
    expect(normaliseWeights([0, 0])).toBeNull();
    expect(normaliseWeights([])).toBeNull();
  });
});

describe('toMesoIssues', () => {
  const base = {
    dealId: 'd',
    category: 'other',
    tradeable: false,
    redLine: false,
    notes: '',
    name: 'x',
    ...ISSUE_DETAIL_DEFAULTS,
  } as const;
  const NO_VALUE = OPTION_DETAIL_DEFAULTS;
  it('keeps weights and scored options, skipping unscored ones and empty issues', () => {
    const issues: Issue[] = [
      {
        ...base,
        id: 'i1',
        weightUs: 40,
        weightThem: 10,
        position: 0,
        options: [
          { id: 'o1', issueId: 'i1', label: '30', ourScore: 0, theirScore: 100, position: 0, ...NO_VALUE },
          { id: 'o2', issueId: 'i1', label: '45', ourScore: 50, theirScore: null, position: 1, ...NO_VALUE },
          { id: 'o3', issueId: 'i1', label: '60', ourScore: 100, theirScore: 0, position: 2, ...NO_VALUE },
        ],
      },
      {
        ...base,
        id: 'i2',
        weightUs: 5,
        weightThem: 5,
        position: 1,
        options: [{ id: 'o4', issueId: 'i2', label: 'a', ourScore: null, theirScore: null, position: 0, ...NO_VALUE }],
      },
    ];
    expect(toMesoIssues(issues)).toEqual([
      {
        id: 'i1',
        weightUs: 40,
        weightThem: 10,
        options: [
          { id: 'o1', us: 0, them: 100 },
          { id: 'o3', us: 100, them: 0 },
        ],
      },
    ]);
  });
});
