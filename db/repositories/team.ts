import {
  AUTHORITY_LIMIT_DEFAULTS,
  type AuthorityLimit,
  authorityLimitPatchSchema,
  newAuthorityLimitSchema,
  newTeamMemberSchema,
  TEAM_MEMBER_DEFAULTS,
  type TeamMember,
  teamMemberPatchSchema,
} from '../../core/team';
import { authorityLimits, issues, teamMembers } from '../schema';
import { defineRowStore } from './dealRows';

export const teamMemberStore = defineRowStore<typeof teamMembers, TeamMember>({
  table: teamMembers,
  label: 'The team member',
  newSchema: newTeamMemberSchema,
  patchSchema: teamMemberPatchSchema,
  defaults: TEAM_MEMBER_DEFAULTS,
});

export const authorityLimitStore = defineRowStore<typeof authorityLimits, AuthorityLimit>({
  table: authorityLimits,
  label: 'The authority limit',
  newSchema: newAuthorityLimitSchema,
  patchSchema: authorityLimitPatchSchema,
  defaults: AUTHORITY_LIMIT_DEFAULTS,
  references: [
    { field: 'issueId', table: issues, label: 'The issue' },
    { field: 'memberId', table: teamMembers, label: 'The team member' },
  ],
});
