import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { notFound, UserError } from '../../core/errors';
import {
  type DiagnosticQuestion,
  type Interest,
  type InterestsMap,
  interestFieldsSchema,
  newPartyRowSchema,
  newQuestionSchema,
  type Position,
  positionFieldsSchema,
  questionFieldsSchema,
} from '../../core/interests';
import type { ParleyDb } from '../database';
import { dealOfRow, deleteRow, insertRow, restoreRow, updateRow, writeDeal } from '../dealTables/write';
import { diagnosticQuestions, interestIssues, interests, issues, positions, stakeholders } from '../schema';
import { assertLiveDeal, foreignRow } from './dealChild';

type PositionRow = typeof positions.$inferSelect;
type InterestRow = typeof interests.$inferSelect;
type QuestionRow = typeof diagnosticQuestions.$inferSelect;

function linksOf(db: ParleyDb, interestIds: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>(interestIds.map((id) => [id, []]));
  if (interestIds.length === 0) return map;
  const rows = db
    .select({ interestId: interestIssues.interestId, issueId: interestIssues.issueId, position: issues.position })
    .from(interestIssues)
    .innerJoin(issues, eq(issues.id, interestIssues.issueId))
    .where(and(inArray(interestIssues.interestId, interestIds), isNull(issues.deletedAt)))
    .orderBy(asc(issues.position))
    .all();
  for (const row of rows) map.get(row.interestId)?.push(row.issueId);
  return map;
}

const toInterest = ({ deletedAt: _deleted, ...row }: InterestRow, issueIds: string[], holders: Holders): Interest => ({
  ...row,
  stakeholderId: heldBy(row.stakeholderId, holders),
  issueIds,
});
const toPosition = ({ deletedAt: _deleted, ...row }: PositionRow, holders: Holders): Position => ({
  ...row,
  stakeholderId: heldBy(row.stakeholderId, holders),
});

/* Stakeholder links ---------------------------------------------------------------------
 * A position or interest may name the stakeholder holding it (counterparty map). The link
 * is one nullable column: a stakeholder in "recently deleted" reads as no link (Undo brings
 * it back), and purging the stakeholder clears it (ON DELETE SET NULL). */

/** The live stakeholders of a deal, by id, with their side. */
type Holders = Map<string, 'ours' | 'theirs'>;

function holdersOf(db: ParleyDb, dealId: string): Holders {
  const rows = db
    .select({ id: stakeholders.id, side: stakeholders.side })
    .from(stakeholders)
    .where(and(eq(stakeholders.dealId, dealId), isNull(stakeholders.deletedAt)))
    .all();
  return new Map(rows.map((r) => [r.id, r.side]));
}

const heldBy = (id: string | null, holders: Holders) => (id !== null && holders.has(id) ? id : null);

const SIDE_OF_PARTY = { us: 'ours', them: 'theirs' } as const;

/** A link names a live stakeholder of the same deal, on the row's side. */
function assertHolder(
  db: ParleyDb,
  dealId: string,
  party: Position['party'],
  stakeholderId: string | null | undefined,
) {
  if (!stakeholderId) return;
  const side = holdersOf(db, dealId).get(stakeholderId);
  if (!side) throw foreignRow('The stakeholder', 'stakeholderId');
  if (side !== SIDE_OF_PARTY[party]) {
    const message = `The stakeholder is on ${side === 'ours' ? 'our' : 'their'} side, not ${party === 'us' ? 'ours' : 'theirs'}.`;
    throw new UserError('invalid_input', message, { stakeholderId: message });
  }
}

/** A question pointing at a deleted (not yet purged) interest or issue reads as unlinked, as it will once purged. */
function toQuestion(db: ParleyDb, { deletedAt: _deleted, ...row }: QuestionRow): DiagnosticQuestion {
  const live = (table: typeof issues | typeof interests, id: string | null) =>
    id !== null &&
    db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, id), isNull(table.deletedAt)))
      .get() !== undefined;
  return {
    ...row,
    interestId: live(interests, row.interestId) ? row.interestId : null,
    issueId: live(issues, row.issueId) ? row.issueId : null,
  };
}

const liveOfDeal = <T extends typeof positions | typeof interests | typeof diagnosticQuestions>(
  table: T,
  dealId: string,
) => and(eq(table.dealId, dealId), isNull(table.deletedAt));

export function getInterestsMap(db: ParleyDb, dealId: string): InterestsMap {
  assertLiveDeal(db, dealId);
  const interestRows = db
    .select()
    .from(interests)
    .where(liveOfDeal(interests, dealId))
    .orderBy(asc(interests.position))
    .all();
  const links = linksOf(
    db,
    interestRows.map((r) => r.id),
  );
  const holders = holdersOf(db, dealId);
  return {
    positions: db
      .select()
      .from(positions)
      .where(liveOfDeal(positions, dealId))
      .orderBy(asc(positions.position))
      .all()
      .map((row) => toPosition(row, holders)),
    interests: interestRows.map((row) => toInterest(row, links.get(row.id) ?? [], holders)),
    questions: db
      .select()
      .from(diagnosticQuestions)
      .where(liveOfDeal(diagnosticQuestions, dealId))
      .orderBy(asc(diagnosticQuestions.position))
      .all()
      .map((row) => toQuestion(db, row)),
  };
}

function found<T>(row: T | undefined, what: string): T {
  if (!row) throw notFound(what);
  return row;
}

const interestRow = (db: ParleyDb, id: string): InterestRow =>
  found(
    db
      .select()
      .from(interests)
      .where(and(eq(interests.id, id), isNull(interests.deletedAt)))
      .get(),
    'The interest',
  );

function interestWithLinks(db: ParleyDb, id: string): Interest {
  const row = interestRow(db, id);
  return toInterest(row, linksOf(db, [id]).get(id) ?? [], holdersOf(db, row.dealId));
}

const positionOf = (db: ParleyDb, row: Record<string, unknown>): Position =>
  toPosition(row as PositionRow, holdersOf(db, row.dealId as string));

function assertIssuesOfDeal(db: ParleyDb, dealId: string, issueIds: string[], field: string) {
  if (issueIds.length === 0) return;
  const rows = db
    .select({ id: issues.id })
    .from(issues)
    .where(and(inArray(issues.id, issueIds), eq(issues.dealId, dealId), isNull(issues.deletedAt)))
    .all();
  if (rows.length !== new Set(issueIds).size) throw foreignRow('A linked issue', field);
}

/* Positions ---------------------------------------------------------------------------- */

export function addPosition(db: ParleyDb, input: unknown): Position {
  const parsed = newPartyRowSchema.parse(input);
  return writeDeal(db, parsed.dealId, (tx) => {
    const values = { id: randomUUID(), dealId: parsed.dealId, party: parsed.party, text: parsed.text ?? '' };
    return positionOf(tx, insertRow(tx, 'positions', values, parsed.afterId));
  });
}

export function updatePosition(db: ParleyDb, id: string, patch: unknown): Position {
  const parsed = positionFieldsSchema.partial().parse(patch);
  return writeDeal(db, dealOfRow('positions', id), (tx, dealId) => {
    const party = tx.select({ party: positions.party }).from(positions).where(eq(positions.id, id)).get()?.party;
    if (party) assertHolder(tx, dealId, party, parsed.stakeholderId);
    return positionOf(tx, updateRow(tx, 'positions', id, parsed));
  });
}

export function deletePosition(db: ParleyDb, id: string): { id: string } {
  deleteRow(db, 'positions', id);
  return { id };
}

export function restorePosition(db: ParleyDb, id: string): Position {
  return positionOf(db, restoreRow(db, 'positions', id));
}

/* Interests ---------------------------------------------------------------------------- */

export function addInterest(db: ParleyDb, input: unknown): Interest {
  const parsed = newPartyRowSchema.parse(input);
  return writeDeal(db, parsed.dealId, (tx) => {
    const values = {
      id: randomUUID(),
      dealId: parsed.dealId,
      party: parsed.party,
      text: parsed.text ?? '',
      priority: 'medium',
      shared: false,
    };
    const row = insertRow(tx, 'interests', values, parsed.afterId);
    return interestWithLinks(tx, row.id as string);
  });
}

function writeLinks(db: ParleyDb, interestId: string, issueIds: string[]) {
  db.delete(interestIssues).where(eq(interestIssues.interestId, interestId)).run();
  for (const issueId of new Set(issueIds)) db.insert(interestIssues).values({ interestId, issueId }).run();
}

export function updateInterest(db: ParleyDb, id: string, patch: unknown): Interest {
  const { issueIds, ...fields } = interestFieldsSchema.partial().parse(patch);
  return writeDeal(db, dealOfRow('interests', id), (tx, dealId) => {
    assertHolder(tx, dealId, interestRow(tx, id).party, fields.stakeholderId);
    updateRow(tx, 'interests', id, fields);
    if (issueIds) {
      assertIssuesOfDeal(tx, dealId, issueIds, 'issueIds');
      writeLinks(tx, id, issueIds);
    }
    return interestWithLinks(tx, id);
  });
}

/** Soft delete: its issue links and the questions aimed at it stay, for Undo. */
export function deleteInterest(db: ParleyDb, id: string): { id: string } {
  deleteRow(db, 'interests', id);
  return { id };
}

export function restoreInterest(db: ParleyDb, id: string): Interest {
  restoreRow(db, 'interests', id);
  return interestWithLinks(db, id);
}

/* Diagnostic questions ----------------------------------------------------------------- */

function assertQuestionLinks(
  db: ParleyDb,
  dealId: string,
  links: { interestId?: string | null; issueId?: string | null },
) {
  if (links.interestId) {
    const interest = db
      .select({ dealId: interests.dealId })
      .from(interests)
      .where(and(eq(interests.id, links.interestId), isNull(interests.deletedAt)))
      .get();
    if (interest?.dealId !== dealId) throw foreignRow('The linked interest', 'interestId');
  }
  if (links.issueId) assertIssuesOfDeal(db, dealId, [links.issueId], 'issueId');
}

export function addQuestion(db: ParleyDb, input: unknown): DiagnosticQuestion {
  const parsed = newQuestionSchema.parse(input);
  return writeDeal(db, parsed.dealId, (tx) => {
    const values = {
      id: randomUUID(),
      dealId: parsed.dealId,
      text: parsed.text ?? '',
      interestId: null,
      issueId: null,
      answer: '',
    };
    return toQuestion(tx, insertRow(tx, 'diagnosticQuestions', values, parsed.afterId) as QuestionRow);
  });
}

export function updateQuestion(db: ParleyDb, id: string, patch: unknown): DiagnosticQuestion {
  const parsed = questionFieldsSchema.partial().parse(patch);
  return writeDeal(db, dealOfRow('diagnosticQuestions', id), (tx, dealId) => {
    assertQuestionLinks(tx, dealId, parsed);
    return toQuestion(tx, updateRow(tx, 'diagnosticQuestions', id, parsed) as QuestionRow);
  });
}

export function deleteQuestion(db: ParleyDb, id: string): { id: string } {
  deleteRow(db, 'diagnosticQuestions', id);
  return { id };
}

export function restoreQuestion(db: ParleyDb, id: string): DiagnosticQuestion {
  return toQuestion(db, restoreRow(db, 'diagnosticQuestions', id) as QuestionRow);
}
