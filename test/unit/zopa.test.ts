import { describe, expect, it } from 'vitest';
import { BATNA_DEFAULTS, type Batna, resolveDirection } from '../../core/batna';
import { batnaChecks } from '../../core/batnaChecks';
import { computeZopa, explainZopa, niceScale, type ZopaInput, zopaDrawing } from '../../core/zopa';

const input = (over: Partial<ZopaInput>): ZopaInput => ({
  direction: 'lower',
  ourReservation: null,
  ourTarget: null,
  theirReservation: null,
  theirTarget: null,
  ...over,
});
const fmt = (n: number) => String(n);

describe('computeZopa', () => {
  it('buying: the zone runs from their reservation up to ours', () => {
    // We pay at most 120; they accept at least 100.
    const zopa = computeZopa(input({ direction: 'lower', ourReservation: 120, theirReservation: 100 }));
    expect(zopa).toEqual({ status: 'overlap', zone: { low: 100, high: 120 }, gap: null, missing: [] });
  });

  it('selling: the zone runs from our reservation up to theirs', () => {
    // We accept at least 100; they pay at most 120.
    const zopa = computeZopa(input({ direction: 'higher', ourReservation: 100, theirReservation: 120 }));
    expect(zopa).toEqual({ status: 'overlap', zone: { low: 100, high: 120 }, gap: null, missing: [] });
  });

  it('the same numbers mean opposite things for a buyer and a seller', () => {
    const numbers = { ourReservation: 120, theirReservation: 100 };
    expect(computeZopa(input({ direction: 'lower', ...numbers })).status).toBe('overlap');
    const selling = computeZopa(input({ direction: 'higher', ...numbers }));
    expect(selling).toEqual({ status: 'empty', zone: null, gap: { low: 100, high: 120 }, missing: [] });
  });

  it('touching reservation points make a one-point zone', () => {
    for (const direction of ['lower', 'higher'] as const) {
      const zopa = computeZopa(input({ direction, ourReservation: 80, theirReservation: 80 }));
      expect(zopa).toMatchObject({ status: 'touching', zone: { low: 80, high: 80 } });
    }
  });

  it('buying with their floor above our ceiling: empty, with the gap between', () => {
    const zopa = computeZopa(input({ direction: 'lower', ourReservation: 90, theirReservation: 110 }));
    expect(zopa).toEqual({ status: 'empty', zone: null, gap: { low: 90, high: 110 }, missing: [] });
    expect(explainZopa(zopa, 'lower', fmt)).toMatch(/most you would pay and the least they would accept are 20 apart/);
  });

  it('is incomplete, and says what is missing, without both reservations and a direction', () => {
    expect(computeZopa(input({ ourReservation: 1 }))).toMatchObject({
      status: 'incomplete',
      missing: ['theirReservation'],
    });
    expect(computeZopa(input({ direction: null, ourReservation: 1, theirReservation: 2 })).missing).toEqual([
      'direction',
    ]);
  });

  it('works with negative and fractional numbers', () => {
    const zopa = computeZopa(input({ direction: 'higher', ourReservation: -2.5, theirReservation: 0.25 }));
    expect(zopa.zone).toEqual({ low: -2.5, high: 0.25 });
  });
});

describe('zopaDrawing', () => {
  it('places markers left to right by number, the zone between the reservations', () => {
    const data = input({
      direction: 'lower',
      ourReservation: 120,
      ourTarget: 95,
      theirReservation: 100,
      theirTarget: 130,
    });
    const drawing = zopaDrawing(data);
    if (!drawing) throw new Error('expected a drawing');
    const at = Object.fromEntries(drawing.markers.map((m) => [m.key, m.at]));
    expect(at.ourTarget).toBeLessThan(at.theirReservation as number);
    expect(at.theirReservation).toBeLessThan(at.ourReservation as number);
    expect(at.ourReservation).toBeLessThan(at.theirTarget as number);
    expect(drawing.zone).toEqual({ from: at.theirReservation, to: at.ourReservation });
    expect(drawing.gap).toBeNull();
    // A buyer accepts everything left of the reservation, the seller everything right of theirs.
    expect(drawing.ourRange).toEqual({ from: 0, to: at.ourReservation });
    expect(drawing.theirRange).toEqual({ from: at.theirReservation, to: 1 });
    expect(drawing.betterForUsAt).toBe('left');
    for (const marker of drawing.markers) {
      expect(marker.at).toBeGreaterThan(0);
      expect(marker.at).toBeLessThan(1);
    }
    expect(drawing.ticks[0]?.at).toBe(0);
    expect(drawing.ticks.at(-1)?.at).toBeCloseTo(1);
  });

  it('draws the gap when empty, and nothing without numbers', () => {
    const drawing = zopaDrawing(input({ direction: 'higher', ourReservation: 50, theirReservation: 40 }));
    expect(drawing?.zone).toBeNull();
    expect(drawing?.gap?.from).toBeLessThan(drawing?.gap?.to as number);
    expect(drawing?.betterForUsAt).toBe('right');
    expect(zopaDrawing(input({}))).toBeNull();
  });

  it('survives one single value', () => {
    const drawing = zopaDrawing(input({ ourReservation: 0 }));
    expect(drawing?.markers[0]?.at).toBeGreaterThan(0);
    expect(drawing?.markers[0]?.at).toBeLessThan(1);
  });

  it('rounds scale ends to readable steps', () => {
    expect(niceScale(93, 137)).toEqual({ min: 90, max: 140, step: 10 });
  });
});

describe('resolveDirection', () => {
  it('follows the deal side unless overridden', () => {
    expect(resolveDirection(null, 'buying')).toBe('lower');
    expect(resolveDirection(null, 'selling')).toBe('higher');
    expect(resolveDirection(null, 'other')).toBeNull();
    expect(resolveDirection('higher', 'buying')).toBe('higher');
  });
});

describe('batnaChecks', () => {
  const batna = (over: Partial<Batna>): Batna => ({ ...BATNA_DEFAULTS, dealId: 'd', updatedAt: null, ...over });
  const fields = (b: Batna, direction: 'lower' | 'higher', money = true) =>
    batnaChecks(b, direction, money, fmt).map((c) => c.field);

  it('flags a buyer reservation above the BATNA cost plus switching', () => {
    const b = batna({ ourValueMoney: 100, ourSwitchingCost: 10, ourReservation: 115, ourConfidence: 'high' });
    expect(fields(b, 'lower')).toEqual(['ourReservation']);
    expect(fields({ ...b, ourReservation: 110 }, 'lower')).toEqual([]);
    expect(fields(b, 'lower', false)).toEqual([]);
  });

  it('flags a seller reservation below the BATNA value less switching', () => {
    const b = batna({ ourValueMoney: 100, ourSwitchingCost: 10, ourReservation: 85, ourConfidence: 'high' });
    expect(fields(b, 'higher')).toEqual(['ourReservation']);
    expect(fields({ ...b, ourReservation: 90 }, 'higher')).toEqual([]);
  });

  it('flags a target worse than the reservation, or beyond their estimated reservation', () => {
    expect(fields(batna({ ourReservation: 100, ourTarget: 90 }), 'higher')).toEqual(['ourTarget']);
    const beyond = batna({ ourReservation: 100, ourTarget: 200, theirReservation: 150, theirConfidence: 'low' });
    expect(fields(beyond, 'higher')).toEqual(['ourTarget']);
    expect(fields({ ...beyond, ourTarget: 140 }, 'higher')).toEqual([]);
  });

  it('asks for confidence once a BATNA is filled in', () => {
    expect(fields(batna({ ourCourse: 'Other vendor' }), 'lower')).toEqual(['ourConfidence']);
    expect(fields(batna({ theirDescription: 'In-house build' }), 'lower')).toEqual(['theirConfidence']);
    expect(fields(batna({}), 'lower')).toEqual([]);
  });
});
