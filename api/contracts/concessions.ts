import { type ConcessionBudget, concessionBudgetPatchSchema } from '../../core/concessionBudget';
import { type Governance, governancePatchSchema } from '../../core/concessions';
import { recordProcedures } from './records';

/** Concessions & safeguards: governance and the concession budget (the log and clauses are list tables, `rows.*`). */
export const concessionContract = {
  ...recordProcedures('governance', governancePatchSchema)<Governance>(),
  ...recordProcedures('concessionBudget', concessionBudgetPatchSchema)<ConcessionBudget>(),
};
