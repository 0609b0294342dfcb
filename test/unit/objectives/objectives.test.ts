import { describe, expect, it } from 'vitest';
import {
  crossesWalkAway,
  type MainIssueSource,
  type ObjectiveIssue,
  objectivesOf,
  packageCrossings,
  routeObjectivesPatch,
} from '../../../core/objectives';

const price: ObjectiveIssue = {
  id: 'price',
  name: 'Licence fee',
  category: 'price',
  numericKind: 'money',
  unit: 'per_year',
  priority: 'must',
  walkAway: 999,
  target: 999,
  ideal: 520_000,
  options: [
    { id: 'p400', label: '€400k', value: 400_000, ourScore: 0, objective: null },
    { id: 'p480', label: '€480k', value: 480_000, ourScore: 80, objective: null },
  ],
};
const sla: ObjectiveIssue = {
  id: 'sla',
  name: 'SLA',
  category: 'service_level',
  numericKind: null,
  unit: '',
  priority: 'intend',
  walkAway: null,
  target: null,
  ideal: null,
  options: [
    { id: 'gold', label: 'Gold', value: null, ourScore: 20, objective: null },
    { id: 'silver', label: 'Silver', value: null, ourScore: 60, objective: 'walk_away' },
    { id: 'bronze', label: 'Bronze', value: null, ourScore: 100, objective: 'target' },
  ],
};
const batna: MainIssueSource = {
  mainIssueId: 'price',
  ourReservation: 410_000,
  ourTarget: 480_000,
  betterDirection: null,
};

describe('objectives', () => {
  it('reads the main issue walk-away and target from the BATNA step, not the issue columns', () => {
    const o = objectivesOf(price, batna, 'selling');
    expect(o).toMatchObject({
      walkAway: 410_000,
      target: 480_000,
      ideal: 520_000,
      fromBatna: true,
      direction: 'higher',
    });
    const other = objectivesOf({ ...price, id: 'other' }, batna, 'selling');
    expect(other).toMatchObject({ walkAway: 999, target: 999, fromBatna: false });
  });

  it('routes writes of the main issue walk-away and target to the BATNA step', () => {
    expect(routeObjectivesPatch(price, batna, { walkAway: 1, target: 2, ideal: 3 })).toEqual({
      issue: { ideal: 3 },
      batna: { ourReservation: 1, ourTarget: 2 },
    });
    expect(routeObjectivesPatch(sla, batna, { walkAway: 1 })).toEqual({ issue: { walkAway: 1 }, batna: {} });
  });

  it('takes the direction from the objectives, then the BATNA, then the deal side', () => {
    const buying = { ...batna, ourReservation: 500_000, ourTarget: 450_000 };
    expect(objectivesOf(price, buying, 'buying').direction).toBe('lower');
    expect(objectivesOf({ ...price, id: 'x', walkAway: null, target: null }, batna, 'buying').direction).toBe('lower');
    const days: ObjectiveIssue = {
      ...price,
      id: 'd',
      category: 'payment_terms',
      numericKind: 'days',
      walkAway: null,
      target: null,
    };
    expect(objectivesOf(days, batna, 'selling').direction).toBe('lower');
    expect(objectivesOf(sla, batna, 'other').direction).toBeNull();
  });

  it('flags a value past the walk-away in the direction worse for us, and nothing else', () => {
    expect(crossesWalkAway(400_000, { walkAway: 410_000, direction: 'higher' })).toBe(true);
    expect(crossesWalkAway(410_000, { walkAway: 410_000, direction: 'higher' })).toBe(false);
    expect(crossesWalkAway(95, { walkAway: 60, direction: 'lower' })).toBe(true);
    expect(crossesWalkAway(1, { walkAway: null, direction: 'lower' })).toBe(false);
    expect(crossesWalkAway(1, { walkAway: 5, direction: null })).toBe(false);
  });

  it('flags package choices that cross: by number on numeric issues, by our score against the walk-away option', () => {
    const crossings = packageCrossings([price, sla], { price: 'p400', sla: 'gold' }, batna, 'selling', 'EUR');
    expect(crossings.map((c) => c.issueId)).toEqual(['price', 'sla']);
    expect(crossings[0]?.text).toBe('Licence fee: €400,000 per year is below the walk-away (€410,000 per year)');
    expect(crossings[1]?.text).toBe('SLA: “Gold” is worse for us than the walk-away “Silver”');
    expect(packageCrossings([price, sla], { price: 'p480', sla: 'bronze' }, batna, 'selling', 'EUR')).toEqual([]);
  });
});
