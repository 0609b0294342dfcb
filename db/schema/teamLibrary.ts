import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { DealContext } from '../../core/deal';
import type { LessonTag } from '../../core/debrief/model';

/**
 * The team-wide docs this laptop follows (db/teamSync/teamLibrary.ts): `team:library`
 * (templates, tradeables, phrases) and `team:lessons` (debrief lessons people shared).
 */
export const teamDocs = sqliteTable('team_docs', {
  name: text('name').primaryKey(),
  serverUrl: text('server_url').notNull(),
  /** This laptop's Yjs client id for the doc, kept across restarts. */
  clientId: integer('client_id').notNull(),
  userName: text('user_name').notNull(),
  /** The server's answer at the last sign-in: a library reader's connection is read-only. */
  readOnly: integer('read_only', { mode: 'boolean' }).notNull().default(true),
});

/** A team doc as its update log (local edits and colleagues'), so it is rebuilt at start and works offline. */
export const teamDocUpdates = sqliteTable(
  'team_doc_updates',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    docName: text('doc_name')
      .notNull()
      .references(() => teamDocs.name, { onDelete: 'cascade' }),
    update: blob('update', { mode: 'buffer' }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('team_doc_updates_doc_idx').on(t.docName, t.seq)],
);

/** Colleagues' shared debrief lessons, mirrored from `team:lessons`: what `debrief.reminders` reads. */
export const teamLessons = sqliteTable(
  'team_lessons',
  {
    id: text('id').primaryKey(),
    context: text('context').$type<DealContext>().notNull(),
    tag: text('tag').$type<LessonTag>().notNull(),
    text: text('text').notNull(),
    author: text('author').notNull(),
    sharedAt: text('shared_at').notNull(),
  },
  (t) => [index('team_lessons_context_idx').on(t.context)],
);
