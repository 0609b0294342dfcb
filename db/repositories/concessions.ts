import { CONCESSION_BUDGET_DEFAULTS, concessionBudgetPatchSchema } from '../../core/concessionBudget';
import {
  CLAUSE_DEFAULTS,
  CONCESSION_DEFAULTS,
  type Concession,
  type ContingentClause,
  clausePatchSchema,
  concessionPatchSchema,
  GOVERNANCE_DEFAULTS,
  governancePatchSchema,
  newClauseSchema,
  newConcessionSchema,
} from '../../core/concessions';
import { concessionBudgets, concessions, contingentClauses, governance, issues } from '../schema';
import { defineDealRecord, defineRowStore } from './dealRows';

export const concessionStore = defineRowStore<typeof concessions, Concession>({
  table: concessions,
  label: 'The concession',
  newSchema: newConcessionSchema,
  patchSchema: concessionPatchSchema,
  defaults: CONCESSION_DEFAULTS,
  references: [{ field: 'issueId', table: issues, label: 'The issue' }],
});

export const clauseStore = defineRowStore<typeof contingentClauses, ContingentClause>({
  table: contingentClauses,
  label: 'The contingent clause',
  newSchema: newClauseSchema,
  patchSchema: clausePatchSchema,
  defaults: CLAUSE_DEFAULTS,
});

export const governanceStore = defineDealRecord({
  table: governance,
  defaults: GOVERNANCE_DEFAULTS,
  patchSchema: governancePatchSchema,
});

export const concessionBudgetStore = defineDealRecord({
  table: concessionBudgets,
  defaults: CONCESSION_BUDGET_DEFAULTS,
  patchSchema: concessionBudgetPatchSchema,
});
