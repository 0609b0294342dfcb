import { and, asc, isNull, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Anchor, LadderStep } from '../../core/anchors';
import { type Concession, type ContingentClause, GOVERNANCE_DEFAULTS } from '../../core/concessions';
import type { DecisionStep, Stakeholder } from '../../core/counterparty';
import type { Claim } from '../../core/evidence';
import { type LeverageAction, type LeverageItem, NO_DEAL_DEFAULTS } from '../../core/leverage';
import type { Preparation2Snapshot } from '../../core/preparation2Progress';
import type { ParleyDb } from '../database';
import {
  anchors,
  claims,
  concessions,
  contingentClauses,
  decisionSteps,
  evidenceItems,
  evidenceLinks,
  governance,
  ladderSteps,
  leverageActions,
  leverageItems,
  noDealAssessments,
  stakeholders,
} from '../schema';
import { rowsFor } from './bulkRows';
import { toEvidence, toLink } from './evidence';

interface ListColumns {
  dealId: SQLiteColumn;
  deletedAt: SQLiteColumn;
  position: SQLiteColumn;
  createdAt: SQLiteColumn;
}

/** Live rows of a Preparation II list table for many deals, in the order its store lists them. */
function liveRows<R extends { dealId: string; deletedAt?: string | null }>(
  db: ParleyDb,
  ids: readonly string[],
  table: SQLiteTable & ListColumns,
): Map<string, R[]> {
  return rowsFor(
    ids,
    table.dealId,
    (where) =>
      db
        .select()
        .from(table)
        .where(and(isNull(table.deletedAt), where) as SQL)
        .orderBy(asc(table.position), asc(table.createdAt))
        .all() as R[],
    (row) => row.dealId,
  );
}

const withoutDeleted = <R extends { deletedAt?: unknown }>({ deletedAt: _deleted, ...row }: R) => row;

function pick<F extends Record<string, unknown>>(defaults: F, row: Record<string, unknown> | undefined): F {
  if (!row) return { ...defaults };
  return Object.fromEntries(Object.keys(defaults).map((key) => [key, row[key]])) as F;
}

/**
 * Preparation II of many deals, read table by table (never per deal), answering exactly
 * what db/repositories/preparation2.ts `preparation2Snapshot` answers for each deal (an
 * integration test holds the two together).
 */
export function preparation2Snapshots(db: ParleyDb, ids: readonly string[]): Map<string, Preparation2Snapshot> {
  type Live<T> = T & { dealId: string; deletedAt?: string | null };
  const people = liveRows<Live<Stakeholder>>(db, ids, stakeholders);
  const steps = liveRows<Live<DecisionStep>>(db, ids, decisionSteps);
  const items = liveRows<Live<LeverageItem>>(db, ids, leverageItems);
  const actions = liveRows<Live<LeverageAction>>(db, ids, leverageActions);
  const evidence = liveRows<typeof evidenceItems.$inferSelect>(db, ids, evidenceItems);
  const claimRows = liveRows<Live<Claim>>(db, ids, claims);
  const anchorRows = liveRows<Live<Anchor>>(db, ids, anchors);
  const ladder = liveRows<Live<LadderStep>>(db, ids, ladderSteps);
  const concessionRows = liveRows<Live<Concession>>(db, ids, concessions);
  const clauses = liveRows<Live<ContingentClause>>(db, ids, contingentClauses);
  const links = rowsFor(
    ids,
    evidenceLinks.dealId,
    (where) => db.select().from(evidenceLinks).where(where).all(),
    (r) => r.dealId,
  );
  const noDeal = rowsFor(
    ids,
    noDealAssessments.dealId,
    (where) => db.select().from(noDealAssessments).where(where).all(),
    (r) => r.dealId,
  );
  const governanceRows = rowsFor(
    ids,
    governance.dealId,
    (where) => db.select().from(governance).where(where).all(),
    (r) => r.dealId,
  );

  const result = new Map<string, Preparation2Snapshot>();
  for (const id of ids) {
    const evidenceList = (evidence.get(id) ?? []).map(toEvidence);
    const claimList = (claimRows.get(id) ?? []).map(withoutDeleted);
    const anchorList = (anchorRows.get(id) ?? []).map(withoutDeleted);
    // A soft-deleted item, claim or anchor hides its links, as on the screens.
    const live = new Set([...evidenceList, ...claimList, ...anchorList].map((row) => row.id));
    result.set(id, {
      stakeholders: (people.get(id) ?? []).map(withoutDeleted),
      decisionSteps: (steps.get(id) ?? []).map(withoutDeleted),
      leverageItems: (items.get(id) ?? []).map(withoutDeleted),
      leverageActions: (actions.get(id) ?? []).map(withoutDeleted),
      noDeal: pick(NO_DEAL_DEFAULTS, noDeal.get(id)?.[0]),
      evidence: evidenceList,
      claims: claimList,
      links: (links.get(id) ?? [])
        .filter((link) => live.has(link.evidenceId) && (link.target === 'issue' || live.has(link.targetId)))
        .map(toLink),
      anchors: anchorList,
      ladderSteps: (ladder.get(id) ?? []).map(withoutDeleted),
      concessions: (concessionRows.get(id) ?? []).map(withoutDeleted),
      clauses: (clauses.get(id) ?? []).map(withoutDeleted),
      governance: pick(GOVERNANCE_DEFAULTS, governanceRows.get(id)?.[0]),
    });
  }
  return result;
}
