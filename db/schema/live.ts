import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ConcessionDirection, LiveChoices, LiveEntryKind, LivePhaseKey, LiveSide } from '../../core/live/model';
import { deals } from './deals';
import { dealRowColumns } from './rowColumns';

/** One sitting at the table. A deal has at most one running session (ended_at null). */
export const liveSessions = sqliteTable(
  'live_sessions',
  {
    ...dealRowColumns(),
    startedAt: text('started_at').notNull(),
    endedAt: text('ended_at'),
    debriefedAt: text('debriefed_at'),
    /** The lowest value to us (points) we may agree without going back for approval. */
    authorityPoints: real('authority_points'),
  },
  (t) => [index('live_sessions_deal_idx').on(t.dealId, t.startedAt)],
);

const sessionId = () =>
  text('session_id')
    .notNull()
    .references(() => liveSessions.id, { onDelete: 'cascade' });

/**
 * An offer as spoken. `choices` holds only the issues named in it (issue id → option id);
 * the rest carry over from the offer before. Ids are not foreign keys, as in the debrief's
 * agreement: the record of what was said outlives an issue deleted later.
 */
export const liveOffers = sqliteTable(
  'live_offers',
  {
    ...dealRowColumns(),
    sessionId: sessionId(),
    side: text('side').$type<LiveSide>().notNull(),
    choices: text('choices', { mode: 'json' }).$type<LiveChoices>().notNull(),
    note: text('note').notNull().default(''),
    revisions: integer('revisions').notNull().default(0),
  },
  (t) => [index('live_offers_session_idx').on(t.sessionId, t.position)],
);

/** A moment tag, quick note, concession or phase change, in the order entered. */
export const liveEntries = sqliteTable(
  'live_entries',
  {
    ...dealRowColumns(),
    sessionId: sessionId(),
    kind: text('kind').$type<LiveEntryKind>().notNull(),
    typeKey: text('type_key').notNull().default(''),
    text: text('text').notNull().default(''),
    ask: text('ask').notNull().default(''),
    direction: text('direction').$type<ConcessionDirection>(),
    /** The concession-log row; not a foreign key (that row may be purged from its own step). */
    concessionId: text('concession_id'),
    phase: text('phase').$type<LivePhaseKey>().notNull(),
    revisions: integer('revisions').notNull().default(0),
  },
  (t) => [index('live_entries_session_idx').on(t.sessionId, t.position)],
);

/** Earlier versions of corrected or struck-out offers and entries: append only. */
export const liveRevisions = sqliteTable(
  'live_revisions',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    sessionId: sessionId(),
    rowId: text('row_id').notNull(),
    change: text('change').$type<'update' | 'delete'>().notNull(),
    previous: text('previous', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    replacedAt: text('replaced_at').notNull(),
  },
  (t) => [index('live_revisions_session_idx').on(t.sessionId, t.replacedAt)],
);
