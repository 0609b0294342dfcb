import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../core/issues';
import { toMesoIssues } from '../../../core/issues';
import { carriedIssues, carryOver, fullPackages, matchOptions } from '../../../core/live/packages';
import { issueDirection, livePlan, packageChanges, scoreOffer, standingOf } from '../../../core/live/score';
import { walkAwayWarnings } from '../../../core/live/walkAway';
import { paretoFrontier } from '../../../core/meso';
import { issue } from '../../support/snapshots';

// Selling: price matters most to us, support to them.
const price = issue('Price', 60, 20, [
  ['€140k', 100, 0],
  ['€120k', 50, 50],
  ['€100k', 0, 100],
]);
const support = issue('Support', 40, 80, [
  ['Basic', 100, 0],
  ['Standard', 50, 50],
  ['Premium', 0, 100],
]);
const issues = [price, support];
const pick = (i: Issue, label: string) => i.options.find((o) => o.label === label)?.id as string;
const plan = livePlan({
  issues,
  ourSide: 'selling',
  batna: {
    mainIssueId: price.id,
    betterDirection: null,
    ourReservation: 110000,
    ourTarget: 140000,
    ourValuePoints: 30,
  },
  targetPoints: 70,
});
const frontier = paretoFrontier(toMesoIssues(issues));

describe('scoring a live offer', () => {
  it('values the package for both sides and places it against BATNA and target', () => {
    const s = scoreOffer(plan, { [price.id]: pick(price, '€120k'), [support.id]: pick(support, 'Standard') }, frontier);
    expect(s.us).toBeCloseTo(50);
    expect(s.them).toBeCloseTo(50);
    expect(s.overBatna).toBeCloseTo(20);
    expect(s.overTarget).toBeCloseTo(-20);
  });

  it('finds the nearest package better for both and the distance to the frontier', () => {
    const choices = { [price.id]: pick(price, '€120k'), [support.id]: pick(support, 'Standard') };
    const s = scoreOffer(plan, choices, frontier);
    expect(s.onFrontier).toBe(false);
    // €140k with Premium: 60 to us, 80 to them — both better than 50/50.
    expect(s.betterDeal?.us).toBeCloseTo(60);
    expect(s.betterDeal?.them).toBeCloseTo(80);
    expect(s.distanceToFrontier).toBeCloseTo(Math.hypot(10, 30));
    expect(packageChanges(issues, choices, s.betterDeal?.choice ?? {})).toEqual([
      { issue: 'Price', from: '€120k', to: '€140k' },
      { issue: 'Support', from: 'Standard', to: 'Premium' },
    ]);
    const efficient = scoreOffer(
      plan,
      { [price.id]: pick(price, '€140k'), [support.id]: pick(support, 'Premium') },
      frontier,
    );
    expect(efficient.onFrontier).toBe(true);
    expect(efficient.distanceToFrontier).toBe(0);
  });

  it('waits for the frontier and for a complete package before judging efficiency', () => {
    const s = scoreOffer(plan, { [price.id]: pick(price, '€120k'), [support.id]: pick(support, 'Standard') }, null);
    expect(s.us).toBeCloseTo(50);
    expect(s.onFrontier).toBeNull();
    const partial = scoreOffer(plan, { [price.id]: pick(price, '€120k') }, frontier);
    expect(partial.us).toBeNull();
    expect(partial.missing).toEqual([support.id]);
  });

  it('places each issue against walk-away and target, reading the direction from our scores', () => {
    expect(issueDirection(price, null)).toBe('higher');
    const s = scoreOffer(plan, { [price.id]: pick(price, '€100k'), [support.id]: pick(support, 'Basic') }, frontier);
    expect(s.issues.find((p) => p.issueId === price.id)?.standing).toBe('past-walk-away');
    expect(s.issues.find((p) => p.issueId === support.id)?.standing).toBe('no-limit');
    expect(standingOf(120000, { walkAway: 110000, target: 140000, direction: 'higher' })).toBe('short-of-target');
    expect(standingOf(140000, { walkAway: 110000, target: 140000, direction: 'higher' })).toBe('at-target');
    expect(standingOf(90, { walkAway: 100, target: 80, direction: 'lower' })).toBe('short-of-target');
  });

  it('warns before an offer of ours crosses the walk-away, with no number in the message', () => {
    const s = scoreOffer(plan, { [price.id]: pick(price, '€100k'), [support.id]: pick(support, 'Premium') }, frontier);
    const warnings = walkAwayWarnings(issues, s);
    expect(warnings.map((w) => w.key)).toEqual(['batna', `issue-${price.id}`]);
    expect(warnings[0]?.message).not.toMatch(/\d/);
    expect(warnings[0]?.detail).toContain('30');
    const safe = scoreOffer(
      plan,
      { [price.id]: pick(price, '€140k'), [support.id]: pick(support, 'Premium') },
      frontier,
    );
    expect(walkAwayWarnings(issues, safe)).toEqual([]);
  });

  it('warns before an offer of ours goes below the authority limit, and not at or above it', () => {
    const s = scoreOffer(plan, { [price.id]: pick(price, '€140k'), [support.id]: pick(support, 'Premium') }, frontier);
    expect(s.us).toBe(60);
    const below = walkAwayWarnings(issues, s, 65);
    expect(below.map((w) => w.key)).toEqual(['authority']);
    expect(below[0]?.message).not.toMatch(/\d/);
    expect(below[0]?.detail).toBe('60 points against an authority limit of 65');
    expect(walkAwayWarnings(issues, s, 60)).toEqual([]);
    expect(walkAwayWarnings(issues, s, null)).toEqual([]);
  });
});

describe('entering packages', () => {
  it('carries unset issues over from the offer before', () => {
    const a = { [price.id]: pick(price, '€140k'), [support.id]: pick(support, 'Basic') };
    const b = { [price.id]: pick(price, '€120k') };
    expect(carryOver(a, b)).toEqual({ [price.id]: pick(price, '€120k'), [support.id]: pick(support, 'Basic') });
    expect(carriedIssues(a, b)).toEqual([support.id]);
    expect(fullPackages([{ choices: a }, { choices: b }, { choices: {} }]).at(-1)).toEqual(carryOver(a, b));
  });

  it('matches typed text to options: prefix first, then substring, then the nearest number', () => {
    expect(matchOptions(support.options, 'st').map((o) => o.label)).toEqual(['Standard']);
    expect(matchOptions(support.options, 'ium').map((o) => o.label)).toEqual(['Premium']);
    expect(matchOptions(price.options, '125k')[0]?.label).toBe('€120k');
    expect(matchOptions(price.options, '€1')).toHaveLength(3);
    expect(matchOptions(support.options, 'zz')).toEqual([]);
  });
});
