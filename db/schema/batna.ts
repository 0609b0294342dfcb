import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { BetterDirection, Confidence } from '../../core/batna';
import { deals } from './deals';
import { issues } from './issues';

/** At most one row per deal; a deal without one has the defaults of core/batna. */
export const batnas = sqliteTable('batnas', {
  dealId: text('deal_id')
    .primaryKey()
    .references(() => deals.id, { onDelete: 'cascade' }),
  ourDescription: text('our_description').notNull().default(''),
  ourCourse: text('our_course').notNull().default(''),
  ourValueMoney: real('our_value_money'),
  ourValuePoints: real('our_value_points'),
  ourRisk: text('our_risk').notNull().default(''),
  ourTiming: text('our_timing').notNull().default(''),
  ourSwitchingCost: real('our_switching_cost'),
  ourConfidence: text('our_confidence').$type<Confidence>(),
  theirDescription: text('their_description').notNull().default(''),
  theirValueMoney: real('their_value_money'),
  /** What leaving their current course would cost them, as we estimate it. */
  theirSwitchingCost: real('their_switching_cost'),
  theirConfidence: text('their_confidence').$type<Confidence>(),
  theirEvidence: text('their_evidence').notNull().default(''),
  /** The issue the reservation points are measured on; deleting the issue clears it. */
  mainIssueId: text('main_issue_id').references(() => issues.id, { onDelete: 'set null' }),
  scaleUnit: text('scale_unit').notNull().default(''),
  betterDirection: text('better_direction').$type<BetterDirection>(),
  ourReservation: real('our_reservation'),
  ourTarget: real('our_target'),
  theirReservation: real('their_reservation'),
  theirTarget: real('their_target'),
  updatedAt: text('updated_at').notNull(),
});

/** Things that would make our BATNA stronger, with an owner and a due date. */
export const batnaActions = sqliteTable(
  'batna_actions',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    text: text('text').notNull().default(''),
    owner: text('owner').notNull().default(''),
    dueDate: text('due_date'),
    done: integer('done', { mode: 'boolean' }).notNull().default(false),
    position: real('position').notNull(),
    /** Set by a delete; cleared by Undo; the row is purged after the undo window. */
    deletedAt: text('deleted_at'),
  },
  (t) => [index('batna_actions_deal_idx').on(t.dealId, t.position)],
);
