import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { notFound, UserError } from '../../core/errors';
import {
  type DeletedIssue,
  ISSUE_DEFAULTS,
  type Issue,
  type IssueOption,
  type IssuePatch,
  type IssueRestore,
  issuePatchSchema,
  issueRestoreSchema,
  moveSchema,
  type NewIssue,
  newIssueSchema,
  newOptionSchema,
  normaliseWeights,
  optionPatchSchema,
  optionRestoreSchema,
  type Side,
  setScoresSchema,
  setWeightsSchema,
  type WeightsChange,
  weightOf,
} from '../../core/issues';
import { routeObjectivesPatch } from '../../core/objectives';
import { findStarterIssue } from '../../core/starterIssues';
import type { ParleyDb } from '../database';
import { batnas, diagnosticQuestions, interestIssues, interests, issueOptions, issues } from '../schema';
import { updateBatna } from './batna';
import { alreadyExists, assertLiveDeal, orderWithInsert, orderWithMove, touchLiveDeal } from './dealChild';

type IssueRow = typeof issues.$inferSelect;
type OptionRow = typeof issueOptions.$inferSelect;

const toOption = (row: OptionRow): IssueOption => ({ ...row });
const toIssue = (row: IssueRow, options: IssueOption[]): Issue => ({ ...row, options });

function optionsOf(db: ParleyDb, issueIds: string[]): Map<string, IssueOption[]> {
  const byIssue = new Map<string, IssueOption[]>(issueIds.map((id) => [id, []]));
  if (issueIds.length === 0) return byIssue;
  const rows = db
    .select()
    .from(issueOptions)
    .where(inArray(issueOptions.issueId, issueIds))
    .orderBy(asc(issueOptions.position))
    .all();
  for (const row of rows) byIssue.get(row.issueId)?.push(toOption(row));
  return byIssue;
}

function issueRows(db: ParleyDb, dealId: string): IssueRow[] {
  return db.select().from(issues).where(eq(issues.dealId, dealId)).orderBy(asc(issues.position)).all();
}

export function listIssues(db: ParleyDb, dealId: string): Issue[] {
  assertLiveDeal(db, dealId);
  const rows = issueRows(db, dealId);
  const options = optionsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toIssue(row, options.get(row.id) ?? []));
}

function issueRow(db: ParleyDb, id: string): IssueRow {
  const row = db.select().from(issues).where(eq(issues.id, id)).get();
  if (!row) throw notFound('The issue');
  return row;
}

export function getIssue(db: ParleyDb, id: string): Issue {
  const row = issueRow(db, id);
  assertLiveDeal(db, row.dealId);
  return toIssue(row, optionsOf(db, [id]).get(id) ?? []);
}

function renumberIssues(db: ParleyDb, ids: string[]) {
  ids.forEach((id, position) => {
    db.update(issues).set({ position }).where(eq(issues.id, id)).run();
  });
}

function renumberOptions(db: ParleyDb, ids: string[]) {
  ids.forEach((id, position) => {
    db.update(issueOptions).set({ position }).where(eq(issueOptions.id, id)).run();
  });
}

function insertOptions(db: ParleyDb, issueId: string, labels: string[]) {
  labels.forEach((label, position) => {
    db.insert(issueOptions)
      .values({ id: randomUUID(), issueId, label, ourScore: null, theirScore: null, position })
      .run();
  });
}

export function addIssue(db: ParleyDb, input: NewIssue): Issue {
  const parsed = newIssueSchema.parse(input);
  return db.transaction((tx) => {
    touchLiveDeal(tx, parsed.dealId);
    const id = randomUUID();
    const siblings = issueRows(tx, parsed.dealId).map((r) => r.id);
    tx.insert(issues)
      .values({ ...ISSUE_DEFAULTS, ...parsed.fields, id, dealId: parsed.dealId, position: siblings.length })
      .run();
    renumberIssues(tx, orderWithInsert(siblings, id, parsed.afterId));
    insertOptions(tx, id, parsed.options ?? []);
    return getIssue(tx, id);
  });
}

/** Adds the chosen starter suggestions, with their typical options, after the existing issues. */
export function addStarterIssues(db: ParleyDb, dealId: string, starterIds: string[]): Issue[] {
  const starters = starterIds.map((id) => {
    const starter = findStarterIssue(id);
    if (!starter) {
      throw new UserError('invalid_input', `“${id}” is not one of the suggested issues.`, {
        starterIds: 'Unknown suggestion',
      });
    }
    return starter;
  });
  return db.transaction((tx) =>
    starters.map((starter) =>
      addIssue(tx, {
        dealId,
        fields: { name: starter.name, category: starter.category },
        options: starter.options,
      }),
    ),
  );
}

export function updateIssue(db: ParleyDb, id: string, patch: IssuePatch): Issue {
  const parsed = issuePatchSchema.parse(patch);
  return db.transaction((tx) => {
    const row = issueRow(tx, id);
    touchLiveDeal(tx, row.dealId);
    // The main issue's walk-away and target are the BATNA step's reservation and target: one value, one place.
    const main = tx.select({ mainIssueId: batnas.mainIssueId }).from(batnas).where(eq(batnas.dealId, row.dealId)).get();
    const { walkAway, target, ...rest } = parsed;
    const routed = routeObjectivesPatch({ id }, { mainIssueId: main?.mainIssueId ?? null }, { walkAway, target });
    const own = { ...rest, ...routed.issue };
    for (const key of Object.keys(own) as (keyof typeof own)[]) if (own[key] === undefined) delete own[key];
    if (Object.keys(routed.batna).length > 0) updateBatna(tx, row.dealId, routed.batna);
    if (Object.keys(own).length > 0) tx.update(issues).set(own).where(eq(issues.id, id)).run();
    return getIssue(tx, id);
  });
}

export function deleteIssue(db: ParleyDb, id: string): DeletedIssue {
  return db.transaction((tx) => {
    const issue = getIssue(tx, id);
    touchLiveDeal(tx, issue.dealId);
    const interestIds = tx
      .select({ id: interestIssues.interestId })
      .from(interestIssues)
      .where(eq(interestIssues.issueId, id))
      .all()
      .map((r) => r.id);
    const questionIds = tx
      .select({ id: diagnosticQuestions.id })
      .from(diagnosticQuestions)
      .where(eq(diagnosticQuestions.issueId, id))
      .all()
      .map((r) => r.id);
    const mainIssue = Boolean(tx.select({ id: batnas.dealId }).from(batnas).where(eq(batnas.mainIssueId, id)).get());
    tx.delete(issues).where(eq(issues.id, id)).run();
    return { ...issue, links: { interestIds, questionIds, mainIssue } };
  });
}

export function restoreIssue(db: ParleyDb, snapshot: IssueRestore): Issue {
  const parsed = issueRestoreSchema.parse(snapshot);
  return db.transaction((tx) => {
    touchLiveDeal(tx, parsed.dealId);
    if (tx.select({ id: issues.id }).from(issues).where(eq(issues.id, parsed.id)).get()) {
      throw alreadyExists('This issue');
    }
    const { options, links, ...fields } = parsed;
    for (const option of options) {
      if (option.issueId !== parsed.id) throw new UserError('invalid_input', 'An option belongs to another issue.');
      if (tx.select({ id: issueOptions.id }).from(issueOptions).where(eq(issueOptions.id, option.id)).get()) {
        throw alreadyExists('An option of this issue');
      }
    }
    tx.insert(issues).values(fields).run();
    for (const option of options) tx.insert(issueOptions).values(option).run();
    if (links) relink(tx, parsed.id, parsed.dealId, links);
    return getIssue(tx, parsed.id);
  });
}

/** Re-attach links that still make sense (their rows still exist in the same deal). */
function relink(db: ParleyDb, issueId: string, dealId: string, links: DeletedIssue['links']) {
  for (const interestId of links.interestIds) {
    const interest = db.select({ dealId: interests.dealId }).from(interests).where(eq(interests.id, interestId)).get();
    if (interest?.dealId === dealId)
      db.insert(interestIssues).values({ interestId, issueId }).onConflictDoNothing().run();
  }
  for (const questionId of links.questionIds) {
    db.update(diagnosticQuestions)
      .set({ issueId })
      .where(and(eq(diagnosticQuestions.id, questionId), eq(diagnosticQuestions.dealId, dealId)))
      .run();
  }
  if (links.mainIssue) db.update(batnas).set({ mainIssueId: issueId }).where(eq(batnas.dealId, dealId)).run();
}

export function moveIssue(db: ParleyDb, input: { id: string; toIndex: number }): Issue[] {
  const { id, toIndex } = moveSchema.parse(input);
  return db.transaction((tx) => {
    const row = issueRow(tx, id);
    touchLiveDeal(tx, row.dealId);
    const ids = issueRows(tx, row.dealId).map((r) => r.id);
    renumberIssues(tx, orderWithMove(ids, id, toIndex));
    return listIssues(tx, row.dealId);
  });
}

/** Scales one side's weights to sum to 100; answers the old weights so the screen can undo. */
export function normaliseIssueWeights(db: ParleyDb, dealId: string, side: Side): WeightsChange {
  return db.transaction((tx) => {
    touchLiveDeal(tx, dealId);
    const rows = issueRows(tx, dealId);
    const scaled = normaliseWeights(rows.map((r) => weightOf(r, side)));
    if (!scaled) {
      throw new UserError('invalid_input', 'Give at least one issue a weight above zero before normalising.');
    }
    const column = side === 'us' ? 'weightUs' : 'weightThem';
    rows.forEach((row, index) => {
      tx.update(issues)
        .set({ [column]: scaled[index] ?? 0 })
        .where(eq(issues.id, row.id))
        .run();
    });
    return {
      side,
      previous: rows.map((r) => ({ id: r.id, weight: weightOf(r, side) })),
      issues: listIssues(tx, dealId),
    };
  });
}

export function setIssueWeights(db: ParleyDb, input: unknown): Issue[] {
  const parsed = setWeightsSchema.parse(input);
  return db.transaction((tx) => {
    touchLiveDeal(tx, parsed.dealId);
    const column = parsed.side === 'us' ? 'weightUs' : 'weightThem';
    for (const { id, weight } of parsed.weights) {
      const result = tx
        .update(issues)
        .set({ [column]: weight })
        .where(and(eq(issues.id, id), eq(issues.dealId, parsed.dealId)))
        .run();
      if (result.changes === 0) throw notFound('An issue');
    }
    return listIssues(tx, parsed.dealId);
  });
}

function optionRow(db: ParleyDb, id: string): OptionRow {
  const row = db.select().from(issueOptions).where(eq(issueOptions.id, id)).get();
  if (!row) throw notFound('The option');
  return row;
}

function optionIds(db: ParleyDb, issueId: string): string[] {
  return db
    .select({ id: issueOptions.id })
    .from(issueOptions)
    .where(eq(issueOptions.issueId, issueId))
    .orderBy(asc(issueOptions.position))
    .all()
    .map((r) => r.id);
}

export function addOption(db: ParleyDb, input: unknown): IssueOption {
  const parsed = newOptionSchema.parse(input);
  return db.transaction((tx) => {
    const issue = issueRow(tx, parsed.issueId);
    touchLiveDeal(tx, issue.dealId);
    const id = randomUUID();
    const siblings = optionIds(tx, issue.id);
    tx.insert(issueOptions)
      .values({
        id,
        issueId: issue.id,
        label: parsed.label ?? '',
        ourScore: null,
        theirScore: null,
        position: siblings.length,
      })
      .run();
    renumberOptions(tx, orderWithInsert(siblings, id, parsed.afterId));
    return toOption(optionRow(tx, id));
  });
}

export function updateOption(db: ParleyDb, id: string, patch: unknown): IssueOption {
  const parsed = optionPatchSchema.parse(patch);
  return db.transaction((tx) => {
    const row = optionRow(tx, id);
    touchLiveDeal(tx, issueRow(tx, row.issueId).dealId);
    // One walk-away (target, ideal) option per issue: marking this one unmarks its sibling.
    if (parsed.objective) {
      tx.update(issueOptions)
        .set({ objective: null })
        .where(
          and(
            eq(issueOptions.issueId, row.issueId),
            eq(issueOptions.objective, parsed.objective),
            ne(issueOptions.id, id),
          ),
        )
        .run();
    }
    if (Object.keys(parsed).length > 0) tx.update(issueOptions).set(parsed).where(eq(issueOptions.id, id)).run();
    return toOption(optionRow(tx, id));
  });
}

export function deleteOption(db: ParleyDb, id: string): IssueOption {
  return db.transaction((tx) => {
    const row = optionRow(tx, id);
    touchLiveDeal(tx, issueRow(tx, row.issueId).dealId);
    tx.delete(issueOptions).where(eq(issueOptions.id, id)).run();
    return toOption(row);
  });
}

export function restoreOption(db: ParleyDb, snapshot: unknown): IssueOption {
  const parsed = optionRestoreSchema.parse(snapshot);
  return db.transaction((tx) => {
    touchLiveDeal(tx, issueRow(tx, parsed.issueId).dealId);
    if (tx.select({ id: issueOptions.id }).from(issueOptions).where(eq(issueOptions.id, parsed.id)).get()) {
      throw alreadyExists('This option');
    }
    tx.insert(issueOptions).values(parsed).run();
    return toOption(optionRow(tx, parsed.id));
  });
}

export function moveOption(db: ParleyDb, input: { id: string; toIndex: number }): Issue {
  const { id, toIndex } = moveSchema.parse(input);
  return db.transaction((tx) => {
    const row = optionRow(tx, id);
    touchLiveDeal(tx, issueRow(tx, row.issueId).dealId);
    renumberOptions(tx, orderWithMove(optionIds(tx, row.issueId), id, toIndex));
    return getIssue(tx, row.issueId);
  });
}

/** Writes one side's scores for several options at once (linear fill, and its undo). */
export function setOptionScores(db: ParleyDb, input: unknown): Issue {
  const parsed = setScoresSchema.parse(input);
  return db.transaction((tx) => {
    touchLiveDeal(tx, issueRow(tx, parsed.issueId).dealId);
    const column = parsed.side === 'us' ? 'ourScore' : 'theirScore';
    for (const { id, score } of parsed.scores) {
      const result = tx
        .update(issueOptions)
        .set({ [column]: score })
        .where(and(eq(issueOptions.id, id), eq(issueOptions.issueId, parsed.issueId)))
        .run();
      if (result.changes === 0) throw notFound('An option');
    }
    return getIssue(tx, parsed.issueId);
  });
}
