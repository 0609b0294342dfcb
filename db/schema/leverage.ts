import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ActionStatus, Lever, LeverageHolder, LeverageKind, MoreToLose } from '../../core/leverage';
import { deals } from './deals';
import { dealRowColumns } from './rowColumns';

export const leverageItems = sqliteTable(
  'leverage_items',
  {
    ...dealRowColumns(),
    holder: text('holder').$type<LeverageHolder>().notNull(),
    kind: text('kind').$type<LeverageKind>().notNull(),
    description: text('description').notNull().default(''),
    strength: integer('strength').notNull(),
  },
  (t) => [index('leverage_items_deal_idx').on(t.dealId, t.position)],
);

export const leverageActions = sqliteTable(
  'leverage_actions',
  {
    ...dealRowColumns(),
    lever: text('lever').$type<Lever>().notNull(),
    action: text('action').notNull().default(''),
    owner: text('owner').notNull().default(''),
    status: text('status').$type<ActionStatus>().notNull(),
  },
  (t) => [index('leverage_actions_deal_idx').on(t.dealId, t.position)],
);

/** One row per deal, created on first edit. */
export const noDealAssessments = sqliteTable('no_deal_assessments', {
  dealId: text('deal_id')
    .primaryKey()
    .references(() => deals.id, { onDelete: 'cascade' }),
  ourLoss: text('our_loss').notNull().default(''),
  ourLossSeverity: integer('our_loss_severity'),
  theirLoss: text('their_loss').notNull().default(''),
  theirLossSeverity: integer('their_loss_severity'),
  verdict: text('verdict').$type<MoreToLose>().notNull(),
  updatedAt: text('updated_at').notNull(),
});
