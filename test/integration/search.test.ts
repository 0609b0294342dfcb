import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../core/search';
import { openConnection } from '../../db/connection';
import { openDatabase } from '../../db/database';
import { DATABASE_FILE } from '../../db/dataDir';
import { applyMigrations } from '../../db/migrate';
import { anchorStore } from '../../db/repositories/anchors';
import { updateBatna } from '../../db/repositories/batna';
import { createDeal, deleteDeal, purgeDeal, restoreDeal, updateDeal } from '../../db/repositories/deals';
import { lessonStore } from '../../db/repositories/debrief';
import { interestStore } from '../../db/repositories/interests';
import { addIssueWithOptions, issueStore, optionStore } from '../../db/repositories/issues';
import { leverageItemStore } from '../../db/repositories/leverage';
import {
  addLibraryTradeable,
  deleteLibraryTradeable,
  updateLibraryTradeable,
} from '../../db/repositories/libraryTradeables';
import { searchEverything } from '../../db/repositories/search';
import { setTalkingPoints } from '../../db/repositories/talkingPoints';
import { searchIndexDrift } from '../../db/search/ensure';
import { backfillSql, SEARCH_SOURCES } from '../../db/search/sources';
import { dumpDatabase } from '../support/dump';
import { MIGRATIONS_FOLDER, makeTempDir, openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
beforeEach(async () => {
  database = await openTempDatabase();
});
afterEach(() => database.cleanup());

const find = (query: string) => searchEverything(database.db, { query });
const titles = (query: string) => find(query).map((hit) => hit.title);
/** Hits in deals only: the seeded library also holds everyday words. */
const dealHits = (query: string) =>
  find(query)
    .filter((hit) => hit.dealId !== null)
    .map((hit) => hit.refId);
const dealTitles = (query: string) =>
  find(query)
    .filter((hit) => hit.dealId !== null)
    .map((hit) => hit.title);

/**
 * The index holds exactly what a from-scratch fill would produce, and FTS5's own check of
 * the index against its content table passes.
 */
function expectIndexInSync(sqlite = database.sqlite) {
  const entries = () =>
    sqlite.prepare('SELECT kind, ref_id, deal_id, title, body FROM search_entries ORDER BY kind, ref_id').all();
  const actual = entries();
  sqlite.exec('SAVEPOINT recompute');
  try {
    const tables = new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    for (const source of SEARCH_SOURCES.filter((s) => tables.has(s.table))) {
      for (const statement of backfillSql(source)) sqlite.exec(statement);
    }
    expect(actual).toEqual(entries());
  } finally {
    sqlite.exec('ROLLBACK TO recompute');
    sqlite.exec('RELEASE recompute');
  }
  sqlite.exec("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)");
}

describe('search index', () => {
  it('runs on the FTS5 that better-sqlite3 bundles', () => {
    expect(database.sqlite.prepare("SELECT sqlite_compileoption_used('ENABLE_FTS5')").pluck().get()).toBe(1);
    const kinds = database.sqlite
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'search_index'")
      .pluck()
      .get() as string;
    expect(kinds).toMatch(/USING fts5/);
  });

  it('the migrations install exactly the triggers declared in db/search/sources.ts', () => {
    // Migrations only, without the start-up repair: what ships in db/migrations is complete.
    const temp = makeTempDir();
    const sqlite = openConnection(join(temp.dir, 'plain.sqlite'));
    try {
      applyMigrations(sqlite, MIGRATIONS_FOLDER);
      expect(searchIndexDrift(sqlite)).toEqual({ tables: false, entryTriggers: false, kinds: [] });
    } finally {
      sqlite.close();
      temp.remove();
    }
  });

  it('stays in sync when deals, issues, options, notes and library entries are added, changed and removed', () => {
    const deal = createDeal(database.db, {
      title: 'Globex renewal',
      counterparty: 'Globex',
      notes: 'Mention the pilot',
    });
    expect(titles('globex')).toContain('Globex renewal');
    expect(find('pilot').find((h) => h.dealId)?.snippet).toContain(`${SNIPPET_OPEN}pilot${SNIPPET_CLOSE}`);

    updateDeal(database.db, deal.id, { title: 'Initech renewal', notes: 'Mention the audit' });
    expect(titles('globex')).toContain('Initech renewal'); // still the counterparty
    expect(dealHits('pilot')).toEqual([]);
    expect(titles('audit')).toContain('Initech renewal');

    const issue = addIssueWithOptions(database.db, deal.id, { name: 'Warranty' }, ['12 months']);
    expect(titles('warranty')).toContain('Warranty');
    const option = optionStore.create(database.db, issueStore.get(database.db, issue.id).dealId, {
      issueId: issue.id,
      label: 'Swap-out within a day',
    });
    expect(dealHits('swap')).toEqual([issue.id]);
    optionStore.update(database.db, option.id, { label: 'Replacement within a day' });
    expect(dealHits('swap')).toEqual([]);
    expect(dealHits('replacement')).toEqual([issue.id]);
    issueStore.update(database.db, issue.id, { name: 'Guarantee', notes: 'Legal insists on it' });
    expect(find('warranty').filter((h) => h.kind === 'issue')).toEqual([]);
    expect(
      find('insists')
        .filter((h) => h.dealId)
        .map((h) => h.title),
    ).toEqual(['Guarantee']);

    setTalkingPoints(database.db, deal.id, 'Open with the uptime record');
    expect(find('uptime').map((h) => [h.kind, h.dealId])).toEqual([['talking_points', deal.id]]);

    const entry = addLibraryTradeable(database.db, { name: 'Escrow of source code', notes: 'For critical systems' });
    expect(titles('escrow')).toEqual(['Escrow of source code']);
    updateLibraryTradeable(database.db, entry.id, { name: 'Source escrow' });
    expect(titles('escrow')).toEqual(['Source escrow']);
    expectIndexInSync();

    deleteLibraryTradeable(database.db, entry.id);
    expect(find('escrow')).toEqual([]);
    issueStore.remove(database.db, issue.id);
    expect(dealHits('replacement')).toEqual([]);
    expectIndexInSync();

    // A deal in "recently deleted" is not found; restored, it is; purged, its entries are gone.
    deleteDeal(database.db, deal.id);
    expect(find('initech')).toEqual([]);
    restoreDeal(database.db, deal.id);
    expect(titles('initech')).toEqual(['Initech renewal']);
    deleteDeal(database.db, deal.id);
    purgeDeal(database.db, deal.id);
    expect(database.sqlite.prepare('SELECT count(*) FROM search_entries WHERE deal_id = ?').pluck().get(deal.id)).toBe(
      0,
    );
    expectIndexInSync();
  });

  it('ranks an exact title match first, then titles that start with the query', () => {
    // Bodies full of the word would win on bm25 alone.
    for (let i = 0; i < 5; i++) {
      createDeal(database.db, { title: `Deal ${i}`, notes: 'Renewal renewal renewal: the renewal of the renewal.' });
    }
    createDeal(database.db, { title: 'Renewal pricing review' });
    createDeal(database.db, { title: 'Renewal' });
    createDeal(database.db, { title: 'Early renewal' });
    const hits = dealTitles('renewal');
    expect(hits[0]).toBe('Renewal');
    expect(hits[1]).toBe('Renewal pricing review');
    expect(titles('RENEWAL')[0]).toBe('Renewal');
    expect(new Set(hits)).toEqual(
      new Set(['Renewal', 'Renewal pricing review', 'Early renewal', 'Deal 0', 'Deal 1', 'Deal 2', 'Deal 3', 'Deal 4']),
    );
  });

  it('matches word prefixes and accents loosely, and treats query syntax as plain words', () => {
    createDeal(database.db, { title: 'Müller Logistik', notes: 'Zahlungsziel (net 60) "strict" AND firm' });
    expect(titles('mull')).toEqual(['Müller Logistik']);
    expect(titles('muller log')).toEqual(['Müller Logistik']);
    for (const hostile of ['"', 'AND', 'OR NOT', 'title:mull', '*', '(net', 'NEAR(a b)', "'; DROP TABLE deals; --"]) {
      expect(() => find(hostile), hostile).not.toThrow();
    }
    expect(titles('"strict" AND')).toEqual(['Müller Logistik']);
    expect(find('   ')).toEqual([]);
  });

  it('finds debrief lessons, and forgets them when they are deleted', () => {
    const deal = createDeal(database.db, { title: 'Lessons deal' });
    const lesson = lessonStore.create(database.db, deal.id, { text: 'Frame the value before any budget question' });
    expect(find('budget question').map((hit) => [hit.kind, hit.dealId])).toContainEqual(['lesson', deal.id]);
    expectIndexInSync();
    lessonStore.remove(database.db, lesson.id);
    expect(find('budget question').filter((hit) => hit.kind === 'lesson')).toEqual([]);
    expectIndexInSync();
  });

  it('finds the text of every deal table: a BATNA supplier, an interest, a leverage note, an anchor note', async () => {
    const deal = createDeal(database.db, { title: 'Renewal' });
    updateBatna(database.db, deal.id, { ourCourse: 'Switch to Tailspin Toys' });
    const interest = interestStore.create(database.db, deal.id, {
      party: 'them',
      text: 'Predictable quarterly budget',
    });
    leverageItemStore.create(database.db, deal.id, { description: 'Our reference at Fabrikam' });
    const leverage = leverageItemStore.create(database.db, deal.id, {
      description: 'Litware quoted 8% less last month',
    });
    const anchor = anchorStore.create(database.db, deal.id, {
      issueLabel: 'Licence fee',
      rationale: 'Benchmarked against the public list price of comparable suites',
    });
    const hit = find('Tailspin').find((h) => h.kind === 'batna');
    expect(hit).toMatchObject({ dealId: deal.id, group: 'BATNA', target: { screen: 'workspace', step: 'batna' } });
    expect(find('quarterly budget').map((h) => [h.kind, h.refId])).toContainEqual(['interests', interest.id]);
    expect(find('Fabrikam').map((h) => h.target)).toContainEqual({ screen: 'workspace', step: 'leverage' });
    expect(find('Litware').map((h) => [h.refId, h.target])).toContainEqual([
      leverage.id,
      { screen: 'workspace', step: 'leverage' },
    ]);
    expect(find('benchmarked list price').map((h) => [h.refId, h.target])).toContainEqual([
      anchor.id,
      { screen: 'workspace', step: 'anchors' },
    ]);
    // The same three through the API procedure the search box calls.
    for (const [query, refId] of [
      ['Tailspin', undefined],
      ['Litware', leverage.id],
      ['comparable suites', anchor.id],
    ] as const) {
      const envelope = await invoke({ db: database.db }, 'search.query', { query });
      expect(envelope.ok, query).toBe(true);
      if (!envelope.ok) continue;
      const hits = envelope.value.filter((h) => h.dealId === deal.id);
      expect(hits.length, query).toBeGreaterThan(0);
      if (refId)
        expect(
          hits.map((h) => h.refId),
          query,
        ).toContain(refId);
    }
    expectIndexInSync();
  });

  it('refuses an oversized query through the API and writes nothing', async () => {
    const before = dumpDatabase(database.sqlite);
    const envelope = await invoke({ db: database.db }, 'search.query', { query: 'x'.repeat(201) });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!envelope.ok) expect(envelope.error.message).toMatch(/at most 200/);
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });
});

/** A copy of the real migrations plus one more. */
function migrationsWithExtra(folderRoot: string, sql: string): string {
  const folder = join(folderRoot, 'migrations');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as {
    entries: { idx: number; when: number; tag: string; breakpoints: boolean; version: string }[];
  };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('no migrations');
  const tag = `${String(last.idx + 1).padStart(4, '0')}_rebuild`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  writeFileSync(journalFile, JSON.stringify(journal));
  writeFileSync(join(folder, `${tag}.sql`), sql);
  return folder;
}

/**
 * What drizzle-kit writes when a column change needs the table rebuilt, plus a data fix-up.
 * The new table copies the live one (read from a migrated database), so the rebuild keeps
 * every column however the issues table grows.
 */
function rebuildIssues(sqlite: { prepare: (sql: string) => { get: () => unknown; all: () => unknown[] } }): string {
  const create = (
    sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'issues'").get() as {
      sql: string;
    }
  ).sql;
  const columns = (sqlite.prepare('PRAGMA table_info("issues")').all() as { name: string }[])
    .map((c) => `"${c.name}"`)
    .join(', ');
  return [
    'PRAGMA foreign_keys=OFF;',
    `${create.replace(/^CREATE TABLE [`"]?issues[`"]?/, 'CREATE TABLE `__new_issues`')};`,
    `INSERT INTO \`__new_issues\`(${columns}) SELECT ${columns} FROM \`issues\`;`,
    'DROP TABLE `issues`;',
    'ALTER TABLE `__new_issues` RENAME TO `issues`;',
    'PRAGMA foreign_keys=ON;',
    'CREATE INDEX `issues_deal_idx` ON `issues` (`deal_id`,`position`);',
    // A data change after the rebuild: no trigger sees it.
    "UPDATE `issues` SET `notes` = 'Rebuilt ' || `notes`;",
  ].join('\n--> statement-breakpoint\n');
}

describe('search index across migrations', () => {
  it('is back in sync after a migration rebuilds a source table on a populated database', async () => {
    const temp = makeTempDir();
    try {
      const first = await openDatabase({ dataDir: temp.dir, migrationsFolder: MIGRATIONS_FOLDER });
      for (let i = 0; i < 20; i++) {
        const deal = createDeal(first.db, { title: `Deal ${i}` });
        addIssueWithOptions(first.db, deal.id, { name: `Issue ${i}`, notes: 'kept' }, ['Net 30']);
      }
      const rebuild = rebuildIssues(first.sqlite);
      first.close();

      const folder = migrationsWithExtra(temp.dir, rebuild);
      // Migrations alone leave the triggers out (a rebuild cannot run with them in place).
      const plainDir = makeTempDir();
      const plain = openConnection(join(plainDir.dir, DATABASE_FILE));
      applyMigrations(plain, folder);
      expect(searchIndexDrift(plain).kinds).toContain('issue');
      plain.close();
      plainDir.remove();

      const updated = await openDatabase({ dataDir: temp.dir, migrationsFolder: folder });
      try {
        expect(searchIndexDrift(updated.sqlite)).toEqual({ tables: false, entryTriggers: false, kinds: [] });
        expect(searchEverything(updated.db, { query: 'rebuilt', limit: 100 })).toHaveLength(20);
        expectIndexInSync(updated.sqlite);
        // And the restored triggers keep working.
        const deal = createDeal(updated.db, { title: 'After the update' });
        const issue = issueStore.create(updated.db, deal.id, { name: 'Escalation path' });
        expect(searchEverything(updated.db, { query: 'escalation' }).map((h) => h.refId)).toEqual([issue.id]);
        issueStore.update(updated.db, issue.id, { name: 'Escalation ladder' });
        issueStore.remove(updated.db, issue.id);
        expect(searchEverything(updated.db, { query: 'escalation' })).toEqual([]);
        expectIndexInSync(updated.sqlite);
      } finally {
        updated.close();
      }
    } finally {
      temp.remove();
    }
  });
});
