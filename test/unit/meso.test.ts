import { describe, expect, it } from 'vitest';
import {
  maxJointGain,
  PackageEngineError,
  packageValue,
  paretoFrontier,
  type ScoredIssue,
  suggestMesos,
} from '../../core/meso';
import { suggestMesosWith } from '../../core/meso/suggest';
import { nearestBetterForBoth } from '../../core/mesoAnalysis';

/**
 * price (us 60 / them 20) and term (us 40 / them 80), each a straight trade-off:
 *   high+short: us 60, them 80   high+long: us 100, them 0
 *   low+short:  us 0,  them 100  low+long:  us 40,  them 20 (beaten by high+short)
 */
const twoIssues = (): ScoredIssue[] => [
  {
    id: 'price',
    weightUs: 60,
    weightThem: 20,
    options: [
      { id: 'high', us: 100, them: 0 },
      { id: 'low', us: 0, them: 100 },
    ],
  },
  {
    id: 'term',
    weightUs: 40,
    weightThem: 80,
    options: [
      { id: 'short', us: 0, them: 100 },
      { id: 'long', us: 100, them: 0 },
    ],
  },
];

/** Three symmetric give/keep issues: keeping exactly one is worth 33.3 to us and 66.7 to them. */
const symmetric = (): ScoredIssue[] =>
  ['a', 'b', 'c'].map((id) => ({
    id,
    weightUs: 1,
    weightThem: 1,
    options: [
      { id: 'give', us: 0, them: 100 },
      { id: 'keep', us: 100, them: 0 },
    ],
  }));

const expectEngineError = (fn: () => unknown, message: string): void => {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PackageEngineError);
  expect((caught as Error).message).toBe(message);
};

describe('packageValue', () => {
  it('weights each side by its own weights, normalised by their sum', () => {
    expect(packageValue(twoIssues(), { price: 'high', term: 'short' })).toEqual({ us: 60, them: 80 });
    expect(packageValue(twoIssues(), { price: 'low', term: 'long' })).toEqual({ us: 40, them: 20 });
  });

  it('normalises weights that do not add up to 100', () => {
    const issues: ScoredIssue[] = [
      { id: 'x', weightUs: 1, weightThem: 3, options: [{ id: 'o', us: 30, them: 10 }] },
      { id: 'y', weightUs: 3, weightThem: 1, options: [{ id: 'o', us: 70, them: 90 }] },
    ];
    // us: (1×30 + 3×70) / 4 = 60; them: (3×10 + 1×90) / 4 = 30
    expect(packageValue(issues, { x: 'o', y: 'o' })).toEqual({ us: 60, them: 30 });
  });

  it('ignores an issue whose weight is zero for that side', () => {
    const issues = twoIssues();
    (issues[0] as ScoredIssue).weightThem = 0;
    expect(packageValue(issues, { price: 'low', term: 'long' })).toEqual({ us: 40, them: 0 });
  });

  it('rejects a choice that misses an issue', () => {
    expectEngineError(() => packageValue(twoIssues(), { price: 'high' }), 'Choice has no option for issue "term"');
  });

  it('rejects a choice naming an unknown option', () => {
    expectEngineError(
      () => packageValue(twoIssues(), { price: 'high', term: 'forever' }),
      'Issue "term" has no option "forever"',
    );
  });

  it('rejects a choice naming an unknown issue', () => {
    expectEngineError(
      () => packageValue(twoIssues(), { price: 'high', term: 'long', sla: 'gold' }),
      'Choice names issue "sla", which is not one of the issues',
    );
  });

  it('does not treat inherited object keys as choices', () => {
    const issues: ScoredIssue[] = [
      { id: 'toString', weightUs: 1, weightThem: 1, options: [{ id: 'o', us: 1, them: 2 }] },
    ];
    expectEngineError(() => packageValue(issues, {}), 'Choice has no option for issue "toString"');
  });
});

describe('validation', () => {
  const cases: Array<[string, (issues: ScoredIssue[]) => void, string]> = [
    [
      'a score above 100',
      (is) => {
        (is[0] as ScoredIssue).options[1] = { id: 'net60', us: 10, them: 140 };
      },
      'Issue "price": option "net60" has a score for them of 140; scores must be between 0 and 100',
    ],
    [
      'a negative score',
      (is) => {
        (is[1] as ScoredIssue).options[0] = { id: 'short', us: -1, them: 0 };
      },
      'Issue "term": option "short" has a score for us of -1; scores must be between 0 and 100',
    ],
    [
      'a NaN score',
      (is) => {
        (is[1] as ScoredIssue).options[0] = { id: 'short', us: Number.NaN, them: 0 };
      },
      'Issue "term": option "short" has a score for us of NaN; scores must be between 0 and 100',
    ],
    [
      'a negative weight',
      (is) => {
        (is[0] as ScoredIssue).weightUs = -5;
      },
      'Issue "price": weight for us is -5; weights must be finite numbers of 0 or more',
    ],
    [
      'an infinite weight',
      (is) => {
        (is[1] as ScoredIssue).weightThem = Number.POSITIVE_INFINITY;
      },
      'Issue "term": weight for them is Infinity; weights must be finite numbers of 0 or more',
    ],
    [
      'a NaN weight',
      (is) => {
        (is[1] as ScoredIssue).weightThem = Number.NaN;
      },
      'Issue "term": weight for them is NaN; weights must be finite numbers of 0 or more',
    ],
    [
      'weights for us summing to zero',
      (is) => {
        for (const issue of is) issue.weightUs = 0;
      },
      'Weights for us add up to 0; at least one issue needs a positive weight for us',
    ],
    [
      'weights for them summing to zero',
      (is) => {
        for (const issue of is) issue.weightThem = 0;
      },
      'Weights for them add up to 0; at least one issue needs a positive weight for them',
    ],
    [
      'an issue without options',
      (is) => {
        (is[1] as ScoredIssue).options = [];
      },
      'Issue "term" has no options; every issue needs at least one option',
    ],
    [
      'duplicate issue ids',
      (is) => {
        (is[1] as ScoredIssue).id = 'price';
      },
      'Issue id "price" is used more than once; issue ids must be unique',
    ],
    [
      'duplicate option ids',
      (is) => {
        ((is[0] as ScoredIssue).options[1] as { id: string }).id = 'high';
      },
      'Issue "price": option id "high" is used more than once; option ids must be unique within an issue',
    ],
    [
      'an empty issue id',
      (is) => {
        (is[1] as ScoredIssue).id = '';
      },
      'Issue #2 has no id',
    ],
  ];

  for (const [what, corrupt, message] of cases) {
    it(`rejects ${what} in every entry point`, () => {
      const issues = twoIssues();
      corrupt(issues);
      expectEngineError(() => packageValue(issues, { price: 'high', term: 'short' }), message);
      expectEngineError(() => paretoFrontier(issues), message);
      expectEngineError(() => maxJointGain(issues), message);
      expectEngineError(() => suggestMesos(issues, { target: 50, tolerance: 5, count: 2 }), message);
    });
  }

  it('rejects an empty issue list (no positive weight)', () => {
    expectEngineError(
      () => paretoFrontier([]),
      'Weights for us add up to 0; at least one issue needs a positive weight for us',
    );
  });

  it('rejects weights whose sum overflows', () => {
    const issues = twoIssues();
    for (const issue of issues) issue.weightUs = Number.MAX_VALUE;
    expectEngineError(
      () => paretoFrontier(issues),
      'Weights add up to more than can be represented; use smaller weights',
    );
  });

  it('is an Error with a recognisable name', () => {
    const error = new PackageEngineError('x');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PackageEngineError');
  });
});

describe('paretoFrontier', () => {
  it('drops the dominated package and sorts by value to us, descending', () => {
    expect(paretoFrontier(twoIssues())).toEqual([
      { choice: { price: 'high', term: 'long' }, us: 100, them: 0 },
      { choice: { price: 'high', term: 'short' }, us: 60, them: 80 },
      { choice: { price: 'low', term: 'short' }, us: 0, them: 100 },
    ]);
  });

  it('keeps one package per distinct value pair', () => {
    const frontier = paretoFrontier(symmetric());
    expect(frontier.map((p) => [p.us, p.them])).toEqual([
      [100, 0],
      [200 / 3, 100 / 3],
      [100 / 3, 200 / 3],
      [0, 100],
    ]);
  });

  it('returns the single package when every issue has one option', () => {
    const issues: ScoredIssue[] = [{ id: 'only', weightUs: 2, weightThem: 5, options: [{ id: 'o', us: 42, them: 7 }] }];
    expect(paretoFrontier(issues)).toEqual([{ choice: { only: 'o' }, us: 42, them: 7 }]);
  });

  it('treats values closer than 1e-9 as the same value', () => {
    const issues: ScoredIssue[] = [
      {
        id: 'x',
        weightUs: 1,
        weightThem: 1,
        options: [
          { id: 'a', us: 50, them: 50 },
          { id: 'b', us: 50 + 4e-10, them: 50 - 4e-10 },
        ],
      },
    ];
    expect(paretoFrontier(issues)).toHaveLength(1);
  });

  it('agrees with packageValue for every returned choice', () => {
    const issues: ScoredIssue[] = [
      {
        id: 'a',
        weightUs: 0.1,
        weightThem: 0.7,
        options: [
          { id: 'x', us: 33.3, them: 10 },
          { id: 'y', us: 12.1, them: 99.9 },
        ],
      },
      {
        id: 'b',
        weightUs: 0.2,
        weightThem: 0.3,
        options: [
          { id: 'x', us: 70.7, them: 0.3 },
          { id: 'y', us: 0.1, them: 66.6 },
        ],
      },
    ];
    for (const p of paretoFrontier(issues)) {
      expect(packageValue(issues, p.choice)).toEqual({ us: p.us, them: p.them });
    }
  });

  it('builds choice maps safely for an issue called __proto__', () => {
    const issues: ScoredIssue[] = [
      { id: '__proto__', weightUs: 1, weightThem: 1, options: [{ id: 'a', us: 10, them: 20 }] },
    ];
    const [only] = paretoFrontier(issues);
    expect(Object.hasOwn(only?.choice ?? {}, '__proto__')).toBe(true);
    expect(packageValue(issues, only?.choice ?? {})).toEqual({ us: 10, them: 20 });
  });
});

describe('maxJointGain', () => {
  it('maximises us + them', () => {
    expect(maxJointGain(twoIssues())).toEqual({ choice: { price: 'high', term: 'short' }, us: 60, them: 80 });
  });

  it('breaks ties towards the earliest option', () => {
    expect(maxJointGain(symmetric())).toEqual({ choice: { a: 'give', b: 'give', c: 'give' }, us: 0, them: 100 });
  });
});

describe('suggestMesos', () => {
  it('offers equal-value packages that give them different things, best for them first', () => {
    // All three "keep one" packages tie at (33.3, 66.7); first is the smallest option order
    // (keep c), then equal distances fall back to that order.
    expect(suggestMesos(symmetric(), { target: 100 / 3, tolerance: 1, count: 3 })).toEqual([
      { choice: { a: 'give', b: 'give', c: 'keep' }, us: 100 / 3, them: 200 / 3 },
      { choice: { a: 'give', b: 'keep', c: 'give' }, us: 100 / 3, them: 200 / 3 },
      { choice: { a: 'keep', b: 'give', c: 'give' }, us: 100 / 3, them: 200 / 3 },
    ]);
  });

  it('never returns a package that another in-band package beats', () => {
    // Same us in every "keep one" package, but keeping a costs them least.
    const issues = symmetric().map((issue, i) => ({ ...issue, weightThem: i + 1 }));
    expect(suggestMesos(issues, { target: 100 / 3, tolerance: 0.5, count: 3 })).toEqual([
      { choice: { a: 'keep', b: 'give', c: 'give' }, us: 100 / 3, them: 500 / 6 },
    ]);
  });

  it('counts a package as beaten only by packages inside the band', () => {
    // high+short (60, 80) beats low+long (40, 20), but a band of 40 ± 5 excludes it.
    expect(suggestMesos(twoIssues(), { target: 40, tolerance: 5, count: 2 })).toEqual([
      { choice: { price: 'low', term: 'long' }, us: 40, them: 20 },
    ]);
  });

  it('picks packages across the band and respects the floor', () => {
    const wide = suggestMesos(twoIssues(), { target: 50, tolerance: 50, count: 4 });
    expect(wide.map((p) => p.choice)).toEqual([
      { price: 'low', term: 'short' },
      { price: 'high', term: 'long' },
    ]);
    const floored = suggestMesos(twoIssues(), { target: 50, tolerance: 50, count: 4, floor: 50 });
    // (60, 80) and (100, 0) differ in one issue only, so only one can be offered.
    expect(floored).toEqual([{ choice: { price: 'high', term: 'short' }, us: 60, them: 80 }]);
  });

  it('prefers packages nothing in the whole space beats, so the grid never flags a fresh suggestion', () => {
    // The packaging-supply deal of the MESO e2e walk: four issues, target 62.5 ± 3. Several
    // in-band packages are beaten by one worth more to us outside the band; they used to be
    // suggested (and flagged "Dominated" at once) because they differ most for the other side.
    const option = (id: string, us: number, them: number) => ({ id, us, them });
    const issues: ScoredIssue[] = [
      {
        id: 'price',
        weightUs: 40,
        weightThem: 30,
        options: [option('100k', 0, 100), option('97k', 30, 80), option('94k', 60, 45), option('90k', 100, 0)],
      },
      {
        id: 'payment',
        weightUs: 10,
        weightThem: 40,
        options: [option('30d', 0, 100), option('45d', 40, 70), option('60d', 75, 30), option('90d', 100, 0)],
      },
      {
        id: 'length',
        weightUs: 20,
        weightThem: 20,
        options: [option('1y', 100, 10), option('2y', 70, 60), option('3y', 30, 90), option('4y', 0, 100)],
      },
      {
        id: 'support',
        weightUs: 30,
        weightThem: 10,
        options: [
          option('basic', 0, 100),
          option('standard', 45, 70),
          option('plus', 75, 35),
          option('premium', 100, 0),
        ],
      },
    ];
    const frontier = paretoFrontier(issues);
    const suggested = suggestMesos(issues, { target: 62.5, tolerance: 3, count: 3 });
    expect(suggested).toHaveLength(3);
    for (const offer of suggested) {
      expect(nearestBetterForBoth(frontier, offer)?.strictlyBetter ?? false, JSON.stringify(offer.choice)).toBe(false);
    }
  });

  it('returns nothing when the band is empty or count is 0', () => {
    expect(suggestMesos(twoIssues(), { target: 20, tolerance: 5, count: 3 })).toEqual([]);
    expect(suggestMesos(twoIssues(), { target: 60, tolerance: 5, count: 0 })).toEqual([]);
    expect(suggestMesos(twoIssues(), { target: 60, tolerance: 5, count: 3, floor: 70 })).toEqual([]);
  });

  it('gives the same answer by enumeration and by band merging on integer data', () => {
    const opts = { target: 100 / 3, tolerance: 1, count: 3 };
    expect(suggestMesosWith(symmetric(), opts, 'merge')).toEqual(suggestMesosWith(symmetric(), opts, 'enumerate'));
  });

  describe('on spaces too large to enumerate (20 issues × 6 options)', () => {
    // Deterministic pseudo-random trade-off issues: better for us is mostly worse for them.
    const large = (float: boolean): ScoredIssue[] => {
      let seed = 42;
      const next = (): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };
      return Array.from({ length: 20 }, (_, i) => ({
        id: `issue${i}`,
        weightUs: float ? 1 + next() * 9 : 1 + Math.floor(next() * 9),
        weightThem: 1 + Math.floor(next() * 9),
        options: Array.from({ length: 6 }, (_, j) => {
          const us = float ? next() * 100 : Math.floor(next() * 101);
          return { id: `opt${j}`, us, them: Math.max(0, Math.min(100, 100 - us + Math.floor(next() * 21) - 10)) };
        }),
      }));
    };

    for (const float of [false, true]) {
      it(`stays in the band with distinct, mutually undominated packages (${float ? 'float' : 'integer'} data)`, () => {
        const issues = large(float);
        const opts = { target: 55, tolerance: 1.5, count: 4, floor: 54 };
        const mesos = suggestMesos(issues, opts);
        expect(mesos).toHaveLength(4);
        for (const [k, p] of mesos.entries()) {
          expect(packageValue(issues, p.choice)).toEqual({ us: p.us, them: p.them });
          expect(Math.abs(p.us - opts.target)).toBeLessThanOrEqual(opts.tolerance);
          expect(p.us).toBeGreaterThanOrEqual(opts.floor);
          for (const q of mesos.slice(k + 1)) {
            expect(Object.keys(p.choice).filter((id) => p.choice[id] !== q.choice[id]).length).toBeGreaterThanOrEqual(
              2,
            );
            expect(q.us >= p.us && q.them >= p.them).toBe(false);
            expect(p.us >= q.us && p.them >= q.them).toBe(false);
          }
        }
        expect(suggestMesos(issues, opts)).toEqual(mesos);
      });
    }

    it('offers nothing beaten by a package on the frontier inside the band (integer data)', () => {
      const issues = large(false);
      const opts = { target: 55, tolerance: 1.5, count: 4 };
      const inBandFrontier = paretoFrontier(issues).filter((f) => Math.abs(f.us - opts.target) <= opts.tolerance);
      for (const p of suggestMesos(issues, opts)) {
        for (const f of inBandFrontier) expect(f.us >= p.us && f.them > p.them + 1e-9).toBe(false);
      }
    });
  });

  const badOptions: Array<[string, { target: number; tolerance: number; count: number; floor?: number }, string]> = [
    ['a NaN target', { target: Number.NaN, tolerance: 1, count: 2 }, 'MESO target must be a finite number (got NaN)'],
    [
      'a negative tolerance',
      { target: 50, tolerance: -1, count: 2 },
      'MESO tolerance must be a finite number of 0 or more (got -1)',
    ],
    [
      'an infinite tolerance',
      { target: 50, tolerance: Number.POSITIVE_INFINITY, count: 2 },
      'MESO tolerance must be a finite number of 0 or more (got Infinity)',
    ],
    [
      'a fractional count',
      { target: 50, tolerance: 1, count: 2.5 },
      'MESO count must be a whole number of 0 or more (got 2.5)',
    ],
    [
      'a negative count',
      { target: 50, tolerance: 1, count: -1 },
      'MESO count must be a whole number of 0 or more (got -1)',
    ],
    [
      'an infinite floor',
      { target: 50, tolerance: 1, count: 2, floor: Number.NEGATIVE_INFINITY },
      'MESO floor must be a finite number (got -Infinity)',
    ],
  ];
  for (const [what, opts, message] of badOptions) {
    it(`rejects ${what}`, () => {
      expectEngineError(() => suggestMesos(twoIssues(), opts), message);
    });
  }
});
