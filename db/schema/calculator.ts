import { real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { deals } from './deals';

/** At most one row per deal; a deal without one has the defaults of core/calculator. */
export const calculatorSettings = sqliteTable('calculator_settings', {
  dealId: text('deal_id')
    .primaryKey()
    .references(() => deals.id, { onDelete: 'cascade' }),
  listPricePerYear: real('list_price_per_year'),
  costOfCapitalPercent: real('cost_of_capital_percent'),
  termMonths: real('term_months'),
  paymentDays: real('payment_days'),
  baselinePaymentDays: real('baseline_payment_days').notNull().default(0),
  updatedAt: text('updated_at').notNull(),
});
