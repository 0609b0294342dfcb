import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { DebriefOutcome, LessonTag, MomentPhase, MomentSource } from '../../core/debrief/model';
import type { Polarity } from '../../core/debrief/momentCatalogue';
import { deals } from './deals';

/** At most one row per deal; a deal without one has the defaults of core/debrief/model. */
export const debriefs = sqliteTable('debriefs', {
  dealId: text('deal_id')
    .primaryKey()
    .references(() => deals.id, { onDelete: 'cascade' }),
  outcome: text('outcome').$type<DebriefOutcome>(),
  closingDate: text('closing_date'),
  startedOn: text('started_on'),
  whatWorked: text('what_worked').notNull().default(''),
  whatDidNot: text('what_did_not').notNull().default(''),
  missedSignals: text('missed_signals').notNull().default(''),
  safeguards: text('safeguards').notNull().default(''),
  relationshipHealth: integer('relationship_health'),
  satisfaction: integer('satisfaction'),
  updatedAt: text('updated_at').notNull(),
});

/**
 * The agreed option per issue. Issue and option ids are deliberately not foreign keys:
 * a deal file may carry the debrief without the issues it points at, and a deleted issue
 * must not take the record of what was agreed with it. Reads keep only rows whose issue
 * and option still exist in the deal.
 */
export const debriefAgreements = sqliteTable(
  'debrief_agreements',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    issueId: text('issue_id').notNull(),
    optionId: text('option_id').notNull(),
  },
  (t) => [index('debrief_agreements_deal_idx').on(t.dealId, t.issueId)],
);

export const debriefMoments = sqliteTable(
  'debrief_moments',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    phase: text('phase').$type<MomentPhase>().notNull(),
    /** A built-in type key or a moment_types id; not a foreign key (built-ins have no row). */
    typeKey: text('type_key').notNull(),
    quote: text('quote').notNull().default(''),
    effect: integer('effect').notNull().default(0),
    lesson: text('lesson').notNull().default(''),
    source: text('source').$type<MomentSource>().notNull(),
    ruleId: text('rule_id'),
    position: real('position').notNull(),
    createdAt: text('created_at').notNull(),
    /** Set by a delete; cleared by Undo; the row is purged after the undo window. */
    deletedAt: text('deleted_at'),
  },
  (t) => [index('debrief_moments_deal_idx').on(t.dealId, t.position)],
);

export const debriefLessons = sqliteTable(
  'debrief_lessons',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    text: text('text').notNull().default(''),
    tag: text('tag').$type<LessonTag>().notNull(),
    /** Shared with the team (db/teamSync/teamLibrary.ts): text, tag and the deal's context only. */
    shared: integer('shared', { mode: 'boolean' }).notNull().default(false),
    position: real('position').notNull(),
    createdAt: text('created_at').notNull(),
    /** Set by a delete; cleared by Undo; the row is purged after the undo window. */
    deletedAt: text('deleted_at'),
  },
  (t) => [index('debrief_lessons_deal_idx').on(t.dealId, t.position)],
);

/** Moment types the user added to the built-in catalogue. Not per deal. */
export const momentTypes = sqliteTable('moment_types', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  description: text('description').notNull().default(''),
  polarity: text('polarity').$type<Polarity>().notNull(),
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
});
