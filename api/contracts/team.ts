import {
  type AuthorityLimit,
  authorityLimitPatchSchema,
  newAuthorityLimitSchema,
  newTeamMemberSchema,
  type TeamMember,
  teamMemberPatchSchema,
} from '../../core/team';
import { rowProcedures } from './rows';

/** Our team and authority: members with roles, and how far each may go per issue. */
export const teamContract = {
  ...rowProcedures('teamMembers', newTeamMemberSchema, teamMemberPatchSchema)<TeamMember>(),
  ...rowProcedures('authorityLimits', newAuthorityLimitSchema, authorityLimitPatchSchema)<AuthorityLimit>(),
};
