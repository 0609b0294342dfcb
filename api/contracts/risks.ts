import { type Relationship, relationshipPatchSchema } from '../../core/risks';
import { recordProcedures } from './records';

/** Time, trust & risks: the relationship goal (deadlines, trust actions and risks are row tables). */
export const risksContract = {
  ...recordProcedures('relationship', relationshipPatchSchema)<Relationship>(),
};
