import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { notFound, UserError } from '../../core/errors';
import {
  ISSUE_DEFAULTS,
  type Issue,
  type IssueOption,
  type IssuePatch,
  issuePatchSchema,
  moveSchema,
  type NewIssue,
  newIssueSchema,
  newOptionSchema,
  normaliseWeights,
  optionPatchSchema,
  type Side,
  setScoresSchema,
  setWeightsSchema,
  type WeightsChange,
  weightOf,
} from '../../core/issues';
import { routeObjectivesPatch } from '../../core/objectives';
import { findStarterIssue } from '../../core/starterIssues';
import { dealOfRow, deleteRow, insertRow, moveRow, restoreRow, updateRow, writeDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { batnas, issueOptions, issues } from '../schema';
import { updateBatna } from './batna';
import { assertLiveDeal } from './dealChild';

type IssueRow = typeof issues.$inferSelect;
type OptionRow = typeof issueOptions.$inferSelect;

const toOption = ({ deletedAt: _deleted, ...row }: OptionRow): IssueOption => row;
const toIssue = ({ deletedAt: _deleted, ...row }: IssueRow, options: IssueOption[]): Issue => ({ ...row, options });

function optionsOf(db: ParleyDb, issueIds: string[]): Map<string, IssueOption[]> {
  const byIssue = new Map<string, IssueOption[]>(issueIds.map((id) => [id, []]));
  if (issueIds.length === 0) return byIssue;
  const rows = db
    .select()
    .from(issueOptions)
    .where(and(inArray(issueOptions.issueId, issueIds), isNull(issueOptions.deletedAt)))
    .orderBy(asc(issueOptions.position))
    .all();
  for (const row of rows) byIssue.get(row.issueId)?.push(toOption(row));
  return byIssue;
}

function issueRows(db: ParleyDb, dealId: string): IssueRow[] {
  return db
    .select()
    .from(issues)
    .where(and(eq(issues.dealId, dealId), isNull(issues.deletedAt)))
    .orderBy(asc(issues.position))
    .all();
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
  const row = db
    .select()
    .from(issues)
    .where(and(eq(issues.id, id), isNull(issues.deletedAt)))
    .get();
  if (!row) throw notFound('The issue');
  return row;
}

export function getIssue(db: ParleyDb, id: string): Issue {
  const row = issueRow(db, id);
  assertLiveDeal(db, row.dealId);
  return toIssue(row, optionsOf(db, [id]).get(id) ?? []);
}

function insertOptions(db: ParleyDb, issueId: string, labels: string[]) {
  for (const label of labels) {
    insertRow(db, 'issueOptions', { id: randomUUID(), issueId, label, ourScore: null, theirScore: null });
  }
}

export function addIssue(db: ParleyDb, input: NewIssue): Issue {
  const parsed = newIssueSchema.parse(input);
  return writeDeal(db, parsed.dealId, (tx) => {
    const id = randomUUID();
    insertRow(tx, 'issues', { ...ISSUE_DEFAULTS, ...parsed.fields, id, dealId: parsed.dealId }, parsed.afterId);
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
  return writeDeal(
    db,
    (tx) => issueRow(tx, id).dealId,
    (tx, dealId) => {
      // The main issue's walk-away and target are the BATNA step's reservation and target: one value, one place.
      const main = tx.select({ mainIssueId: batnas.mainIssueId }).from(batnas).where(eq(batnas.dealId, dealId)).get();
      const { walkAway, target, ...rest } = parsed;
      const routed = routeObjectivesPatch({ id }, { mainIssueId: main?.mainIssueId ?? null }, { walkAway, target });
      const own = { ...rest, ...routed.issue };
      for (const key of Object.keys(own) as (keyof typeof own)[]) if (own[key] === undefined) delete own[key];
      if (Object.keys(routed.batna).length > 0) updateBatna(tx, dealId, routed.batna);
      if (Object.keys(own).length > 0) updateRow(tx, 'issues', id, own);
      return getIssue(tx, id);
    },
  );
}

/** Soft delete: options, interest links, questions and the BATNA's main issue stay attached for Undo. */
export function deleteIssue(db: ParleyDb, id: string): { id: string } {
  deleteRow(db, 'issues', id);
  return { id };
}

export function restoreIssue(db: ParleyDb, id: string): Issue {
  restoreRow(db, 'issues', id);
  return getIssue(db, id);
}

export function moveIssue(db: ParleyDb, input: { id: string; toIndex: number }): Issue[] {
  const { id, toIndex } = moveSchema.parse(input);
  const [first] = moveRow(db, 'issues', id, toIndex);
  return listIssues(db, first?.dealId as string);
}

/** Scales one side's weights to sum to 100; answers the old weights so the screen can undo. */
export function normaliseIssueWeights(db: ParleyDb, dealId: string, side: Side): WeightsChange {
  return writeDeal(db, dealId, (tx) => {
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
  return writeDeal(db, parsed.dealId, (tx) => {
    const column = parsed.side === 'us' ? 'weightUs' : 'weightThem';
    for (const { id, weight } of parsed.weights) {
      const result = tx
        .update(issues)
        .set({ [column]: weight })
        .where(and(eq(issues.id, id), eq(issues.dealId, parsed.dealId), isNull(issues.deletedAt)))
        .run();
      if (result.changes === 0) throw notFound('An issue');
    }
    return listIssues(tx, parsed.dealId);
  });
}

function optionRow(db: ParleyDb, id: string): OptionRow {
  const row = db
    .select()
    .from(issueOptions)
    .where(and(eq(issueOptions.id, id), isNull(issueOptions.deletedAt)))
    .get();
  if (!row) throw notFound('The option');
  return row;
}

export function addOption(db: ParleyDb, input: unknown): IssueOption {
  const parsed = newOptionSchema.parse(input);
  return writeDeal(db, dealOfRow('issues', parsed.issueId), (tx) => {
    const row = insertRow(
      tx,
      'issueOptions',
      { id: randomUUID(), issueId: parsed.issueId, label: parsed.label ?? '', ourScore: null, theirScore: null },
      parsed.afterId,
    );
    return toOption(row as OptionRow);
  });
}

export function updateOption(db: ParleyDb, id: string, patch: unknown): IssueOption {
  const parsed = optionPatchSchema.parse(patch);
  return writeDeal(db, dealOfRow('issueOptions', id), (tx) => {
    // One walk-away (target, ideal) option per issue: marking this one unmarks its siblings,
    // deleted ones too, so an Undo cannot bring back a second mark.
    if (parsed.objective) {
      const { issueId } = optionRow(tx, id);
      tx.update(issueOptions)
        .set({ objective: null })
        .where(
          and(eq(issueOptions.issueId, issueId), eq(issueOptions.objective, parsed.objective), ne(issueOptions.id, id)),
        )
        .run();
    }
    return toOption(updateRow(tx, 'issueOptions', id, parsed) as OptionRow);
  });
}

export function deleteOption(db: ParleyDb, id: string): { id: string } {
  deleteRow(db, 'issueOptions', id);
  return { id };
}

export function restoreOption(db: ParleyDb, id: string): IssueOption {
  return toOption(restoreRow(db, 'issueOptions', id) as OptionRow);
}

export function moveOption(db: ParleyDb, input: { id: string; toIndex: number }): Issue {
  const { id, toIndex } = moveSchema.parse(input);
  moveRow(db, 'issueOptions', id, toIndex);
  return getIssue(db, optionRow(db, id).issueId);
}

/** Writes one side's scores for several options at once (linear fill, and its undo). */
export function setOptionScores(db: ParleyDb, input: unknown): Issue {
  const parsed = setScoresSchema.parse(input);
  return writeDeal(
    db,
    (tx) => issueRow(tx, parsed.issueId).dealId,
    (tx) => {
      const column = parsed.side === 'us' ? 'ourScore' : 'theirScore';
      for (const { id, score } of parsed.scores) {
        const result = tx
          .update(issueOptions)
          .set({ [column]: score })
          .where(and(eq(issueOptions.id, id), eq(issueOptions.issueId, parsed.issueId), isNull(issueOptions.deletedAt)))
          .run();
        if (result.changes === 0) throw notFound('An option');
      }
      return getIssue(tx, parsed.issueId);
    },
  );
}
