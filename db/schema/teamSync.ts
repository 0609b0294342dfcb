import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { deals } from './deals';

/**
 * A deal shared through a team server (see db/teamSync). Sync bookkeeping, not deal data:
 * deal files, duplicates and search leave these tables out; they go with the deal's row.
 */
export const teamSyncDeals = sqliteTable('team_sync_deals', {
  dealId: text('deal_id')
    .primaryKey()
    .references(() => deals.id, { onDelete: 'cascade' }),
  serverUrl: text('server_url').notNull(),
  /** This laptop's Yjs client id for the deal's doc, kept so "you" is known after a restart. */
  clientId: integer('client_id').notNull(),
  userName: text('user_name').notNull(),
  readOnly: integer('read_only', { mode: 'boolean' }).notNull().default(false),
  sharedAt: text('shared_at').notNull(),
  /** The last `team_sync_updates.seq` the server had acknowledged: later local updates are pending. */
  acknowledgedSeq: integer('acknowledged_seq').notNull().default(0),
});

/**
 * The shared deal's Y.Doc as its update log: the truth the rows are rebuilt and checked from.
 * Every update (local or remote) is written in the same transaction as the rows it changes.
 */
export const teamSyncUpdates = sqliteTable(
  'team_sync_updates',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    update: blob('update', { mode: 'buffer' }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('team_sync_updates_deal_idx').on(t.dealId, t.seq)],
);

/** A field both sides changed while apart: every value is kept, so the user can pick. */
export const teamSyncConflicts = sqliteTable(
  'team_sync_conflicts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    field: text('field').notNull(),
    /** JSON: [{ author, you, value, kept }] — the value kept by the merge first. */
    candidates: text('candidates').notNull(),
    createdAt: text('created_at').notNull(),
    resolvedAt: text('resolved_at'),
  },
  (t) => [index('team_sync_conflicts_deal_idx').on(t.dealId)],
);

/**
 * This laptop's sign-in to its team server, at most one row (id 1): kept so a restart of the
 * app needs no new sign-in. Dropped on sign-out and when the server says the token expired.
 */
export const teamSignIn = sqliteTable('team_sign_in', {
  id: integer('id').primaryKey(),
  /** The server's http(s) address, as the user typed it. */
  server: text('server').notNull(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  token: text('token').notNull(),
  expiresAt: text('expires_at').notNull(),
  signedInAt: text('signed_in_at').notNull(),
});
