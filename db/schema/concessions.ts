import { index, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Comparator, ConcessionStatus, Period, ReviewCadence } from '../../core/concessions';
import { deals } from './deals';
import { issues } from './issues';
import { dealRowColumns } from './rowColumns';

export const concessions = sqliteTable(
  'concessions',
  {
    ...dealRowColumns(),
    item: text('item').notNull().default(''),
    give: text('give').notNull().default(''),
    get: text('get').notNull().default(''),
    valueToUs: real('value_to_us'),
    valueToThem: real('value_to_them'),
    trigger: text('trigger').notNull().default(''),
    when: text('when').notNull().default(''),
    status: text('status').$type<ConcessionStatus>().notNull(),
    issueId: text('issue_id').references(() => issues.id, { onDelete: 'set null' }),
    value: real('value'),
  },
  (t) => [index('concessions_deal_idx').on(t.dealId, t.position)],
);

export const contingentClauses = sqliteTable(
  'contingent_clauses',
  {
    ...dealRowColumns(),
    metric: text('metric').notNull().default(''),
    comparator: text('comparator').$type<Comparator>().notNull(),
    threshold: real('threshold'),
    unit: text('unit').notNull().default(''),
    period: text('period').$type<Period>().notNull(),
    remedy: text('remedy').notNull().default(''),
    measuredBy: text('measured_by').notNull().default(''),
    dataSource: text('data_source').notNull().default(''),
  },
  (t) => [index('contingent_clauses_deal_idx').on(t.dealId, t.position)],
);

/** One row per deal, created on first edit. */
export const governance = sqliteTable('governance', {
  dealId: text('deal_id')
    .primaryKey()
    .references(() => deals.id, { onDelete: 'cascade' }),
  reviewCadence: text('review_cadence').$type<ReviewCadence>().notNull(),
  metrics: text('metrics').notNull().default(''),
  changeProcess: text('change_process').notNull().default(''),
  exitTerms: text('exit_terms').notNull().default(''),
  updatedAt: text('updated_at').notNull(),
});

/** One row per deal, created on first edit: the most we will give across ladder and log. */
export const concessionBudgets = sqliteTable('concession_budgets', {
  dealId: text('deal_id')
    .primaryKey()
    .references(() => deals.id, { onDelete: 'cascade' }),
  money: real('money'),
  points: real('points'),
  updatedAt: text('updated_at').notNull(),
});
