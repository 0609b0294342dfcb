import { describe, expect, it } from 'vitest';
import { classifyQuadrant, classifyTradeables, type TradeableInput } from '../../core/tradeables';

const issue = (
  id: string,
  weightUs: number,
  weightThem: number,
  redLine = false,
  tradeable = false,
): TradeableInput => ({
  id,
  name: id,
  weightUs,
  weightThem,
  tradeable,
  redLine,
});

describe('classifyTradeables', () => {
  it('puts each issue in the quadrant its weights call for', () => {
    const map = classifyTradeables([
      issue('price', 40, 40),
      issue('payment', 5, 30),
      issue('warranty', 35, 5),
      issue('logo', 10, 10),
    ]);
    const quadrant = Object.fromEntries(map.placed.map((p) => [p.id, p.quadrant]));
    expect(quadrant).toEqual({ price: 'protect', payment: 'trade_away', warranty: 'trade_for', logo: 'drop' });
    expect(map.ready).toBe(true);
    // Nothing is ticked Tradeable: the weights only suggest.
    expect(map.placed.filter((p) => p.tradeMaterial)).toEqual([]);
    expect(map.placed.filter((p) => p.suggested).map((p) => p.id)).toEqual(['payment']);
  });

  it('takes the trade material from the Tradeable tick, wherever the weights put the issue', () => {
    const map = classifyTradeables([
      issue('price', 40, 40),
      issue('payment', 5, 30, false, true),
      issue('warranty', 35, 5, false, true),
      issue('logo', 10, 10, true, true),
    ]);
    expect(map.placed.filter((p) => p.tradeMaterial).map((p) => p.id)).toEqual(['payment', 'warranty']);
    // A ticked issue is no longer a suggestion, and a red line is never trade material.
    expect(map.placed.filter((p) => p.suggested)).toEqual([]);
  });

  it('compares shares, not raw points: scaling one side changes nothing', () => {
    const a = classifyTradeables([issue('x', 10, 1), issue('y', 30, 9)]);
    const b = classifyTradeables([issue('x', 10, 100), issue('y', 30, 900)]);
    expect(a.placed.map((p) => p.quadrant)).toEqual(b.placed.map((p) => p.quadrant));
    expect(a.placed.map((p) => p.quadrant)).toEqual(['drop', 'protect']);
  });

  it('centres the border: an average issue sits at 0.5, the biggest at 1', () => {
    const map = classifyTradeables([issue('a', 10, 10), issue('b', 20, 30), issue('c', 30, 20)]);
    const a = map.placed.find((p) => p.id === 'a');
    const c = map.placed.find((p) => p.id === 'c');
    expect(a?.x).toBeCloseTo(0.25);
    expect(c?.x).toBeCloseTo(1);
    expect(map.placed.find((p) => p.id === 'b')?.x).toBeCloseTo(0.5);
  });

  it('treats a share exactly at the average as high', () => {
    const map = classifyTradeables([issue('a', 1, 1), issue('b', 1, 1)]);
    expect(map.placed.map((p) => p.quadrant)).toEqual(['protect', 'protect']);
  });

  it('marks a red line the weights would trade away, and never calls it trade material', () => {
    const map = classifyTradeables([issue('price', 50, 10), issue('exclusivity', 5, 60, true)]);
    const red = map.placed.find((p) => p.id === 'exclusivity');
    expect(red).toMatchObject({ quadrant: 'trade_away', tradeMaterial: false, redLineConflict: true });
  });

  it('leaves unweighted issues out, and waits until both sides have weights', () => {
    const map = classifyTradeables([issue('a', 10, 5), issue('b', 0, 0)]);
    expect(map.unweighted).toEqual(['b']);
    expect(map.placed.map((p) => p.id)).toEqual(['a']);
    expect(classifyTradeables([issue('a', 10, 0), issue('b', 5, 0)])).toMatchObject({ ready: false, placed: [] });
    expect(classifyTradeables([])).toMatchObject({ ready: false, placed: [], unweighted: [] });
  });

  it('maps the four combinations to their quadrants', () => {
    expect(classifyQuadrant(false, true)).toBe('trade_away');
    expect(classifyQuadrant(true, false)).toBe('trade_for');
    expect(classifyQuadrant(true, true)).toBe('protect');
    expect(classifyQuadrant(false, false)).toBe('drop');
  });
});
