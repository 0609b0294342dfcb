import { describe, expect, it } from 'vitest';
import { type DanceOffer, danceOf, danceSignals, danceSummary } from '../../../core/live/dance';
import { danceChart } from '../../../core/live/danceChart';

const o = (id: string, side: DanceOffer['side'], us: number | null, them: number | null): DanceOffer => ({
  id,
  side,
  us,
  them,
});

describe('the negotiation dance', () => {
  // We open high for us; they open high for them; both move towards each other.
  const offers = [
    o('a', 'ours', 90, 20),
    o('b', 'theirs', 30, 85),
    o('c', 'ours', 80, 35),
    o('d', 'theirs', 45, 78),
    o('e', 'ours', 74, 45),
    o('f', 'theirs', 52, 75),
  ];

  it('measures each side’s concessions per round in its own value', () => {
    const dance = danceOf(offers);
    expect(dance.moves.map((m) => m.round)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(dance.ours.concessions).toEqual([10, 6]);
    expect(dance.theirs.concessions).toEqual([7, 3]);
    expect(dance.ours.total).toBe(16);
    expect(dance.theirs.total).toBe(10);
  });

  it('computes reciprocity as what they gave up over what we gave up', () => {
    expect(danceOf(offers).reciprocity).toBeCloseTo(10 / 16);
    expect(danceOf(offers.slice(0, 2)).reciprocity).toBeNull();
  });

  it('follows the gap between the latest offers (value to us) and projects when it closes', () => {
    const dance = danceOf(offers);
    // Gaps after each offer once both sides have one: 90−30, 80−30, 80−45, 74−45, 74−52.
    expect(dance.moves.map((m) => m.gap)).toEqual([null, 60, 50, 35, 29, 22]);
    expect(dance.gap).toBe(22);
    expect(dance.closedBy).toBe(38);
    expect(dance.converging).toBe(true);
    // 38 points over 4 steps = 9.5 a step; 22 left → 3 more offers.
    expect(dance.offersToMeet).toBe(3);
  });

  it('says the gap is closed when their offer is as good for us as ours', () => {
    const dance = danceOf([o('a', 'ours', 70, 40), o('b', 'theirs', 72, 50)]);
    expect(dance.gap).toBe(-2);
    expect(dance.offersToMeet).toBe(0);
    expect(danceSignals(dance).map((s) => s.key)).toContain('met');
  });

  it('flags shrinking and growing concessions and a one-sided dance', () => {
    const theirs = danceOf([
      o('1', 'theirs', 10, 90),
      o('2', 'theirs', 20, 80),
      o('3', 'theirs', 26, 74),
      o('4', 'theirs', 28, 72),
    ]);
    expect(theirs.theirs.trend).toBe('shrinking');
    expect(danceSignals(theirs).map((s) => s.key)).toContain('theirs-shrinking');
    const ours = danceOf([o('1', 'ours', 90, 10), o('2', 'ours', 88, 12), o('3', 'ours', 80, 20)]);
    expect(ours.ours.trend).toBe('growing');
    expect(ours.reciprocity).toBe(0);
    expect(danceSignals(ours).map((s) => s.key)).toEqual(expect.arrayContaining(['ours-growing', 'unreciprocated']));
    // Signals are words only: nothing internal leaks onto a shared screen.
    for (const s of danceSignals(ours)) expect(s.message).not.toMatch(/\d/);
  });

  it('counts a step back as a negative concession that adds nothing to the total', () => {
    const dance = danceOf([o('1', 'ours', 80, 20), o('2', 'ours', 85, 15)]);
    expect(dance.ours.concessions).toEqual([-5]);
    expect(dance.ours.total).toBe(0);
  });

  it('leaves incomplete packages out of every sum', () => {
    const dance = danceOf([o('1', 'ours', 80, 20), o('2', 'theirs', null, null), o('3', 'ours', 70, 30)]);
    expect(dance.moves.map((m) => m.id)).toEqual(['1', '3']);
    expect(dance.ours.concessions).toEqual([10]);
  });

  it('reduces a finished dance for Insights', () => {
    const summary = danceSummary(danceOf(offers), 60);
    expect(summary).toEqual({
      rounds: 3,
      firstOfferSide: 'ours',
      firstOfferDistance: 30,
      ourConceded: 16,
      theirConceded: 10,
    });
    expect(danceSummary(danceOf([]), null).firstOfferDistance).toBeNull();
  });

  it('draws on fixed scales so earlier points never move', () => {
    const frontier = [
      { choice: {}, us: 100, them: 0 },
      { choice: {}, us: 50, them: 80 },
    ];
    const three = danceChart(danceOf(offers.slice(0, 3)), frontier, 30);
    const six = danceChart(danceOf(offers), frontier, 30);
    expect(three.timeline.ours.us[0]).toEqual(six.timeline.ours.us[0]);
    expect(six.joint.theirs.map((p) => p.x)).toEqual([0.3, 0.45, 0.52]);
    expect(six.walkAway).toBe(0.3);
    expect(six.frontier).toEqual([
      { x: 1, y: 0 },
      { x: 0.5, y: 0.8 },
    ]);
  });
});

describe('dance insights across deals', () => {
  it('averages rounds and first-offer distance and counts who conceded more', async () => {
    const { danceInsights } = await import('../../../core/insights');
    const deal = (dance: ReturnType<typeof danceSummary> | null) =>
      ({ dance }) as unknown as Parameters<typeof danceInsights>[0][number];
    const insights = danceInsights([
      deal({ rounds: 3, firstOfferSide: 'ours', firstOfferDistance: 30, ourConceded: 16, theirConceded: 10 }),
      deal({ rounds: 5, firstOfferSide: 'theirs', firstOfferDistance: 10, ourConceded: 5, theirConceded: 12 }),
      deal({ rounds: 1, firstOfferSide: 'ours', firstOfferDistance: null, ourConceded: 0, theirConceded: 0 }),
      deal(null),
    ]);
    expect(insights).toEqual({
      deals: 3,
      averageRounds: 3,
      averageFirstOfferDistance: 20,
      weConcededMore: 1,
      theyConcededMore: 1,
      even: 1,
    });
  });
});

describe('dance chart paths', () => {
  it('draws every point of a series as one path of circles', async () => {
    const { svgDots, svgPoints } = await import('../../../core/live/danceChart');
    const points = [
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ];
    expect(svgPoints(points, 100, 50)).toBe('0.0,50.0 100.0,0.0');
    const d = svgDots(points, 100, 50, 2);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.startsWith('M-2.0,50.0a2,2 0 1,0 4,0')).toBe(true);
  });
});
