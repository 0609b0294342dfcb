import { sql } from 'drizzle-orm';
import { index, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { FirstMover } from '../../core/anchors';
import { issues } from './issues';
import { dealRowColumns } from './rowColumns';

export const anchors = sqliteTable(
  'anchors',
  {
    ...dealRowColumns(),
    /** The issue from Issues & options: one anchor per issue, gone with its issue. */
    issueId: text('issue_id').references(() => issues.id, { onDelete: 'cascade' }),
    issueLabel: text('issue_label').notNull().default(''),
    unit: text('unit').notNull().default(''),
    opening: real('opening'),
    rangeLow: real('range_low'),
    rangeHigh: real('range_high'),
    rationale: text('rationale').notNull().default(''),
    firstMove: text('first_move').$type<FirstMover>().notNull(),
    firstMoveReason: text('first_move_reason').notNull().default(''),
    expectedCounter: real('expected_counter'),
    expectedCounterNote: text('expected_counter_note').notNull().default(''),
  },
  (t) => [
    index('anchors_deal_idx').on(t.dealId, t.position),
    uniqueIndex('anchors_issue_unique').on(t.issueId).where(sql`deleted_at IS NULL`),
  ],
);

export const ladderSteps = sqliteTable(
  'ladder_steps',
  {
    ...dealRowColumns(),
    anchorId: text('anchor_id')
      .notNull()
      .references(() => anchors.id, { onDelete: 'cascade' }),
    value: real('value'),
    give: text('give').notNull().default(''),
    ask: text('ask').notNull().default(''),
  },
  (t) => [index('ladder_steps_anchor_idx').on(t.anchorId, t.position), index('ladder_steps_deal_idx').on(t.dealId)],
);
