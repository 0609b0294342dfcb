import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  frontierOf,
  maxJointGain,
  type Package,
  PackageEngineError,
  packageValue,
  paretoFrontier,
  type ScoredIssue,
  suggestMesos,
} from '../../core/meso';
import { type MesoStrategy, suggestMesosWith } from '../../core/meso/suggest';
import {
  type BandSpec,
  beats,
  bruteForceFrontier,
  bruteForceMaxJoint,
  dominatedInBand,
  EPS,
  enumerateAll,
  packagesInBand,
} from '../support/bruteForce';

fc.configureGlobal({ seed: 20261121, numRuns: 400 });

// Coarse integers make ties (equal sums reached by different packages) common; floats make
// rounding differences between summation orders show up.
const score = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.constantFrom(0, 25, 50, 75, 100),
  fc.double({ min: 0, max: 100, noNaN: true }),
);
const weight = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true }));

const rawIssues = (issues: { min: number; max: number }, options: { min: number; max: number }) =>
  fc.array(
    fc.record({
      weightUs: weight,
      weightThem: weight,
      options: fc.array(fc.record({ us: score, them: score }), { minLength: options.min, maxLength: options.max }),
    }),
    { minLength: issues.min, maxLength: issues.max },
  );

// fast-check favours tiny arrays (good for shrinking), so a third of the instances are forced
// to be large: 5–7 issues of 3–4 options, up to the full 7 × 4 = 16 384 packages.
const issuesArb: fc.Arbitrary<ScoredIssue[]> = fc
  .oneof(
    { weight: 2, arbitrary: rawIssues({ min: 1, max: 7 }, { min: 1, max: 4 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.noBias(fc.integer({ min: 5, max: 7 })), fc.noBias(fc.integer({ min: 3, max: 4 })))
        .chain(([n, m]) => rawIssues({ min: n, max: n }, { min: m - 1, max: m })),
    },
  )
  .map((raw) => {
    const issues = raw.map((r, i) => ({
      id: `issue${i}`,
      weightUs: r.weightUs,
      weightThem: r.weightThem,
      options: r.options.map((o, j) => ({ id: `opt${j}`, us: o.us, them: o.them })),
    }));
    // Keep the instance valid: each side needs some positive weight.
    const first = issues[0] as ScoredIssue;
    if (!(issues.reduce((s, x) => s + x.weightUs, 0) > 0)) first.weightUs = 1;
    if (!(issues.reduce((s, x) => s + x.weightThem, 0) > 0)) first.weightThem = 1;
    return issues;
  });

interface MesoCase {
  issues: ScoredIssue[];
  opts: { target: number; tolerance: number; count: number; floor?: number };
}

// Targets are often the value of an actual package, so bands are rarely empty; tolerance 0
// then tests the exact-equality edge of the band.
const mesoCaseArb: fc.Arbitrary<MesoCase> = issuesArb.chain((issues) =>
  fc
    .record({
      picks: fc.array(fc.nat(), { minLength: issues.length, maxLength: issues.length }),
      targetFromPackage: fc.boolean(),
      randomTarget: fc.double({ min: 0, max: 100, noNaN: true }),
      tolerance: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 20, noNaN: true })),
      count: fc.integer({ min: 0, max: 5 }),
      floor: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
    })
    .map(({ picks, targetFromPackage, randomTarget, tolerance, count, floor }) => {
      const choice = Object.fromEntries(
        issues.map((issue, i) => [issue.id, issue.options[(picks[i] as number) % issue.options.length]?.id ?? '']),
      );
      const target = targetFromPackage ? packageValue(issues, choice).us : randomTarget;
      const opts = floor === undefined ? { target, tolerance, count } : { target, tolerance, count, floor };
      return { issues, opts };
    }),
);

const differingIssues = (a: Package, b: Package): number =>
  Object.keys(a.choice).filter((id) => a.choice[id] !== b.choice[id]).length;

describe('paretoFrontier (property)', () => {
  it('equals the non-dominated set of brute-force enumeration', () => {
    fc.assert(
      fc.property(issuesArb, (issues) => {
        const frontier = paretoFrontier(issues);
        const reference = bruteForceFrontier(issues);
        expect(frontier.length).toBe(reference.length);
        frontier.forEach((p, k) => {
          const r = reference[k] as { us: number; them: number };
          expect(Math.abs(p.us - r.us)).toBeLessThanOrEqual(EPS);
          expect(Math.abs(p.them - r.them)).toBeLessThanOrEqual(EPS);
        });
        // Computed once for a whole click (frontierOf), the frontier is the same.
        expect(frontierOf(issues).packages).toEqual(frontier);
      }),
    );
  });

  it('returns real packages, us descending, none beating another', () => {
    fc.assert(
      fc.property(issuesArb, (issues) => {
        const frontier = paretoFrontier(issues);
        frontier.forEach((p, k) => {
          expect(packageValue(issues, p.choice)).toEqual({ us: p.us, them: p.them });
          const next = frontier[k + 1];
          if (next) expect(next.us).toBeLessThan(p.us);
          for (const q of frontier) expect(beats(q, p)).toBe(false);
        });
      }),
    );
  });
});

describe('maxJointGain (property)', () => {
  it('equals the brute-force maximum of us + them and reports its own value', () => {
    fc.assert(
      fc.property(issuesArb, (issues) => {
        const best = maxJointGain(issues);
        expect(Math.abs(best.us + best.them - bruteForceMaxJoint(issues))).toBeLessThanOrEqual(EPS);
        expect(packageValue(issues, best.choice)).toEqual({ us: best.us, them: best.them });
      }),
    );
  });
});

describe('suggestMesos (property)', () => {
  const checkContract = (c: MesoCase, strategy: MesoStrategy): void => {
    const result = suggestMesosWith(c.issues, c.opts, strategy);
    const all = enumerateAll(c.issues);
    const band: BandSpec = c.opts;
    const inBand = packagesInBand(all, band);
    expect(result.length).toBeLessThanOrEqual(c.opts.count);
    for (const p of result) {
      expect(packageValue(c.issues, p.choice)).toEqual({ us: p.us, them: p.them });
      expect(Math.abs(p.us - c.opts.target)).toBeLessThanOrEqual(c.opts.tolerance);
      if (c.opts.floor !== undefined) expect(p.us).toBeGreaterThanOrEqual(c.opts.floor);
      expect(dominatedInBand(all, inBand, p)).toBe(false);
    }
    result.forEach((p, k) => {
      for (const q of result.slice(k + 1)) expect(differingIssues(p, q)).toBeGreaterThanOrEqual(2);
    });
    // Something is offered whenever the band holds a package; the first is the best for them.
    const undominated = inBand.filter(
      (k) => !dominatedInBand(all, inBand, { us: all.us[k] as number, them: all.them[k] as number }),
    );
    // …among the packages nothing in the whole space beats for both sides, when there are any.
    const beatenAnywhere = (k: number) =>
      Array.from(all.us).some(
        (us, j) => us > (all.us[k] as number) + EPS && (all.them[j] as number) > (all.them[k] as number) + EPS,
      );
    const efficient = undominated.filter((k) => !beatenAnywhere(k));
    if (c.opts.count > 0 && undominated.length > 0) {
      const firstPool = efficient.length > 0 ? efficient : undominated;
      const bestThem = Math.max(...firstPool.map((k) => all.them[k] as number));
      expect(Math.abs((result[0] as Package).them - bestThem)).toBeLessThanOrEqual(EPS);
    } else {
      expect(result).toEqual([]);
    }
    expect(suggestMesosWith(c.issues, c.opts, strategy)).toEqual(result);
    // Handed the frontier a click computed already, it suggests exactly the same.
    expect(suggestMesosWith(c.issues, c.opts, strategy, frontierOf(c.issues).points)).toEqual(result);
  };

  it('meets its contract (enumeration, as used for small spaces)', () => {
    fc.assert(fc.property(mesoCaseArb, (c) => checkContract(c, 'auto')));
  });

  it('meets its contract with band merging (as used for large spaces)', () => {
    fc.assert(fc.property(mesoCaseArb, (c) => checkContract(c, 'merge')));
  });

  it('stops short of count only when no further eligible package exists (enumeration)', () => {
    fc.assert(
      fc.property(mesoCaseArb, (c) => {
        const result = suggestMesos(c.issues, c.opts);
        if (result.length === 0 || result.length >= c.opts.count) return;
        const all = enumerateAll(c.issues);
        const inBand = packagesInBand(all, c.opts);
        for (const k of inBand) {
          const p = { us: all.us[k] as number, them: all.them[k] as number };
          if (dominatedInBand(all, inBand, p)) continue;
          const pk: Package = {
            ...p,
            choice: Object.fromEntries(
              c.issues.map((issue, i) => [
                issue.id,
                issue.options[all.picks[k * all.issueCount + i] as number]?.id ?? '',
              ]),
            ),
          };
          expect(result.some((q) => differingIssues(pk, q) < 2)).toBe(true);
        }
      }),
    );
  });
});

describe('invalid input (property)', () => {
  type Corruption = (issues: ScoredIssue[], at: number) => void;
  const corruptions: Record<string, Corruption> = {
    'negative weight': (is, at) => {
      (is[at] as ScoredIssue).weightUs = -1 - at;
    },
    'zero weight sum': (is) => {
      for (const issue of is) issue.weightThem = 0;
    },
    'score 140': (is, at) => {
      const options = (is[at] as ScoredIssue).options;
      options[0] = { id: options[0]?.id ?? 'x', us: 50, them: 140 };
    },
    'NaN score': (is, at) => {
      const options = (is[at] as ScoredIssue).options;
      options[0] = { id: options[0]?.id ?? 'x', us: Number.NaN, them: 50 };
    },
    'NaN weight': (is, at) => {
      (is[at] as ScoredIssue).weightThem = Number.NaN;
    },
    'empty options': (is, at) => {
      (is[at] as ScoredIssue).options = [];
    },
    'duplicate issue id': (is, at) => {
      is.push({ ...(is[at] as ScoredIssue) });
    },
    'duplicate option id': (is, at) => {
      const options = (is[at] as ScoredIssue).options;
      options.push({ ...(options[0] as { id: string; us: number; them: number }) });
    },
  };

  it('throws PackageEngineError naming the problem from every entry point', () => {
    fc.assert(
      fc.property(issuesArb, fc.constantFrom(...Object.keys(corruptions)), fc.nat(), (issues, kind, pos) => {
        const at = pos % issues.length;
        const choice = Object.fromEntries(issues.map((issue) => [issue.id, issue.options[0]?.id ?? '']));
        (corruptions[kind] as Corruption)(issues, at);
        const calls = [
          () => packageValue(issues, choice),
          () => paretoFrontier(issues),
          () => maxJointGain(issues),
          () => suggestMesos(issues, { target: 50, tolerance: 10, count: 3 }),
        ];
        for (const call of calls) {
          expect(call).toThrow(PackageEngineError);
          if (kind !== 'zero weight sum') expect(call).toThrow(`"issue${at}"`);
        }
      }),
      { numRuns: 100 },
    );
  });
});
