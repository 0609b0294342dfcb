import type { Handlers } from './handlers';
import { backupHandlers } from './procedures/backups';
import { dealFileHandlers } from './procedures/dealFiles';
import { dealHandlers } from './procedures/deals';
import { preparation2Handlers } from './procedures/preparation2';

/** Every procedure's handler; the type makes a missing or extra handler a compile error. */
export const handlers: Handlers = {
  ...dealHandlers,
  ...preparation2Handlers,
  ...backupHandlers,
  ...dealFileHandlers,
};
