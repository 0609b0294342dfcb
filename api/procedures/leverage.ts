import { noDealStore } from '../../db/repositories/leverage';
import type { Handlers } from '../handlers';
import { recordHandlers } from './records';

export const leverageHandlers = {
  ...recordHandlers('noDeal', noDealStore),
} satisfies Handlers<'noDeal.'>;
