import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { longText } from '../../core/text';
import {
  anchors,
  claims,
  concessions,
  contingentClauses,
  debriefAgreements,
  debriefLessons,
  debriefMoments,
  debriefs,
  decisionSteps,
  evidenceItems,
  evidenceLinks,
  governance,
  issues,
  ladderSteps,
  leverageActions,
  leverageItems,
  noDealAssessments,
  stakeholders,
  talkingPoints,
} from '../schema';
import * as debriefRows from './debriefRows';
import { ISSUE_PARTS, MESO_PARTS } from './mesoParts';
import { type DealPart, tablePart } from './part';
import * as rows from './preparation2Rows';

export type { DealPart, MapId } from './part';
export { tablePart } from './part';

export const DEAL_PARTS: DealPart[] = [
  ...ISSUE_PARTS,
  // Preparation II, in dependency order.
  tablePart({
    key: 'stakeholders',
    table: stakeholders,
    dealColumn: stakeholders.dealId,
    row: rows.stakeholderFileRow,
  }),
  tablePart({
    key: 'decisionSteps',
    table: decisionSteps,
    dealColumn: decisionSteps.dealId,
    row: rows.decisionStepFileRow,
    idFields: ['stakeholderId'],
  }),
  tablePart({
    key: 'leverageItems',
    table: leverageItems,
    dealColumn: leverageItems.dealId,
    row: rows.leverageItemFileRow,
  }),
  tablePart({
    key: 'leverageActions',
    table: leverageActions,
    dealColumn: leverageActions.dealId,
    row: rows.leverageActionFileRow,
  }),
  tablePart({ key: 'noDeal', table: noDealAssessments, dealColumn: noDealAssessments.dealId, row: rows.noDealFileRow }),
  withoutAttachments(
    tablePart({ key: 'evidence', table: evidenceItems, dealColumn: evidenceItems.dealId, row: rows.evidenceFileRow }),
  ),
  tablePart({ key: 'claims', table: claims, dealColumn: claims.dealId, row: rows.claimFileRow }),
  withKnownIssues(
    tablePart({
      key: 'anchors',
      table: anchors,
      dealColumn: anchors.dealId,
      row: rows.anchorFileRow,
      idFields: ['issueId'],
    }),
  ),
  tablePart({
    key: 'ladderSteps',
    table: ladderSteps,
    dealColumn: ladderSteps.dealId,
    row: rows.ladderStepFileRow,
    idFields: ['anchorId'],
  }),
  withKnownIssues(
    tablePart({
      key: 'evidenceLinks',
      table: evidenceLinks,
      dealColumn: evidenceLinks.dealId,
      row: rows.evidenceLinkFileRow,
      idFields: ['evidenceId', 'targetId', 'claimId', 'anchorId', 'issueId'],
    }),
  ),
  tablePart({ key: 'concessions', table: concessions, dealColumn: concessions.dealId, row: rows.concessionFileRow }),
  tablePart({
    key: 'contingentClauses',
    table: contingentClauses,
    dealColumn: contingentClauses.dealId,
    row: rows.clauseFileRow,
  }),
  tablePart({ key: 'governance', table: governance, dealColumn: governance.dealId, row: rows.governanceFileRow }),
  ...MESO_PARTS,
  // Debrief, after the issues: agreed options name issues and options by id, mapped like every other id.
  tablePart({
    key: 'debrief',
    table: debriefs,
    dealColumn: debriefs.dealId,
    row: debriefRows.debriefFileRow,
    maxRows: 1,
  }),
  tablePart({
    key: 'debriefAgreements',
    table: debriefAgreements,
    dealColumn: debriefAgreements.dealId,
    row: debriefRows.agreementFileRow,
    idFields: ['issueId', 'optionId'],
    maxRows: 500,
  }),
  tablePart({
    key: 'debriefMoments',
    table: debriefMoments,
    dealColumn: debriefMoments.dealId,
    row: debriefRows.momentFileRow,
  }),
  tablePart({
    key: 'debriefLessons',
    table: debriefLessons,
    dealColumn: debriefLessons.dealId,
    row: debriefRows.lessonFileRow,
  }),
  // The deal's "What to say" notes: one row keyed by the deal itself (no id of its own).
  tablePart({
    key: 'talkingPoints',
    table: talkingPoints,
    dealColumn: talkingPoints.dealId,
    row: z.strictObject({
      text: longText('What to say'),
      updatedAt: z.iso.datetime({ error: 'Updated at must be an ISO-8601 UTC time' }),
    }),
    maxRows: 1,
  }),
];

/**
 * Issues do not travel in deal files yet: an anchor keeps its issue only when that issue
 * is already in the deal (a "replace" of an existing deal), and a link to a missing issue
 * is left out, so the import never breaks on a dangling reference.
 */
function withKnownIssues(part: DealPart): DealPart {
  return {
    ...part,
    importRows: (tx, dealId, list, mapId) => {
      const known = (id: unknown) =>
        typeof id === 'string' &&
        tx
          .select({ id: issues.id })
          .from(issues)
          .where(and(eq(issues.id, mapId(id)), eq(issues.dealId, dealId)))
          .get() !== undefined;
      const kept = list
        .filter((row) => row.target !== 'issue' || known(row.issueId))
        .map((row) => (row.issueId === undefined || known(row.issueId) ? row : { ...row, issueId: null }));
      part.importRows(tx, dealId, kept, mapId);
    },
  };
}

/**
 * A path on disk belongs to one data folder, so evidence rows travel without it; the files
 * themselves travel beside the rows (dealFiles/attachments.ts) and get new paths on import.
 */
function withoutAttachments(part: DealPart): DealPart {
  const noFile = { attachmentPath: null, attachmentName: null, attachmentSize: null, attachmentType: null };
  return {
    ...part,
    exportRows: (tx, dealId) => part.exportRows(tx, dealId).map((row) => ({ ...row, ...noFile })),
    importRows: (tx, dealId, list, mapId) =>
      part.importRows(
        tx,
        dealId,
        list.map((row) => ({ ...row, ...noFile })),
        mapId,
      ),
  };
}
