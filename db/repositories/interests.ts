import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { notFound } from '../../core/errors';
import {
  type DeletedInterest,
  type DiagnosticQuestion,
  type Interest,
  type InterestsMap,
  interestFieldsSchema,
  interestRestoreSchema,
  newPartyRowSchema,
  newQuestionSchema,
  type Position,
  positionFieldsSchema,
  positionRestoreSchema,
  questionFieldsSchema,
  questionRestoreSchema,
} from '../../core/interests';
import type { ParleyDb } from '../database';
import { diagnosticQuestions, interestIssues, interests, issues, positions } from '../schema';
import { alreadyExists, assertLiveDeal, foreignRow, orderWithInsert, touchLiveDeal } from './dealChild';

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
    .where(inArray(interestIssues.interestId, interestIds))
    .orderBy(asc(issues.position))
    .all();
  for (const row of rows) map.get(row.interestId)?.push(row.issueId);
  return map;
}

const toInterest = (row: InterestRow, issueIds: string[]): Interest => ({ ...row, issueIds });

export function getInterestsMap(db: ParleyDb, dealId: string): InterestsMap {
  assertLiveDeal(db, dealId);
  const interestRows = db
    .select()
    .from(interests)
    .where(eq(interests.dealId, dealId))
    .orderBy(asc(interests.position))
    .all();
  const links = linksOf(
    db,
    interestRows.map((r) => r.id),
  );
  return {
    positions: db.select().from(positions).where(eq(positions.dealId, dealId)).orderBy(asc(positions.position)).all(),
    interests: interestRows.map((row) => toInterest(row, links.get(row.id) ?? [])),
    questions: db
      .select()
      .from(diagnosticQuestions)
      .where(eq(diagnosticQuestions.dealId, dealId))
      .orderBy(asc(diagnosticQuestions.position))
      .all(),
  };
}

function found<T>(row: T | undefined, what: string): T {
  if (!row) throw notFound(what);
  return row;
}

const positionRow = (db: ParleyDb, id: string): PositionRow =>
  found(db.select().from(positions).where(eq(positions.id, id)).get(), 'The position');
const interestRow = (db: ParleyDb, id: string): InterestRow =>
  found(db.select().from(interests).where(eq(interests.id, id)).get(), 'The interest');
const questionRow = (db: ParleyDb, id: string): QuestionRow =>
  found(db.select().from(diagnosticQuestions).where(eq(diagnosticQuestions.id, id)).get(), 'The question');

function interestWithLinks(db: ParleyDb, id: string): Interest {
  return toInterest(interestRow(db, id), linksOf(db, [id]).get(id) ?? []);
}

function assertIssuesOfDeal(db: ParleyDb, dealId: string, issueIds: string[], field: string) {
  if (issueIds.length === 0) return;
  const rows = db
    .select({ id: issues.id })
    .from(issues)
    .where(and(inArray(issues.id, issueIds), eq(issues.dealId, dealId)))
    .all();
  if (rows.length !== new Set(issueIds).size) throw foreignRow('A linked issue', field);
}

/* Positions ---------------------------------------------------------------------------- */

export function addPosition(db: ParleyDb, input: unknown): Position {
  const parsed = newPartyRowSchema.parse(input);
  return db.transaction((tx) => {
    touchLiveDeal(tx, parsed.dealId);
    const id = randomUUID();
    const siblings = tx
      .select({ id: positions.id })
      .from(positions)
      .where(and(eq(positions.dealId, parsed.dealId), eq(positions.party, parsed.party)))
      .orderBy(asc(positions.position))
      .all()
      .map((r) => r.id);
    tx.insert(positions)
      .values({ id, dealId: parsed.dealId, party: parsed.party, text: parsed.text ?? '', position: siblings.length })
      .run();
    orderWithInsert(siblings, id, parsed.afterId).forEach((rowId, position) => {
      tx.update(positions).set({ position }).where(eq(positions.id, rowId)).run();
    });
    return positionRow(tx, id);
  });
}

export function updatePosition(db: ParleyDb, id: string, patch: unknown): Position {
  const parsed = positionFieldsSchema.partial().parse(patch);
  return db.transaction((tx) => {
    touchLiveDeal(tx, positionRow(tx, id).dealId);
    if (Object.keys(parsed).length > 0) tx.update(positions).set(parsed).where(eq(positions.id, id)).run();
    return positionRow(tx, id);
  });
}

export function deletePosition(db: ParleyDb, id: string): Position {
  return db.transaction((tx) => {
    const row = positionRow(tx, id);
    touchLiveDeal(tx, row.dealId);
    tx.delete(positions).where(eq(positions.id, id)).run();
    return row;
  });
}

export function restorePosition(db: ParleyDb, snapshot: unknown): Position {
  const parsed = positionRestoreSchema.parse(snapshot);
  return db.transaction((tx) => {
    touchLiveDeal(tx, parsed.dealId);
    if (tx.select({ id: positions.id }).from(positions).where(eq(positions.id, parsed.id)).get()) {
      throw alreadyExists('This position');
    }
    tx.insert(positions).values(parsed).run();
    return positionRow(tx, parsed.id);
  });
}

/* Interests ---------------------------------------------------------------------------- */

export function addInterest(db: ParleyDb, input: unknown): Interest {
  const parsed = newPartyRowSchema.parse(input);
  return db.transaction((tx) => {
    touchLiveDeal(tx, parsed.dealId);
    const id = randomUUID();
    const siblings = tx
      .select({ id: interests.id })
      .from(interests)
      .where(and(eq(interests.dealId, parsed.dealId), eq(interests.party, parsed.party)))
      .orderBy(asc(interests.position))
      .all()
      .map((r) => r.id);
    tx.insert(interests)
      .values({
        id,
        dealId: parsed.dealId,
        party: parsed.party,
        text: parsed.text ?? '',
        priority: 'medium',
        shared: false,
        position: siblings.length,
      })
      .run();
    orderWithInsert(siblings, id, parsed.afterId).forEach((rowId, position) => {
      tx.update(interests).set({ position }).where(eq(interests.id, rowId)).run();
    });
    return interestWithLinks(tx, id);
  });
}

function writeLinks(db: ParleyDb, interestId: string, issueIds: string[]) {
  db.delete(interestIssues).where(eq(interestIssues.interestId, interestId)).run();
  for (const issueId of new Set(issueIds)) db.insert(interestIssues).values({ interestId, issueId }).run();
}

export function updateInterest(db: ParleyDb, id: string, patch: unknown): Interest {
  const { issueIds, ...fields } = interestFieldsSchema.partial().parse(patch);
  return db.transaction((tx) => {
    const row = interestRow(tx, id);
    touchLiveDeal(tx, row.dealId);
    if (Object.keys(fields).length > 0) tx.update(interests).set(fields).where(eq(interests.id, id)).run();
    if (issueIds) {
      assertIssuesOfDeal(tx, row.dealId, issueIds, 'issueIds');
      writeLinks(tx, id, issueIds);
    }
    return interestWithLinks(tx, id);
  });
}

export function deleteInterest(db: ParleyDb, id: string): DeletedInterest {
  return db.transaction((tx) => {
    const interest = interestWithLinks(tx, id);
    touchLiveDeal(tx, interest.dealId);
    const questionIds = tx
      .select({ id: diagnosticQuestions.id })
      .from(diagnosticQuestions)
      .where(eq(diagnosticQuestions.interestId, id))
      .all()
      .map((r) => r.id);
    tx.delete(interests).where(eq(interests.id, id)).run();
    return { ...interest, questionIds };
  });
}

export function restoreInterest(db: ParleyDb, snapshot: unknown): Interest {
  const { issueIds, questionIds = [], ...row } = interestRestoreSchema.parse(snapshot);
  return db.transaction((tx) => {
    touchLiveDeal(tx, row.dealId);
    if (tx.select({ id: interests.id }).from(interests).where(eq(interests.id, row.id)).get()) {
      throw alreadyExists('This interest');
    }
    tx.insert(interests).values(row).run();
    // Issues deleted since are simply not linked again.
    const stillThere = issueIds.length
      ? tx
          .select({ id: issues.id })
          .from(issues)
          .where(and(inArray(issues.id, issueIds), eq(issues.dealId, row.dealId)))
          .all()
          .map((r) => r.id)
      : [];
    writeLinks(tx, row.id, stillThere);
    for (const questionId of questionIds) {
      tx.update(diagnosticQuestions)
        .set({ interestId: row.id })
        .where(and(eq(diagnosticQuestions.id, questionId), eq(diagnosticQuestions.dealId, row.dealId)))
        .run();
    }
    return interestWithLinks(tx, row.id);
  });
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
      .where(eq(interests.id, links.interestId))
      .get();
    if (interest?.dealId !== dealId) throw foreignRow('The linked interest', 'interestId');
  }
  if (links.issueId) assertIssuesOfDeal(db, dealId, [links.issueId], 'issueId');
}

export function addQuestion(db: ParleyDb, input: unknown): DiagnosticQuestion {
  const parsed = newQuestionSchema.parse(input);
  return db.transaction((tx) => {
    touchLiveDeal(tx, parsed.dealId);
    const id = randomUUID();
    const siblings = tx
      .select({ id: diagnosticQuestions.id })
      .from(diagnosticQuestions)
      .where(eq(diagnosticQuestions.dealId, parsed.dealId))
      .orderBy(asc(diagnosticQuestions.position))
      .all()
      .map((r) => r.id);
    tx.insert(diagnosticQuestions)
      .values({
        id,
        dealId: parsed.dealId,
        text: parsed.text ?? '',
        interestId: null,
        issueId: null,
        answer: '',
        position: siblings.length,
      })
      .run();
    orderWithInsert(siblings, id, parsed.afterId).forEach((rowId, position) => {
      tx.update(diagnosticQuestions).set({ position }).where(eq(diagnosticQuestions.id, rowId)).run();
    });
    return questionRow(tx, id);
  });
}

export function updateQuestion(db: ParleyDb, id: string, patch: unknown): DiagnosticQuestion {
  const parsed = questionFieldsSchema.partial().parse(patch);
  return db.transaction((tx) => {
    const row = questionRow(tx, id);
    touchLiveDeal(tx, row.dealId);
    assertQuestionLinks(tx, row.dealId, parsed);
    if (Object.keys(parsed).length > 0) {
      tx.update(diagnosticQuestions).set(parsed).where(eq(diagnosticQuestions.id, id)).run();
    }
    return questionRow(tx, id);
  });
}

export function deleteQuestion(db: ParleyDb, id: string): DiagnosticQuestion {
  return db.transaction((tx) => {
    const row = questionRow(tx, id);
    touchLiveDeal(tx, row.dealId);
    tx.delete(diagnosticQuestions).where(eq(diagnosticQuestions.id, id)).run();
    return row;
  });
}

export function restoreQuestion(db: ParleyDb, snapshot: unknown): DiagnosticQuestion {
  const parsed = questionRestoreSchema.parse(snapshot);
  return db.transaction((tx) => {
    touchLiveDeal(tx, parsed.dealId);
    if (
      tx
        .select({ id: diagnosticQuestions.id })
        .from(diagnosticQuestions)
        .where(eq(diagnosticQuestions.id, parsed.id))
        .get()
    ) {
      throw alreadyExists('This question');
    }
    // A link whose target was deleted meanwhile is dropped rather than refused.
    const interestOk =
      parsed.interestId &&
      tx.select({ dealId: interests.dealId }).from(interests).where(eq(interests.id, parsed.interestId)).get()
        ?.dealId === parsed.dealId;
    const issueOk =
      parsed.issueId &&
      tx.select({ dealId: issues.dealId }).from(issues).where(eq(issues.id, parsed.issueId)).get()?.dealId ===
        parsed.dealId;
    tx.insert(diagnosticQuestions)
      .values({
        ...parsed,
        interestId: interestOk ? parsed.interestId : null,
        issueId: issueOk ? parsed.issueId : null,
      })
      .run();
    return questionRow(tx, parsed.id);
  });
}
