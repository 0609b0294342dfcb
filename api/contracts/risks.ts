import {
  type Deadline,
  deadlinePatchSchema,
  newDeadlineSchema,
  newRiskSchema,
  newTrustActionSchema,
  type Relationship,
  type Risk,
  relationshipPatchSchema,
  riskPatchSchema,
  type TrustAction,
  trustActionPatchSchema,
} from '../../core/risks';
import { recordProcedures, rowProcedures } from './rows';

/** Time, trust & risks: both sides' deadlines, the relationship goal and trust actions, the risk register. */
export const risksContract = {
  ...rowProcedures('deadlines', newDeadlineSchema, deadlinePatchSchema)<Deadline>(),
  ...recordProcedures('relationship', relationshipPatchSchema)<Relationship>(),
  ...rowProcedures('trustActions', newTrustActionSchema, trustActionPatchSchema)<TrustAction>(),
  ...rowProcedures('risks', newRiskSchema, riskPatchSchema)<Risk>(),
};
