import {
  DEADLINE_DEFAULTS,
  type Deadline,
  deadlinePatchSchema,
  newDeadlineSchema,
  newRiskSchema,
  newTrustActionSchema,
  RELATIONSHIP_DEFAULTS,
  RISK_DEFAULTS,
  type Risk,
  relationshipPatchSchema,
  riskPatchSchema,
  TRUST_ACTION_DEFAULTS,
  type TrustAction,
  trustActionPatchSchema,
} from '../../core/risks';
import { deadlines, relationships, risks, trustActions } from '../schema';
import { defineDealRecord, defineRowStore } from './dealRows';

export const deadlineStore = defineRowStore<typeof deadlines, Deadline>({
  table: deadlines,
  label: 'The deadline',
  newSchema: newDeadlineSchema,
  patchSchema: deadlinePatchSchema,
  defaults: DEADLINE_DEFAULTS,
});

export const relationshipStore = defineDealRecord({
  table: relationships,
  defaults: RELATIONSHIP_DEFAULTS,
  patchSchema: relationshipPatchSchema,
});

export const trustActionStore = defineRowStore<typeof trustActions, TrustAction>({
  table: trustActions,
  label: 'The trust action',
  newSchema: newTrustActionSchema,
  patchSchema: trustActionPatchSchema,
  defaults: TRUST_ACTION_DEFAULTS,
});

export const riskStore = defineRowStore<typeof risks, Risk>({
  table: risks,
  label: 'The risk',
  newSchema: newRiskSchema,
  patchSchema: riskPatchSchema,
  defaults: RISK_DEFAULTS,
});
