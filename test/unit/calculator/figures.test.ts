import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DealTerms, dealFigures } from '../../../core/calculator';

const base: DealTerms = {
  currency: 'EUR',
  recurringPerYear: 480_000,
  oneOff: 0,
  termMonths: 24,
  paymentDays: 90,
  listPricePerYear: 600_000,
  costOfCapitalPercent: 8,
  baselinePaymentDays: 0,
  ourSide: 'selling',
};

describe('dealFigures', () => {
  it('totals a yearly price over a 24-month term', () => {
    const f = dealFigures(base, 'en-GB');
    expect(f.annualValue).toBe(480_000);
    expect(f.totalContractValue).toBe(960_000);
    expect(f.figures.find((x) => x.key === 'tcv')?.text).toBe('€960,000.00');
    expect(f.figures.find((x) => x.key === 'tcv')?.formula).toBe('€480,000.00 per year × 24 / 12 months = €960,000.00');
  });

  it('adds one-off amounts once, not per year', () => {
    const f = dealFigures({ ...base, oneOff: 25_000 }, 'en-GB');
    expect(f.totalContractValue).toBe(985_000);
    expect(f.annualValue).toBe(480_000);
  });

  it('measures the discount against the yearly list price, per year and over the term', () => {
    const f = dealFigures(base, 'en-GB');
    expect(f.discount).toEqual({ perYear: 120_000, overTerm: 240_000, percent: 20 });
    expect(f.figures.find((x) => x.key === 'discount')?.text).toBe('€120,000.00 per year (20%)');
  });

  it('values net-90 payment terms as simple interest on the contract value', () => {
    const f = dealFigures(base, 'en-GB');
    // 960,000 × 8 % × 90 / 365
    expect(f.paymentTermsEffect).toBeCloseTo(18_936.986, 2);
    const figure = f.figures.find((x) => x.key === 'paymentEffect');
    expect(figure?.text).toBe('€18,936.99 financing cost to us');
    expect(figure?.formula).toBe('€960,000.00 × 8% × (90 − 0) / 365 days = €18,936.99');
    expect(f.paymentTermsEffectForUs).toBeCloseTo(-18_936.986, 2);
    expect(f.valueToday).toBeCloseTo(941_063.01, 2);
  });

  it('measures payment terms against a baseline, and the sign follows our side', () => {
    const buying = dealFigures({ ...base, ourSide: 'buying', baselinePaymentDays: 30 }, 'en-GB');
    expect(buying.paymentTermsEffect).toBeCloseTo((960_000 * 0.08 * 60) / 365, 6);
    expect(buying.paymentTermsEffectForUs).toBeGreaterThan(0);
    expect(buying.figures.find((x) => x.key === 'paymentEffect')?.text).toContain('financing gain to us');
    const earlier = dealFigures({ ...base, paymentDays: 15, baselinePaymentDays: 30 }, 'en-GB');
    expect(earlier.paymentTermsEffect).toBeLessThan(0);
    expect(earlier.figures.find((x) => x.key === 'paymentEffect')?.text).toContain('financing gain to us');
  });

  it('says what is missing instead of inventing a figure', () => {
    const f = dealFigures({ ...base, termMonths: null, listPricePerYear: null }, 'en-GB');
    expect(f.totalContractValue).toBeNull();
    expect(f.paymentTermsEffect).toBeNull();
    expect(f.gaps.join(' ')).toMatch(/No term/);
    expect(f.gaps.join(' ')).toMatch(/No list price/);
    const nothing = dealFigures({ ...base, recurringPerYear: null }, 'en-GB');
    expect(nothing.figures).toEqual([]);
    expect(nothing.gaps[0]).toMatch(/No money amount/);
    const noRate = dealFigures({ ...base, costOfCapitalPercent: null }, 'en-GB');
    expect(noRate.gaps.join(' ')).toMatch(/cost of capital/);
  });

  it('formats in the currency and locale asked for', () => {
    const yen = dealFigures({ ...base, currency: 'JPY', recurringPerYear: 1_234_567.5 }, 'ja-JP');
    expect(yen.figures.find((x) => x.key === 'annual')?.text).toBe('￥1,234,568');
    const german = dealFigures(base, 'de-DE');
    expect(german.figures.find((x) => x.key === 'tcv')?.text).toBe('960.000,00\u00a0€');
    const usd = dealFigures({ ...base, currency: 'USD' }, 'en-US');
    expect(usd.figures.find((x) => x.key === 'paymentEffect')?.text).toMatch(/^\$18,936\.99 /);
  });

  it('TCV is linear in the term and the cash effect linear in the days (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 180 }),
        fc.integer({ min: 0, max: 30 }),
        (price, months, days, rate) => {
          const f = dealFigures(
            { ...base, recurringPerYear: price, termMonths: months, paymentDays: days, costOfCapitalPercent: rate },
            'en-GB',
          );
          const twice = dealFigures(
            { ...base, recurringPerYear: price, termMonths: months * 2, paymentDays: days, costOfCapitalPercent: rate },
            'en-GB',
          );
          expect(twice.totalContractValue).toBeCloseTo(2 * (f.totalContractValue ?? 0), 4);
          expect(f.paymentTermsEffect).toBeCloseTo(((f.totalContractValue ?? 0) * rate * days) / 36_500, 4);
        },
      ),
      { numRuns: 200 },
    );
  });
});
