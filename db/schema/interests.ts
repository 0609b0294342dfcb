import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Party, Priority } from '../../core/interests';
import { stakeholders } from './counterparty';
import { deals } from './deals';
import { issues } from './issues';

/** What a party says it wants. */
export const positions = sqliteTable(
  'positions',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    party: text('party').$type<Party>().notNull(),
    text: text('text').notNull().default(''),
    /** Whose it is, when a person on the counterparty map holds it; cleared when that person is removed. */
    stakeholderId: text('stakeholder_id').references(() => stakeholders.id, { onDelete: 'set null' }),
    position: real('position').notNull(),
    /** Set by a delete; cleared by Undo; the row is purged after the undo window. */
    deletedAt: text('deleted_at'),
  },
  (t) => [index('positions_deal_idx').on(t.dealId, t.position)],
);

/** Why it wants it. */
export const interests = sqliteTable(
  'interests',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    party: text('party').$type<Party>().notNull(),
    text: text('text').notNull().default(''),
    priority: text('priority').$type<Priority>().notNull(),
    shared: integer('shared', { mode: 'boolean' }).notNull().default(false),
    /** Whose it is, when a person on the counterparty map holds it; cleared when that person is removed. */
    stakeholderId: text('stakeholder_id').references(() => stakeholders.id, { onDelete: 'set null' }),
    position: real('position').notNull(),
    /** Set by a delete; cleared by Undo; the row is purged after the undo window. */
    deletedAt: text('deleted_at'),
  },
  (t) => [index('interests_deal_idx').on(t.dealId, t.position)],
);

/** Which issues an interest touches; removed with either side. */
export const interestIssues = sqliteTable(
  'interest_issues',
  {
    interestId: text('interest_id')
      .notNull()
      .references(() => interests.id, { onDelete: 'cascade' }),
    issueId: text('issue_id')
      .notNull()
      .references(() => issues.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.interestId, t.issueId] }), index('interest_issues_issue_idx').on(t.issueId)],
);

/** Questions to ask in the room, each aimed at an interest or an issue; answered later. */
export const diagnosticQuestions = sqliteTable(
  'diagnostic_questions',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    text: text('text').notNull().default(''),
    interestId: text('interest_id').references(() => interests.id, { onDelete: 'set null' }),
    issueId: text('issue_id').references(() => issues.id, { onDelete: 'set null' }),
    answer: text('answer').notNull().default(''),
    position: real('position').notNull(),
    /** Set by a delete; cleared by Undo; the row is purged after the undo window. */
    deletedAt: text('deleted_at'),
  },
  (t) => [index('diagnostic_questions_deal_idx').on(t.dealId, t.position)],
);
