import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import {
  type DiagnosticQuestion,
  INTEREST_DEFAULTS,
  type Interest,
  type InterestsMap,
  interestPatchSchema,
  newInterestSchema,
  newPositionSchema,
  newQuestionSchema,
  POSITION_DEFAULTS,
  type Position,
  positionPatchSchema,
  QUESTION_DEFAULTS,
  questionPatchSchema,
} from '../../core/interests';
import type { ParleyDb } from '../parleyDb';
import { diagnosticQuestions, interestIssues, interests, issues, positions, stakeholders } from '../schema';
import { foreignRow } from './dealChild';
import { defineRowStore } from './dealRows';

/** Live issue ids linked to each interest, in the issues' on-screen order. */
function linksOf(db: ParleyDb, interestIds: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>(interestIds.map((id) => [id, []]));
  if (interestIds.length === 0) return map;
  const rows = db
    .select({ interestId: interestIssues.interestId, issueId: interestIssues.issueId })
    .from(interestIssues)
    .innerJoin(issues, eq(issues.id, interestIssues.issueId))
    .where(and(inArray(interestIssues.interestId, interestIds), isNull(issues.deletedAt)))
    .orderBy(asc(issues.position))
    .all();
  for (const row of rows) map.get(row.interestId)?.push(row.issueId);
  return map;
}

/** Replaces an interest's issue links; every issue must be a live issue of the deal. */
function writeLinks(tx: ParleyDb, interestId: string, dealId: string, issueIds: string[]) {
  const wanted = [...new Set(issueIds)];
  if (wanted.length > 0) {
    const found = tx
      .select({ id: issues.id })
      .from(issues)
      .where(and(inArray(issues.id, wanted), eq(issues.dealId, dealId), isNull(issues.deletedAt)))
      .all();
    if (found.length !== wanted.length) throw foreignRow('A linked issue', 'issueIds');
  }
  tx.delete(interestIssues).where(eq(interestIssues.interestId, interestId)).run();
  for (const issueId of wanted) tx.insert(interestIssues).values({ interestId, issueId }).run();
}

/** Ids among `ids` whose rows of `table` are live (not waiting in their undo window). */
function liveIds(
  db: ParleyDb,
  table: typeof issues | typeof interests | typeof stakeholders,
  ids: (string | null)[],
): Set<string> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Set();
  return new Set(
    db
      .select({ id: table.id })
      .from(table)
      .where(and(inArray(table.id, wanted), isNull(table.deletedAt)))
      .all()
      .map((row) => row.id),
  );
}

/* Stakeholder links ---------------------------------------------------------------------
 * A position or interest may name the stakeholder holding it (counterparty map). The link
 * is one nullable column: a stakeholder in "recently deleted" reads as no link (Undo brings
 * it back), and purging the stakeholder clears it (ON DELETE SET NULL). */

const holderReference = { field: 'stakeholderId', table: stakeholders, label: 'The stakeholder' };
const SIDE_OF_PARTY = { us: 'ours', them: 'theirs' } as const;

/** A holder stands on the row's side: their CIO cannot hold our position. */
function holderOnSide(
  row: { party: Position['party']; stakeholderId: string | null },
  db: ParleyDb,
): Record<string, string> {
  if (!row.stakeholderId) return {};
  const side = db
    .select({ side: stakeholders.side })
    .from(stakeholders)
    .where(eq(stakeholders.id, row.stakeholderId))
    .get()?.side;
  if (!side || side === SIDE_OF_PARTY[row.party]) return {};
  return {
    stakeholderId: `The stakeholder is on ${side === 'ours' ? 'our' : 'their'} side, not ${row.party === 'us' ? 'ours' : 'theirs'}.`,
  };
}

/** A link to a stakeholder waiting in "recently deleted" reads as none. */
function withLiveHolders<R extends { stakeholderId: string | null }>(db: ParleyDb, rows: R[]): R[] {
  const live = liveIds(
    db,
    stakeholders,
    rows.map((row) => row.stakeholderId),
  );
  return rows.map((row) => ({
    ...row,
    stakeholderId: row.stakeholderId && live.has(row.stakeholderId) ? row.stakeholderId : null,
  }));
}

/** What a party says it wants. */
export const positionStore = defineRowStore<typeof positions, Position>({
  table: positions,
  label: 'The position',
  newSchema: newPositionSchema,
  patchSchema: positionPatchSchema,
  defaults: POSITION_DEFAULTS,
  references: [holderReference],
  check: holderOnSide,
  read: (db, rows) => withLiveHolders(db, rows).map(({ deletedAt: _deleted, ...row }) => row),
});

/** Why it wants it, with the issues it touches (kept in interest_issues; stay through a delete, for Undo). */
export const interestStore = defineRowStore<typeof interests, Interest>({
  table: interests,
  label: 'The interest',
  newSchema: newInterestSchema,
  patchSchema: interestPatchSchema,
  defaults: INTEREST_DEFAULTS,
  references: [holderReference],
  check: holderOnSide,
  read: (db, rows) => {
    const links = linksOf(
      db,
      rows.map((row) => row.id),
    );
    return withLiveHolders(db, rows).map(({ deletedAt: _deleted, ...row }) => ({
      ...row,
      issueIds: links.get(row.id) ?? [],
    }));
  },
  writeExtra: (tx, row, { issueIds }, dealId) => {
    if (Array.isArray(issueIds)) writeLinks(tx, row.id, dealId, issueIds as string[]);
  },
});

/** Questions to ask in the room; one aimed at a deleted (not yet purged) interest or issue reads as unlinked. */
export const questionStore = defineRowStore<typeof diagnosticQuestions, DiagnosticQuestion>({
  table: diagnosticQuestions,
  label: 'The question',
  newSchema: newQuestionSchema,
  patchSchema: questionPatchSchema,
  defaults: QUESTION_DEFAULTS,
  references: [
    { field: 'interestId', table: interests, label: 'The linked interest' },
    { field: 'issueId', table: issues, label: 'The linked issue' },
  ],
  read: (db, rows) => {
    const liveInterests = liveIds(
      db,
      interests,
      rows.map((row) => row.interestId),
    );
    const liveIssues = liveIds(
      db,
      issues,
      rows.map((row) => row.issueId),
    );
    return rows.map(({ deletedAt: _deleted, ...row }) => ({
      ...row,
      interestId: row.interestId && liveInterests.has(row.interestId) ? row.interestId : null,
      issueId: row.issueId && liveIssues.has(row.issueId) ? row.issueId : null,
    }));
  },
});

/** The step's three lists, as progress reads them. */
export const interestsMapOf = (db: ParleyDb, dealId: string): InterestsMap => ({
  positions: positionStore.list(db, dealId),
  interests: interestStore.list(db, dealId),
  questions: questionStore.list(db, dealId),
});
