import { index, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { TeamRole } from '../../core/team';
import { issues } from './issues';
import { dealRowColumns } from './rowColumns';

/** The people on our side of the table and behind it. */
export const teamMembers = sqliteTable(
  'team_members',
  {
    ...dealRowColumns(),
    name: text('name').notNull().default(''),
    role: text('role').$type<TeamRole>().notNull(),
    title: text('title').notNull().default(''),
    responsibility: text('responsibility').notNull().default(''),
  },
  (t) => [index('team_members_deal_idx').on(t.dealId, t.position)],
);

/** How far one team member may go on one issue; gone with its issue, kept (unassigned) without its member. */
export const authorityLimits = sqliteTable(
  'authority_limits',
  {
    ...dealRowColumns(),
    issueId: text('issue_id').references(() => issues.id, { onDelete: 'cascade' }),
    memberId: text('member_id').references(() => teamMembers.id, { onDelete: 'set null' }),
    limit: real('limit'),
    note: text('note').notNull().default(''),
  },
  (t) => [
    index('authority_limits_deal_idx').on(t.dealId, t.position),
    index('authority_limits_issue_idx').on(t.issueId),
    index('authority_limits_member_idx').on(t.memberId),
  ],
);
