import { describe, expect, it } from 'vitest';
import { ANCHOR_DEFAULTS, anchorRangeError, anchorTarget, anchorWarnings, worksheetOrder } from '../../core/anchors';
import { BATNA_DEFAULTS } from '../../core/batna';
import {
  CLAUSE_DEFAULTS,
  CONCESSION_DEFAULTS,
  clauseProblems,
  clauseSentence,
  concessionsPastWalkAway,
  isUnreciprocated,
  reciprocitySummary,
} from '../../core/concessions';
import { outOfOrderSteps } from '../../core/counterparty';
import { evidenceGaps, safeFileName } from '../../core/evidence';
import { NO_DEAL_DEFAULTS, suggestedVerdict, verdictConflict } from '../../core/leverage';
import { crossesWalkAway, roomInMoney } from '../../core/objectives';
import { cellCentre, DEFAULT_MAP_FRAME, placePeople, winOverOrder } from '../../core/powerMap';

describe('power/stance map placement', () => {
  it('puts supporters left, blockers right, high influence at the top', () => {
    const [supporter, blocker] = placePeople([
      { id: 'a', name: 'A', influence: 1, stance: 'supporter' },
      { id: 'b', name: 'B', influence: 5, stance: 'blocker' },
    ]);
    expect(supporter && blocker && supporter.x < blocker.x).toBe(true);
    expect(supporter && blocker && supporter.y > blocker.y).toBe(true);
    expect(blocker?.priority).toBe(true);
    expect(supporter?.priority).toBe(false);
  });

  it('spreads people sharing a cell so no marker hides another, inside the cell', () => {
    const people = Array.from({ length: 5 }, (_, i) => ({
      id: String(i),
      name: `P${i}`,
      influence: 3,
      stance: 'neutral' as const,
    }));
    const placed = placePeople(people);
    const spots = new Set(placed.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`));
    expect(spots.size).toBe(5);
    const centre = cellCentre(DEFAULT_MAP_FRAME, 'neutral', 3);
    for (const p of placed) {
      expect(Math.abs(p.x - centre.x)).toBeLessThan(70);
      expect(Math.abs(p.y - centre.y)).toBeLessThan(32);
    }
  });

  it('orders whom to win over by influence, then resistance', () => {
    const order = winOverOrder([
      { name: 'Low', influence: 2, stance: 'blocker' },
      { name: 'Fan', influence: 5, stance: 'supporter' },
      { name: 'Sceptic', influence: 5, stance: 'sceptic' },
      { name: 'Blocker', influence: 5, stance: 'blocker' },
    ]);
    expect(order.map((p) => p.name)).toEqual(['Blocker', 'Sceptic', 'Low']);
  });

  it('flags decision steps dated before an earlier step', () => {
    expect(
      outOfOrderSteps([
        { id: 'a', dueDate: '2027-01-10' },
        { id: 'b', dueDate: null },
        { id: 'c', dueDate: '2027-01-05' },
        { id: 'd', dueDate: '2027-02-01' },
      ]),
    ).toEqual(['c']);
  });
});

describe('anchor warnings', () => {
  const anchor = { ...ANCHOR_DEFAULTS, opening: 120, rangeLow: 100, rangeHigh: 130 };
  /** The target of the anchor's issue, kept on the issue (core/objectives): 100. */
  const ofIssue = { target: 100, walkAway: null, direction: 'lower' as const, fromBatna: false };
  const codes = (
    a: Parameters<typeof anchorWarnings>[0] = anchor,
    steps: Parameters<typeof anchorWarnings>[1] = [],
    evidence = 1,
  ) => anchorWarnings(a, steps, evidence, ofIssue).map((w) => w.code);

  it('is quiet for an evidenced anchor in range with paid-for steps towards the target', () => {
    expect(codes(anchor, [{ id: 's', value: 110, give: '10 off', ask: 'Longer term' }])).toEqual([]);
  });
  it('warns about an anchor outside its range, without evidence, or without a number', () => {
    expect(codes({ ...anchor, opening: 140 })).toContain('outside_range');
    expect(codes({ ...anchor, opening: 90 })).toContain('outside_range');
    expect(codes(anchor, [], 0)).toEqual(['no_evidence']);
    expect(codes({ ...anchor, opening: null })).toContain('no_opening');
  });
  it('warns about steps without an ask, past the target, or moving back', () => {
    const steps = [
      { id: 'a', value: 110, give: 'x', ask: '' },
      { id: 'b', value: 115, give: 'y', ask: 'z' },
      { id: 'c', value: 90, give: 'w', ask: 'v' },
    ];
    const warnings = anchorWarnings(anchor, steps, 1, ofIssue);
    expect(warnings.map((w) => [w.stepId, w.code])).toEqual([
      ['a', 'step_without_ask'],
      ['b', 'step_away_from_target'],
      ['c', 'step_past_target'],
    ]);
  });
  it('on the main issue, judges steps against the BATNA step target and walk-away', () => {
    // The BATNA step says the target is 112 and the walk-away 105 (selling).
    const objectives = { target: 112, walkAway: 105, direction: 'higher' as const, fromBatna: true };
    expect(anchorTarget(objectives)).toEqual({ value: 112, from: 'batna' });
    expect(anchorTarget({ ...objectives, fromBatna: false })).toEqual({ value: 112, from: 'issue' });
    // An anchor keeps no target of its own: without an issue there is none.
    expect(anchorTarget(null)).toEqual({ value: null, from: null });
    const steps = [
      { id: 'a', value: 114, give: 'x', ask: 'y' },
      { id: 'b', value: 110, give: 'x', ask: 'y' },
      { id: 'c', value: 104, give: 'x', ask: 'y' },
    ];
    // Step c crosses the walk-away: that is the move checks' one flag (core/objectives), not a second one here.
    const warnings = anchorWarnings(anchor, steps, 1, objectives);
    expect(warnings.map((w) => [w.stepId, w.code])).toEqual([['b', 'step_past_target']]);
    expect(crossesWalkAway(104, objectives)).toBe(true);
    // With no target on the BATNA step, no step is judged against one.
    expect(anchorWarnings(anchor, steps, 1, { ...objectives, target: null }).map((w) => w.code)).toEqual([]);
  });
  it('refuses a range whose low end is above its high end', () => {
    expect(anchorRangeError({ rangeLow: 5, rangeHigh: 4 })).toHaveProperty('rangeLow');
    expect(anchorRangeError({ rangeLow: 4, rangeHigh: 4 })).toEqual({});
    expect(anchorRangeError({ rangeLow: null, rangeHigh: 4 })).toEqual({});
  });
  it('puts price first', () => {
    const sorted = worksheetOrder([
      { issueLabel: 'Term', position: 0 },
      { issueLabel: 'Unit price', position: 1 },
    ]);
    expect(sorted.map((a) => a.issueLabel)).toEqual(['Unit price', 'Term']);
  });
});

describe('concessions and clauses', () => {
  it('flags a give with no get, unless withdrawn', () => {
    expect(isUnreciprocated({ ...CONCESSION_DEFAULTS, give: 'Discount' })).toBe(true);
    expect(isUnreciprocated({ ...CONCESSION_DEFAULTS, give: 'Discount', get: 'Term' })).toBe(false);
    expect(isUnreciprocated({ ...CONCESSION_DEFAULTS, give: 'Discount', status: 'withdrawn' })).toBe(false);
  });
  it('counts planned and live concessions the same way: count, cost, worth and asks', () => {
    const summary = reciprocitySummary([
      { ...CONCESSION_DEFAULTS, give: 'A', status: 'offered', valueToUs: 10, valueToThem: 30 },
      { ...CONCESSION_DEFAULTS, give: 'B', get: 'C', status: 'planned', valueToUs: 99 },
      { ...CONCESSION_DEFAULTS, give: 'D', status: 'planned' },
      { ...CONCESSION_DEFAULTS, give: 'E', status: 'withdrawn', valueToUs: 1000 },
    ]);
    expect(summary).toEqual({
      live: { count: 1, unreciprocated: 1, costToUs: 10, worthToThem: 30, unpriced: 0 },
      // A planned give without a get is counted among the planned, with the planned costs.
      planned: { count: 2, unreciprocated: 1, costToUs: 99, worthToThem: 0, unpriced: 1 },
    });
  });
  it('flags concessions whose running cost passes the room to the walk-away', () => {
    const rows = [
      { ...CONCESSION_DEFAULTS, status: 'offered' as const, valueToUs: 15_000 },
      { ...CONCESSION_DEFAULTS, status: 'withdrawn' as const, valueToUs: 40_000 },
      { ...CONCESSION_DEFAULTS, status: 'planned' as const, valueToUs: 10_000 },
      { ...CONCESSION_DEFAULTS, status: 'planned' as const, valueToUs: 1 },
    ];
    expect(concessionsPastWalkAway(rows, 25_000).map((p) => p.runningCost)).toEqual([25_001]);
    expect(concessionsPastWalkAway(rows, 24_999).map((p) => p.runningCost)).toEqual([25_000, 25_001]);
    expect(concessionsPastWalkAway(rows, null)).toEqual([]);
  });
  it('reads the room to the walk-away from the BATNA, in the deal currency only', () => {
    const batna = { ...BATNA_DEFAULTS, ourReservation: 410_000, ourTarget: 480_000 };
    const selling = { ourSide: 'selling' as const, currency: 'EUR' };
    expect(roomInMoney({ batna, deal: selling })).toBe(70_000);
    // Buying: lower is better, so a target above the walk-away leaves no room to speak of.
    expect(roomInMoney({ batna, deal: { ...selling, ourSide: 'buying' } })).toBeNull();
    expect(roomInMoney({ batna: { ...batna, scaleUnit: 'days' }, deal: selling })).toBeNull();
    expect(roomInMoney({ batna: { ...batna, scaleUnit: 'eur' }, deal: selling })).toBe(70_000);
    expect(roomInMoney({ batna: { ...batna, ourTarget: null }, deal: selling })).toBeNull();
  });
  it('calls a clause without metric or threshold not measurable', () => {
    const full = {
      ...CLAUSE_DEFAULTS,
      metric: 'Uptime',
      threshold: 99.9,
      unit: '%',
      period: 'month' as const,
      remedy: '5 % service credit.',
      measuredBy: 'Their ops team',
      dataSource: 'Status page',
    };
    expect(clauseProblems(full)).toEqual([]);
    expect(clauseProblems({ ...full, threshold: null })[0]).toMatch(/Not measurable/);
    expect(clauseProblems({ ...full, metric: ' ' })[0]).toMatch(/Not measurable/);
    expect(clauseSentence(full)).toBe('If Uptime is below 99.9 % per month, then 5 % service credit.');
    expect(clauseSentence({ ...CLAUSE_DEFAULTS })).toBe('If … is below …, then …');
  });
});

describe('evidence', () => {
  it('lists unused items and unsupported claims and anchors', () => {
    const gaps = evidenceGaps({
      items: [{ id: 'e1' }, { id: 'e2' }],
      claims: [{ id: 'c1' }, { id: 'c2' }],
      anchors: [{ id: 'a1' }],
      links: [
        { evidenceId: 'e1', target: 'claim', targetId: 'c1' },
        { evidenceId: 'e1', target: 'anchor', targetId: 'c2' },
      ],
    });
    expect(gaps).toEqual({ unusedItems: ['e2'], unsupportedClaims: ['c2'], unsupportedAnchors: ['a1'] });
  });
  it('makes file names safe on every OS', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\me\\bench.pdf')).toBe('bench.pdf');
    expect(safeFileName('a<b>:c"?.txt')).toBe('a_b__c__.txt');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('...')).toBe('attachment');
    expect(safeFileName('.hidden')).toBe('hidden');
    const long = safeFileName(`${'x'.repeat(300)}.pdf`);
    expect(long).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

describe('no-deal assessment', () => {
  it('suggests a verdict from the severities and points out a contradiction', () => {
    expect(suggestedVerdict({ ourLossSeverity: 2, theirLossSeverity: 4 })).toBe('them');
    expect(suggestedVerdict({ ourLossSeverity: 3, theirLossSeverity: 3 })).toBe('even');
    expect(suggestedVerdict({ ourLossSeverity: null, theirLossSeverity: 3 })).toBe('unsure');
    expect(verdictConflict({ ...NO_DEAL_DEFAULTS, verdict: 'us', ourLossSeverity: 1, theirLossSeverity: 5 })).toMatch(
      /They have more to lose/,
    );
    expect(verdictConflict({ ...NO_DEAL_DEFAULTS, verdict: 'them', ourLossSeverity: 1, theirLossSeverity: 5 })).toBe(
      null,
    );
  });
});
