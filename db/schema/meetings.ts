import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { CommitmentParty, MeetingPhase } from '../../core/meeting';
import { diagnosticQuestions } from './interests';
import { dealRowColumns } from './rowColumns';

/** A meeting with the counterpart: when, where, what we open with, what we say and keep back. */
export const meetings = sqliteTable(
  'meetings',
  {
    ...dealRowColumns(),
    title: text('title').notNull().default(''),
    date: text('date'),
    time: text('time').notNull().default(''),
    durationMinutes: integer('duration_minutes'),
    location: text('location').notNull().default(''),
    opening: text('opening').notNull().default(''),
    disclose: text('disclose').notNull().default(''),
    withhold: text('withhold').notNull().default(''),
  },
  (t) => [index('meetings_deal_idx').on(t.dealId, t.position)],
);

/** One time-boxed item of a meeting's agenda, in a phase of the talk. */
export const agendaItems = sqliteTable(
  'agenda_items',
  {
    ...dealRowColumns(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    title: text('title').notNull().default(''),
    minutes: integer('minutes'),
    phase: text('phase').$type<MeetingPhase>().notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('agenda_items_meeting_idx').on(t.meetingId, t.position), index('agenda_items_deal_idx').on(t.dealId)],
);

/** A question to ask under an agenda item: a diagnostic question of the deal, or free text. */
export const agendaQuestions = sqliteTable(
  'agenda_questions',
  {
    ...dealRowColumns(),
    agendaItemId: text('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    questionId: text('question_id').references(() => diagnosticQuestions.id, { onDelete: 'set null' }),
    text: text('text').notNull().default(''),
  },
  (t) => [
    index('agenda_questions_item_idx').on(t.agendaItemId, t.position),
    index('agenda_questions_question_idx').on(t.questionId),
    index('agenda_questions_deal_idx').on(t.dealId),
  ],
);

/** A next step someone commits to at the end of a meeting. */
export const commitments = sqliteTable(
  'commitments',
  {
    ...dealRowColumns(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    text: text('text').notNull().default(''),
    party: text('party').$type<CommitmentParty>().notNull(),
    owner: text('owner').notNull().default(''),
    due: text('due'),
    done: integer('done', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('commitments_meeting_idx').on(t.meetingId, t.position), index('commitments_deal_idx').on(t.dealId)],
);
