import { copyBatna } from './batna';
import { dealCopySteps } from './deals';
import { copyInterests } from './interests';
import { copyIssues } from './issues';
import { copyPreparation2 } from './preparation2';

/**
 * One copy step for BATNA, issues, interests and Preparation II: they reference each other (the main
 * issue, interest ↔ issue links, questions), so issues go first and hand over their id map.
 * Importing this module registers it; the API router imports it.
 */
export function copyPreparation(...[tx, fromDealId, toDealId]: Parameters<(typeof dealCopySteps)[number]>): void {
  const issueIds = copyIssues(tx, fromDealId, toDealId);
  copyBatna(tx, fromDealId, toDealId, issueIds);
  copyInterests(tx, fromDealId, toDealId, issueIds);
  copyPreparation2(tx, fromDealId, toDealId, issueIds);
}

if (!dealCopySteps.includes(copyPreparation)) dealCopySteps.push(copyPreparation);
