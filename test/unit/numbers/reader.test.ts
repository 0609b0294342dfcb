import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatForInput, formatMoney } from '../../../core/numbers/display';
import { readNumber } from '../../../core/numbers/reader';

const value = (text: string, locale: string, currency?: string) => {
  const reading = readNumber(text, { locale, currency });
  return reading.kind === 'number' ? reading.value : reading.kind;
};

describe('reading typed numbers', () => {
  it.each([
    ['en-US', '410,000', 410_000],
    ['en-US', '410,000.50', 410_000.5],
    ['en-US', '€410k', 410_000],
    ['en-US', '1.2m', 1_200_000],
    ['en-US', '9.4', 9.4],
    ['en-US', '0.125', 0.125],
    ['en-US', '−1,500', -1500],
    ['en-US', '410 000', 410_000],
    ['en-GB', '410,000', 410_000],
    ['en-GB', '£1.5bn', 1_500_000_000],
    ['en-GB', '2.5k', 2500],
    ['de-DE', '410.000,00', 410_000],
    ['de-DE', '410.000', 410_000],
    ['de-DE', '9,4', 9.4],
    ['de-DE', '410.000 €', 410_000],
    ['de-DE', '1,2m', 1_200_000],
    ['fr-FR', '410 000', 410_000],
    ['fr-FR', '410\u202f000', 410_000],
    ['fr-FR', '410\u00a0000,25 €', 410_000.25],
    ['fr-FR', '8,13', 8.13],
  ])('%s reads %s as %d', (locale, text, expected) => {
    expect(value(text, locale, locale === 'en-GB' && text.startsWith('£') ? 'GBP' : 'EUR')).toBe(expected);
  });

  it.each([
    ['en-US', '1.234'],
    ['en-GB', '4.500'],
    ['de-DE', '1,234'],
    ['de-DE', '410,000'],
    ['fr-FR', '1,234'],
    ['fr-FR', '410.000'],
  ])('%s refuses the ambiguous %s and says how to write it', (locale, text) => {
    const reading = readNumber(text, { locale });
    expect(reading.kind).toBe('refused');
    expect(reading.kind === 'refused' && reading.message).toMatch(/could be read two ways/);
  });

  it.each([
    ['en-US', 'abc'],
    ['en-US', '$410k'],
    ['en-US', '1,2,3'],
    ['en-US', '1.234,5.6'],
    ['de-DE', '12 Stück'],
    ['fr-FR', '--4'],
  ])('%s refuses %s', (locale, text) => {
    expect(readNumber(text, { locale, currency: 'EUR' }).kind).toBe('refused');
  });

  it('treats an empty field as not set', () => {
    expect(readNumber('   ', { locale: 'en-US' }).kind).toBe('empty');
  });

  it('shows money with the currency’s usual decimals', () => {
    expect(formatMoney(9.4, 'EUR', 'en-US')).toBe('€9.40');
    expect(formatMoney(410_000, 'EUR', 'en-US')).toBe('€410,000');
    expect(formatMoney(8.3, 'EUR', 'de-DE')).toBe('8,30\u00a0€');
    expect(formatMoney(1234.5, 'JPY', 'en-US')).toBe('¥1,235');
  });

  const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR'] as const;
  const amounts = fc
    .tuple(fc.integer({ min: -1e11, max: 1e11 }), fc.constantFrom(1, 10, 100, 1000))
    .map(([n, d]) => n / d);

  it('reads back what an input shows, in every locale', () => {
    fc.assert(
      fc.property(fc.constantFrom(...locales), amounts, (locale, n) => {
        expect(value(formatForInput(n, locale), locale)).toBe(n);
      }),
    );
  });

  it('never reads the locale’s own formatting as a different number (it may refuse)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...locales), amounts, (locale, n) => {
        const shown = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(n);
        const read = value(shown, locale);
        if (read !== 'refused') expect(read).toBe(n);
      }),
    );
  });

  it('reads money formatted by Intl back to the amount', () => {
    fc.assert(
      fc.property(fc.constantFrom(...locales), fc.integer({ min: -1e9, max: 1e9 }), (locale, cents) => {
        const n = cents / 100;
        const shown = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(n);
        expect(value(shown, locale, 'EUR')).toBe(n);
      }),
    );
  });
});
