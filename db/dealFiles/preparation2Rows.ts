import { z } from 'zod';
import { anchorFieldsSchema, ladderStepFieldsSchema } from '../../core/anchors';
import { clauseFieldsSchema, concessionFieldsSchema, governanceSchema } from '../../core/concessions';
import { decisionStepFieldsSchema, stakeholderFieldsSchema } from '../../core/counterparty';
import { claimFieldsSchema, EVIDENCE_TARGETS, evidenceFieldsSchema } from '../../core/evidence';
import { leverageActionFieldsSchema, leverageItemFieldsSchema, noDealAssessmentSchema } from '../../core/leverage';
import { rowPosition } from '../../core/scales';
import { entityId } from '../../core/text';

/**
 * How the Preparation II rows look in a deal file: the same field rules as the screens,
 * plus the columns every list row carries. Strict, so a hostile file is refused whole.
 */
const timestamp = z.iso.datetime({ error: 'Timestamps must be ISO-8601 UTC' });
const rowColumns = {
  id: entityId('Row id'),
  position: rowPosition,
  deletedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
};

export const stakeholderFileRow = stakeholderFieldsSchema.extend(rowColumns);
export const decisionStepFileRow = decisionStepFieldsSchema.extend(rowColumns);
export const leverageItemFileRow = leverageItemFieldsSchema.extend(rowColumns);
export const leverageActionFileRow = leverageActionFieldsSchema.extend(rowColumns);
export const noDealFileRow = noDealAssessmentSchema.extend({ updatedAt: timestamp });
/** Evidence files do not travel in deal files yet: the attachment columns are always empty. */
export const evidenceFileRow = evidenceFieldsSchema.extend({
  ...rowColumns,
  attachmentPath: z.null(),
  attachmentName: z.null(),
  attachmentSize: z.null(),
  attachmentType: z.null(),
});
export const claimFileRow = claimFieldsSchema.extend(rowColumns);
export const evidenceLinkFileRow = z.strictObject({
  id: entityId('Link id'),
  evidenceId: entityId('Evidence item'),
  target: z.enum(EVIDENCE_TARGETS),
  targetId: entityId('Supported item'),
  claimId: entityId('Claim').nullable(),
  anchorId: entityId('Anchor').nullable(),
  issueId: entityId('Issue').nullable(),
  createdAt: timestamp,
});
export const anchorFileRow = anchorFieldsSchema.extend(rowColumns);
export const ladderStepFileRow = ladderStepFieldsSchema.extend(rowColumns);
export const concessionFileRow = concessionFieldsSchema.extend(rowColumns);
export const clauseFileRow = clauseFieldsSchema.extend(rowColumns);
export const governanceFileRow = governanceSchema.extend({ updatedAt: timestamp });
