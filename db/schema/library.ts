import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { DealContext } from '../../core/deal';
import type { IssueCategory } from '../../core/issues';
import type { Level } from '../../core/library/levels';
import type { PhrasePurpose } from '../../core/library/phrases';
import { deals } from './deals';

/**
 * Deal templates. `document` is the versioned JSON of core/library/templates (validated on
 * every write and read); `built_in_key` names the Parley template a row was seeded from,
 * so "reset" knows what to restore.
 */
export const templates = sqliteTable(
  'templates',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    context: text('context').$type<DealContext>().notNull(),
    description: text('description').notNull().default(''),
    builtIn: integer('built_in', { mode: 'boolean' }).notNull().default(false),
    builtInKey: text('built_in_key'),
    document: text('document').notNull(),
    /** In the team library (db/teamSync/teamLibrary.ts): shared from here, or a colleague's entry mirrored here. */
    teamShared: integer('team_shared', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('templates_name_idx').on(t.name)],
);

/** The shared tradeables library. `options` is a JSON array of labels. */
export const libraryTradeables = sqliteTable(
  'library_tradeables',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    category: text('category').$type<IssueCategory>().notNull(),
    options: text('options').notNull().default('[]'),
    costToUs: text('cost_to_us').$type<Level>().notNull(),
    valueToThem: text('value_to_them').$type<Level>().notNull(),
    notes: text('notes').notNull().default(''),
    builtInKey: text('built_in_key'),
    /** In the team library (db/teamSync/teamLibrary.ts): shared from here, or a colleague's entry mirrored here. */
    teamShared: integer('team_shared', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('library_tradeables_name_idx').on(t.name)],
);

/** The phrase bank: reusable lines with {blanks}. */
export const phrases = sqliteTable(
  'phrases',
  {
    id: text('id').primaryKey(),
    purpose: text('purpose').$type<PhrasePurpose>().notNull(),
    text: text('text').notNull(),
    notes: text('notes').notNull().default(''),
    builtInKey: text('built_in_key'),
    /** In the team library (db/teamSync/teamLibrary.ts): shared from here, or a colleague's entry mirrored here. */
    teamShared: integer('team_shared', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('phrases_purpose_idx').on(t.purpose)],
);

/**
 * Which built-in entries were ever seeded (key like "template:sales-b2b"). A built-in the
 * user deleted is not seeded again behind their back; "Restore built-ins" brings it back.
 */
export const librarySeeded = sqliteTable('library_seeded', {
  key: text('key').primaryKey(),
  seededAt: text('seeded_at').notNull(),
});

/** A deal's "What to say" notes; one row per deal, created on first edit. */
export const talkingPoints = sqliteTable('talking_points', {
  dealId: text('deal_id')
    .primaryKey()
    .references(() => deals.id, { onDelete: 'cascade' }),
  text: text('text').notNull().default(''),
  updatedAt: text('updated_at').notNull(),
});
