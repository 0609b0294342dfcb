import {
  DECISION_STEP_DEFAULTS,
  type DecisionStep,
  decisionStepPatchSchema,
  newDecisionStepSchema,
  newStakeholderSchema,
  STAKEHOLDER_DEFAULTS,
  type Stakeholder,
  stakeholderPatchSchema,
} from '../../core/counterparty';
import { decisionSteps, stakeholders } from '../schema';
import { defineRowStore } from './dealRows';

export const stakeholderStore = defineRowStore<typeof stakeholders, Stakeholder>({
  table: stakeholders,
  label: 'The stakeholder',
  newSchema: newStakeholderSchema,
  patchSchema: stakeholderPatchSchema,
  defaults: STAKEHOLDER_DEFAULTS,
});

export const decisionStepStore = defineRowStore<typeof decisionSteps, DecisionStep>({
  table: decisionSteps,
  label: 'The decision step',
  newSchema: newDecisionStepSchema,
  patchSchema: decisionStepPatchSchema,
  defaults: DECISION_STEP_DEFAULTS,
  references: [{ field: 'stakeholderId', table: stakeholders, label: 'The approver' }],
});
