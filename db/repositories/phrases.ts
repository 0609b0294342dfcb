import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { notFound, UserError } from '../../core/errors';
import {
  BUILT_IN_PHRASES,
  fillPhrase,
  newPhraseSchema,
  type Phrase,
  type PhraseBlank,
  type PhraseInsert,
  phraseInsertSchema,
  phrasePatchSchema,
  phraseRestoreSchema,
} from '../../core/library/phrases';
import type { TalkingPoints } from '../../core/talkingPoints';
import { TEXT_LIMITS } from '../../core/text';
import { nowIso } from '../../core/time';
import type { ParleyDb } from '../parleyDb';
import { phrases } from '../schema';
import { alreadyExists, foreignRow } from './dealChild';
import { getDeal } from './deals';
import { issueStore } from './issues';
import { libraryWrite } from './libraryWrites';
import { getTalkingPoints, setTalkingPoints } from './talkingPoints';

type Row = typeof phrases.$inferSelect;
const toPhrase = (row: Row): Phrase => ({ ...row });

function row(db: ParleyDb, id: string): Row {
  const found = db.select().from(phrases).where(eq(phrases.id, id)).get();
  if (!found) throw notFound('The phrase');
  return found;
}

export const getPhrase = (db: ParleyDb, id: string) => toPhrase(row(db, id));

export function listPhrases(db: ParleyDb): Phrase[] {
  return db
    .select()
    .from(phrases)
    .orderBy(asc(phrases.purpose), asc(phrases.createdAt), asc(phrases.id))
    .all()
    .map(toPhrase);
}

export function addPhrase(db: ParleyDb, input: unknown, builtInKey: string | null = null): Phrase {
  const parsed = newPhraseSchema.parse(input);
  const now = nowIso();
  const id = randomUUID();
  db.insert(phrases)
    .values({
      id,
      purpose: parsed.purpose,
      text: parsed.text,
      notes: parsed.notes ?? '',
      builtInKey,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return getPhrase(db, id);
}

export function updatePhrase(db: ParleyDb, id: string, patch: unknown): Phrase {
  const parsed = Object.fromEntries(Object.entries(phrasePatchSchema.parse(patch)).filter(([, v]) => v !== undefined));
  return libraryWrite(db, 'phrases', id, (tx) => {
    row(tx, id);
    tx.update(phrases)
      .set({ ...parsed, updatedAt: nowIso() })
      .where(eq(phrases.id, id))
      .run();
    return getPhrase(tx, id);
  });
}

export function deletePhrase(db: ParleyDb, id: string): Phrase {
  return libraryWrite(db, 'phrases', id, (tx) => {
    const snapshot = toPhrase(row(tx, id));
    tx.delete(phrases).where(eq(phrases.id, id)).run();
    return snapshot;
  });
}

export function restorePhrase(db: ParleyDb, snapshot: unknown): Phrase {
  const parsed = phraseRestoreSchema.parse(snapshot);
  return libraryWrite(db, 'phrases', parsed.id, (tx) => {
    if (tx.select({ id: phrases.id }).from(phrases).where(eq(phrases.id, parsed.id)).get()) {
      throw alreadyExists('This phrase');
    }
    tx.insert(phrases)
      .values({ ...parsed, teamShared: parsed.teamShared ?? false })
      .run();
    return getPhrase(tx, parsed.id);
  });
}

export function resetPhrase(db: ParleyDb, id: string): Phrase {
  return libraryWrite(db, 'phrases', id, (tx) => {
    const found = row(tx, id);
    const builtIn = BUILT_IN_PHRASES.find((b) => b.key === found.builtInKey);
    if (!builtIn) throw new UserError('invalid_input', 'Only phrases that came with Parley can be reset.');
    tx.update(phrases)
      .set({ purpose: builtIn.purpose, text: builtIn.text, notes: builtIn.notes, updatedAt: nowIso() })
      .where(eq(phrases.id, id))
      .run();
    return getPhrase(tx, id);
  });
}

/** The blank values a phrase gets from the deal's rows; every id must belong to the deal. */
export function phraseValues(db: ParleyDb, input: PhraseInsert): Partial<Record<PhraseBlank, string>> {
  const deal = getDeal(db, input.dealId);
  const dealIssues = issueStore.list(db, input.dealId);
  const values: Partial<Record<PhraseBlank, string>> = { counterparty: deal.counterparty };
  const pick = (
    issueId: string | null | undefined,
    optionId: string | null | undefined,
    issueField: string,
    optionField: string,
  ) => {
    const issue = issueId ? dealIssues.find((i) => i.id === issueId) : undefined;
    if (issueId && !issue) throw foreignRow('The issue', issueField);
    const option = optionId ? issue?.options.find((o) => o.id === optionId) : undefined;
    if (optionId && !option) throw foreignRow('The option', optionField);
    return { issue: issue?.name, option: option?.label };
  };
  const given = pick(input.issueId, input.optionId, 'issueId', 'optionId');
  const asked = pick(input.askIssueId, input.askOptionId, 'askIssueId', 'askOptionId');
  if (given.issue) values.issue = given.issue;
  if (given.option) values.option = given.option;
  if (asked.issue) values.ask_issue = asked.issue;
  if (asked.option) values.ask_option = asked.option;
  return values;
}

/**
 * Fills a phrase from the deal and appends it, as its own line, to the deal's "What to
 * say" notes. Refused (nothing written) when the notes would grow past their limit.
 */
export function insertPhrase(db: ParleyDb, input: unknown): TalkingPoints {
  const parsed = phraseInsertSchema.parse(input);
  return db.transaction((tx) => {
    const phrase = getPhrase(tx, parsed.phraseId);
    const line = fillPhrase(phrase.text, phraseValues(tx, parsed));
    const current = getTalkingPoints(tx, parsed.dealId).text;
    const text = current.trim() ? `${current.replace(/\s+$/, '')}\n${line}` : line;
    if (text.length > TEXT_LIMITS.long) {
      throw new UserError(
        'invalid_input',
        `“What to say” is full (${TEXT_LIMITS.long} characters). Shorten it before inserting more.`,
      );
    }
    return setTalkingPoints(tx, parsed.dealId, text);
  });
}
