import { deadlineStore, relationshipStore, riskStore, trustActionStore } from '../../db/repositories/risks';
import type { Handlers } from '../handlers';
import { recordHandlers, rowHandlers } from './rows';

export const risksHandlers = {
  ...rowHandlers('deadlines', deadlineStore),
  ...recordHandlers('relationship', relationshipStore),
  ...rowHandlers('trustActions', trustActionStore),
  ...rowHandlers('risks', riskStore),
} satisfies Partial<Handlers>;
