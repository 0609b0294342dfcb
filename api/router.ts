import type { Handlers } from './handlers';
import { backupHandlers } from './procedures/backups';
import { batnaHandlers } from './procedures/batna';
import { calculatorHandlers } from './procedures/calculator';
import { concessionHandlers } from './procedures/concessions';
import { dealFileHandlers } from './procedures/dealFiles';
import { dealHandlers } from './procedures/deals';
import { debriefHandlers, insightHandlers, momentTypeHandlers } from './procedures/debrief';
import { evidenceHandlers } from './procedures/evidence';
import { issueHandlers } from './procedures/issues';
import { leverageHandlers } from './procedures/leverage';
import {
  libraryHandlers,
  phraseHandlers,
  talkingPointHandlers,
  templateHandlers,
  tradeableHandlers,
} from './procedures/library';
import { liveHandlers } from './procedures/live';
import { mesoHandlers } from './procedures/meso';
import { planHandlers } from './procedures/plan';
import { risksHandlers } from './procedures/risks';
import { rowHandlers } from './procedures/rows';
import { searchHandlers } from './procedures/search';
import { teamHandlers } from './procedures/team';
import { tenderHandlers } from './procedures/tender';

/** Every procedure's handler; the type makes a missing or extra handler a compile error. */
export const handlers: Handlers = {
  ...dealHandlers,
  ...leverageHandlers,
  ...evidenceHandlers,
  ...concessionHandlers,
  ...backupHandlers,
  ...dealFileHandlers,
  ...rowHandlers,
  ...batnaHandlers,
  ...issueHandlers,
  ...debriefHandlers,
  ...momentTypeHandlers,
  ...insightHandlers,
  ...templateHandlers,
  ...tradeableHandlers,
  ...phraseHandlers,
  ...libraryHandlers,
  ...talkingPointHandlers,
  ...searchHandlers,
  ...tenderHandlers,
  ...mesoHandlers,
  ...calculatorHandlers,
  ...risksHandlers,
  ...teamHandlers,
  ...planHandlers,
  ...liveHandlers,
};
