import type { Preparation2Snapshot } from '../../core/preparation2Progress';
import type { ParleyDb } from '../database';
import { anchorStore, ladderStepStore } from './anchors';
import { clauseStore, concessionStore, governanceStore } from './concessions';
import { decisionStepStore, stakeholderStore } from './counterparty';
import { claimStore, copyEvidenceLinks, evidenceStore, listEvidenceLinks } from './evidence';
import { leverageActionStore, leverageItemStore, noDealStore } from './leverage';

/**
 * Duplicating a deal copies everything of Preparation II, in dependency order so each
 * reference (issue of an anchor, approver, anchor of a step, both ends of an evidence
 * link) follows its row. Called by the preparation copy step once issues are copied, with
 * their id map. Evidence files are shared with the source, not copied (see
 * removeUnreferencedFiles).
 */
export function copyPreparation2(tx: ParleyDb, fromDealId: string, toDealId: string, issueIds: Map<string, string>) {
  const ids = new Map(issueIds);
  for (const store of [
    stakeholderStore,
    decisionStepStore,
    leverageItemStore,
    leverageActionStore,
    evidenceStore,
    claimStore,
    anchorStore,
    ladderStepStore,
    concessionStore,
    clauseStore,
  ]) {
    store.copy(tx, fromDealId, toDealId, ids);
  }
  noDealStore.copy(tx, fromDealId, toDealId);
  governanceStore.copy(tx, fromDealId, toDealId);
  copyEvidenceLinks(tx, fromDealId, toDealId, ids);
}

/** Everything of Preparation II for one deal, for completion and the plan. */
export function preparation2Snapshot(db: ParleyDb, dealId: string): Preparation2Snapshot {
  return {
    stakeholders: stakeholderStore.list(db, dealId),
    decisionSteps: decisionStepStore.list(db, dealId),
    leverageItems: leverageItemStore.list(db, dealId),
    leverageActions: leverageActionStore.list(db, dealId),
    noDeal: noDealStore.get(db, dealId),
    evidence: evidenceStore.list(db, dealId),
    claims: claimStore.list(db, dealId),
    links: listEvidenceLinks(db, dealId),
    anchors: anchorStore.list(db, dealId),
    ladderSteps: ladderStepStore.list(db, dealId),
    concessions: concessionStore.list(db, dealId),
    clauses: clauseStore.list(db, dealId),
    governance: governanceStore.get(db, dealId),
  };
}
