import { z } from 'zod';
import {
  type Anchor,
  anchorPatchSchema,
  type LadderStep,
  ladderStepPatchSchema,
  newAnchorSchema,
  newLadderStepSchema,
} from '../../core/anchors';
import { type ConcessionBudget, concessionBudgetPatchSchema } from '../../core/concessionBudget';
import {
  type Concession,
  type ContingentClause,
  clausePatchSchema,
  concessionPatchSchema,
  type Governance,
  governancePatchSchema,
  newClauseSchema,
  newConcessionSchema,
} from '../../core/concessions';
import {
  type DecisionStep,
  decisionStepPatchSchema,
  newDecisionStepSchema,
  newStakeholderSchema,
  type Stakeholder,
  stakeholderPatchSchema,
} from '../../core/counterparty';
import {
  attachmentUploadSchema,
  type Claim,
  claimPatchSchema,
  type EvidenceItem,
  type EvidenceLink,
  evidenceLinkSchema,
  evidencePatchSchema,
  newClaimSchema,
  newEvidenceSchema,
} from '../../core/evidence';
import {
  type LeverageAction,
  type LeverageItem,
  leverageActionPatchSchema,
  leverageItemPatchSchema,
  type NoDealAssessment,
  newLeverageActionSchema,
  newLeverageItemSchema,
  noDealAssessmentPatchSchema,
} from '../../core/leverage';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';
import { dealIdInput, recordProcedures, rowProcedures } from './rows';

/** Preparation II: counterparty map, leverage, evidence pack, anchors, concessions & safeguards. */
export const preparation2Contract = {
  ...rowProcedures('stakeholders', newStakeholderSchema, stakeholderPatchSchema)<Stakeholder>(),
  ...rowProcedures('decisionSteps', newDecisionStepSchema, decisionStepPatchSchema)<DecisionStep>(),
  ...rowProcedures('leverageItems', newLeverageItemSchema, leverageItemPatchSchema)<LeverageItem>(),
  ...rowProcedures('leverageActions', newLeverageActionSchema, leverageActionPatchSchema)<LeverageAction>(),
  ...recordProcedures('noDeal', noDealAssessmentPatchSchema)<NoDealAssessment>(),
  ...rowProcedures('evidence', newEvidenceSchema, evidencePatchSchema)<EvidenceItem>(),
  'evidence.attach': mutation(attachmentUploadSchema)<EvidenceItem>(),
  'evidence.detach': mutation(z.strictObject({ id: entityId('Evidence item') }))<EvidenceItem>(),
  /** The file as base64: the renderer never sees a path on disk. */
  'evidence.download': query(z.strictObject({ id: entityId('Evidence item') }))<{
    name: string;
    type: string;
    size: number;
    contentBase64: string;
  }>(),
  ...rowProcedures('claims', newClaimSchema, claimPatchSchema)<Claim>(),
  'evidenceLinks.list': query(dealIdInput)<EvidenceLink[]>(),
  'evidenceLinks.link': mutation(evidenceLinkSchema)<EvidenceLink>(),
  'evidenceLinks.unlink': mutation(evidenceLinkSchema)<{ removed: boolean }>(),
  ...rowProcedures('anchors', newAnchorSchema, anchorPatchSchema)<Anchor>(),
  ...rowProcedures('ladderSteps', newLadderStepSchema, ladderStepPatchSchema)<LadderStep>(),
  ...rowProcedures('concessions', newConcessionSchema, concessionPatchSchema)<Concession>(),
  ...rowProcedures('clauses', newClauseSchema, clausePatchSchema)<ContingentClause>(),
  ...recordProcedures('governance', governancePatchSchema)<Governance>(),
  ...recordProcedures('concessionBudget', concessionBudgetPatchSchema)<ConcessionBudget>(),
};
