import { z } from 'zod';
import { type ConcessionBudget, concessionBudgetPatchSchema } from '../../core/concessionBudget';
import { type Governance, governancePatchSchema } from '../../core/concessions';
import { attachmentUploadSchema, type EvidenceItem, type EvidenceLink, evidenceLinkSchema } from '../../core/evidence';
import { type NoDealAssessment, noDealAssessmentPatchSchema } from '../../core/leverage';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';
import { dealIdInput, recordProcedures } from './records';

/** Preparation II: counterparty map, leverage, evidence pack, anchors, concessions & safeguards. */
export const preparation2Contract = {
  ...recordProcedures('noDeal', noDealAssessmentPatchSchema)<NoDealAssessment>(),
  'evidence.attach': mutation(attachmentUploadSchema)<EvidenceItem>(),
  'evidence.detach': mutation(z.strictObject({ id: entityId('Evidence item') }))<EvidenceItem>(),
  /** The file as base64: the renderer never sees a path on disk. */
  'evidence.download': query(z.strictObject({ id: entityId('Evidence item') }))<{
    name: string;
    type: string;
    size: number;
    contentBase64: string;
  }>(),
  'evidenceLinks.list': query(dealIdInput)<EvidenceLink[]>(),
  'evidenceLinks.link': mutation(evidenceLinkSchema)<EvidenceLink>(),
  'evidenceLinks.unlink': mutation(evidenceLinkSchema)<{ removed: boolean }>(),
  ...recordProcedures('governance', governancePatchSchema)<Governance>(),
  ...recordProcedures('concessionBudget', concessionBudgetPatchSchema)<ConcessionBudget>(),
};
