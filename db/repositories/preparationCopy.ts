import { copyBatna } from './batna';
import { dealCopySteps } from './deals';
import { copyInterests } from './interests';
import { copyIssues } from './issues';
import { copyMeso } from './meso';
import { copyPreparation2 } from './preparation2';

/**
 * One copy step for BATNA, issues, interests, Preparation II and MESO offers: they reference
 * each other (the main issue, interest ↔ issue links, questions, anchors, offer picks), so
 * issues go first and hand over their id maps.
 * Importing this module registers it; the API router imports it.
 */
export function copyPreparation(...[tx, fromDealId, toDealId]: Parameters<(typeof dealCopySteps)[number]>): void {
  const optionIds = new Map<string, string>();
  const issueIds = copyIssues(tx, fromDealId, toDealId, optionIds);
  copyBatna(tx, fromDealId, toDealId, issueIds);
  copyInterests(tx, fromDealId, toDealId, issueIds);
  copyPreparation2(tx, fromDealId, toDealId, issueIds);
  copyMeso(tx, fromDealId, toDealId, issueIds, optionIds);
}

if (!dealCopySteps.includes(copyPreparation)) dealCopySteps.push(copyPreparation);
