import { concessionBudgetStore, governanceStore } from '../../db/repositories/concessions';
import type { Handlers } from '../handlers';
import { recordHandlers } from './records';

export const concessionHandlers = {
  ...recordHandlers('governance', governanceStore),
  ...recordHandlers('concessionBudget', concessionBudgetStore),
} satisfies Partial<Handlers>;
