import { describe, expect, it } from 'vitest';
import { momentCatalogue } from '../../../core/debrief/momentCatalogue';
import { computeInsights, type DebriefedDeal } from '../../../core/insights';

const catalogue = momentCatalogue([
  {
    id: 'mine',
    label: 'Rushed the close',
    description: '',
    polarity: 'negative',
    archived: false,
    createdAt: '2026-01-01T00:00:00Z',
  },
]);
const deal = (over: Partial<DebriefedDeal>): DebriefedDeal => ({
  dealId: Math.random().toString(36),
  title: 'Deal',
  context: 'sales',
  outcome: 'agreed',
  date: '2026-03-01',
  valueUs: 60,
  valueLeft: 0,
  integrative: true,
  achievement: 80,
  days: 30,
  reciprocity: null,
  moments: [],
  ...over,
});
const ALL = { context: null, from: null, to: null };

describe('insights', () => {
  const deals = [
    deal({
      title: 'A',
      valueLeft: 10,
      integrative: false,
      achievement: 40,
      days: 10,
      reciprocity: 0.5,
      moments: [{ typeKey: 'early-flexibility', effect: -1 }],
    }),
    deal({
      title: 'B',
      date: '2026-05-01',
      reciprocity: 1,
      moments: [
        { typeKey: 'mine', effect: -2 },
        { typeKey: 'early-flexibility', effect: -1 },
      ],
    }),
    deal({
      title: 'C',
      outcome: 'no_deal',
      valueUs: null,
      valueLeft: null,
      integrative: null,
      achievement: null,
      days: 50,
      moments: [{ typeKey: 'silence-used', effect: 1 }],
    }),
    deal({ title: 'D', context: 'procurement', date: '2025-12-01', achievement: 100, reciprocity: 0.25 }),
  ];

  it('counts win rate, integrative share, value left and time across deals', () => {
    const result = computeInsights(deals, ALL, catalogue);
    expect(result.deals).toBe(4);
    expect(result.winRate).toBe(0.75);
    expect(result.integrativeShare).toBeCloseTo(2 / 3);
    expect(result.averageValueLeft).toBeCloseTo(10 / 3);
    expect(result.averageDays).toBe(30);
    expect(result.byContext).toEqual([
      { context: 'sales', deals: 3, agreed: 2, winRate: 2 / 3, averageAchievement: 60 },
      { context: 'procurement', deals: 1, agreed: 1, winRate: 1, averageAchievement: 100 },
    ]);
  });

  it('ranks moment types by polarity, custom types included', () => {
    const result = computeInsights(deals, ALL, catalogue);
    expect(result.topNegative.map((m) => [m.typeKey, m.count])).toEqual([
      ['early-flexibility', 2],
      ['mine', 1],
    ]);
    expect(result.topPositive.map((m) => m.typeKey)).toEqual(['silence-used']);
  });

  it('orders reciprocity by date and filters by context and date range', () => {
    expect(computeInsights(deals, ALL, catalogue).reciprocityOverTime.map((p) => p.title)).toEqual(['D', 'A', 'B']);
    const sales = computeInsights(deals, { context: 'sales', from: '2026-04-01', to: null }, catalogue);
    expect(sales.rows.map((r) => r.title)).toEqual(['B']);
    const none = computeInsights(deals, { context: 'hiring', from: null, to: null }, catalogue);
    expect(none).toMatchObject({ deals: 0, winRate: null, integrativeShare: null, averageDays: null });
  });
});

describe('insights count moments by the effect the user tagged', () => {
  it('a positive-type moment tagged −1 counts as negative; one left at 0 counts by its type', () => {
    const insights = computeInsights(
      [
        deal({
          moments: [
            { typeKey: 'silence-used', effect: -1 },
            { typeKey: 'silence-used', effect: 0 },
            { typeKey: 'calibrated-question', effect: 2 },
          ],
        }),
      ],
      ALL,
      catalogue,
    );
    expect(insights.topNegative.map((m) => [m.typeKey, m.count])).toEqual([['silence-used', 1]]);
    expect(insights.topPositive.map((m) => [m.typeKey, m.count])).toEqual([
      ['calibrated-question', 1],
      ['silence-used', 1],
    ]);
  });

  it('a moment of a type removed from the catalogue still counts, under a plain label', () => {
    const insights = computeInsights([deal({ moments: [{ typeKey: 'gone', effect: -2 }] })], ALL, catalogue);
    expect(insights.topNegative).toEqual([
      { typeKey: 'gone', label: 'A removed moment type', polarity: 'negative', count: 1 },
    ]);
  });
});
