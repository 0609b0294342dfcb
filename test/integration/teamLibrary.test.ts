import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EMPTY_TEMPLATE } from '../../core/library/templates';
import { LESSONS_MAP, SHARED_LESSON_FIELDS, TEAM_LESSONS_DOC, TEAM_LIBRARY_DOC } from '../../core/teamLibrary';
import type { ParleyDb } from '../../db/database';
import { updateBatna } from '../../db/repositories/batna';
import { createDeal, deleteDeal, purgeDeal } from '../../db/repositories/deals';
import { lessonReminders } from '../../db/repositories/debrief';
import { addLibraryTradeable, listLibraryTradeables } from '../../db/repositories/libraryTradeables';
import { addPhrase, deletePhrase, listPhrases, updatePhrase } from '../../db/repositories/phrases';
import { rowStore } from '../../db/repositories/rowStores';
import { createDealFromTemplate } from '../../db/repositories/templateDeals';
import { createTemplate, deleteTemplate, listTemplates } from '../../db/repositories/templates';
import * as team from '../../db/teamSync/session';
import { shareLibraryEntry, teamDoc, unshareLibraryEntry } from '../../db/teamSync/teamLibrary';
import { addTeamUsers, type RunningTeamServer, startTeamServer, waitFor } from '../support/teamServer';
import { makeTempDir, openTempDatabase } from '../support/tempDataDir';

type TempDatabase = Awaited<ReturnType<typeof openTempDatabase>>;

const ROOT = resolve(import.meta.dirname, '..', '..');
const PASSWORD = 'correct horse battery';
const folder = makeTempDir('parley-team-library-');
const serverFile = join(folder.dir, 'team.sqlite');
let server: RunningTeamServer;
const databases: TempDatabase[] = [];
/** Ana edits the team library; Ben only reads it. Each has a laptop with its own data folder. */
let a: TempDatabase;
let b: TempDatabase;

/** A team doc as the server stored it in its own SQLite file. */
function serverDoc(name: string): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  const file = new Database(serverFile, { readonly: true, fileMustExist: true });
  try {
    const state = file.prepare('SELECT state FROM documents WHERE name = ?').pluck().get(name) as Buffer | undefined;
    if (state) Y.applyUpdate(doc, new Uint8Array(state));
  } finally {
    file.close();
  }
  return doc;
}

const library = (db: ParleyDb) => {
  const doc = teamDoc(db, TEAM_LIBRARY_DOC);
  if (!doc) throw new Error('The team library is not open on this laptop');
  return doc;
};
const lessonsDoc = (db: ParleyDb) => {
  const doc = teamDoc(db, TEAM_LESSONS_DOC);
  if (!doc) throw new Error('The team lessons are not open on this laptop');
  return doc;
};

/** `npm run team-server -- set-library-role …`, as an operator runs it. */
function setLibraryRole(email: string, role: string) {
  return spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules', 'vite-node', 'vite-node.mjs'), 'team/main.ts', 'set-library-role', email, role],
    { cwd: ROOT, env: { ...process.env, PARLEY_TEAM_FILE: serverFile }, encoding: 'utf8' },
  );
}

beforeAll(async () => {
  await addTeamUsers({ file: serverFile }, PASSWORD, [
    ['ana@example.com', 'Ana'],
    ['ben@example.com', 'Ben'],
  ]);
  const made = setLibraryRole('ana@example.com', 'editor');
  expect(made.status, made.stderr).toBe(0);
  expect(setLibraryRole('nobody@example.com', 'editor').status).toBe(1);
  expect(setLibraryRole('ben@example.com', 'owner').status).toBe(2);
  server = await startTeamServer(serverFile);
  a = await openTempDatabase();
  b = await openTempDatabase();
  databases.push(a, b);
  await team.signIn(a.db, server.http, 'ana@example.com', PASSWORD);
  await team.signIn(b.db, server.http, 'ben@example.com', PASSWORD);
  await Promise.all([a, b].flatMap(({ db }) => [library(db).ready, lessonsDoc(db).ready]));
}, 90_000);

afterAll(async () => {
  for (const { db } of databases) team.signOut(db);
  await server?.kill();
  for (const database of databases) database.cleanup();
  folder.remove();
});

describe('team library: an editor shares, a reader’s laptop lists it', () => {
  const ids: Record<string, string> = {};

  it('knows who may change the library, from the server', () => {
    expect(team.libraryStatus(a.db)).toMatchObject({ signedIn: true, canEdit: true, online: true });
    expect(team.libraryStatus(b.db)).toMatchObject({ signedIn: true, canEdit: false, online: true });
  });

  it('A shares a template, a phrase and a tradeable: B’s library lists them, and B starts a deal from the template', async () => {
    // Parley's own procurement template's content, under the team's name.
    const document = listTemplates(a.db).find((t) => t.context === 'procurement')?.document ?? EMPTY_TEMPLATE;
    expect(document.issues.length).toBeGreaterThan(0);
    ids.template = createTemplate(a.db, {
      name: 'Team renewal playbook',
      context: 'procurement',
      description: 'How we renew suppliers',
      document,
    }).id;
    ids.phrase = addPhrase(a.db, { purpose: 'fairness', text: 'Our standard for {issue} is {option}.' }).id;
    ids.tradeable = addLibraryTradeable(a.db, { name: 'Reference call', options: ['One call', 'Case study'] }).id;
    ids.localOnly = addPhrase(a.db, { purpose: 'pause', text: 'Let me check with the team.' }).id;

    await shareLibraryEntry(a.db, 'templates', ids.template);
    await shareLibraryEntry(a.db, 'phrases', ids.phrase);
    await shareLibraryEntry(a.db, 'tradeables', ids.tradeable);
    // Returned once the server acknowledged it: the app's "shared with the team" is true then.
    expect(team.libraryStatus(a.db).pending).toBe(false);
    await expect(shareLibraryEntry(a.db, 'phrases', ids.phrase)).rejects.toThrow(/already in the team library/);

    await waitFor(
      () =>
        listTemplates(b.db).some((t) => t.id === ids.template) &&
        listPhrases(b.db).some((p) => p.id === ids.phrase) &&
        listLibraryTradeables(b.db).some((t) => t.id === ids.tradeable),
      'the shared entries on B',
    );
    const template = listTemplates(b.db).find((t) => t.id === ids.template);
    expect(template).toMatchObject({ name: 'Team renewal playbook', context: 'procurement', teamShared: true });
    expect(template?.document).toEqual(document);
    expect(listPhrases(b.db).find((p) => p.id === ids.phrase)).toMatchObject({
      text: 'Our standard for {issue} is {option}.',
      teamShared: true,
    });
    expect(listLibraryTradeables(b.db).find((t) => t.id === ids.tradeable)).toMatchObject({
      options: ['One call', 'Case study'],
      teamShared: true,
    });
    // Marked on A too; the entry A did not share stayed on A.
    expect(listPhrases(a.db).find((p) => p.id === ids.phrase)?.teamShared).toBe(true);
    expect(listPhrases(b.db).some((p) => p.id === ids.localOnly)).toBe(false);

    const deal = createDealFromTemplate(b.db, { templateId: ids.template, title: 'Courier renewal' });
    expect(deal.context).toBe('procurement');
  });

  it('an editor’s later edit reaches the team', async () => {
    updatePhrase(a.db, ids.phrase as string, { notes: 'Say it once, then stop talking.' });
    await waitFor(
      () => listPhrases(b.db).find((p) => p.id === ids.phrase)?.notes === 'Say it once, then stop talking.',
      'the edit on B',
    );
  });

  it('a reader cannot write: refused on the laptop, and a change sent anyway is dropped by the server', async () => {
    const own = addPhrase(b.db, { purpose: 'safe_no', text: 'That does not work for us.' });
    await expect(shareLibraryEntry(b.db, 'phrases', own.id)).rejects.toThrow(/You read the team library/);
    expect(() => updatePhrase(b.db, ids.phrase as string, { text: 'Changed by a reader.' })).toThrow(
      /You read the team library/,
    );
    expect(() => deletePhrase(b.db, ids.phrase as string)).toThrow(/You read the team library/);
    await expect(unshareLibraryEntry(b.db, 'phrases', ids.phrase as string)).rejects.toThrow(
      /You read the team library/,
    );
    // Nothing changed on B's laptop…
    expect(listPhrases(b.db).find((p) => p.id === own.id)?.teamShared).toBe(false);
    expect(listPhrases(b.db).find((p) => p.id === ids.phrase)?.text).toBe('Our standard for {issue} is {option}.');

    // …and a laptop that writes into the doc anyway (a modified client) is not listened to.
    const rogue = library(b.db);
    rogue.change(b.db, () => rogue.put('phrases', ids.phrase as string, { text: 'Rewritten by a reader.' }));
    rogue.provider?.setAwarenessField('sentinel', 'after the rogue change');
    await waitFor(
      () =>
        [...(library(a.db).provider?.awareness?.getStates().values() ?? [])].some(
          (state) => (state as { sentinel?: string }).sentinel === 'after the rogue change',
        ),
      'B’s next message to reach A',
    );
    // A later editor change is stored on the server; B's change is nowhere but on B.
    updatePhrase(a.db, ids.phrase as string, { notes: 'After the reader tried.' });
    await waitFor(
      () =>
        serverDoc(TEAM_LIBRARY_DOC)
          .getMap<Y.Map<unknown>>('phrases')
          .get(ids.phrase as string)
          ?.get('notes') === 'After the reader tried.',
      'A’s change on the server',
    );
    const readerClient = rogue.doc.clientID;
    expect(Y.decodeStateVector(Y.encodeStateVector(serverDoc(TEAM_LIBRARY_DOC))).has(readerClient)).toBe(false);
    expect(Y.decodeStateVector(Y.encodeStateVector(library(a.db).doc)).has(readerClient)).toBe(false);
    expect(listPhrases(a.db).find((p) => p.id === ids.phrase)?.text).toBe('Our standard for {issue} is {option}.');
  });

  it('unsharing and deleting propagate: colleagues’ copies go, the sharer keeps an unshared entry', async () => {
    await unshareLibraryEntry(a.db, 'phrases', ids.phrase as string);
    deleteTemplate(a.db, ids.template as string);
    await waitFor(
      () =>
        !listPhrases(b.db).some((p) => p.id === ids.phrase) && !listTemplates(b.db).some((t) => t.id === ids.template),
      'the phrase and the template to leave B',
    );
    expect(listPhrases(a.db).find((p) => p.id === ids.phrase)?.teamShared).toBe(false);
    // Soft delete in the doc: the entries stay in their maps, marked.
    const stored = serverDoc(TEAM_LIBRARY_DOC);
    await waitFor(
      () =>
        Boolean(
          serverDoc(TEAM_LIBRARY_DOC)
            .getMap<Y.Map<unknown>>('templates')
            .get(ids.template as string)
            ?.get('deletedAt'),
        ),
      'the deletion on the server',
    );
    expect(stored.getMap<Y.Map<unknown>>('phrases').get(ids.phrase as string)).toBeDefined();
    // A tradeable still shared is still on B.
    expect(listLibraryTradeables(b.db).some((t) => t.id === ids.tradeable)).toBe(true);
  });
});

describe('shared lessons: opt-in, shown at a colleague’s next deal of the same context', () => {
  const BATNA_NUMBERS = ['412345', '398765'];
  let lessonId: string;
  let privateLessonId: string;

  it('A shares a lesson of a procurement deal: B’s reminders for a procurement deal include it, for a sales deal not', async () => {
    const deal = createDeal(a.db, {
      title: 'Initech print contract',
      counterparty: 'Initech',
      currency: 'EUR',
      context: 'procurement',
    });
    updateBatna(a.db, deal.id, {
      ourReservation: 412_345,
      ourValueMoney: 398_765,
      ourDescription: 'Rebid with Globex',
    });
    lessonId = rowStore('debriefLessons').create(a.db, deal.id, {
      text: 'Ask for the volume forecast before talking price.',
      tag: 'price',
      shared: true,
    }).id;
    privateLessonId = rowStore('debriefLessons').create(a.db, deal.id, {
      text: 'Initech’s buyer bluffs about the deadline.',
      tag: 'general',
    }).id;

    const procurement = createDeal(b.db, { title: 'Toner supply', context: 'procurement' });
    const sales = createDeal(b.db, { title: 'Upsell', context: 'sales' });
    await waitFor(
      () => lessonReminders(b.db, procurement.id).lessons.some((l) => l.id === lessonId),
      'the shared lesson in B’s reminders',
      () => lessonReminders(b.db, procurement.id),
    );
    expect(lessonReminders(b.db, procurement.id).lessons.find((l) => l.id === lessonId)).toMatchObject({
      text: 'Ask for the volume forecast before talking price.',
      tag: 'price',
      author: 'Ana',
      dealId: null,
      dealTitle: null,
    });
    expect(lessonReminders(b.db, sales.id).lessons.some((l) => l.id === lessonId)).toBe(false);
    expect(lessonReminders(b.db, procurement.id).lessons.some((l) => l.id === privateLessonId)).toBe(false);
  });

  it('a shared lesson carries its text, tag and context only: never the deal’s numbers, title or counterparty', async () => {
    await waitFor(
      () => serverDoc(TEAM_LESSONS_DOC).getMap<Y.Map<unknown>>(LESSONS_MAP).has(lessonId),
      'the lesson on the server',
    );
    const stored = serverDoc(TEAM_LESSONS_DOC);
    const entry = stored.getMap<Y.Map<unknown>>(LESSONS_MAP).get(lessonId);
    expect(Object.keys(entry?.toJSON() ?? {}).sort()).toEqual([...SHARED_LESSON_FIELDS].sort());
    expect(entry?.toJSON()).toMatchObject({ context: 'procurement', tag: 'price', author: 'Ana', deletedAt: null });
    expect(stored.getMap(LESSONS_MAP).has(privateLessonId)).toBe(false);
    // Nothing else of the deal anywhere in the stored doc (its every byte, not just the map read above).
    const everything = JSON.stringify(stored.toJSON()) + Buffer.from(Y.encodeStateAsUpdate(stored)).toString('latin1');
    for (const secret of [...BATNA_NUMBERS, 'Initech', 'Rebid with Globex', 'bluffs'])
      expect(everything, `“${secret}” reached the team`).not.toContain(secret);
  });

  it('unsharing or deleting the lesson takes it out of colleagues’ reminders', async () => {
    const procurement = createDeal(b.db, { title: 'Paper supply', context: 'procurement' });
    rowStore('debriefLessons').update(a.db, lessonId, { shared: false });
    await waitFor(
      () => !lessonReminders(b.db, procurement.id).lessons.some((l) => l.id === lessonId),
      'the unshared lesson to leave B',
    );
    rowStore('debriefLessons').update(a.db, lessonId, { shared: true });
    await waitFor(
      () => lessonReminders(b.db, procurement.id).lessons.some((l) => l.id === lessonId),
      'the lesson shared again',
    );
    rowStore('debriefLessons').remove(a.db, lessonId);
    await waitFor(
      () => !lessonReminders(b.db, procurement.id).lessons.some((l) => l.id === lessonId),
      'the deleted lesson to leave B',
    );
    expect(serverDoc(TEAM_LESSONS_DOC).getMap<Y.Map<unknown>>(LESSONS_MAP).has(lessonId)).toBe(true);
  });

  it('a deal deleted and purged on the sharer’s laptop takes its shared lessons out at the next sign-in', async () => {
    const deal = createDeal(a.db, { title: 'Short-lived', context: 'procurement' });
    const id = rowStore('debriefLessons').create(a.db, deal.id, {
      text: 'Bring the usage data to the first meeting.',
      tag: 'general',
      shared: true,
    }).id;
    const procurement = createDeal(b.db, { title: 'Cables', context: 'procurement' });
    await waitFor(() => lessonReminders(b.db, procurement.id).lessons.some((l) => l.id === id), 'the lesson on B');
    deleteDeal(a.db, deal.id);
    purgeDeal(a.db, deal.id);
    await team.signIn(a.db, server.http, 'ana@example.com', PASSWORD);
    await waitFor(
      () => !lessonReminders(b.db, procurement.id).lessons.some((l) => l.id === id),
      'the purged deal’s lesson to leave B',
    );
  });
});
