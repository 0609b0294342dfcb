import { relationshipStore } from '../../db/repositories/risks';
import type { Handlers } from '../handlers';
import { recordHandlers } from './records';

export const risksHandlers = {
  ...recordHandlers('relationship', relationshipStore),
} satisfies Partial<Handlers>;
