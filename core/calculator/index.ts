/**
 * The deal calculator: numeric issues (money, days, months, percent, count) and the money
 * figures of a package — total contract value, annual value, discount against list and
 * the cash effect of payment terms, each with its formula. Pure: no I/O.
 */
export {
  type CalculatorSide,
  type DealFigures,
  type DealTerms,
  dealFigures,
  type Figure,
  type FigureKey,
} from './figures';
export { currencyDecimals, formatMoney, formatNumber, formatPercent, roundHalfAway, roundMoney } from './format';
export { formatIssueValue } from './issueValue';
export {
  MONEY_PERIOD_LABELS,
  MONEY_PERIODS,
  type MoneyPeriod,
  moneyPeriodOf,
  NUMERIC_KIND_LABELS,
  NUMERIC_KINDS,
  type NumericKind,
  numericKindSchema,
  numericUnitSchema,
  unitLabel,
} from './numericKinds';
export {
  type CalculatorDeal,
  type CalculatorIssue,
  hasNumericIssues,
  type PackageChoice,
  type PackageTerms,
  packageFigures,
  packageTerms,
} from './package';
export {
  CALCULATOR_DEFAULTS,
  type CalculatorSettings,
  calculatorSettingsPatchSchema,
  calculatorSettingsSchema,
  PAYMENT_DAYS_LIMIT,
  TERM_MONTHS_LIMIT,
} from './settings';
export { scoresFromValues } from './valueScores';
