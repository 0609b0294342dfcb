import { describe, expect, it } from 'vitest';
import { currencyDecimals, formatMoney, formatPercent, roundHalfAway, roundMoney } from '../../../core/calculator';

describe('rounding and currency', () => {
  it('rounds half away from zero without binary surprises', () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAway(2.5, 0)).toBe(3);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(1e-9, 2)).toBe(0);
    expect(Object.is(roundHalfAway(-0.001, 2), -0)).toBe(false);
  });

  it('knows each currency minor unit', () => {
    expect(currencyDecimals('EUR')).toBe(2);
    expect(currencyDecimals('JPY')).toBe(0);
    expect(currencyDecimals('BHD')).toBe(3);
    expect(roundMoney(10.0049, 'EUR')).toBe(10);
    expect(roundMoney(10.5, 'JPY')).toBe(11);
  });

  it('formats money through Intl, and an unknown code still reads', () => {
    expect(formatMoney(1234.5, 'EUR', 'en-GB')).toBe('€1,234.50');
    expect(formatMoney(1234.5, 'EUR', 'en-GB', true)).toBe('€1,235');
    expect(formatMoney(-0.004, 'EUR', 'en-GB')).toBe('€0.00');
    expect(formatMoney(1000, 'XQZ', 'en-GB')).toMatch(/1,000/);
  });

  it('formats percent points', () => {
    expect(formatPercent(8, 'en-GB')).toBe('8%');
    expect(formatPercent(12.345, 'en-GB', 1)).toBe('12.3%');
  });
});
