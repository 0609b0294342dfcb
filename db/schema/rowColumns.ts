import { integer, text } from 'drizzle-orm/sqlite-core';
import { deals } from './deals';

/**
 * The columns every list row of a deal shares. Rows are soft-deleted (`deleted_at`) so a
 * delete can be undone from its toast; the row is purged when the toast goes away, and
 * every row goes with its deal through ON DELETE CASCADE.
 */
export const dealRowColumns = () => ({
  id: text('id').primaryKey(),
  dealId: text('deal_id')
    .notNull()
    .references(() => deals.id, { onDelete: 'cascade' }),
  position: integer('position').notNull().default(0),
  deletedAt: text('deleted_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
