import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
  DeadlineKind,
  DeadlineSide,
  Firmness,
  RelationshipGoal,
  RiskKind,
  RiskLevel,
  TheyKnow,
  WeKnow,
} from '../../core/risks';
import { deals } from './deals';
import { dealRowColumns } from './rowColumns';

/** Both sides' deadlines: what puts time pressure on the deal, and who knows of it. */
export const deadlines = sqliteTable(
  'deadlines',
  {
    ...dealRowColumns(),
    side: text('side').$type<DeadlineSide>().notNull(),
    kind: text('kind').$type<DeadlineKind>().notNull(),
    label: text('label').notNull().default(''),
    date: text('date'),
    firmness: text('firmness').$type<Firmness>().notNull(),
    theyKnow: text('they_know').$type<TheyKnow>().notNull(),
    weKnow: text('we_know').$type<WeKnow>().notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('deadlines_deal_idx').on(t.dealId, t.position)],
);

/** One row per deal, created on first edit: the relationship we want after signing. */
export const relationships = sqliteTable('relationships', {
  dealId: text('deal_id')
    .primaryKey()
    .references(() => deals.id, { onDelete: 'cascade' }),
  goal: text('goal').$type<RelationshipGoal>().notNull(),
  description: text('description').notNull().default(''),
  updatedAt: text('updated_at').notNull(),
});

/** What we do to earn the other side's trust, by whom and by when. */
export const trustActions = sqliteTable(
  'trust_actions',
  {
    ...dealRowColumns(),
    action: text('action').notNull().default(''),
    owner: text('owner').notNull().default(''),
    due: text('due'),
    done: integer('done', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('trust_actions_deal_idx').on(t.dealId, t.position)],
);

/** The risks & assumptions register. */
export const risks = sqliteTable(
  'risks',
  {
    ...dealRowColumns(),
    statement: text('statement').notNull().default(''),
    kind: text('kind').$type<RiskKind>().notNull(),
    likelihood: text('likelihood').$type<RiskLevel>().notNull(),
    impact: text('impact').$type<RiskLevel>().notNull(),
    verification: text('verification').notNull().default(''),
    owner: text('owner').notNull().default(''),
    verified: integer('verified', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('risks_deal_idx').on(t.dealId, t.position)],
);
