import { authorityLimitStore, teamMemberStore } from '../../db/repositories/team';
import type { Handlers } from '../handlers';
import { rowHandlers } from './rows';

export const teamHandlers = {
  ...rowHandlers('teamMembers', teamMemberStore),
  ...rowHandlers('authorityLimits', authorityLimitStore),
} satisfies Partial<Handlers>;
