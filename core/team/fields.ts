import { z } from 'zod';
import { type DealRow, figure } from '../scales';
import { entityId, shortText } from '../text';

/** Who does what on our side in the room and behind it. */
export const TEAM_ROLES = ['lead', 'spokesperson', 'note_taker', 'analyst', 'approver', 'expert', 'other'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  lead: 'Lead negotiator',
  spokesperson: 'Spokesperson',
  note_taker: 'Note-taker',
  analyst: 'Analyst',
  approver: 'Approver',
  expert: 'Subject expert',
  other: 'Other',
};

export const teamMemberFieldsSchema = z.strictObject({
  name: shortText('Name').max(200, 'Name must be at most 200 characters'),
  role: z.enum(TEAM_ROLES, { error: `Role must be one of: ${TEAM_ROLES.join(', ')}` }),
  title: shortText('Title').max(200, 'Title must be at most 200 characters'),
  /** What they own in this deal (the pricing call, the security review…). */
  responsibility: shortText('Responsibility'),
});
export type TeamMemberFields = z.infer<typeof teamMemberFieldsSchema>;
export const newTeamMemberSchema = teamMemberFieldsSchema.partial();
export const teamMemberPatchSchema = teamMemberFieldsSchema.partial();
export const TEAM_MEMBER_DEFAULTS: TeamMemberFields = { name: '', role: 'other', title: '', responsibility: '' };
export interface TeamMember extends TeamMemberFields, DealRow {}

/**
 * How far one person may go on one issue without asking anyone: a value on the issue's
 * own scale (a price floor, a maximum discount in percent, the longest payment terms).
 * Ordered from least to most latitude, the limits of an issue are our approval path.
 */
export const authorityLimitFieldsSchema = z.strictObject({
  issueId: entityId('Issue').nullable(),
  memberId: entityId('Team member').nullable(),
  limit: figure('Limit').nullable(),
  note: shortText('Note'),
});
export type AuthorityLimitFields = z.infer<typeof authorityLimitFieldsSchema>;
export const newAuthorityLimitSchema = authorityLimitFieldsSchema.partial();
export const authorityLimitPatchSchema = authorityLimitFieldsSchema.partial();
export const AUTHORITY_LIMIT_DEFAULTS: AuthorityLimitFields = { issueId: null, memberId: null, limit: null, note: '' };
export interface AuthorityLimit extends AuthorityLimitFields, DealRow {}
