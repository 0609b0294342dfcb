import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { notFound, UserError } from '../../core/errors';
import {
  ISSUE_DEFAULTS,
  type Issue,
  type IssueFields,
  type IssueOption,
  issuePatchSchema,
  newIssueSchema,
  newOptionSchema,
  normaliseWeights,
  OPTION_DEFAULTS,
  optionPatchSchema,
  type Side,
  setScoresSchema,
  setWeightsSchema,
  type WeightsChange,
  weightOf,
} from '../../core/issues';
import { routeObjectivesPatch } from '../../core/objectives';
import { findStarterIssue } from '../../core/starterIssues';
import { noteWrites, writeDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { batnas, issueOptions, issues } from '../schema';
import { updateBatna } from './batna';
import { defined, defineRowStore, stripDeleted } from './dealRows';

type OptionRow = typeof issueOptions.$inferSelect;

/** The live options of each issue, in order. */
function optionsOf(db: ParleyDb, issueIds: string[]): Map<string, IssueOption[]> {
  const byIssue = new Map<string, IssueOption[]>(issueIds.map((id) => [id, []]));
  if (issueIds.length === 0) return byIssue;
  const rows = db
    .select()
    .from(issueOptions)
    .where(and(inArray(issueOptions.issueId, issueIds), isNull(issueOptions.deletedAt)))
    .orderBy(asc(issueOptions.position))
    .all();
  for (const row of rows) byIssue.get(row.issueId)?.push(stripDeleted(row));
  return byIssue;
}

/**
 * Issues (`rows.*`, table 'issues'), each read with its live options. The main issue's
 * walk-away and target are the BATNA step's reservation and target: one value, one place —
 * a write of them on that issue goes there.
 */
export const issueStore = defineRowStore<typeof issues, Issue>({
  table: issues,
  label: 'The issue',
  newSchema: newIssueSchema,
  patchSchema: issuePatchSchema,
  defaults: ISSUE_DEFAULTS,
  read: (db, rows) => {
    const options = optionsOf(
      db,
      rows.map((row) => row.id),
    );
    return rows.map((row) => ({ ...stripDeleted(row), options: options.get(row.id) ?? [] }));
  },
  beforeWrite: (tx, { values, current, dealId }) => {
    if (!current) return values;
    const main = tx.select({ mainIssueId: batnas.mainIssueId }).from(batnas).where(eq(batnas.dealId, dealId)).get();
    const { walkAway, target, ...rest } = values as Partial<IssueFields>;
    const routed = routeObjectivesPatch(current, { mainIssueId: main?.mainIssueId ?? null }, { walkAway, target });
    if (Object.keys(routed.batna).length > 0) updateBatna(tx, dealId, routed.batna);
    return defined({ ...rest, ...routed.issue });
  },
});

/**
 * Options (`rows.*`, table 'issueOptions'): the values an issue can take. One walk-away
 * (target, ideal) mark per issue: marking an option unmarks its siblings, deleted ones too,
 * so an Undo cannot bring back a second mark.
 */
export const optionStore = defineRowStore<typeof issueOptions, IssueOption>({
  table: issueOptions,
  label: 'The option',
  newSchema: newOptionSchema,
  patchSchema: optionPatchSchema,
  defaults: OPTION_DEFAULTS,
  references: [{ field: 'issueId', table: issues, label: 'The issue' }],
  beforeWrite: (tx, { values, current }) => {
    const objective = values.objective as OptionRow['objective'] | undefined;
    const issueId = (current?.issueId ?? values.issueId) as string;
    if (objective) {
      const unmarked = tx
        .update(issueOptions)
        .set({ objective: null })
        .where(
          and(
            eq(issueOptions.issueId, issueId),
            eq(issueOptions.objective, objective),
            current ? ne(issueOptions.id, current.id) : undefined,
          ),
        )
        .returning({ id: issueOptions.id })
        .all();
      noteWrites(
        'issueOptions',
        unmarked.map((row) => row.id),
      );
    }
    return values;
  },
});

/** A new issue with options of the given labels, in order (starters, library entries). */
export function addIssueWithOptions(
  db: ParleyDb,
  dealId: string,
  fields: Partial<IssueFields>,
  optionLabels: readonly string[],
): Issue {
  return writeDeal(db, dealId, (tx) => {
    const issue = issueStore.create(tx, dealId, fields);
    for (const label of optionLabels) optionStore.create(tx, dealId, { issueId: issue.id, label });
    return issueStore.get(tx, issue.id);
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
  return writeDeal(db, dealId, (tx) =>
    starters.map((starter) =>
      addIssueWithOptions(tx, dealId, { name: starter.name, category: starter.category }, starter.options),
    ),
  );
}

/** Scales one side's weights to sum to 100; answers the old weights so the screen can undo. */
export function normaliseIssueWeights(db: ParleyDb, dealId: string, side: Side): WeightsChange {
  return writeDeal(db, dealId, (tx) => {
    const rows = issueStore.list(tx, dealId);
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
    noteWrites(
      'issues',
      rows.map((row) => row.id),
    );
    return {
      side,
      previous: rows.map((r) => ({ id: r.id, weight: weightOf(r, side) })),
      issues: issueStore.list(tx, dealId),
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
    noteWrites(
      'issues',
      parsed.weights.map((w) => w.id),
    );
    return issueStore.list(tx, parsed.dealId);
  });
}

/** Writes one side's scores for several options at once (linear fill, and its undo). */
export function setOptionScores(db: ParleyDb, input: unknown): Issue {
  const parsed = setScoresSchema.parse(input);
  const issue = issueStore.get(db, parsed.issueId);
  return writeDeal(db, issue.dealId, (tx) => {
    const column = parsed.side === 'us' ? 'ourScore' : 'theirScore';
    for (const { id, score } of parsed.scores) {
      const result = tx
        .update(issueOptions)
        .set({ [column]: score })
        .where(and(eq(issueOptions.id, id), eq(issueOptions.issueId, parsed.issueId), isNull(issueOptions.deletedAt)))
        .run();
      if (result.changes === 0) throw notFound('An option');
    }
    noteWrites(
      'issueOptions',
      parsed.scores.map((s) => s.id),
    );
    return issueStore.get(tx, parsed.issueId);
  });
}
