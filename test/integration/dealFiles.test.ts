import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { invoke } from '../../api/invoke';
import { UserError } from '../../core/errors';
import { ATTACHMENTS_FOLDER, readAttachment } from '../../db/attachments';
import {
  DEAL_FILE_FORMAT,
  DEAL_FILE_VERSION,
  MAX_DEAL_FILE_BYTES,
  migrateDealFile,
  parseDealFile,
} from '../../db/dealFiles/format';
import { exportDeals, importDealFile, inspectDealFile } from '../../db/dealFiles/transfer';
import { deriveDealTables } from '../../db/dealTables/derive';
import { createDeal, deleteDeal, getDeal, setDealArchived, updateDeal } from '../../db/repositories/deals';
import { attachFile, evidenceStore } from '../../db/repositories/evidence';
import { deals, evidenceItems } from '../../db/schema';
import { newDealArbitrary } from '../support/arbitraries';
import { dumpDatabase } from '../support/dump';
import { openTempDatabase } from '../support/tempDataDir';

type TempDatabase = Awaited<ReturnType<typeof openTempDatabase>>;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
async function temp(): Promise<TempDatabase> {
  const database = await openTempDatabase();
  cleanups.push(database.cleanup);
  return database;
}
const allDealRows = (database: TempDatabase) => database.sqlite.prepare('SELECT * FROM deals ORDER BY id').all();

describe('deal files: round trip', () => {
  it('export → import into an empty data folder reproduces generated deals exactly', async () => {
    let runs = 0;
    let dealsCompared = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(newDealArbitrary, fc.boolean()), { minLength: 1, maxLength: 6 }),
        async (generated) => {
          runs++;
          const source = await openTempDatabase();
          const target = await openTempDatabase();
          try {
            const ids = generated.map(([fields, archived]) => {
              const deal = createDeal(source.db, fields);
              if (archived) setDealArchived(source.db, deal.id, true);
              return deal.id;
            });
            const file = exportDeals(source.db, ids);
            const result = importDealFile(target.db, file.text);
            expect(result.deals.map((d) => d.as)).toEqual(ids.map(() => 'new'));
            expect(allDealRows(target)).toEqual(allDealRows(source));
            dealsCompared += ids.length;
          } finally {
            source.cleanup();
            target.cleanup();
          }
        },
      ),
      { seed: 424242, numRuns: Number(process.env.PARLEY_ROUNDTRIP_RUNS ?? 25) },
    );
    console.log(
      `round trip: ${runs} generated sets, ${dealsCompared} deals compared row for row, ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 300_000);

  it('names the file after a single deal, and exports many into one file', async () => {
    const database = await temp();
    const a = createDeal(database.db, { title: 'Acme Renewal 2027!' });
    const b = createDeal(database.db, { title: 'Globex' });
    expect(exportDeals(database.db, [a.id]).fileName).toBe('acme-renewal-2027.parley.json');
    const both = exportDeals(database.db, [a.id, b.id]);
    expect(both.count).toBe(2);
    expect(both.fileName).toMatch(/^parley-2-deals-\d{4}-\d{2}-\d{2}\.parley\.json$/);
    deleteDeal(database.db, b.id);
    expect(() => exportDeals(database.db, [b.id])).toThrow(/not found/);
  });
});

describe('deal files: importing a deal that already exists', () => {
  it('refuses by default, imports as a copy, or replaces', async () => {
    const database = await temp();
    const deal = createDeal(database.db, { title: 'Original', notes: 'first' });
    const file = exportDeals(database.db, [deal.id]).text;
    updateDeal(database.db, deal.id, { notes: 'changed since export' });
    expect(inspectDealFile(database.db, file).deals).toEqual([
      { id: deal.id, title: 'Original', counterparty: '', exists: true },
    ]);

    const before = dumpDatabase(database.sqlite);
    expect(() => importDealFile(database.db, file)).toThrow(/“Original” already exists in Parley/);
    expect(dumpDatabase(database.sqlite)).toBe(before);

    const copy = importDealFile(database.db, file, 'copy').deals[0];
    expect(copy).toMatchObject({ title: 'Original (copy)', as: 'copy' });
    expect(copy?.id).not.toBe(deal.id);
    expect(getDeal(database.db, copy?.id ?? '').notes).toBe('first');

    importDealFile(database.db, file, 'replace');
    expect(getDeal(database.db, deal.id).notes).toBe('first');
  });

  it('replace removes the replaced deal’s attachment files: only the imported ones stay on disk', async () => {
    const database = await temp();
    const deal = createDeal(database.db, { title: 'With a benchmark' });
    const item = evidenceStore.create(database.db, deal.id, { title: 'Benchmark' });
    const bytes = Buffer.from('%PDF-1.7 benchmark of three vendors');
    attachFile(database.db, database.dataDir, {
      evidenceId: item.id,
      fileName: 'bench.pdf',
      contentBase64: bytes.toString('base64'),
    });
    const pathOf = () =>
      database.db
        .select({ path: evidenceItems.attachmentPath })
        .from(evidenceItems)
        .where(eq(evidenceItems.id, item.id))
        .get()?.path ?? '';
    const filesOnDisk = () =>
      readdirSync(join(database.dataDir, ATTACHMENTS_FOLDER), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(database.dataDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
    const before = pathOf();
    expect(filesOnDisk()).toEqual([before]);
    const file = exportDeals(database.db, [deal.id], database.dataDir).text;

    expect(importDealFile(database.db, file, 'replace', database.dataDir).deals).toMatchObject([
      { id: deal.id, as: 'replace' },
    ]);
    const after = pathOf();
    expect(after).not.toBe(before);
    expect(filesOnDisk()).toEqual([after]);
    expect(readAttachment(database.dataDir, after)).toEqual(bytes);
  });
});

describe('deal files: a table added to the registry plugs in', () => {
  // The shape new tables have: own id, deal id with ON DELETE CASCADE, a child table pointing at it.
  const notesTable = sqliteTable('test_deal_notes', {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    pinned: integer('pinned', { mode: 'boolean' }).notNull(),
    position: integer('position').notNull(),
  });
  const repliesTable = sqliteTable('test_note_replies', {
    id: text('id').primaryKey(),
    noteId: text('note_id')
      .notNull()
      .references(() => notesTable.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    position: integer('position').notNull(),
  });
  const tables = deriveDealTables([
    {
      name: 'testNotes',
      table: notesTable,
      parent: 'deal',
      kind: 'list',
      step: 'details',
      label: 'Notes',
      fields: z.strictObject({ body: z.string().max(1000), pinned: z.boolean() }),
    },
    {
      name: 'testReplies',
      table: repliesTable,
      parent: 'testNotes',
      kind: 'list',
      step: 'details',
      label: 'Replies',
      fields: z.strictObject({ body: z.string().max(1000) }),
    },
  ]);
  const createTables = (database: TempDatabase) =>
    database.sqlite.exec(
      `CREATE TABLE test_deal_notes (id text PRIMARY KEY, deal_id text NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
       body text NOT NULL, pinned integer NOT NULL, position integer NOT NULL);
       CREATE TABLE test_note_replies (id text PRIMARY KEY, note_id text NOT NULL REFERENCES test_deal_notes(id) ON DELETE CASCADE,
       body text NOT NULL, position integer NOT NULL)`,
    );

  it('exports, copies with re-keyed ids, and replaces through the cascade', async () => {
    const database = await temp();
    createTables(database);
    const deal = createDeal(database.db, { title: 'With notes' });
    const note = crypto.randomUUID();
    database.db.insert(notesTable).values({ id: note, dealId: deal.id, body: 'top', pinned: true, position: 0 }).run();
    database.db
      .insert(repliesTable)
      .values({ id: crypto.randomUUID(), noteId: note, body: 'reply', position: 0 })
      .run();
    const file = exportDeals(database.db, [deal.id], undefined, tables).text;
    expect(JSON.parse(file).deals[0].parts.testNotes).toHaveLength(1);
    expect(JSON.parse(file).deals[0].parts.testReplies).toHaveLength(1);

    const copy = importDealFile(database.db, file, 'copy', undefined, tables).deals[0];
    const copied = database.db.select().from(notesTable).where(sql`deal_id = ${copy?.id}`).all();
    expect(copied).toHaveLength(1);
    expect(copied[0]?.id).not.toBe(note);
    const replies = database.db.select().from(repliesTable).where(sql`note_id = ${copied[0]?.id}`).all();
    expect(replies).toHaveLength(1);

    database.db
      .insert(notesTable)
      .values({ id: crypto.randomUUID(), dealId: deal.id, body: 'extra', pinned: false, position: 1 })
      .run();
    importDealFile(database.db, file, 'replace', undefined, tables);
    expect(database.db.select().from(notesTable).where(sql`deal_id = ${deal.id}`).all()).toHaveLength(1);
    expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses a hostile child row before writing anything', async () => {
    const database = await temp();
    createTables(database);
    const deal = createDeal(database.db, { title: 'x' });
    const file = JSON.parse(exportDeals(database.db, [deal.id], undefined, tables).text);
    file.deals[0].parts.testNotes = [{ id: crypto.randomUUID(), body: 'b', pinned: 'yes', position: 0 }];
    const before = dumpDatabase(database.sqlite);
    expect(() => importDealFile(database.db, JSON.stringify(file), 'copy', undefined, tables)).toThrow(
      /deals\[0\]\.parts\.testNotes\[0\]\.pinned/,
    );
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });
});

describe('deal files: invalid, truncated, oversized and hostile files', () => {
  async function validFile() {
    const database = await temp();
    const deal = createDeal(database.db, { title: 'Valid', notes: 'some notes' });
    const text = exportDeals(database.db, [deal.id]).text;
    const target = await temp();
    return { text, target, json: () => JSON.parse(text) };
  }

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2), /not valid JSON \(it may be incomplete/],
    ['empty', () => '   ', /The file is empty/],
    ['not JSON', () => 'PK\u0003\u0004 zip bytes', /not valid JSON/],
    [
      '__proto__ key',
      (text: string) => text.replace('"title"', '"__proto__": {"admin": true}, "title"'),
      /forbidden key "__proto__"/,
    ],
    [
      'constructor key',
      (text: string) => text.replace('"deals"', '"constructor": 1, "deals"'),
      /forbidden key "constructor"/,
    ],
    [
      'wrong type',
      (text: string) => text.replace('"archived": false', '"archived": "no"'),
      /deals\[0\]\.deal\.archived: Archived must be true or false/,
    ],
    [
      'huge string',
      (text: string) => text.replace('"Valid"', JSON.stringify('x'.repeat(100_000))),
      /deals\[0\]\.deal\.title: Title must be at most 200/,
    ],
    [
      'unknown version',
      (text: string) => text.replace(`"version": ${DEAL_FILE_VERSION}`, '"version": 7'),
      /newer Parley \(format version 7\)/,
    ],
    [
      'version as text',
      (text: string) => text.replace(`"version": ${DEAL_FILE_VERSION}`, '"version": "1"'),
      /format version is missing or not a whole number/,
    ],
    [
      'not a Parley file',
      (text: string) => text.replace(`"${DEAL_FILE_FORMAT}"`, '"something-else"'),
      /not a Parley deal file/,
    ],
    ['unknown field', (text: string) => text.replace('"deals"', '"extra": 1, "deals"'), /unknown field\(s\) extra/],
    ['no deals', (text: string) => text.replace(/"deals": \[[\s\S]*\]\n\}/, '"deals": []}'), /holds no deals/],
    [
      'oversized',
      (text: string) => text.replace('"some notes"', JSON.stringify(' '.repeat(MAX_DEAL_FILE_BYTES))),
      new RegExp(`Parley reads files up to ${(MAX_DEAL_FILE_BYTES / 1024 / 1024).toFixed(1)} MB`),
    ],
  ])('%s: clear message, database unchanged', async (_label, mutate, message) => {
    const { text, target } = await validFile();
    const before = dumpDatabase(target.sqlite);
    const hostile = mutate(text);
    expect(hostile).not.toBe(text);
    const error = (() => {
      try {
        importDealFile(target.db, hostile);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^This deal file cannot be imported: .* Nothing was imported\.$/s);
    expect(dumpDatabase(target.sqlite)).toBe(before);
  });

  it('refuses a file repeating one deal id', async () => {
    const { target, json } = await validFile();
    const file = json();
    file.deals.push(file.deals[0]);
    expect(() => importDealFile(target.db, JSON.stringify(file))).toThrow(/deals\[1\] repeats the deal id/);
  });

  it('answers through the API with invalid_input and writes nothing', async () => {
    const { text, target } = await validFile();
    const before = dumpDatabase(target.sqlite);
    const envelope = await invoke({ db: target.db }, 'dealFiles.import', { text: text.slice(0, 100) });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /incomplete or damaged/ } });
    expect(dumpDatabase(target.sqlite)).toBe(before);
    const ok = await invoke({ db: target.db }, 'dealFiles.import', { text });
    expect(ok).toMatchObject({ ok: true, value: { deals: [{ title: 'Valid', as: 'new' }] } });
    expect(target.sqlite.prepare('SELECT count(*) FROM deals').pluck().get()).toBe(1);
  });
});

describe('deal files: older format versions', () => {
  it('runs each upgrade step in order up to the current version', () => {
    const upgraded = migrateDealFile(
      { format: DEAL_FILE_FORMAT, version: 1, deals: [{ deal: { name: 'Old' } }] },
      {
        // A hypothetical v1 → v2 step: `name` renamed to `title`.
        1: (file) => ({
          ...file,
          deals: (file.deals as { deal: { name: string } }[]).map(({ deal }) => ({ deal: { title: deal.name } })),
        }),
      },
      2,
    );
    expect(upgraded).toEqual({ format: DEAL_FILE_FORMAT, version: 2, deals: [{ deal: { title: 'Old' } }] });
    expect(() => migrateDealFile({ format: DEAL_FILE_FORMAT, version: 1 }, {}, 2)).toThrow(
      /format version 1 is not supported/,
    );
  });

  it('reads a version-4 file: its debrief lessons are not shared with the team', () => {
    const lesson = { id: 'l1', text: 'Ask early', tag: 'general' };
    const upgraded = migrateDealFile({
      format: DEAL_FILE_FORMAT,
      version: 4,
      deals: [{ deal: { title: 'Old' }, parts: { debriefLessons: [lesson] } }],
    });
    expect(upgraded).toMatchObject({
      version: 5,
      deals: [{ parts: { debriefLessons: [{ ...lesson, shared: false }] } }],
    });
  });

  it('reads a version-1 file whose MESO settings predate the offer-sheet details', async () => {
    const database = await temp();
    const deal = createDeal(database.db, { title: 'Before offer details' });
    const file = JSON.parse(exportDeals(database.db, [deal.id]).text);
    file.version = 1;
    file.deals[0].parts.mesoSettings = [
      { targetPoints: 60, tolerance: 3, floorPoints: null, suggestCount: 3, updatedAt: '2026-01-01T00:00:00.000Z' },
    ];
    const parsed = parseDealFile(JSON.stringify(file));
    expect(parsed.deals[0]?.parts.mesoSettings?.[0]).toMatchObject({
      targetPoints: 60,
      offerSender: '',
      offerBasis: '',
    });
  });

  it('parses the current version without any step', async () => {
    const database = await temp();
    const deal = createDeal(database.db, { title: 'Now' });
    expect(parseDealFile(exportDeals(database.db, [deal.id]).text).deals[0]?.deal.title).toBe('Now');
    expect(deals).toBeDefined();
  });
});
