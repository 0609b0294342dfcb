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
import { diagnosticQuestions, interestIssues, interests, issues, positions } from '../schema';
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
function liveIds(db: ParleyDb, table: typeof issues | typeof interests, ids: (string | null)[]): Set<string> {
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

/** What a party says it wants. */
export const positionStore = defineRowStore<typeof positions, Position>({
  table: positions,
  label: 'The position',
  newSchema: newPositionSchema,
  patchSchema: positionPatchSchema,
  defaults: POSITION_DEFAULTS,
});

/** Why it wants it, with the issues it touches (kept in interest_issues; stay through a delete, for Undo). */
export const interestStore = defineRowStore<typeof interests, Interest>({
  table: interests,
  label: 'The interest',
  newSchema: newInterestSchema,
  patchSchema: interestPatchSchema,
  defaults: INTEREST_DEFAULTS,
  read: (db, rows) => {
    const links = linksOf(
      db,
      rows.map((row) => row.id),
    );
    return rows.map(({ deletedAt: _deleted, ...row }) => ({ ...row, issueIds: links.get(row.id) ?? [] }));
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
