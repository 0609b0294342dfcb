import { asc, eq } from 'drizzle-orm';
import { BATNA_DEFAULTS, type Batna, type BatnaAction } from '../../core/batna';
import { notFound } from '../../core/errors';
import type { Interest } from '../../core/interests';
import type { Issue, IssueOption } from '../../core/issues';
import { MESO_SETTINGS_DEFAULTS } from '../../core/mesoOffers';
import type { Preparation2Snapshot } from '../../core/preparation2Progress';
import { dealProgress } from '../../core/progress';
import type { DealSnapshot, SnapshotMeso } from '../../core/snapshot';
import { contentSummaryOf } from '../../core/snapshotProgress';
import { nowIso } from '../../core/time';
import type { ParleyDb } from '../database';
import {
  batnaActions,
  batnas,
  deals,
  diagnosticQuestions,
  interestIssues,
  interests,
  issueOptions,
  issues,
  mesoOfferChoices,
  mesoOffers,
  mesoSettings,
  positions,
} from '../schema';
import { rowsFor } from './bulkRows';
import { type DealRow, toDeal } from './deals';
import { preparation2Snapshots } from './snapshotPreparation2';

/**
 * Snapshots of several deals, read inside the caller's transaction. Rows keep their
 * on-screen order (position). Deleted or unknown ids are simply absent from the answer.
 */
export function loadSnapshots(
  db: ParleyDb,
  dealRows: readonly DealRow[],
  takenAt = nowIso(),
): Map<string, DealSnapshot> {
  const ids = dealRows.map((d) => d.id);
  const batnaRows = rowsFor(
    ids,
    batnas.dealId,
    (where) => db.select().from(batnas).where(where).all(),
    (r) => r.dealId,
  );
  const actionRows = rowsFor(
    ids,
    batnaActions.dealId,
    (where) => db.select().from(batnaActions).where(where).orderBy(asc(batnaActions.position)).all(),
    (r) => r.dealId,
  );
  const issueRows = rowsFor(
    ids,
    issues.dealId,
    (where) => db.select().from(issues).where(where).orderBy(asc(issues.position)).all(),
    (r) => r.dealId,
  );
  const optionRows = rowsFor(
    ids,
    issues.dealId,
    (where) =>
      db
        .select({ option: issueOptions, dealId: issues.dealId })
        .from(issueOptions)
        .innerJoin(issues, eq(issues.id, issueOptions.issueId))
        .where(where)
        .orderBy(asc(issueOptions.position))
        .all(),
    (r) => r.dealId,
  );
  const positionRows = rowsFor(
    ids,
    positions.dealId,
    (where) => db.select().from(positions).where(where).orderBy(asc(positions.position)).all(),
    (r) => r.dealId,
  );
  const interestRows = rowsFor(
    ids,
    interests.dealId,
    (where) => db.select().from(interests).where(where).orderBy(asc(interests.position)).all(),
    (r) => r.dealId,
  );
  const linkRows = rowsFor(
    ids,
    interests.dealId,
    (where) =>
      db
        .select({ interestId: interestIssues.interestId, issueId: interestIssues.issueId, dealId: interests.dealId })
        .from(interestIssues)
        .innerJoin(interests, eq(interests.id, interestIssues.interestId))
        .innerJoin(issues, eq(issues.id, interestIssues.issueId))
        .where(where)
        .orderBy(asc(issues.position))
        .all(),
    (r) => r.dealId,
  );
  const questionRows = rowsFor(
    ids,
    diagnosticQuestions.dealId,
    (where) => db.select().from(diagnosticQuestions).where(where).orderBy(asc(diagnosticQuestions.position)).all(),
    (r) => r.dealId,
  );

  const preparation2 = preparation2Snapshots(db, ids);
  const meso = mesoSnapshots(db, ids);

  const snapshots = new Map<string, DealSnapshot>();
  for (const row of dealRows) {
    const deal = toDeal(row);
    const batnaRow = batnaRows.get(deal.id)?.[0];
    const batna: Batna = batnaRow ? { ...batnaRow } : { ...BATNA_DEFAULTS, dealId: deal.id, updatedAt: null };
    const optionsByIssue = new Map<string, IssueOption[]>();
    for (const { option } of optionRows.get(deal.id) ?? []) {
      const list = optionsByIssue.get(option.issueId);
      if (list) list.push({ ...option });
      else optionsByIssue.set(option.issueId, [{ ...option }]);
    }
    const issueList: Issue[] = (issueRows.get(deal.id) ?? []).map((r) => ({
      ...r,
      options: optionsByIssue.get(r.id) ?? [],
    }));
    const issueLinks = new Map<string, string[]>();
    for (const link of linkRows.get(deal.id) ?? []) {
      issueLinks.set(link.interestId, [...(issueLinks.get(link.interestId) ?? []), link.issueId]);
    }
    const interestList: Interest[] = (interestRows.get(deal.id) ?? []).map((r) => ({
      ...r,
      issueIds: issueLinks.get(r.id) ?? [],
    }));
    const interestsMap = {
      positions: positionRows.get(deal.id) ?? [],
      interests: interestList,
      questions: questionRows.get(deal.id) ?? [],
    };
    const batnaActionList: BatnaAction[] = actionRows.get(deal.id) ?? [];
    const p2 = preparation2.get(deal.id);
    snapshots.set(deal.id, {
      deal,
      takenAt,
      batna,
      batnaActions: batnaActionList,
      issues: issueList,
      interests: interestsMap,
      progress: dealProgress(
        contentSummaryOf({
          deal,
          batna,
          issues: issueList,
          interests: interestsMap,
          preparation2: p2,
          meso: meso.get(deal.id),
        }),
      ),
      ...(p2 ? preparation2Areas(p2) : {}),
      ...(meso.has(deal.id) ? { meso: meso.get(deal.id) } : {}),
    });
  }
  return snapshots;
}

/** MESO offers (ours, then received, in grid order) with their picks, and the grid's settings. */
function mesoSnapshots(db: ParleyDb, ids: readonly string[]): Map<string, SnapshotMeso> {
  const offers = rowsFor(
    ids,
    mesoOffers.dealId,
    (where) => db.select().from(mesoOffers).where(where).orderBy(asc(mesoOffers.kind), asc(mesoOffers.position)).all(),
    (r) => r.dealId,
  );
  const choices = rowsFor(
    ids,
    mesoOffers.dealId,
    (where) =>
      db
        .select({
          offerId: mesoOfferChoices.offerId,
          issueId: mesoOfferChoices.issueId,
          optionId: mesoOfferChoices.optionId,
          dealId: mesoOffers.dealId,
        })
        .from(mesoOfferChoices)
        .innerJoin(mesoOffers, eq(mesoOffers.id, mesoOfferChoices.offerId))
        .where(where)
        .all(),
    (r) => r.dealId,
  );
  const settings = rowsFor(
    ids,
    mesoSettings.dealId,
    (where) => db.select().from(mesoSettings).where(where).all(),
    (r) => r.dealId,
  );
  const result = new Map<string, SnapshotMeso>();
  for (const id of ids) {
    const picks = new Map<string, Record<string, string>>();
    for (const c of choices.get(id) ?? []) {
      const map = picks.get(c.offerId) ?? {};
      map[c.issueId] = c.optionId;
      picks.set(c.offerId, map);
    }
    const row = settings.get(id)?.[0];
    result.set(id, {
      offers: (offers.get(id) ?? []).map((o) => ({
        id: o.id,
        kind: o.kind,
        label: o.label,
        fromName: o.fromName,
        choices: picks.get(o.id) ?? {},
      })),
      settings: row
        ? {
            targetPoints: row.targetPoints,
            tolerance: row.tolerance,
            floorPoints: row.floorPoints,
            suggestCount: row.suggestCount,
            offerSender: row.offerSender,
            offerDate: row.offerDate,
            offerValidUntil: row.offerValidUntil,
            offerBasis: row.offerBasis,
          }
        : { ...MESO_SETTINGS_DEFAULTS },
    });
  }
  return result;
}

/** Preparation II as the plan reads it (see core/snapshot.ts). */
function preparation2Areas(p: Preparation2Snapshot): Partial<DealSnapshot> {
  return {
    counterparty: { stakeholders: p.stakeholders, decisionSteps: p.decisionSteps },
    leverage: { items: p.leverageItems, actions: p.leverageActions, noDeal: p.noDeal },
    evidence: { items: p.evidence, claims: p.claims, links: p.links },
    anchors: { anchors: p.anchors, ladderSteps: p.ladderSteps },
    concessions: { concessions: p.concessions, clauses: p.clauses, governance: p.governance },
  };
}

/** One deal's snapshot, read in one transaction so every part is from the same moment. */
export function getDealSnapshot(db: ParleyDb, dealId: string): DealSnapshot {
  return db.transaction((tx) => {
    const row = tx.select().from(deals).where(eq(deals.id, dealId)).get();
    if (!row || row.deletedAt !== null) throw notFound('The deal');
    const snapshot = loadSnapshots(tx, [row]).get(dealId);
    if (!snapshot) throw notFound('The deal');
    return snapshot;
  });
}
