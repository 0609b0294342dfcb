import { type NoDealAssessment, noDealAssessmentPatchSchema } from '../../core/leverage';
import { recordProcedures } from './records';

/** Leverage: the no-deal assessment (its items and actions are list tables, `rows.*`). */
export const leverageContract = {
  ...recordProcedures('noDeal', noDealAssessmentPatchSchema)<NoDealAssessment>(),
};
