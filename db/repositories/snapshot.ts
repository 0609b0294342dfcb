import { eq } from 'drizzle-orm';
import { BATNA_DEFAULTS, type Batna, type BatnaAction } from '../../core/batna';
import { notFound } from '../../core/errors';
import type { DiagnosticQuestion, Interest, Position } from '../../core/interests';
import type { Issue, IssueOption } from '../../core/issues';
import { MESO_SETTINGS_DEFAULTS, type MesoSettingsFields, OFFER_KINDS } from '../../core/mesoOffers';
import { dealProgress } from '../../core/progress';
import type { DealSnapshot, SnapshotMeso } from '../../core/snapshot';
import { contentSummaryOf, type TenderProgressContent } from '../../core/snapshotProgress';
import type { StrategySnapshot } from '../../core/strategy';
import { nowIso } from '../../core/time';
import { type DealRows, readDeals } from '../dealTables/read';
import type { ParleyDb } from '../parleyDb';
import { deals, type mesoOffers } from '../schema';
import { type DealRow, toDeal } from './dealRow';
import { concessionBudgetOf, meetingsOf, risksOf, teamOf } from './snapshotRisks';
import { strategyOf } from './strategy';

/**
 * Snapshots of several deals, read inside the caller's transaction from the deal-table
 * registry (db/dealTables/read.ts: every table, table by table, never per deal). Rows keep
 * their on-screen order (position). Deleted or unknown ids are simply absent.
 */
export function loadSnapshots(
  db: ParleyDb,
  dealRows: readonly DealRow[],
  takenAt = nowIso(),
): Map<string, DealSnapshot> {
  const all = readDeals(
    db,
    dealRows.map((d) => d.id),
  );
  const snapshots = new Map<string, DealSnapshot>();
  for (const row of dealRows) {
    const deal = toDeal(row);
    const rows = all.get(deal.id) ?? {};
    const batnaRow = rows.batna?.[0] as Batna | undefined;
    const batna: Batna = batnaRow ? { ...batnaRow } : { ...BATNA_DEFAULTS, dealId: deal.id, updatedAt: null };
    const optionsByIssue = new Map<string, IssueOption[]>();
    for (const option of (rows.issueOptions ?? []) as unknown as IssueOption[]) {
      const list = optionsByIssue.get(option.issueId);
      if (list) list.push({ ...option });
      else optionsByIssue.set(option.issueId, [{ ...option }]);
    }
    const issueRows = (rows.issues ?? []) as unknown as Omit<Issue, 'options'>[];
    const issueList: Issue[] = issueRows.map((r) => ({ ...r, options: optionsByIssue.get(r.id) ?? [] }));
    const issueOrder = new Map(issueRows.map((r, index) => [r.id, index]));
    const issueLinks = new Map<string, string[]>();
    const links = [...((rows.interestIssues ?? []) as { interestId: string; issueId: string }[])].sort(
      (a, b) => (issueOrder.get(a.issueId) ?? 0) - (issueOrder.get(b.issueId) ?? 0),
    );
    for (const link of links)
      issueLinks.set(link.interestId, [...(issueLinks.get(link.interestId) ?? []), link.issueId]);
    const interestList: Interest[] = ((rows.interests ?? []) as unknown as Omit<Interest, 'issueIds'>[]).map((r) => ({
      ...r,
      issueIds: issueLinks.get(r.id) ?? [],
    }));
    const interestsMap = {
      positions: (rows.positions ?? []) as unknown as Position[],
      interests: interestList,
      questions: (rows.diagnosticQuestions ?? []) as unknown as DiagnosticQuestion[],
    };
    const strategy = strategyOf(rows);
    const meso = mesoOf(rows);
    const team = teamOf(rows);
    const risks = risksOf(rows);
    const meetings = meetingsOf(rows);
    snapshots.set(deal.id, {
      deal,
      takenAt,
      batna,
      batnaActions: (rows.batnaActions ?? []) as unknown as BatnaAction[],
      issues: issueList,
      interests: interestsMap,
      progress: dealProgress(
        contentSummaryOf({
          deal,
          batna,
          issues: issueList,
          interests: interestsMap,
          strategy,
          meso,
          team,
          risks,
          meetings,
          tender: tenderProgressOf(rows),
        }),
      ),
      ...strategyAreas(strategy, concessionBudgetOf(rows)),
      meso,
      team,
      risks,
      meetings,
    });
  }
  return snapshots;
}

/** What the tender's progress rule reads of its rows. */
function tenderProgressOf(rows: DealRows): TenderProgressContent {
  const tender = rows.tender?.[0] as { pickedScenario: string | null } | undefined;
  return {
    tender: { pickedScenario: tender?.pickedScenario ?? null },
    lots: (rows.tenderLots ?? []) as unknown as TenderProgressContent['lots'],
    suppliers: (rows.tenderSuppliers ?? []) as unknown as TenderProgressContent['suppliers'],
    bids: (rows.tenderBids ?? []) as unknown as TenderProgressContent['bids'],
    bidLines: (rows.tenderBidLines ?? []) as unknown as TenderProgressContent['bidLines'],
  };
}

/** MESO offers (ours, then received, in grid order) with their picks, and the grid's settings. */
function mesoOf(rows: DealRows): SnapshotMeso {
  const picks = new Map<string, Record<string, string>>();
  for (const c of (rows.mesoOfferChoices ?? []) as { offerId: string; issueId: string; optionId: string }[]) {
    const map = picks.get(c.offerId) ?? {};
    map[c.issueId] = c.optionId;
    picks.set(c.offerId, map);
  }
  const offers = [...((rows.mesoOffers ?? []) as unknown as (typeof mesoOffers.$inferSelect)[])].sort(
    (a, b) => OFFER_KINDS.indexOf(a.kind) - OFFER_KINDS.indexOf(b.kind),
  );
  const settings = rows.mesoSettings?.[0] as MesoSettingsFields | undefined;
  return {
    offers: offers.map((o) => ({
      id: o.id,
      kind: o.kind,
      label: o.label,
      fromName: o.fromName,
      choices: picks.get(o.id) ?? {},
    })),
    settings: settings
      ? {
          targetPoints: settings.targetPoints,
          tolerance: settings.tolerance,
          floorPoints: settings.floorPoints,
          suggestCount: settings.suggestCount,
          offerSender: settings.offerSender,
          offerDate: settings.offerDate,
          offerValidUntil: settings.offerValidUntil,
          offerBasis: settings.offerBasis,
        }
      : { ...MESO_SETTINGS_DEFAULTS },
  };
}

/** The strategy steps as the plan reads them (see core/snapshot.ts). */
function strategyAreas(
  p: StrategySnapshot,
  budget: NonNullable<DealSnapshot['concessions']>['budget'],
): Partial<DealSnapshot> {
  return {
    counterparty: { stakeholders: p.stakeholders, decisionSteps: p.decisionSteps },
    leverage: { items: p.leverageItems, actions: p.leverageActions, noDeal: p.noDeal },
    evidence: { items: p.evidence, claims: p.claims, links: p.links },
    anchors: { anchors: p.anchors, ladderSteps: p.ladderSteps },
    concessions: { concessions: p.concessions, clauses: p.clauses, governance: p.governance, budget },
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
