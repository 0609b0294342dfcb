import { describe, expect, it } from 'vitest';
import {
  CALCULATOR_DEFAULTS,
  type CalculatorIssue,
  calculatorSettingsSchema,
  packageFigures,
  packageTerms,
  scoresFromValues,
} from '../../../core/calculator';

const price: CalculatorIssue = {
  id: 'price',
  name: 'Licence fee',
  category: 'price',
  numericKind: 'money',
  unit: 'per_year',
  options: [
    { id: 'p440', value: 440_000 },
    { id: 'p460', value: 460_000 },
    { id: 'p480', value: 480_000 },
    { id: 'p500', value: 500_000 },
  ],
};
const term: CalculatorIssue = {
  id: 'term',
  name: 'Term',
  category: 'term',
  numericKind: 'months',
  unit: '',
  options: [
    { id: 't12', value: 12 },
    { id: 't24', value: 24 },
  ],
};
const payment: CalculatorIssue = {
  id: 'pay',
  name: 'Payment terms',
  category: 'payment_terms',
  numericKind: 'days',
  unit: '',
  options: [
    { id: 'n30', value: 30 },
    { id: 'n90', value: 90 },
  ],
};
const sla: CalculatorIssue = {
  id: 'sla',
  name: 'SLA',
  category: 'service_level',
  numericKind: null,
  unit: '',
  options: [],
};
const deal = { currency: 'EUR', ourSide: 'selling' as const };
const settings = { ...CALCULATOR_DEFAULTS, costOfCapitalPercent: 8, listPricePerYear: 520_000 };

describe('packageTerms / packageFigures', () => {
  it('reads price, term and payment terms from the chosen options', () => {
    const f = packageFigures(
      [price, term, payment, sla],
      { price: 'p480', term: 't24', pay: 'n90' },
      settings,
      deal,
      'en-GB',
    );
    expect(f.totalContractValue).toBe(960_000);
    expect(f.paymentTermsEffect).toBeCloseTo(18_936.99, 2);
    expect(f.discount?.percent).toBeCloseTo(7.6923, 3);
    expect(f.termFrom).toBe('Term');
    expect(f.paymentFrom).toBe('Payment terms');
    expect(f.unvalued).toEqual([]);
  });

  it('falls back to the settings for what the package does not say', () => {
    const t = packageTerms([price], { price: 'p460' }, { ...settings, termMonths: 36, paymentDays: 45 }, deal);
    expect(t.terms.termMonths).toBe(36);
    expect(t.terms.paymentDays).toBe(45);
    expect(t.termFrom).toBe('calculator setting');
  });

  it('counts per-month amounts twelve times a year and one-off amounts once', () => {
    const monthly: CalculatorIssue = { ...price, id: 'm', unit: 'per_month', options: [{ id: 'm1', value: 10_000 }] };
    const setup: CalculatorIssue = {
      ...price,
      id: 's',
      name: 'Set-up',
      unit: 'one_off',
      options: [{ id: 's1', value: 5_000 }],
    };
    const f = packageFigures([monthly, setup, term], { m: 'm1', s: 's1', term: 't12' }, settings, deal);
    expect(f.annualValue).toBe(120_000);
    expect(f.totalContractValue).toBe(125_000);
  });

  it('reads a percent price issue as a discount off the list price', () => {
    const discount: CalculatorIssue = {
      id: 'd',
      name: 'Discount',
      category: 'price',
      numericKind: 'percent',
      unit: '',
      options: [{ id: 'd10', value: 10 }],
    };
    const f = packageFigures([discount, term], { d: 'd10', term: 't24' }, settings, deal);
    expect(f.annualValue).toBeCloseTo(468_000, 6);
    expect(f.discount?.percent).toBeCloseTo(10, 6);
  });

  it('names numeric issues the package leaves without a number', () => {
    const f = packageFigures([price, term], { price: 'p480' }, settings, deal);
    expect(f.unvalued).toEqual(['Term']);
    expect(f.totalContractValue).toBeNull();
  });

  it('validates the settings at the boundary', () => {
    expect(calculatorSettingsSchema.safeParse({ ...settings, costOfCapitalPercent: 101 }).success).toBe(false);
    expect(calculatorSettingsSchema.safeParse({ ...settings, termMonths: -1 }).success).toBe(false);
    expect(calculatorSettingsSchema.safeParse(settings).success).toBe(true);
  });
});

describe('scoresFromValues', () => {
  it('gives the best number 100 and the worst 0, in proportion between', () => {
    expect(scoresFromValues([440, 460, 480, 500], 'higher')).toEqual([0, 33, 67, 100]);
    expect(scoresFromValues([30, 60, 90], 'lower')).toEqual([100, 50, 0]);
    expect(scoresFromValues([30, null], 'lower')).toEqual([100, null]);
    expect(scoresFromValues([null], 'lower')).toEqual([null]);
  });
});
