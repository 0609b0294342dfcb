import { backupContract } from './contracts/backups';
import { batnaContract } from './contracts/batna';
import { calculatorContract } from './contracts/calculator';
import { concessionContract } from './contracts/concessions';
import { dealFileContract } from './contracts/dealFiles';
import { dealContract } from './contracts/deals';
import { debriefContract } from './contracts/debrief';
import { evidenceContract } from './contracts/evidence';
import { issueContract } from './contracts/issues';
import { leverageContract } from './contracts/leverage';
import { libraryContract } from './contracts/library';
import { liveContract } from './contracts/live';
import { mesoContract } from './contracts/meso';
import { planContract } from './contracts/plan';
import { risksContract } from './contracts/risks';
import { rowContract } from './contracts/rows';
import { searchContract } from './contracts/search';
import { teamContract } from './contracts/team';
import { tenderContract } from './contracts/tender';

/**
 * THE declaration of Parley's API: procedure name → input schema → output type.
 * Each area declares its procedures in `contracts/<area>.ts`; this object joins them.
 * Electron IPC, the browser-mode HTTP server, the preload bridge and the renderer
 * client are all derived from it, and handlers are type-checked against it.
 */
export const contract = {
  ...dealContract,
  ...leverageContract,
  ...evidenceContract,
  ...concessionContract,
  ...backupContract,
  ...dealFileContract,
  ...rowContract,
  ...batnaContract,
  ...issueContract,
  ...debriefContract,
  ...libraryContract,
  ...searchContract,
  ...mesoContract,
  ...planContract,
  ...calculatorContract,
  ...liveContract,
  ...tenderContract,
  ...risksContract,
  ...teamContract,
};

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export const procedureNames = Object.keys(contract) as ProcedureName[];
