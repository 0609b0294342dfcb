import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { NumericKind } from '../../core/calculator';
import type { IssueCategory } from '../../core/issues';
import type { Standard } from '../../core/legitimacy/fields';
import type { OptionObjective, Priority } from '../../core/objectives';
import { deals } from './deals';

/** One negotiable dimension of a deal. Weights are points; only their ratios matter. */
export const issues = sqliteTable(
  'issues',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    name: text('name').notNull().default(''),
    category: text('category').$type<IssueCategory>().notNull(),
    weightUs: real('weight_us').notNull().default(0),
    weightThem: real('weight_them').notNull().default(0),
    tradeable: integer('tradeable', { mode: 'boolean' }).notNull().default(false),
    redLine: integer('red_line', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes').notNull().default(''),
    numericKind: text('numeric_kind').$type<NumericKind>(),
    unit: text('unit').notNull().default(''),
    priority: text('priority').$type<Priority>(),
    /** For the BATNA's main issue these two stay unused: its reservation and target are the values. */
    walkAway: real('walk_away'),
    target: real('target'),
    ideal: real('ideal'),
    standard: text('standard').$type<Standard>(),
    legitimacy: text('legitimacy').notNull().default(''),
    position: real('position').notNull(),
    /** Set by a delete; cleared by Undo; the row is purged after the undo window. */
    deletedAt: text('deleted_at'),
  },
  (t) => [index('issues_deal_idx').on(t.dealId, t.position)],
);

/** One possible value of an issue, scored 0–100 for us and (estimated) for them; null until scored. */
export const issueOptions = sqliteTable(
  'issue_options',
  {
    id: text('id').primaryKey(),
    issueId: text('issue_id')
      .notNull()
      .references(() => issues.id, { onDelete: 'cascade' }),
    label: text('label').notNull().default(''),
    ourScore: real('our_score'),
    theirScore: real('their_score'),
    value: real('value'),
    objective: text('objective').$type<OptionObjective>(),
    position: real('position').notNull(),
    /** Set by a delete; cleared by Undo; the row is purged after the undo window. */
    deletedAt: text('deleted_at'),
  },
  (t) => [index('issue_options_issue_idx').on(t.issueId, t.position)],
);
