import { getTableName } from 'drizzle-orm';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureName } from '../../api/contract';
import { invoke } from '../../api/invoke';
import { ROW_TABLE_NAMES } from '../../core/rowTables';
import { ROW_UNDO_WINDOW_MS } from '../../core/undo';
import { openDatabase } from '../../db/database';
import { type DealRows, type Row, readDeal } from '../../db/dealTables/read';
import { DEAL_TABLES, dealTable } from '../../db/dealTables/registry';
import { purgeExpiredRows, softDeleteTables } from '../../db/dealTables/sweep';
import { deleteRow, moveRow, purgeRow, restoreRow, updateRow, writeDeal } from '../../db/dealTables/write';
import { createDeal } from '../../db/repositories/deals';
import { addIssueWithOptions } from '../../db/repositories/issues';
import { addOffer, correctOffer, openSession, sessionView, strikeOffer } from '../../db/repositories/live';
import { rowStore } from '../../db/repositories/rowStores';
import { closedDeal, dealRowsArbitrary, insertDealRows } from '../support/dealRowsArbitrary';
import { seedDeal } from '../support/seedDeal';
import { MIGRATIONS_FOLDER, openTempDatabase } from '../support/tempDataDir';

type TempDatabase = Awaited<ReturnType<typeof openTempDatabase>>;
let database: TempDatabase;

beforeEach(async () => {
  database = await openTempDatabase();
});
afterEach(() => database?.cleanup());

const STALE = '2000-01-01T00:00:00.000Z';
const lastEdited = (dealId: string) =>
  database.sqlite.prepare('SELECT updated_at FROM deals WHERE id = ?').pluck().get(dealId) as string;
/** Sets the deal's last-edited time far back, so any stamp is seen whatever the clock's resolution. */
const age = (dealId: string) =>
  database.sqlite.prepare('UPDATE deals SET updated_at = ? WHERE id = ?').run(STALE, dealId);

/** Deals with rows in every registry table (fixed seed), and where each table's first row lives. */
function fill(): Map<string, { dealId: string; row: Row }> {
  const found = new Map<string, { dealId: string; row: Row }>();
  fc.sample(dealRowsArbitrary(), { seed: 121212, numRuns: 4 }).forEach((raw, n) => {
    const deal = createDeal(database.db, { title: `Generated ${n}` });
    insertDealRows(database.db, deal.id, closedDeal(raw));
    const rows = readDeal(database.db, deal.id);
    for (const entry of DEAL_TABLES) {
      const row = rows[entry.name]?.[0];
      if (row && !found.has(entry.name)) found.set(entry.name, { dealId: deal.id, row });
    }
  });
  return found;
}

/** The deal's rows with one row's own last-change time left out (a delete and an Undo are changes to it). */
const withoutStampOf = (rows: DealRows, name: string, id: unknown) =>
  Object.fromEntries(
    Object.entries(rows).map(([table, list]) => [
      table,
      list.map((row) => {
        if (table !== name || row.id !== id) return row;
        const { updatedAt: _changed, ...rest } = row;
        return rest;
      }),
    ]),
  );

describe('the one write path of deal rows', () => {
  it.each(ROW_TABLE_NAMES.filter((name) => dealTable(name).parent !== 'deal'))(
    '%s: rows.list leaves out rows under a deleted parent or grandparent, and lists them again after its Undo',
    (name) => {
      const { dealId, row } = fill().get(name) ?? {};
      if (!row || !dealId) throw new Error(`no ${name} row generated`);
      // The top ancestor below the deal (a meeting for an agenda question, an issue for an option).
      let entry = dealTable(name);
      let ancestor: Row = row;
      while (entry.parent !== 'deal') {
        const parent = dealTable(entry.parent);
        ancestor = readDeal(database.db, dealId)[parent.name]?.find((r) => r.id === ancestor[entry.parentField]) ?? {};
        entry = parent;
      }
      const listed = () =>
        rowStore(name)
          .list(database.db, dealId)
          .map((r) => r.id);
      expect(listed()).toContain(row.id);
      deleteRow(database.db, entry.name, ancestor.id as string);
      expect(listed()).not.toContain(row.id);
      restoreRow(database.db, entry.name, ancestor.id as string);
      expect(listed()).toContain(row.id);
    },
  );

  it.each(softDeleteTables().map((entry) => entry.name))(
    '%s: delete, Undo, move and purge each stamp the deal; Undo brings the row back exactly',
    (name) => {
      const { dealId, row } = fill().get(name) ?? {};
      expect(row, `generated rows fill ${name}`).toBeDefined();
      if (!row || !dealId) return;
      const id = row.id as string;
      moveRow(database.db, name, id, 0); // positions numbered 0, 1, 2, … before the comparison
      const before = readDeal(database.db, dealId);

      age(dealId);
      deleteRow(database.db, name, id);
      expect(lastEdited(dealId)).not.toBe(STALE);
      expect(readDeal(database.db, dealId)[name]?.map((r) => r.id)).not.toContain(id);

      age(dealId);
      restoreRow(database.db, name, id);
      expect(lastEdited(dealId)).not.toBe(STALE);
      expect(withoutStampOf(readDeal(database.db, dealId), name, id)).toEqual(withoutStampOf(before, name, id));

      age(dealId);
      const siblings = moveRow(database.db, name, id, 1_000);
      expect(lastEdited(dealId)).not.toBe(STALE);
      expect(siblings.at(-1)?.id).toBe(id);
      expect(siblings.map((r) => r.position)).toEqual(siblings.map((_, index) => index));

      deleteRow(database.db, name, id);
      age(dealId);
      purgeRow(database.db, name, id);
      expect(lastEdited(dealId)).not.toBe(STALE);
      const table = getTableName(dealTable(name).table);
      expect(database.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE id = ?`).pluck().get(id)).toBe(0);
      expect(() => restoreRow(database.db, name, id)).toThrow(/to restore was not found/);
    },
  );

  it('a live row cannot be purged, and a write to a deal in "recently deleted" is refused', () => {
    const { dealId, row } = fill().get('issues') ?? {};
    expect(() => purgeRow(database.db, 'issues', row?.id as string)).toThrow(/to restore was not found/);
    database.sqlite.prepare('UPDATE deals SET deleted_at = ? WHERE id = ?').run(STALE, dealId);
    expect(() => deleteRow(database.db, 'issues', row?.id as string)).toThrow(/deal was not found/);
  });

  it.each(DEAL_TABLES.filter((entry) => 'updatedAt' in entry.columns && entry.key.includes('id')).map((e) => e.name))(
    '%s: an update stamps the row’s own updated_at and the deal’s',
    (name) => {
      const { dealId, row } = fill().get(name) ?? {};
      if (!row || !dealId) throw new Error(`no ${name} row generated`);
      const table = getTableName(dealTable(name).table);
      database.sqlite.prepare(`UPDATE ${table} SET updated_at = ? WHERE id = ?`).run(STALE, row.id);
      age(dealId);
      const updated = writeDeal(database.db, dealId, (tx) => updateRow(tx, name, row.id as string, {}));
      expect(updated.updatedAt).not.toBe(STALE);
      expect(lastEdited(dealId)).not.toBe(STALE);
    },
  );

  it('every write of a prepared deal through the API stamps the deal’s last-edited time', async () => {
    const watch = watchWrites();
    await seedDeal(watch.api, { stakeholders: 2, evidence: 2 });
    expect(watch.unstamped).toEqual([]);
    // The session really wrote most of the deal's tables (BATNA, issues, interests, questions, the strategy steps…).
    for (const name of [
      'batna',
      'issues',
      'issueOptions',
      'interests',
      'diagnosticQuestions',
      'stakeholders',
      'evidence',
    ]) {
      expect(watch.seen, name).toContain(name);
    }
  });

  it('at the table, our team, the calculator and the debrief’s close stamp the deal too', async () => {
    const watch = watchWrites();
    const { api } = watch;
    const dealId = await seedDeal(api, {});
    const [issue] = (await api('rows.list', { table: 'issues', dealId })) as {
      id: string;
      options: { id: string }[];
    }[];
    const issueId = issue?.id as string;
    const optionId = issue?.options[0]?.id as string;
    await api('calculator.update', { dealId, patch: { listPricePerYear: 1_200_000 } });
    const member = (await api('rows.create', {
      table: 'teamMembers',
      dealId,
      fields: { name: 'Ana', role: 'lead' },
    })) as Row;
    const limit = (await api('rows.create', {
      table: 'authorityLimits',
      dealId,
      fields: { issueId, memberId: member.id, limit: 1_100_000 },
    })) as Row;
    await api('rows.update', { table: 'authorityLimits', id: limit.id, patch: { note: 'Board above this' } });
    await api('rows.delete', { table: 'teamMembers', id: member.id });
    await api('rows.restore', { table: 'teamMembers', id: member.id });
    const { session } = (await api('live.open', { dealId })) as { session: Row };
    const sessionId = session.id as string;
    const offer = (await api('live.addOffer', {
      sessionId,
      fields: { side: 'theirs', choices: { [issueId]: optionId }, note: '' },
    })) as Row;
    await api('live.correctOffer', { id: offer.id, patch: { note: 'Said twice' } });
    const entry = (await api('live.addEntry', {
      sessionId,
      fields: { kind: 'concession', text: 'Free onboarding', direction: 'given', phase: 'trade' },
    })) as Row;
    await api('live.correctEntry', { id: entry.id, patch: { ask: 'A case study' } });
    await api('live.strikeOffer', { id: offer.id });
    await api('live.setAuthority', { sessionId, points: 55 });
    await api('live.fillDebrief', {
      sessionId,
      outcome: 'agreed',
      closingDate: null,
      agreement: { [issueId]: optionId },
      momentEntryIds: [],
    });
    await api('debrief.update', { dealId, patch: { outcome: 'no_deal' } });
    expect(watch.unstamped).toEqual([]);
    for (const name of [
      'calculator',
      'teamMembers',
      'authorityLimits',
      'liveSessions',
      'liveOffers',
      'liveEntries',
      'liveRevisions',
      'concessions',
      'debrief',
      'debriefAgreements',
    ]) {
      expect(watch.seen, name).toContain(name);
    }
    // The debrief's outcome closed the deal, in the same stamped write.
    expect(database.sqlite.prepare('SELECT status FROM deals WHERE id = ?').pluck().get(dealId)).toBe('lost');
  });
});

/**
 * Calls procedures like the renderer does, while temporary triggers log each write to any
 * registry table: a write that leaves the deal's last-edited time where it was is listed.
 */
function watchWrites() {
  const sqlite = database.sqlite;
  sqlite.exec('CREATE TEMP TABLE written (name TEXT)');
  for (const entry of DEAL_TABLES) {
    const table = getTableName(entry.table);
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      sqlite.exec(
        `CREATE TEMP TRIGGER written_${table}_${event} AFTER ${event} ON main.${table} BEGIN INSERT INTO written VALUES ('${entry.name}'); END`,
      );
    }
  }
  let dealId: string | null = null;
  const unstamped: string[] = [];
  const seen = new Set<string>();
  const api = async (name: string, input: unknown) => {
    if (dealId) age(dealId);
    sqlite.exec('DELETE FROM written');
    const envelope = await invoke(
      { db: database.db, dataDir: database.dataDir },
      name as ProcedureName,
      input as never,
    );
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    const written = sqlite.prepare('SELECT DISTINCT name FROM written').pluck().all() as string[];
    for (const table of written) seen.add(table);
    if (dealId && written.length > 0 && lastEdited(dealId) === STALE) unstamped.push(`${name} (${written.join(', ')})`);
    if (name === 'deals.create') dealId = (envelope.value as { id: string }).id;
    return envelope.value;
  };
  return { api, unstamped, seen };
}

describe('the start-up sweep', () => {
  it('purges rows whose undo window has passed, and only those', () => {
    const filled = fill();
    const names = softDeleteTables().map((entry) => entry.name);
    const now = new Date();
    const old = new Date(now.getTime() - ROW_UNDO_WINDOW_MS - 1_000).toISOString();
    const recent = new Date(now.getTime() - ROW_UNDO_WINDOW_MS / 2).toISOString();
    const expected: { table: string; id: string; gone: boolean }[] = [];
    const goneIds = new Set<string>();
    // Children first: a row cannot be deleted once its parent is.
    [...names].reverse().forEach((name, index) => {
      const { row } = filled.get(name) ?? {};
      if (!row) throw new Error(`no ${name} row generated`);
      deleteRow(database.db, name, row.id as string);
      const table = getTableName(dealTable(name).table);
      database.sqlite.prepare(`UPDATE ${table} SET deleted_at = ? WHERE id = ?`).run(index % 2 ? old : recent, row.id);
      expected.push({ table, id: row.id as string, gone: index % 2 === 1 });
    });
    // A purge takes the rows that go with it (options of a purged issue, its anchor…).
    for (const name of names) {
      const entry = dealTable(name);
      const row = filled.get(name)?.row as Row;
      const mine = expected.find((e) => e.id === row.id) as (typeof expected)[number];
      const cascaded = entry.references.some(
        (r) => (r.cascade || r.field === entry.parentField) && goneIds.has(row[r.field] as string),
      );
      if (mine.gone || cascaded) {
        mine.gone = true;
        goneIds.add(row.id as string);
      }
    }
    const liveBefore = names.map((name) => readDeal(database.db, filled.get(name)?.dealId as string)[name]?.length);
    purgeExpiredRows(database.db, now);
    for (const { table, id, gone } of expected) {
      const count = database.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE id = ?`).pluck().get(id);
      expect(count, `${table} ${gone ? 'purged' : 'kept for Undo'}`).toBe(gone ? 0 : 1);
    }
    // Live rows are never touched.
    const liveAfter = names.map((name) => readDeal(database.db, filled.get(name)?.dealId as string)[name]?.length);
    expect(liveAfter).toEqual(liveBefore);
  });

  it('keeps every deleted row of a shared deal, also in tables found through their parent (options of an issue)', () => {
    const filled = fill();
    const entries = softDeleteTables();
    expect(entries.filter((entry) => !entry.dealField).map((entry) => entry.name)).toContain('issueOptions');
    const old = new Date(Date.now() - ROW_UNDO_WINDOW_MS - 1_000).toISOString();
    // Children first: a row cannot be deleted once its parent is.
    const deleted = [...entries].reverse().map((entry) => {
      const { row } = filled.get(entry.name) ?? {};
      if (!row) throw new Error(`no ${entry.name} row generated`);
      deleteRow(database.db, entry.name, row.id as string);
      const table = getTableName(entry.table);
      database.sqlite.prepare(`UPDATE ${table} SET deleted_at = ? WHERE id = ?`).run(old, row.id);
      return { table, id: row.id as string };
    });
    const stillThere = () =>
      deleted.filter(
        ({ table, id }) => database.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE id = ?`).pluck().get(id) === 1,
      );
    // Every deal that holds them is shared (as team.share leaves it): the sweep leaves all of them.
    const share = database.sqlite.prepare(
      "INSERT INTO team_sync_deals (deal_id, server_url, client_id, user_name, shared_at) VALUES (?, 'ws://127.0.0.1:1', 1, 'Ana', ?)",
    );
    for (const dealId of new Set([...filled.values()].map((f) => f.dealId))) share.run(dealId, old);
    expect(purgeExpiredRows(database.db)).toBe(0);
    expect(stillThere()).toEqual(deleted);
    // Not shared any more: the same rows were due, and go.
    database.sqlite.prepare('DELETE FROM team_sync_deals').run();
    expect(purgeExpiredRows(database.db)).toBeGreaterThanOrEqual(deleted.length);
    expect(stillThere()).toEqual([]);
  });

  it('a struck-out offer purged with the rest keeps its correction history', () => {
    const deal = createDeal(database.db, { title: 'At the table' });
    const issue = addIssueWithOptions(database.db, deal.id, {}, ['€100k', '€120k']);
    const [low, high] = issue.options.map((o) => o.id);
    const sessionId = openSession(database.db, deal.id).session.id;
    const offer = addOffer(database.db, {
      sessionId,
      fields: { side: 'theirs', choices: { [issue.id]: low as string }, note: '' },
    });
    correctOffer(database.db, { id: offer.id, patch: { choices: { [issue.id]: high as string } } });
    strikeOffer(database.db, offer.id);
    const old = new Date(Date.now() - ROW_UNDO_WINDOW_MS - 1_000).toISOString();
    database.sqlite.prepare('UPDATE live_offers SET deleted_at = ? WHERE id = ?').run(old, offer.id);
    purgeExpiredRows(database.db);
    expect(database.sqlite.prepare('SELECT count(*) FROM live_offers WHERE id = ?').pluck().get(offer.id)).toBe(0);
    const history = sessionView(database.db, sessionId).revisions.map((r) => [
      r.change,
      r.rowId,
      (r.previous.choices as Record<string, string>)[issue.id],
    ]);
    expect(history).toEqual([
      ['update', offer.id, low],
      ['delete', offer.id, high],
    ]);
  });

  it('runs when Parley opens its data folder', async () => {
    const { dealId, row } = fill().get('issues') ?? {};
    deleteRow(database.db, 'issues', row?.id as string);
    const old = new Date(Date.now() - ROW_UNDO_WINDOW_MS - 1_000).toISOString();
    database.sqlite.prepare('UPDATE issues SET deleted_at = ? WHERE id = ?').run(old, row?.id);
    database.close();
    const reopened = await openDatabase({ dataDir: database.dataDir, migrationsFolder: MIGRATIONS_FOLDER });
    try {
      expect(reopened.sqlite.prepare('SELECT count(*) FROM issues WHERE id = ?').pluck().get(row?.id)).toBe(0);
      expect(reopened.sqlite.prepare('SELECT count(*) FROM deals WHERE id = ?').pluck().get(dealId)).toBe(1);
    } finally {
      reopened.close();
    }
  });
});
