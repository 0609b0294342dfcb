import { describe, expect, it } from 'vitest';
import { frontierChart } from '../../core/frontierChart';
import { ISSUE_DETAIL_DEFAULTS, type Issue, OPTION_DETAIL_DEFAULTS } from '../../core/issues';
import { packageValue, paretoFrontier } from '../../core/meso';
import { MESO_MAX_OFFERS, placeSuggestions } from '../../core/meso/placement';
import {
  analyseMeso,
  type MesoAnalysisInput,
  mesoOfferCounts,
  mesoTarget,
  nearestBetterForBoth,
  type OfferInput,
  pointsReference,
  suggestOffers,
  thinFrontier,
} from '../../core/mesoAnalysis';
import { MESO_SETTINGS_DEFAULTS, nextOfferLabel } from '../../core/mesoOffers';
import { dealProgress } from '../../core/progress';

/** name, weights, then [our score, their score] per option (null = not scored). */
function issue(id: string, weightUs: number, weightThem: number, scores: [number | null, number | null][]): Issue {
  return {
    id,
    dealId: 'deal',
    name: `Issue ${id}`,
    category: 'other',
    weightUs,
    weightThem,
    tradeable: false,
    redLine: false,
    notes: '',
    ...ISSUE_DETAIL_DEFAULTS,
    position: 0,
    options: scores.map(([ourScore, theirScore], k) => ({
      id: `${id}${k}`,
      issueId: id,
      label: `${id} option ${k}`,
      ourScore,
      theirScore,
      ...OPTION_DETAIL_DEFAULTS,
      position: k,
    })),
  };
}

/** Two issues that trade off against each other, and one that both sides want the same way. */
const ISSUES = [
  issue('p', 50, 20, [
    [0, 100],
    [50, 60],
    [100, 0],
  ]),
  issue('t', 20, 60, [
    [0, 100],
    [60, 50],
    [100, 0],
  ]),
  issue('s', 30, 20, [
    [0, 0],
    [100, 100],
  ]),
];
const NO_BATNA = { ourValuePoints: null, ourValueMoney: null, theirValueMoney: null };
const input = (over: Partial<MesoAnalysisInput> = {}): MesoAnalysisInput => ({
  issues: ISSUES,
  offers: [],
  settings: MESO_SETTINGS_DEFAULTS,
  batna: NO_BATNA,
  ...over,
});

describe('nearestBetterForBoth', () => {
  const frontier = [
    { choice: { a: '1' }, us: 90, them: 10 },
    { choice: { a: '2' }, us: 60, them: 60 },
    { choice: { a: '3' }, us: 50, them: 70 },
    { choice: { a: '4' }, us: 10, them: 95 },
  ];

  it('finds the closest frontier package better for both sides for a dominated offer', () => {
    expect(nearestBetterForBoth(frontier, { us: 48, them: 62 })).toEqual({ ...frontier[2], strictlyBetter: true });
    expect(nearestBetterForBoth(frontier, { us: 47, them: 55 })).toEqual({ ...frontier[1], strictlyBetter: true });
    expect(nearestBetterForBoth(frontier, { us: 58, them: 40 })).toEqual({ ...frontier[1], strictlyBetter: true });
  });

  it('answers null for an offer on the frontier or beyond it', () => {
    for (const point of frontier) expect(nearestBetterForBoth(frontier, point)).toBeNull();
    expect(nearestBetterForBoth(frontier, { us: 95, them: 50 })).toBeNull();
  });

  it('falls back to a package as good for one side and better for the other', () => {
    expect(nearestBetterForBoth(frontier, { us: 60, them: 20 })).toEqual({ ...frontier[1], strictlyBetter: false });
  });

  it('on real engine output: every interior package gets a dominating frontier package', () => {
    const engineIssues = analyseMeso(input());
    if (!engineIssues.ready) throw new Error('not ready');
    const choice = { p: 'p0', t: 't2', s: 's0' }; // worst of everything for both on s, trades on p/t
    const value = packageValue(
      ISSUES.map((i) => ({
        id: i.id,
        weightUs: i.weightUs,
        weightThem: i.weightThem,
        options: i.options.map((o) => ({ id: o.id, us: o.ourScore ?? 0, them: o.theirScore ?? 0 })),
      })),
      choice,
    );
    const better = nearestBetterForBoth(engineIssues.frontier, value);
    expect(better?.strictlyBetter).toBe(true);
    expect(better?.us).toBeGreaterThan(value.us);
    expect(better?.them).toBeGreaterThan(value.them);
    expect(better?.choice.s).toBe('s1');
  });
});

describe('points reference and target', () => {
  it('draws our walk-away line from the BATNA in points, and explains the missing lines', () => {
    const withPoints = pointsReference({ ourValuePoints: 40, ourValueMoney: 1000, theirValueMoney: 900 });
    expect(withPoints.ourBatnaPoints).toBe(40);
    expect(withPoints.notes).toEqual([expect.stringMatching(/their BATNA.*money only/)]);
    const moneyOnly = pointsReference({ ourValuePoints: null, ourValueMoney: 1000, theirValueMoney: null });
    expect(moneyOnly.ourBatnaPoints).toBeNull();
    expect(moneyOnly.notes[0]).toMatch(/valued in money only/);
    expect(moneyOnly.notes[1]).toMatch(/no estimated value yet/);
  });

  it('defaults the target midway between walk-away and the best package', () => {
    expect(mesoTarget({ minUs: 0, maxUs: 100 }, 30, null)).toMatchObject({ target: 65, isDefault: true });
    expect(mesoTarget({ minUs: 10, maxUs: 90 }, null, null).target).toBe(50);
    expect(mesoTarget({ minUs: 0, maxUs: 80 }, 95, null).target).toBe(80);
    expect(mesoTarget({ minUs: 0, maxUs: 100 }, 30, 72)).toMatchObject({
      target: 72,
      defaultTarget: 65,
      isDefault: false,
    });
  });
});

describe('analyseMeso', () => {
  it('says what is missing before packages can be valued', () => {
    expect(analyseMeso(input({ issues: [] }))).toMatchObject({ ready: false, reason: /Add the issues/ });
    const unscored = [issue('x', 10, 10, [[null, 50]])];
    expect(analyseMeso(input({ issues: unscored }))).toMatchObject({ ready: false, reason: /Score the options/ });
    const noThem = [issue('x', 10, 0, [[0, 50]])];
    expect(analyseMeso(input({ issues: noThem }))).toMatchObject({ ready: false, reason: /weight for them/ });
  });

  it('values complete offers like the engine, lists what incomplete ones miss, and checks equivalence', () => {
    const target = 60;
    const offers: OfferInput[] = [
      { id: 'A', kind: 'ours' as const, label: 'A', fromName: '', choices: { p: 'p1', t: 't1', s: 's1' } },
      { id: 'B', kind: 'ours' as const, label: 'B', fromName: '', choices: { p: 'p2', t: 't0', s: 's1' } },
      { id: 'C', kind: 'ours' as const, label: 'C', fromName: '', choices: { p: 'p2' } },
    ];
    const settings = { ...MESO_SETTINGS_DEFAULTS, targetPoints: target, tolerance: 15 };
    const result = analyseMeso(input({ offers, settings }));
    if (!result.ready) throw new Error(result.reason);
    const [a, b, c] = result.offers;
    // A: p 50×50 + t 20×60 + s 30×100 = 6700 / 100 → 67; them: 20×60 + 60×50 + 20×100 = 6200 / 100 → 62.
    expect(a).toMatchObject({ us: 67, them: 62, withinTolerance: true, missing: [] });
    expect(a?.fromTarget).toBeCloseTo(7);
    expect(b).toMatchObject({ us: 80, them: 80, withinTolerance: false });
    expect(c).toMatchObject({ us: null, them: null, missing: ['t', 's'] });
    expect(result.equivalent).toBe(false);

    const two = analyseMeso(input({ offers: offers.slice(0, 2), settings: { ...settings, tolerance: 20 } }));
    expect(two.ready && two.equivalent).toBe(true);
    const one = analyseMeso(input({ offers: offers.slice(0, 1), settings: { ...settings, tolerance: 20 } }));
    expect(one.ready && one.equivalent).toBe(false);
  });

  it('treats a pick of an unscored option as missing and leaves unscored issues out', () => {
    const issues = [
      ...ISSUES,
      issue('u', 10, 10, [[null, null]]),
      issue('h', 10, 10, [
        [100, 0],
        [null, 20],
      ]),
    ];
    const offers = [
      { id: 'A', kind: 'ours' as const, label: 'A', fromName: '', choices: { p: 'p0', t: 't0', s: 's0', h: 'h1' } },
    ];
    const result = analyseMeso(input({ issues, offers }));
    if (!result.ready) throw new Error(result.reason);
    expect(result.skippedIssues).toEqual(['Issue u']);
    expect(result.offers[0]?.missing).toEqual(['h']);
  });

  it('flags a dominated received offer with a better package, and none for an efficient one', () => {
    const frontier = paretoFrontier(
      ISSUES.map((i) => ({
        id: i.id,
        weightUs: i.weightUs,
        weightThem: i.weightThem,
        options: i.options.map((o) => ({ id: o.id, us: o.ourScore ?? 0, them: o.theirScore ?? 0 })),
      })),
    );
    const efficient = frontier[1]?.choice ?? {};
    const offers = [
      { id: 'R1', kind: 'received' as const, label: 'R1', fromName: 'Acme', choices: { p: 'p1', t: 't1', s: 's0' } },
      { id: 'R2', kind: 'received' as const, label: 'R2', fromName: '', choices: efficient },
    ];
    const result = analyseMeso(input({ offers }));
    if (!result.ready) throw new Error(result.reason);
    expect(result.offers[0]?.betterDeal).toMatchObject({ strictlyBetter: true, choice: { s: 's1' } });
    expect(result.offers[1]?.betterDeal).toBeNull();
  });
});

describe('suggestOffers', () => {
  it('suggests packages within the band around the target, above the floor', () => {
    const settings = { ...MESO_SETTINGS_DEFAULTS, targetPoints: 60, tolerance: 10, suggestCount: 3 };
    const suggestion = suggestOffers(input({ settings, batna: { ...NO_BATNA, ourValuePoints: 55 } }));
    expect(suggestion.packages.length).toBeGreaterThanOrEqual(2);
    for (const p of suggestion.packages) {
      expect(Math.abs(p.us - 60)).toBeLessThanOrEqual(10);
      expect(p.us).toBeGreaterThanOrEqual(55);
    }
    // Any two suggestions are within the tolerance of each other, so the grid calls them equivalent.
    const values = suggestion.packages.map((p) => p.us);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(10);
  });

  it('says so when the band holds too few packages that nothing beats for both sides', () => {
    // Price and term trade off; at 40 ± 0 the band holds only (40, 20), which (60, 80) beats.
    const settings = { ...MESO_SETTINGS_DEFAULTS, targetPoints: 40, tolerance: 0, suggestCount: 1 };
    const issues = [
      issue('p', 60, 20, [
        [100, 0],
        [0, 100],
      ]),
      issue('t', 40, 80, [
        [0, 100],
        [100, 0],
      ]),
    ];
    const suggestion = suggestOffers(input({ settings, issues }));
    expect(suggestion.packages.map((p) => [p.us, p.them])).toEqual([[40, 20]]);
    expect(suggestion.shortfall).toMatch(/^1 of them can be beaten for both sides/);
    const efficient = suggestOffers(input({ settings: { ...settings, targetPoints: 60 }, issues }));
    expect(efficient.shortfall).toBeNull();
  });

  it('says what to change when nothing fits', () => {
    const settings = { ...MESO_SETTINGS_DEFAULTS, targetPoints: 60, tolerance: 0, floorPoints: 99 };
    const suggestion = suggestOffers(input({ settings }));
    expect(suggestion.packages).toEqual([]);
    expect(suggestion.shortfall).toMatch(/No package is worth 60 ± 0 points and at least 99/);
    expect(() => suggestOffers(input({ issues: [] }))).toThrow(/Add the issues/);
  });
});

describe('frontierChart', () => {
  it('places every point inside the plot and draws the walk-away line where the BATNA is', () => {
    const offers = [
      { id: 'A', kind: 'ours' as const, label: 'A', fromName: '', choices: { p: 'p1', t: 't1', s: 's1' } },
      { id: 'R', kind: 'received' as const, label: 'R', fromName: 'Acme', choices: { p: 'p1', t: 't1', s: 's0' } },
    ];
    const result = analyseMeso(input({ offers, batna: { ...NO_BATNA, ourValuePoints: 30 } }));
    if (!result.ready) throw new Error(result.reason);
    const drawing = frontierChart(result);
    const all = [...drawing.frontier, ...drawing.offers, ...drawing.received, drawing.jointGain];
    for (const p of all) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(1);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(1);
    }
    expect(drawing.offers.map((o) => o.label)).toEqual(['A']);
    expect(drawing.received.map((o) => o.label)).toEqual(['R (Acme)']);
    const line = drawing.lines[0];
    expect(line?.value).toBe(30);
    expect(line?.at).toBeCloseTo((30 - drawing.x.min) / (drawing.x.max - drawing.x.min));
    // Only the received offer gets an arrow (it is dominated); ours never do.
    expect(drawing.arrows.map((a) => a.offerId)).toEqual(['R']);
    expect(drawing.description).toMatch(/A: 67 to us, 62 to them/);
    expect(drawing.x.ticks.length).toBeGreaterThan(2);
  });

  it('thins a long frontier to a bounded number of points, keeping both ends', () => {
    const long = Array.from({ length: 1000 }, (_, k) => k);
    const thin = thinFrontier(long, 50);
    expect(thin).toHaveLength(50);
    expect(thin[0]).toBe(0);
    expect(thin.at(-1)).toBe(999);
    expect(thinFrontier([1, 2, 3], 50)).toEqual([1, 2, 3]);
  });
});

describe('MESO progress and labels', () => {
  it('counts our offers, complete ones and those within tolerance', () => {
    const offers: OfferInput[] = [
      { id: 'A', kind: 'ours' as const, label: 'A', fromName: '', choices: { p: 'p1', t: 't1', s: 's1' } },
      { id: 'B', kind: 'ours' as const, label: 'B', fromName: '', choices: { p: 'p1' } },
      { id: 'R', kind: 'received' as const, label: 'R', fromName: '', choices: {} },
    ];
    const settings = { ...MESO_SETTINGS_DEFAULTS, targetPoints: 67, tolerance: 1 };
    expect(mesoOfferCounts(input({ offers, settings }))).toEqual({
      ours: 2,
      complete: 1,
      withinTolerance: 1,
      received: 1,
    });
  });

  it('completes the step only with two or more complete offers, all within tolerance', () => {
    const bare = { details: { counterparty: true, targetCloseDate: true } };
    expect(dealProgress(bare).meso?.state).toBe('empty');
    expect(dealProgress({ ...bare, meso: { ours: 1, complete: 1, withinTolerance: 1 } }).meso?.reason).toMatch(
      /second offer/,
    );
    expect(dealProgress({ ...bare, meso: { ours: 3, complete: 2, withinTolerance: 2 } }).meso?.reason).toMatch(
      /every issue in every offer/,
    );
    expect(dealProgress({ ...bare, meso: { ours: 3, complete: 3, withinTolerance: 2 } }).meso?.state).toBe('started');
    expect(dealProgress({ ...bare, meso: { ours: 3, complete: 3, withinTolerance: 3 } }).meso).toEqual({
      state: 'complete',
      reason: '3 offers of equal value to you.',
    });
  });

  it('names new offers A, B, C… skipping names in use', () => {
    expect(nextOfferLabel('ours', [])).toBe('A');
    expect(nextOfferLabel('ours', ['A', 'c', 'B'])).toBe('D');
    expect(nextOfferLabel('received', ['Received A'])).toBe('Received B');
  });
});

describe('MESO equivalence, suggestions and dominated offers', () => {
  it('calls offers equivalent when they sit within the tolerance of each other, even away from the target', () => {
    const offers: OfferInput[] = [
      { id: 'A', kind: 'ours', label: 'A', fromName: '', choices: { p: 'p1', t: 't1', s: 's1' } },
      { id: 'B', kind: 'ours', label: 'B', fromName: '', choices: { p: 'p1', t: 't1', s: 's1' } },
    ];
    const result = analyseMeso(
      input({ offers, settings: { ...MESO_SETTINGS_DEFAULTS, targetPoints: 90, tolerance: 2 } }),
    );
    if (!result.ready) throw new Error(result.reason);
    expect(result.spread).toBe(0);
    expect(result.equivalent).toBe(true);
    expect(result.onTarget).toBe(false);
  });

  it('places suggestions without copying a kept offer, and never past four offers', () => {
    const kept = { id: 'k', label: 'A', editedByUser: true, choices: { p: 'p1' } };
    const free = { id: 'f', label: 'B', editedByUser: false, choices: { p: 'p0' } };
    const placed = placeSuggestions(
      [kept, free],
      [{ p: 'p1' }, { p: 'p2' }, { p: 'p3' }, { p: 'p4' }, { p: 'p5' }, { p: 'p2' }],
      false,
    );
    expect(placed.replace).toEqual([{ offerId: 'f', choices: { p: 'p2' }, label: 'B' }]);
    expect(placed.add).toEqual([{ p: 'p3' }, { p: 'p4' }]);
    expect(placed.kept + placed.replace.length + placed.add.length).toBe(MESO_MAX_OFFERS);
    expect(placed.skipped).toBe(3);
  });

  it('names a replaced offer by letter when the user had named it after its old picks', () => {
    const ours = [
      { id: 'premium', label: 'Premium bundle', editedByUser: true, choices: { p: 'p1' } },
      { id: 'b', label: 'B', editedByUser: false, choices: { p: 'p0' } },
      { id: 'fast', label: ' Fast rollout ', editedByUser: false, choices: { p: 'p3' } },
    ];
    const replaced = placeSuggestions(ours, [{ p: 'p4' }, { p: 'p5' }, { p: 'p6' }], true);
    expect(replaced.replace.map((r) => [r.offerId, r.label])).toEqual([
      ['premium', 'A'],
      ['b', 'B'],
      ['fast', 'C'],
    ]);
    // Kept: the edited offer keeps its name and picks; a renamed offer that takes a package is lettered.
    const kept = placeSuggestions(ours, [{ p: 'p4' }, { p: 'p5' }], false);
    expect(kept.replace.map((r) => [r.offerId, r.label])).toEqual([
      ['b', 'B'],
      ['fast', 'A'],
    ]);
  });
});
