import { formatMoney, formatNumber } from './format';
import { MONEY_PERIOD_LABELS, moneyPeriodOf, type NumericKind } from './numericKinds';

/** A number on an issue's scale as a reader writes it: "€480,000 per year", "90 days", "12%". */
export function formatIssueValue(
  issue: { numericKind: NumericKind | null; unit: string },
  value: number,
  currency: string,
  locale?: string,
): string {
  switch (issue.numericKind) {
    case 'money': {
      const period = moneyPeriodOf(issue.unit);
      const amount = formatMoney(value, currency, locale, Number.isInteger(value));
      return period === 'one_off' ? amount : `${amount} ${MONEY_PERIOD_LABELS[period]}`;
    }
    case 'days':
      return `${formatNumber(value, locale)} days`;
    case 'months':
      return `${formatNumber(value, locale)} months`;
    case 'percent':
      return `${formatNumber(value, locale)}%`;
    default:
      return `${formatNumber(value, locale)}${issue.unit.trim() ? ` ${issue.unit.trim()}` : ''}`;
  }
}
