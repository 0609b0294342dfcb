import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase, type ParleyDb } from '../../db/database';
import { DEAL_TABLES, dealTable } from '../../db/dealTables/registry';
import { purgeExpiredRows } from '../../db/dealTables/sweep';
import { getBatna, updateBatna } from '../../db/repositories/batna';
import { createDeal, getDeal, updateDeal } from '../../db/repositories/deals';
import { linkEvidence, listEvidenceLinks, unlinkEvidence } from '../../db/repositories/evidence';
import { setOptionScores } from '../../db/repositories/issues';
import { setOfferChoice } from '../../db/repositories/meso';
import { rowStore } from '../../db/repositories/rowStores';
import { deals, teamSyncUpdates } from '../../db/schema';
import {
  closeSharedDeal,
  dealRows,
  joinDeal,
  openSharedDeals,
  type SharedDeal,
  shareDeal,
} from '../../db/teamSync/bridge';
import { listConflicts, resolveConflict } from '../../db/teamSync/conflicts';
import { hardDeletes, rowKey, SYNCED_TABLES, TOMBSTONE, tableMap } from '../../db/teamSync/doc';
import { teamApi } from '../../db/teamSync/serverApi';
import * as team from '../../db/teamSync/session';
import { openTeamStore } from '../../team/store';
import { issueToken } from '../../team/tokens';
import { type RunningTeamServer, startTeamServer, storedDoc, waitFor } from '../support/teamServer';
import { MIGRATIONS_FOLDER, makeTempDir, openTempDatabase } from '../support/tempDataDir';

type TempDatabase = Awaited<ReturnType<typeof openTempDatabase>>;

const PASSWORD = 'correct horse battery';
const folder = makeTempDir('parley-team-');
const serverFile = join(folder.dir, 'team.sqlite');
let server: RunningTeamServer;
const tokens: Record<string, string> = {};
const databases: TempDatabase[] = [];
const shared: SharedDeal[] = [];

async function laptop(): Promise<TempDatabase> {
  const database = await openTempDatabase();
  databases.push(database);
  return database;
}

/**
 * Every row of the deal in every table of the registry (deleted ones too), as SQLite holds it;
 * rows of tables without a deal column found through their parents.
 */
function rowsOf(db: ParleyDb, dealId: string) {
  return Object.fromEntries(
    DEAL_TABLES.map((entry) => [
      entry.name,
      dealRows(db, entry, dealId).sort((a, b) => rowKey(entry, a).localeCompare(rowKey(entry, b))),
    ]),
  );
}

const docJson = (doc: Y.Doc) => Object.fromEntries(SYNCED_TABLES.map((e) => [e.name, tableMap(doc, e).toJSON()]));

/** The deal's doc as the server stored it in its own SQLite file. */
const serverDoc = (dealId: string) => storedDoc(serverFile, dealId);

/** The doc rebuilt from a laptop's own update log: what it would load after a restart. */
function docFromLog(db: ParleyDb, dealId: string): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  for (const { update } of db.select().from(teamSyncUpdates).where(eq(teamSyncUpdates.dealId, dealId)).all())
    Y.applyUpdate(doc, update);
  return doc;
}

/** JSON with object keys sorted: docs list map keys in arrival order, which differs between laptops. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
  );
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
/** What differs between two laptops' rows and docs, table by table (for a failure message). */
const diff = (...[rowsA, rowsB, docA, docB]: Record<string, unknown>[]) =>
  Object.keys(rowsA ?? {}).flatMap((name) => [
    ...(same(rowsA?.[name], rowsB?.[name]) ? [] : [{ rows: name, a: rowsA?.[name], b: rowsB?.[name] }]),
    ...(same(docA?.[name], docB?.[name]) ? [] : [{ doc: name, a: docA?.[name], b: docB?.[name] }]),
  ]);

beforeAll(async () => {
  const store = await openTeamStore({ file: serverFile });
  for (const [key, name] of [
    ['ana', 'Ana'],
    ['maria', 'Maria'],
    ['val', 'Val'],
    ['out', 'Otto'],
  ] as const)
    await store.addUser(`${key}@example.com`, name, PASSWORD);
  await store.close();
  server = await startTeamServer(serverFile);
  const api = teamApi(server.http);
  for (const key of ['ana', 'maria', 'val', 'out'])
    tokens[key] = (await api.signIn(`${key}@example.com`, PASSWORD)).token;
}, 60_000);

afterAll(async () => {
  for (const deal of shared) deal.disconnect();
  await server?.kill();
  for (const database of databases) database.cleanup();
  folder.remove();
});

describe('team workspace: two laptops, one shared deal', () => {
  let a: TempDatabase;
  let b: TempDatabase;
  let dealId: string;
  let onA: SharedDeal;
  let onB: SharedDeal;
  const ids: Record<string, string> = {};

  it('refuses a wrong password and a member list change by a non-owner', async () => {
    const api = teamApi(server.http);
    await expect(api.signIn('ana@example.com', 'wrong password')).rejects.toThrow(/Wrong e-mail address or password/);
    await expect(api.signIn('nobody', PASSWORD)).rejects.toThrow(/email/i);
  });

  it('shares a deal; the colleague’s laptop gets it; an online edit arrives', async () => {
    a = await laptop();
    b = await laptop();
    dealId = createDeal(a.db, { title: 'Fleet renewal', counterparty: 'Globex', currency: 'EUR' }).id;
    ids.r1 = rowStore('risks').create(a.db, dealId, { statement: 'Budget frozen' }).id;
    ids.r2 = rowStore('risks').create(a.db, dealId, { statement: 'New CFO' }).id;
    ids.anchor = rowStore('anchors').create(a.db, dealId, {
      issueLabel: 'Price',
      opening: 450_000,
    }).id;
    for (const name of ['Kim', 'Lee', 'Sam']) ids[name] = rowStore('stakeholders').create(a.db, dealId, { name }).id;

    const api = teamApi(server.http);
    onA = shareDeal(a.db, dealId, { serverUrl: server.url, userName: 'Ana' });
    shared.push(onA);
    await api.share(tokens.ana as string, dealId);
    await expect(api.share(tokens.maria as string, dealId)).rejects.toThrow(/already shared/);
    await api.addMember(tokens.ana as string, dealId, 'maria@example.com', 'editor');
    await api.addMember(tokens.ana as string, dealId, 'val@example.com', 'viewer');
    await expect(api.addMember(tokens.maria as string, dealId, 'out@example.com', 'owner')).rejects.toThrow(/owner/);
    await onA.connect(tokens.ana as string);

    onB = joinDeal(b.db, dealId, { serverUrl: server.url, userName: 'Maria' });
    shared.push(onB);
    await onB.connect(tokens.maria as string);
    await waitFor(() => same(rowsOf(a.db, dealId), rowsOf(b.db, dealId)), 'the first sync');
    expect(b.db.select().from(deals).where(eq(deals.id, dealId)).get()?.title).toBe('Fleet renewal');
    expect(
      rowStore('stakeholders')
        .list(b.db, dealId)
        .map((s) => s.name),
    ).toEqual(['Kim', 'Lee', 'Sam']);

    rowStore('risks').update(a.db, ids.r1 as string, { owner: 'Ana' });
    await waitFor(() => rowStore('risks').get(b.db, ids.r1 as string).owner === 'Ana', 'the online edit');
  });

  it('merges edits made offline on both laptops; a same-field change is listed as a conflict', async () => {
    onA.disconnect();
    onB.disconnect();
    const r1 = ids.r1 as string;
    const r2 = ids.r2 as string;
    // Different fields of one row.
    rowStore('risks').update(a.db, r1, { statement: 'Budget frozen until Q3' });
    rowStore('risks').update(b.db, r1, { verification: 'Ask procurement' });
    // The same money field.
    rowStore('anchors').update(a.db, ids.anchor as string, { opening: 410_000 });
    rowStore('anchors').update(b.db, ids.anchor as string, { opening: 420_000 });
    // Inserts on both.
    const r3 = rowStore('risks').create(a.db, dealId, { statement: 'Competitor discount' }).id;
    const r4 = rowStore('risks').create(b.db, dealId, { statement: 'Legal review slow' }).id;
    // Delete on one, edit on the other.
    rowStore('risks').remove(a.db, r2);
    rowStore('risks').update(b.db, r2, { owner: 'Maria' });
    // Moves on both.
    rowStore('stakeholders').move(a.db, ids.Sam as string, 0);
    rowStore('stakeholders').move(b.db, ids.Kim as string, 2);

    await Promise.all([onA.connect(tokens.ana as string), onB.connect(tokens.maria as string)]);
    await waitFor(
      () => same(rowsOf(a.db, dealId), rowsOf(b.db, dealId)) && same(docJson(onA.doc), docJson(onB.doc)),
      'both laptops to converge',
      () => diff(rowsOf(a.db, dealId), rowsOf(b.db, dealId), docJson(onA.doc), docJson(onB.doc)),
    );

    const risk1 = rowStore('risks').get(b.db, r1);
    expect([risk1.statement, risk1.verification]).toEqual(['Budget frozen until Q3', 'Ask procurement']);
    expect(
      rowStore('risks')
        .list(a.db, dealId)
        .map((r) => r.id),
    ).toEqual(expect.arrayContaining([r1, r3, r4]));
    expect(
      rowStore('risks')
        .list(a.db, dealId)
        .map((r) => r.id),
    ).not.toContain(r2);
    // The deleted row kept the concurrent edit: an Undo brings it back with it.
    expect(rowsOf(a.db, dealId).risks?.find((r) => r.id === r2)).toMatchObject({ owner: 'Maria' });
    expect(
      rowStore('stakeholders')
        .list(a.db, dealId)
        .map((s) => s.name),
    ).toEqual(
      rowStore('stakeholders')
        .list(b.db, dealId)
        .map((s) => s.name),
    );

    const target = rowStore('anchors').get(a.db, ids.anchor as string).opening;
    expect([410_000, 420_000]).toContain(target);
    const [onAnas] = listConflicts(a.db, dealId);
    const [onMarias] = listConflicts(b.db, dealId);
    expect(onAnas?.summary).toMatch(/^Anchor · Opening: /);
    expect(onAnas?.summary).toContain('you 410,000');
    expect(onAnas?.summary).toContain('Maria 420,000');
    expect(onMarias?.summary).toContain('you 420,000');
    expect(onMarias?.summary).toContain('Ana 410,000');
    expect(onAnas?.candidates.find((c) => c.kept)?.value).toBe(target);
    expect(listConflicts(a.db, dealId)).toHaveLength(1);

    // Maria keeps Ana's value: it reaches both laptops, and the conflict leaves both lists.
    const anas = onMarias?.candidates.findIndex((c) => c.value === 410_000) ?? -1;
    resolveConflict(b.db, dealId, onMarias?.id ?? -1, anas);
    expect(listConflicts(b.db, dealId)).toEqual([]);
    await waitFor(() => rowStore('anchors').get(a.db, ids.anchor as string).opening === 410_000, 'the kept value');
    await waitFor(
      () => listConflicts(a.db, dealId).length === 0,
      'the conflict to leave Ana’s list',
      () => listConflicts(a.db, dealId),
    );

    // A shared deal keeps its deleted rows (the doc does): the toast's purge and the start-up sweep leave them.
    rowStore('risks').purge(a.db, r2);
    expect(purgeExpiredRows(a.db, new Date(Date.now() + 365 * 86_400_000))).toBe(0);
    expect(rowsOf(a.db, dealId).risks?.find((r) => r.id === r2)).toMatchObject({ owner: 'Maria' });

    // The server stored the same doc; each laptop's log rebuilds its doc.
    await waitFor(() => same(docJson(serverDoc(dealId)), docJson(onA.doc)), 'the server to store the doc');
    expect(same(docJson(docFromLog(a.db, dealId)), docJson(onA.doc))).toBe(true);
    expect(same(docJson(docFromLog(b.db, dealId)), docJson(onB.doc))).toBe(true);
  });

  it('mirrors one-per-deal records and the deal’s own fields; a same-field offline change to the reservation is listed', async () => {
    // Online: a BATNA written on one laptop (a record, not a list row) and the deal's counterparty.
    updateBatna(a.db, dealId, { ourReservation: 400_000, ourDescription: 'Stay with the incumbent' });
    updateDeal(b.db, dealId, { counterparty: 'Globex Europe' });
    await waitFor(
      () => getBatna(b.db, dealId).ourReservation === 400_000 && getDeal(a.db, dealId).counterparty === 'Globex Europe',
      'the BATNA and the counterparty to cross',
      () => ({
        a: [getBatna(a.db, dealId), getDeal(a.db, dealId)],
        b: [getBatna(b.db, dealId), getDeal(b.db, dealId)],
      }),
    );
    expect(getBatna(b.db, dealId).ourDescription).toBe('Stay with the incumbent');

    // Offline: both change the reservation; one changes the title, the other the BATNA's description.
    onA.disconnect();
    onB.disconnect();
    updateBatna(a.db, dealId, { ourReservation: 410_000 });
    updateBatna(b.db, dealId, { ourReservation: 420_000, ourDescription: 'Build it in-house' });
    updateDeal(a.db, dealId, { title: 'Fleet renewal 2027' });
    await Promise.all([onA.connect(tokens.ana as string), onB.connect(tokens.maria as string)]);
    await waitFor(
      () =>
        getBatna(a.db, dealId).ourReservation === getBatna(b.db, dealId).ourReservation &&
        getBatna(a.db, dealId).ourDescription === 'Build it in-house' &&
        getDeal(b.db, dealId).title === 'Fleet renewal 2027',
      'the records and the deal’s fields to converge',
    );
    // (The anchor's conflict of the previous test left both lists when Maria resolved it.)
    const batnaConflicts = (db: ParleyDb) => listConflicts(db, dealId).filter((c) => c.table === 'batna');
    expect(batnaConflicts(a.db)).toHaveLength(1);
    const [onAnas] = batnaConflicts(a.db);
    const [onMarias] = batnaConflicts(b.db);
    expect(onAnas?.money).toBe(true);
    expect(onAnas?.summary).toMatch(/^BATNA · Our reservation: /);
    expect(onAnas?.summary).toContain('you 410,000');
    expect(onAnas?.summary).toContain('Maria 420,000');
    expect(onMarias?.summary).toContain('Ana 410,000');

    // Ana keeps Maria's value: both laptops hold it, nothing is left to resolve.
    resolveConflict(a.db, dealId, onAnas?.id ?? -1, onAnas?.candidates.findIndex((c) => c.value === 420_000) ?? -1);
    await waitFor(
      () => getBatna(a.db, dealId).ourReservation === 420_000 && getBatna(b.db, dealId).ourReservation === 420_000,
      'the kept reservation on both laptops',
    );
    expect(batnaConflicts(a.db)).toEqual([]);
    await waitFor(() => batnaConflicts(b.db).length === 0, 'the conflict to leave Maria’s list');
  });

  it('syncs an issue’s options, MESO picks and evidence links: added, edited, moved and removed online', async () => {
    const issue = rowStore('issues').create(a.db, dealId, { name: 'Contract term' }).id;
    ids.issue = issue;
    const option = (db: ParleyDb, label: string) =>
      rowStore('issueOptions').create(db, dealId, { issueId: issue, label }).id;
    for (const label of ['12 months', '24 months', '36 months']) ids[label] = option(a.db, label);
    rowStore('issueOptions').update(a.db, ids['24 months'] as string, { ourScore: 60 });
    rowStore('issueOptions').move(a.db, ids['36 months'] as string, 0);
    const offer = rowStore('mesoOffers').create(a.db, dealId, { kind: 'ours' }).id;
    ids.offer = offer;
    setOfferChoice(a.db, { offerId: offer, issueId: issue, optionId: ids['24 months'] as string });
    const evidence = rowStore('evidence').create(a.db, dealId, { title: 'Fleet benchmark' }).id;
    const link = { evidenceId: evidence, target: 'issue' as const, targetId: issue };
    linkEvidence(a.db, link);

    const labels = (db: ParleyDb) =>
      rowStore('issueOptions')
        .list(db, dealId)
        .filter((o) => o.issueId === issue)
        .map((o) => o.label);
    await waitFor(
      () => same(rowsOf(a.db, dealId), rowsOf(b.db, dealId)) && same(docJson(onA.doc), docJson(onB.doc)),
      'the options, the pick and the link to reach Maria',
      () => diff(rowsOf(a.db, dealId), rowsOf(b.db, dealId), docJson(onA.doc), docJson(onB.doc)),
    );
    expect(labels(b.db)).toEqual(['36 months', '12 months', '24 months']);
    expect(rowStore('issueOptions').get(b.db, ids['24 months'] as string).ourScore).toBe(60);
    expect(rowStore('mesoOffers').get(b.db, offer).choices).toEqual({ [issue]: ids['24 months'] });
    expect(listEvidenceLinks(b.db, dealId).map((l) => l.targetId)).toEqual([issue]);

    // Maria moves an option, clears the pick and removes the link: gone on Ana's laptop, tombstoned in the doc.
    rowStore('issueOptions').move(b.db, ids['24 months'] as string, 0);
    setOfferChoice(b.db, { offerId: offer, issueId: issue, optionId: null });
    unlinkEvidence(b.db, link);
    await waitFor(
      () =>
        labels(a.db)[0] === '24 months' &&
        Object.keys(rowStore('mesoOffers').get(a.db, offer).choices).length === 0 &&
        listEvidenceLinks(a.db, dealId).length === 0,
      'Maria’s move and removals to reach Ana',
      () => diff(rowsOf(a.db, dealId), rowsOf(b.db, dealId), docJson(onA.doc), docJson(onB.doc)),
    );
    expect(labels(a.db)).toEqual(['24 months', '36 months', '12 months']);

    // Writes that touch several options at once reach the colleague too: scores in one go, a
    // target mark moved off its sibling.
    setOptionScores(a.db, {
      issueId: issue,
      side: 'them',
      scores: [
        { id: ids['12 months'] as string, score: 10 },
        { id: ids['36 months'] as string, score: 90 },
      ],
    });
    rowStore('issueOptions').update(a.db, ids['12 months'] as string, { objective: 'target' });
    rowStore('issueOptions').update(a.db, ids['36 months'] as string, { objective: 'target' });
    const marks = (db: ParleyDb) =>
      rowStore('issueOptions')
        .list(db, dealId)
        .filter((o) => o.issueId === issue)
        .map((o) => [o.label, o.theirScore, o.objective]);
    await waitFor(
      () => same(marks(a.db), marks(b.db)),
      'the scores and the mark to reach Maria',
      () => [marks(a.db), marks(b.db)],
    );
    expect(marks(b.db)).toEqual([
      ['24 months', null, null],
      ['36 months', 90, 'target'],
      ['12 months', 10, null],
    ]);
    const links = Object.values(tableMap(onA.doc, dealTable('evidenceLinks')).toJSON());
    expect(links).toEqual([expect.objectContaining({ targetId: issue, [TOMBSTONE]: expect.any(String) })]);
    await waitFor(() => same(rowsOf(a.db, dealId), rowsOf(b.db, dealId)), 'both laptops to hold the same rows');
  });

  it('offline, both add options to one issue and one deletes an option the other edits: both converge', async () => {
    const issue = ids.issue as string;
    onA.disconnect();
    onB.disconnect();
    const fromAna = rowStore('issueOptions').create(a.db, dealId, { issueId: issue, label: '48 months' }).id;
    const fromMaria = rowStore('issueOptions').create(b.db, dealId, { issueId: issue, label: '6 months' }).id;
    rowStore('issueOptions').update(a.db, ids['12 months'] as string, { label: '12 months flat' });
    rowStore('issueOptions').remove(a.db, ids['36 months'] as string);
    rowStore('issueOptions').update(b.db, ids['36 months'] as string, { theirScore: 70 });
    // Both pick for the same offer and issue while apart: the pick merges like a field.
    setOfferChoice(a.db, { offerId: ids.offer as string, issueId: issue, optionId: fromAna });
    setOfferChoice(b.db, { offerId: ids.offer as string, issueId: issue, optionId: ids['12 months'] as string });

    await Promise.all([onA.connect(tokens.ana as string), onB.connect(tokens.maria as string)]);
    await waitFor(
      () => same(rowsOf(a.db, dealId), rowsOf(b.db, dealId)) && same(docJson(onA.doc), docJson(onB.doc)),
      'both laptops to converge',
      () => diff(rowsOf(a.db, dealId), rowsOf(b.db, dealId), docJson(onA.doc), docJson(onB.doc)),
    );
    const live = (db: ParleyDb) =>
      rowStore('issueOptions')
        .list(db, dealId)
        .filter((o) => o.issueId === issue);
    expect(live(a.db).map((o) => o.label)).toEqual(live(b.db).map((o) => o.label));
    expect(live(a.db).map((o) => o.id)).toEqual(
      expect.arrayContaining([fromAna, fromMaria, ids['12 months'], ids['24 months']]),
    );
    expect(live(a.db).map((o) => o.id)).not.toContain(ids['36 months']);
    expect(live(a.db).find((o) => o.id === ids['12 months'])?.label).toBe('12 months flat');
    // Positions 0, 1, 2… in one order on both laptops.
    expect(live(a.db).map((o) => o.position)).toEqual([0, 1, 2, 3]);
    // The deleted option kept Maria's edit: an Undo brings it back with it.
    expect(rowsOf(a.db, dealId).issueOptions?.find((o) => o.id === ids['36 months'])).toMatchObject({
      theirScore: 70,
    });
    expect([fromAna, ids['12 months']]).toContain(rowStore('mesoOffers').get(a.db, ids.offer as string).choices[issue]);

    await waitFor(() => same(docJson(serverDoc(dealId)), docJson(onA.doc)), 'the server to store the doc');
    expect(same(docJson(docFromLog(a.db, dealId)), docJson(onA.doc))).toBe(true);
    expect(same(docJson(docFromLog(b.db, dealId)), docJson(onB.doc))).toBe(true);
  });

  it('refuses a user without membership, an expired token and a viewer’s write; nothing changes', async () => {
    const before = JSON.stringify(docJson(serverDoc(dealId)));
    const c = await laptop();

    const outsider = joinDeal(c.db, dealId, { serverUrl: server.url, userName: 'Otto' });
    shared.push(outsider);
    await expect(outsider.connect(tokens.out as string)).rejects.toThrow(/refused/);
    outsider.disconnect();

    const store = await openTeamStore({ file: serverFile });
    const maria = await store.userByEmail('maria@example.com');
    const expired = await issueToken(await store.secret(), maria as NonNullable<typeof maria>, -60);
    await store.close();
    const late = await laptop();
    const lateDeal = joinDeal(late.db, dealId, { serverUrl: server.url, userName: 'Maria' });
    shared.push(lateDeal);
    await expect(lateDeal.connect(expired.token)).rejects.toThrow(/refused/);
    lateDeal.disconnect();
    for (const db of [c.db, late.db]) expect(db.select().from(deals).where(eq(deals.id, dealId)).get()).toBeUndefined();

    const v = await laptop();
    const onV = joinDeal(v.db, dealId, { serverUrl: server.url, userName: 'Val' });
    shared.push(onV);
    await onV.connect(tokens.val as string);
    await waitFor(
      () => same(rowsOf(v.db, dealId), rowsOf(a.db, dealId)),
      'the viewer’s copy',
      () => diff(rowsOf(a.db, dealId), rowsOf(v.db, dealId), docJson(onA.doc), docJson(onV.doc)),
    );
    expect(onV.readOnly).toBe(true);
    const r1 = ids.r1 as string;
    expect(() => rowStore('risks').update(v.db, r1, { statement: 'Viewer was here' })).toThrow(/read-only/);
    expect(rowStore('risks').get(v.db, r1).statement).toBe('Budget frozen until Q3');

    // A modified client that skips the local check: the server drops its update.
    onV.readOnly = false;
    rowStore('risks').update(v.db, r1, { statement: 'Viewer was here' });
    rowStore('risks').update(a.db, r1, { owner: 'Ana again' });
    await waitFor(() => rowStore('risks').get(b.db, r1).owner === 'Ana again', 'a later edit to arrive');
    expect(rowStore('risks').get(a.db, r1).statement).toBe('Budget frozen until Q3');
    expect(rowStore('risks').get(b.db, r1).statement).toBe('Budget frozen until Q3');
    expect(JSON.stringify(docJson(serverDoc(dealId)))).not.toContain('Viewer was here');
    expect(before).not.toContain('Viewer was here');
    onV.disconnect();
  });

  it('loses no acknowledged edit when the server is killed with SIGKILL mid-stream', async () => {
    const r3 = rowStore('risks').create(a.db, dealId, { statement: 'Stream' }).id;
    const port = server.port;
    const edits = 40;
    let acknowledged = -1;
    for (let n = 0; n < edits; n++) {
      rowStore('risks').update(a.db, r3, { owner: `edit ${n}` });
      if (n === 20) {
        await waitFor(() => onA.settled, 'the server to acknowledge edit 20');
        acknowledged = n;
        await server.kill('SIGKILL');
      }
      await new Promise((done) => setImmediate(done));
    }
    expect(acknowledged).toBe(20);
    server = await startTeamServer(serverFile, port);
    await waitFor(
      () =>
        rowStore('risks').get(b.db, r3).owner === `edit ${edits - 1}` &&
        same(docJson(serverDoc(dealId)), docJson(onA.doc)) &&
        same(rowsOf(a.db, dealId), rowsOf(b.db, dealId)),
      'both laptops and the restarted server to hold every edit',
    );
    expect(same(docJson(docFromLog(b.db, dealId)), docJson(onB.doc))).toBe(true);

    // Parley restarts on Ana's laptop: the deal's doc comes back from her log, as the same client.
    closeSharedDeal(a.db, dealId);
    const [reopened] = openSharedDeals(a.db);
    if (!reopened) throw new Error('The shared deal did not reopen');
    shared.push(reopened);
    expect(reopened.doc.clientID).toBe(onA.doc.clientID);
    expect(same(docJson(reopened.doc), docJson(onA.doc))).toBe(true);
    await reopened.connect(tokens.ana as string);
    rowStore('risks').update(a.db, r3, { owner: 'after restart' });
    await waitFor(() => rowStore('risks').get(b.db, r3).owner === 'after restart', 'an edit after the restart');
  });
});

/**
 * The deal's rows as its doc holds them (row fields without the sort key), table by table; a
 * tombstoned row of a table without soft delete is no row, its live rows carry no tombstone.
 */
function docRows(doc: Y.Doc) {
  return Object.fromEntries(
    SYNCED_TABLES.map((entry) => [
      entry.name,
      Object.values(tableMap(doc, entry).toJSON() as Record<string, Record<string, unknown>>)
        .filter((fields) => !hardDeletes(entry) || !fields[TOMBSTONE])
        .map(({ sortKey: _key, ...fields }) => {
          if (hardDeletes(entry) && !(TOMBSTONE in entry.columns)) delete fields[TOMBSTONE];
          return fields;
        })
        .sort((a, b) => rowKey(entry, a).localeCompare(rowKey(entry, b))),
    ]),
  );
}
/** SQLite rows as the doc holds them: no deal id, no derived position. */
const storedRows = (db: ParleyDb, dealId: string) =>
  Object.fromEntries(
    Object.entries(rowsOf(db, dealId)).flatMap(([name, rows]) => {
      const entry = SYNCED_TABLES.find((e) => e.name === name);
      if (!entry) return [];
      return [
        [
          name,
          rows.map((row) => {
            const { position: _position, ...fields } = row;
            delete fields[entry.dealField as string];
            return fields;
          }),
        ],
      ];
    }),
  );

/** Ana shares the deal from her laptop, makes Maria an editor and goes online. */
async function shareWithMaria(db: ParleyDb, dealId: string): Promise<SharedDeal> {
  const api = teamApi(server.http);
  const onA = shareDeal(db, dealId, { serverUrl: server.url, userName: 'Ana' });
  shared.push(onA);
  await api.share(tokens.ana as string, dealId);
  await api.addMember(tokens.ana as string, dealId, 'maria@example.com', 'editor');
  await onA.connect(tokens.ana as string);
  return onA;
}

describe('team workspace: a laptop killed with SIGKILL while it applies remote updates', () => {
  it('comes back with its rows equal to its log, no acknowledged edit lost, and catches up', async () => {
    const a = await laptop();
    const dealId = createDeal(a.db, { title: 'Killed laptop', counterparty: 'Initech', currency: 'EUR' }).id;
    const riskId = rowStore('risks').create(a.db, dealId, { statement: 'Streamed' }).id;
    const onA = await shareWithMaria(a.db, dealId);

    // A migrated data folder for the laptop's process (closed here: the process opens it).
    const prepared = await openTempDatabase();
    prepared.close();
    const dataDir = { dir: prepared.dataDir, remove: () => rmSync(prepared.dataDir, { recursive: true, force: true }) };
    const child = spawn(
      process.execPath,
      [resolve('node_modules', 'vite-node', 'vite-node.mjs'), 'test/support/teamLaptop.ts'],
      {
        env: {
          ...process.env,
          PARLEY_DATA_DIR: dataDir.dir,
          PARLEY_DEAL_ID: dealId,
          PARLEY_TEAM_URL: server.url,
          PARLEY_TEAM_TOKEN: tokens.maria,
          PARLEY_RISK_ID: riskId,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
    });
    let applied = 0;
    let acknowledged = -1;
    let synced = false;
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const [event, n] = line.split(' ');
      if (event === 'applied') applied = Number(n);
      if (event === 'ack') acknowledged = Number(n);
      if (event === 'synced') synced = true;
    });
    try {
      // Ana streams edits (a field and new rows) while the laptop applies them and edits too.
      let sent = 0;
      const stream = async () => {
        while (child.exitCode === null && child.signalCode === null) {
          rowStore('risks').update(a.db, riskId, { owner: `Ana edit ${sent}` });
          if (sent % 5 === 0) rowStore('risks').create(a.db, dealId, { statement: `Streamed risk ${sent}` });
          sent++;
          await new Promise((done) => setTimeout(done, 1));
        }
      };
      // The process starts (vite-node, SQLite, first sync) before the stream: slow on a loaded machine.
      await waitFor(
        () => synced,
        'the laptop process to start and sync',
        () => ({ stderr }),
        60_000,
      );
      const streaming = stream();
      await waitFor(
        () => applied >= 30 && acknowledged >= 10,
        'the laptop to apply remote updates and acknowledge edits',
        () => ({ applied, acknowledged, stderr }),
        30_000,
      );
      if (!child.pid) throw new Error('The laptop has no pid');
      process.kill(child.pid, 'SIGKILL');
      await exited;
      await streaming;
    } finally {
      if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(child.pid, 'SIGKILL');
      await exited;
    }
    const lastAcknowledged = acknowledged;

    // Parley starts again on that laptop.
    const b = await openDatabase({ dataDir: dataDir.dir, migrationsFolder: MIGRATIONS_FOLDER });
    databases.push({
      ...b,
      cleanup: () => {
        b.close();
        dataDir.remove();
      },
    } as TempDatabase);
    expect(same(storedRows(b.db, dealId), docRows(docFromLog(b.db, dealId)))).toBe(true);
    const edit = /^laptop edit (\d+)$/.exec(rowStore('risks').get(b.db, riskId).verification);
    expect(Number(edit?.[1])).toBeGreaterThanOrEqual(lastAcknowledged);

    const [onB] = openSharedDeals(b.db);
    if (!onB) throw new Error('The shared deal did not reopen');
    shared.push(onB);
    expect(same(docRows(onB.doc), storedRows(b.db, dealId))).toBe(true);
    await onB.connect(tokens.maria as string);
    await waitFor(
      () => same(rowsOf(a.db, dealId), rowsOf(b.db, dealId)),
      'both laptops to converge after the restart',
      () => diff(rowsOf(a.db, dealId), rowsOf(b.db, dealId), docJson(onA.doc), docJson(onB.doc)),
    );
    expect(rowStore('risks').get(a.db, riskId).verification).toBe(rowStore('risks').get(b.db, riskId).verification);
    expect(Number(/(\d+)$/.exec(rowStore('risks').get(a.db, riskId).verification)?.[1])).toBeGreaterThanOrEqual(
      lastAcknowledged,
    );
    onB.disconnect();
    onA.disconnect();
  }, 120_000);
});

describe('team workspace: the same link made on both laptops while apart', () => {
  it('keeps a link on each laptop through later writes and a restart (a unique index refuses the second copy)', async () => {
    const a = await laptop();
    const b = await laptop();
    const dealId = createDeal(a.db, { title: 'Twin links', counterparty: 'Hooli', currency: 'EUR' }).id;
    const issue = rowStore('issues').create(a.db, dealId, { name: 'Price' }).id;
    const evidence = rowStore('evidence').create(a.db, dealId, { title: 'Quote' }).id;
    const onA = await shareWithMaria(a.db, dealId);
    const onB = joinDeal(b.db, dealId, { serverUrl: server.url, userName: 'Maria' });
    shared.push(onB);
    await onB.connect(tokens.maria as string);
    await waitFor(() => same(rowsOf(a.db, dealId), rowsOf(b.db, dealId)), 'the first sync');

    onA.disconnect();
    onB.disconnect();
    const link = { evidenceId: evidence, target: 'issue' as const, targetId: issue };
    linkEvidence(a.db, link);
    linkEvidence(b.db, link);
    await Promise.all([onA.connect(tokens.ana as string), onB.connect(tokens.maria as string)]);
    await waitFor(() => same(docJson(onA.doc), docJson(onB.doc)), 'both docs to hold both links');
    // Later writes on both laptops, and Maria's Parley restarts: neither takes the other's copy for a delete.
    rowStore('issues').update(a.db, issue, { name: 'Unit price' });
    closeSharedDeal(b.db, dealId);
    const reopened = openSharedDeals(b.db).find((deal) => deal.dealId === dealId);
    if (!reopened) throw new Error('The shared deal did not reopen');
    shared.push(reopened);
    await reopened.connect(tokens.maria as string);
    rowStore('issues').update(b.db, issue, { notes: 'Per unit, before discounts' });
    await waitFor(
      () => rowStore('issues').get(a.db, issue).notes === 'Per unit, before discounts',
      'the later writes to cross',
    );
    await waitFor(() => same(docJson(onA.doc), docJson(reopened.doc)), 'the docs to converge');
    for (const db of [a.db, b.db]) expect(listEvidenceLinks(db, dealId).map((l) => l.targetId)).toEqual([issue]);
    const links = Object.values(tableMap(onA.doc, dealTable('evidenceLinks')).toJSON());
    expect(links.map((l) => l[TOMBSTONE])).toEqual([null, null]);
    onA.disconnect();
    reopened.disconnect();
  });
});

describe('team workspace: removing a member, leaving', () => {
  it('closes a removed member’s connection and stops updates; leaving keeps the local copy', async () => {
    const a = await laptop();
    const b = await laptop();
    const dealId = createDeal(a.db, { title: 'Removal', counterparty: 'Umbrella', currency: 'EUR' }).id;
    const riskId = rowStore('risks').create(a.db, dealId, { statement: 'Before' }).id;
    await team.signIn(a.db, server.http, 'ana@example.com', PASSWORD);
    await team.share(a.db, dealId);
    await team.invite(a.db, dealId, 'maria@example.com', 'editor');
    await team.signIn(b.db, server.http, 'maria@example.com', PASSWORD);
    expect((await team.sharedWithMe(b.db)).map((d) => d.dealId)).toContain(dealId);
    await team.join(b.db, dealId);
    expect(rowStore('risks').get(b.db, riskId).statement).toBe('Before');
    await waitFor(() => team.status(a.db, dealId).shared?.online.includes('Maria') === true, 'Maria to show online');
    rowStore('risks').update(b.db, riskId, { owner: 'Maria' });
    await waitFor(() => team.status(b.db, dealId).shared?.state === 'synced', 'Maria’s edit to be acknowledged');
    expect(rowStore('risks').get(a.db, riskId).owner).toBe('Maria');

    // Ana removes Maria: her connection is closed, the server refuses her again, nothing more reaches her.
    await team.removeMember(a.db, dealId, 'maria@example.com');
    await waitFor(
      () => team.status(b.db, dealId).shared?.state === 'offline',
      'Maria’s connection to be closed',
      () => team.status(b.db, dealId),
    );
    expect(team.status(b.db, dealId).shared?.state).toBe('offline');
    rowStore('risks').update(a.db, riskId, { statement: 'After Maria left' });
    rowStore('risks').update(b.db, riskId, { verification: 'Maria offline edit' });
    await waitFor(() => team.status(a.db, dealId).shared?.state === 'synced', 'Ana’s edit on the server');
    await new Promise((done) => setTimeout(done, 300));
    expect(rowStore('risks').get(b.db, riskId).statement).toBe('Before');
    expect(rowStore('risks').get(a.db, riskId).verification).toBe('');
    expect(team.status(b.db, dealId).shared?.pending).toBeGreaterThan(0);

    // Leaving keeps her local copy as a local deal (rows and all), no longer shared.
    await team.stopSharing(b.db, dealId);
    expect(team.status(b.db, dealId).shared).toBeNull();
    expect(rowStore('risks').get(b.db, riskId)).toMatchObject({ owner: 'Maria', verification: 'Maria offline edit' });
    rowStore('risks').update(b.db, riskId, { statement: 'Mine now' });
    expect(rowStore('risks').get(b.db, riskId).statement).toBe('Mine now');
    // Ana unshares on her laptop too: her copy stays.
    await team.stopSharing(a.db, dealId);
    expect(rowStore('risks').get(a.db, riskId).statement).toBe('After Maria left');
    team.signOut(a.db);
    team.signOut(b.db);
  });
});
