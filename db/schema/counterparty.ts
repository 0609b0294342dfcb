import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { DecisionRole, PartySide, Stance } from '../../core/counterparty';
import { dealRowColumns } from './rowColumns';

export const stakeholders = sqliteTable(
  'stakeholders',
  {
    ...dealRowColumns(),
    side: text('side').$type<PartySide>().notNull(),
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    role: text('role').$type<DecisionRole>().notNull(),
    influence: integer('influence').notNull(),
    stance: text('stance').$type<Stance>().notNull(),
    interests: text('interests').notNull().default(''),
    mustHaves: text('must_haves').notNull().default(''),
    redLines: text('red_lines').notNull().default(''),
    faceSaving: text('face_saving').notNull().default(''),
    politicalCapital: text('political_capital').notNull().default(''),
    relationshipNotes: text('relationship_notes').notNull().default(''),
    lastContact: text('last_contact'),
  },
  (t) => [index('stakeholders_deal_idx').on(t.dealId, t.position)],
);

export const decisionSteps = sqliteTable(
  'decision_steps',
  {
    ...dealRowColumns(),
    approval: text('approval').notNull().default(''),
    /** The approver; the step stays (without a name) if that person is removed. */
    stakeholderId: text('stakeholder_id').references(() => stakeholders.id, { onDelete: 'set null' }),
    dueDate: text('due_date'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('decision_steps_deal_idx').on(t.dealId, t.position)],
);
