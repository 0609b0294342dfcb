import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { DealContext, DealStatus, OurSide } from '../../core/deal';

export const deals = sqliteTable(
  'deals',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    counterparty: text('counterparty').notNull().default(''),
    context: text('context').$type<DealContext>().notNull(),
    ourSide: text('our_side').$type<OurSide>().notNull(),
    currency: text('currency').notNull(),
    status: text('status').$type<DealStatus>().notNull(),
    targetCloseDate: text('target_close_date'),
    notes: text('notes').notNull().default(''),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    /**
     * Set when the user deletes: the row stays until the undo window closes
     * (or the user empties "recently deleted"), so a delete can be taken back.
     */
    deletedAt: text('deleted_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index('deals_updated_at_idx').on(t.updatedAt)],
);
