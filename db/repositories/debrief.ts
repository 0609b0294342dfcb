import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { analyseDebrief } from '../../core/debrief/analysis';
import {
  agreedOptionSchema,
  DEBRIEF_DEFAULTS,
  type DebriefFields,
  type DebriefOutcome,
  type DebriefPatch,
  debriefPatchSchema,
  LESSON_DEFAULTS,
  type Lesson,
  lessonPatchSchema,
  MOMENT_DEFAULTS,
  type Moment,
  momentPatchSchema,
  newLessonSchema,
  newMomentSchema,
  statusAfterOutcome,
} from '../../core/debrief/model';
import {
  BUILTIN_MOMENT_TYPES,
  type CustomMomentType,
  type MomentType,
  momentCatalogue,
  momentTypePatchSchema,
  newMomentTypeSchema,
} from '../../core/debrief/momentCatalogue';
import type { DebriefRecord, DebriefView } from '../../core/debrief/view';
import { notFound, UserError } from '../../core/errors';
import type { DebriefedDeal, LessonReminders } from '../../core/insights';
import { frequentMistakes } from '../../core/insights';
import { nowIso } from '../../core/time';
import { assertLiveDeal, writeDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import {
  deals,
  debriefAgreements,
  debriefLessons,
  debriefMoments,
  debriefs,
  issueOptions,
  issues,
  momentTypes,
  teamLessons,
} from '../schema';
import { getBatna } from './batna';
import { defineRowStore } from './dealRows';
import { getDeal } from './deals';
import { readConcessionLog } from './debriefConcessions';
import { issueStore } from './issues';

/* The debrief record -------------------------------------------------------------------- */

function debriefRecord(db: ParleyDb, dealId: string): DebriefRecord {
  const row = db.select().from(debriefs).where(eq(debriefs.dealId, dealId)).get();
  return row ? { ...row } : { ...DEBRIEF_DEFAULTS, dealId, updatedAt: null };
}

export function updateDebrief(db: ParleyDb, dealId: string, patch: DebriefPatch): DebriefRecord {
  const parsed = debriefPatchSchema.parse(patch);
  return writeDeal(db, dealId, (tx) => {
    const current = debriefRecord(tx, dealId);
    const next = { ...current, ...parsed };
    if (next.startedOn && next.closingDate && next.closingDate < next.startedOn) {
      const field = 'closingDate' in parsed ? 'closingDate' : 'startedOn';
      const message = 'The closing date cannot be before the start date.';
      throw new UserError('invalid_input', message, { [field]: message });
    }
    const { dealId: _d, updatedAt: _u, ...fields } = next;
    tx.insert(debriefs)
      .values({ dealId, ...fields, updatedAt: nowIso() })
      .onConflictDoUpdate({ target: debriefs.dealId, set: { ...parsed, updatedAt: nowIso() } })
      .run();
    if (parsed.outcome !== undefined && parsed.outcome !== current.outcome) closeDeal(tx, dealId, parsed.outcome);
    return debriefRecord(tx, dealId);
  });
}

/**
 * The deal's status follows a newly recorded outcome (the renderer offers Undo). Runs inside
 * the debrief's `writeDeal`, which stamps the deal's last-edited time once for both writes.
 */
function closeDeal(tx: ParleyDb, dealId: string, outcome: DebriefOutcome | null): void {
  const deal = tx.select({ status: deals.status }).from(deals).where(eq(deals.id, dealId)).get();
  const status = deal && statusAfterOutcome(outcome, deal.status);
  if (status) tx.update(deals).set({ status }).where(eq(deals.id, dealId)).run();
}

/** Agreed options whose issue and option are still part of the deal. */
function agreedChoice(db: ParleyDb, dealId: string): Record<string, string> {
  const rows = db
    .select({ issueId: debriefAgreements.issueId, optionId: debriefAgreements.optionId })
    .from(debriefAgreements)
    .innerJoin(
      issues,
      and(eq(issues.id, debriefAgreements.issueId), eq(issues.dealId, dealId), isNull(issues.deletedAt)),
    )
    .innerJoin(
      issueOptions,
      and(
        eq(issueOptions.id, debriefAgreements.optionId),
        eq(issueOptions.issueId, debriefAgreements.issueId),
        isNull(issueOptions.deletedAt),
      ),
    )
    .where(eq(debriefAgreements.dealId, dealId))
    .all();
  return Object.fromEntries(rows.map((r) => [r.issueId, r.optionId]));
}

export function setAgreedOption(db: ParleyDb, input: unknown): Record<string, string> {
  const { dealId, issueId, optionId } = agreedOptionSchema.parse(input);
  return writeDeal(db, dealId, (tx) => {
    const issue = tx
      .select({ dealId: issues.dealId })
      .from(issues)
      .where(and(eq(issues.id, issueId), isNull(issues.deletedAt)))
      .get();
    if (issue?.dealId !== dealId) {
      throw new UserError('invalid_input', 'The issue does not belong to this deal.', { issueId: 'Not in this deal' });
    }
    if (optionId) {
      const option = tx
        .select({ issueId: issueOptions.issueId })
        .from(issueOptions)
        .where(and(eq(issueOptions.id, optionId), isNull(issueOptions.deletedAt)))
        .get();
      if (option?.issueId !== issueId) {
        throw new UserError('invalid_input', 'The option is not one of this issue’s options.', {
          optionId: 'Not an option of this issue',
        });
      }
    }
    tx.delete(debriefAgreements)
      .where(and(eq(debriefAgreements.dealId, dealId), eq(debriefAgreements.issueId, issueId)))
      .run();
    if (optionId) tx.insert(debriefAgreements).values({ id: randomUUID(), dealId, issueId, optionId }).run();
    return agreedChoice(tx, dealId);
  });
}

/* Moment catalogue ---------------------------------------------------------------------- */

export function listMomentTypes(db: ParleyDb): MomentType[] {
  const custom: CustomMomentType[] = db.select().from(momentTypes).all();
  return momentCatalogue(custom);
}

export function addMomentType(db: ParleyDb, input: unknown): MomentType {
  const parsed = newMomentTypeSchema.parse(input);
  const id = randomUUID();
  db.insert(momentTypes)
    .values({ id, ...parsed, archived: false, createdAt: nowIso() })
    .run();
  return listMomentTypes(db).find((t) => t.key === id) as MomentType;
}

export function updateMomentType(db: ParleyDb, id: string, patch: unknown): MomentType {
  const parsed = momentTypePatchSchema.parse(patch);
  if (BUILTIN_MOMENT_TYPES.some((t) => t.key === id)) {
    throw new UserError('invalid_input', 'Built-in moment types cannot be changed; add your own type instead.');
  }
  // An empty patch changes nothing but must still find the type.
  const row =
    Object.keys(parsed).length > 0
      ? db.update(momentTypes).set(parsed).where(eq(momentTypes.id, id)).returning().get()
      : db.select().from(momentTypes).where(eq(momentTypes.id, id)).get();
  if (!row) throw notFound('The moment type');
  return listMomentTypes(db).find((t) => t.key === id) as MomentType;
}

function assertKnownType(db: ParleyDb, typeKey: string | undefined): void {
  if (typeKey === undefined) return;
  const type = listMomentTypes(db).find((t) => t.key === typeKey);
  if (!type || type.archived) {
    throw new UserError('invalid_input', 'Choose a moment type from the catalogue.', { typeKey: 'Unknown type' });
  }
}

/* Moments ------------------------------------------------------------------------------- */

/**
 * Moments of the debrief's timeline (`rows.*`, table 'debriefMoments'). The type must be one
 * of the catalogue's live types when it is set (a moment keeps a type retired since); a moment
 * from an accepted transcript proposal keeps the rule that found it.
 */
export const momentStore = defineRowStore<typeof debriefMoments, Moment>({
  table: debriefMoments,
  label: 'The moment',
  newSchema: newMomentSchema,
  patchSchema: momentPatchSchema,
  defaults: MOMENT_DEFAULTS,
  beforeWrite: (tx, { values, current }) => {
    assertKnownType(tx, values.typeKey as string | undefined);
    if (current) return values;
    return { ...values, source: values.ruleId ? 'transcript' : 'manual', ruleId: values.ruleId ?? null };
  },
});

/* Lessons ------------------------------------------------------------------------------- */

/** Lessons for next time, each tagged to an issue category (served by `rows.*` as 'debriefLessons'). */
export const lessonStore = defineRowStore<typeof debriefLessons, Lesson>({
  table: debriefLessons,
  label: 'The lesson',
  newSchema: newLessonSchema,
  patchSchema: lessonPatchSchema,
  defaults: LESSON_DEFAULTS,
});

/* The whole debrief --------------------------------------------------------------------- */

function analysisOf(db: ParleyDb, dealId: string, debrief: DebriefFields, agreed: Record<string, string>) {
  const deal = getDeal(db, dealId);
  return analyseDebrief({
    deal,
    batna: getBatna(db, dealId),
    issues: issueStore.list(db, dealId),
    agreed,
    debrief,
    concessions: readConcessionLog(db, dealId),
  });
}

export function getDebrief(db: ParleyDb, dealId: string): DebriefView {
  assertLiveDeal(db, dealId);
  const debrief = debriefRecord(db, dealId);
  const agreed = agreedChoice(db, dealId);
  return {
    debrief,
    agreed,
    moments: momentStore.list(db, dealId),
    lessons: lessonStore.list(db, dealId),
    analysis: analysisOf(db, dealId, debrief, agreed),
  };
}

/* Across deals -------------------------------------------------------------------------- */

/** One record per live deal whose debrief records an outcome, for Insights and reminders. */
export function debriefedDeals(db: ParleyDb): DebriefedDeal[] {
  const rows = db
    .select({ deal: deals, debrief: debriefs })
    .from(debriefs)
    .innerJoin(deals, eq(deals.id, debriefs.dealId))
    .where(and(isNull(deals.deletedAt), isNotNull(debriefs.outcome)))
    .all();
  const ids = rows.map((r) => r.deal.id);
  const moments = ids.length
    ? db
        .select({ dealId: debriefMoments.dealId, typeKey: debriefMoments.typeKey, effect: debriefMoments.effect })
        .from(debriefMoments)
        .where(and(inArray(debriefMoments.dealId, ids), isNull(debriefMoments.deletedAt)))
        .all()
    : [];
  return rows.map(({ deal, debrief }) => {
    const { dealId: _d, updatedAt, ...fields } = debrief;
    const analysis = analysisOf(db, deal.id, fields, agreedChoice(db, deal.id));
    const value = analysis.valueLeft?.ready ? analysis.valueLeft : null;
    return {
      dealId: deal.id,
      title: deal.title,
      context: deal.context,
      outcome: debrief.outcome ?? 'no_deal',
      date: debrief.closingDate ?? updatedAt.slice(0, 10),
      valueUs: value ? value.agreed.us : null,
      valueLeft: value ? value.moreForUs : null,
      integrative: analysis.classification ? analysis.classification.kind === 'integrative' : null,
      achievement: analysis.mainIssue?.achievement ?? null,
      days: analysis.time.known ? analysis.time.days : null,
      reciprocity: analysis.concessions.ratio,
      moments: moments.filter((m) => m.dealId === deal.id).map(({ typeKey, effect }) => ({ typeKey, effect })),
    };
  });
}

/** Lessons from other debriefed deals of the same context, and the user's most frequent slips. */
export function lessonReminders(db: ParleyDb, dealId: string): LessonReminders {
  const deal = getDeal(db, dealId);
  const debriefed = debriefedDeals(db);
  const sameContext = debriefed.filter((d) => d.context === deal.context && d.dealId !== dealId);
  const byId = new Map(sameContext.map((d) => [d.dealId, d]));
  const lessons = byId.size
    ? db
        .select()
        .from(debriefLessons)
        .where(and(inArray(debriefLessons.dealId, [...byId.keys()]), isNull(debriefLessons.deletedAt)))
        .orderBy(asc(debriefLessons.position))
        .all()
        .filter((l) => l.text.trim() !== '')
        .map((l) => {
          const source = byId.get(l.dealId) as DebriefedDeal;
          return {
            id: l.id,
            text: l.text,
            tag: l.tag,
            dealId: l.dealId,
            dealTitle: source.title,
            author: null,
            date: source.date,
          };
        })
    : [];
  // Colleagues' lessons shared with the team (db/teamSync/teamLibrary.ts), for deals of this context.
  const fromTeam = db
    .select()
    .from(teamLessons)
    .where(eq(teamLessons.context, deal.context))
    .all()
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({
      id: l.id,
      text: l.text,
      tag: l.tag,
      dealId: null,
      dealTitle: null,
      author: l.author,
      date: l.sharedAt.slice(0, 10),
    }));
  return {
    lessons: [...lessons, ...fromTeam].sort((a, b) => b.date.localeCompare(a.date)),
    frequentMistakes: frequentMistakes(debriefed, listMomentTypes(db)),
  };
}

/* Copy ---------------------------------------------------------------------------------- */
