import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTableName } from 'drizzle-orm';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import { ROW_TABLE_NAMES, ROW_TABLES } from '../../core/rowTables';
import { writeAttachment } from '../../db/attachments';
import { exportDeals, importDealFile } from '../../db/dealFiles/transfer';
import { duplicateDeal } from '../../db/dealTables/duplicate';
import { type DealRows, readDeal } from '../../db/dealTables/read';
import { DEAL_TABLES, dealTable } from '../../db/dealTables/registry';
import { createDeal } from '../../db/repositories/deals';
import { attachFile, evidenceStore } from '../../db/repositories/evidence';
import { rowStore } from '../../db/repositories/rowStores';
import { closedDeal, dealRowsArbitrary, insertDealRows } from '../support/dealRowsArbitrary';
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

describe('the deal-table registry', () => {
  it('lists exactly the tables of the live schema that hold deal data', async () => {
    const database = await temp();
    const tables = database.sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
      )
      .pluck()
      .all() as string[];
    const foreignKeys = new Map(
      tables.map((table) => [
        table,
        (database.sqlite.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string }[]).map(
          (fk) => fk.table,
        ),
      ]),
    );
    const columns = (table: string) =>
      (database.sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
    // A table holds deal data when it has a deal_id, or a foreign key chain to deals.
    const holding = new Set<string>();
    let grew = true;
    while (grew) {
      grew = false;
      for (const table of tables) {
        if (holding.has(table) || table === 'deals') continue;
        const refs = foreignKeys.get(table) ?? [];
        if (columns(table).includes('deal_id') || refs.some((ref) => ref === 'deals' || holding.has(ref))) {
          holding.add(table);
          grew = true;
        }
      }
    }
    // The search index keeps a deal_id beside each entry; it is derived, not deal data.
    for (const table of holding) if (table.startsWith('search_')) holding.delete(table);
    // A shared deal's sync bookkeeping (doc log, conflicts) is rebuilt from the team doc, not deal data.
    for (const table of holding) if (table.startsWith('team_sync_')) holding.delete(table);
    const registered = DEAL_TABLES.map((entry) => getTableName(entry.table));
    expect([...holding].sort()).toEqual([...registered].sort());
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('serves each table of the generic row family (core/rowTables.ts) with the store of that registry list table', () => {
    for (const name of ROW_TABLE_NAMES) {
      expect(dealTable(name).kind, name).toBe('list');
      const store = rowStore(name);
      expect(store.table === dealTable(name).table, `${name}: its store writes another table`).toBe(true);
      expect(store.newSchema === ROW_TABLES[name].create, `${name}: create schema`).toBe(true);
      expect(store.patchSchema === ROW_TABLES[name].patch, `${name}: patch schema`).toBe(true);
    }
  });

  it('declares parents before children', () => {
    const seen = new Set<string>();
    for (const entry of DEAL_TABLES) {
      if (entry.parent !== 'deal') expect(seen.has(entry.parent), `${entry.name} after ${entry.parent}`).toBe(true);
      for (const reference of entry.references) for (const to of reference.to) expect(seen.has(to)).toBe(true);
      seen.add(entry.name);
    }
  });
});

/** A deal's rows with ids replaced by their place ("issues#2") and the columns that may differ left out. */
function canonical(rows: DealRows) {
  const labels = new Map<string, string>();
  for (const entry of DEAL_TABLES) {
    (rows[entry.name] ?? []).forEach((row, index) => {
      if (typeof row.id === 'string' && 'position' in entry.columns) labels.set(row.id, `${entry.name}#${index}`);
    });
  }
  return Object.fromEntries(
    DEAL_TABLES.map((entry) => [
      entry.name,
      sortUnordered(
        entry,
        (rows[entry.name] ?? []).map((stored) => {
          // Ids kept inside a column are named the same way; one outside the deal has no name.
          const row = entry.mapIds ? entry.mapIds({ ...stored }, (id) => labels.get(id) ?? 'outside the deal') : stored;
          const out: Record<string, unknown> = {};
          for (const [field, value] of Object.entries(row)) {
            if (field === entry.dealField || field === 'createdAt' || field === 'updatedAt') continue;
            // Rows without a position have no order to name them by; nothing points at them.
            if (field === 'id' && !('position' in entry.columns)) continue;
            if (entry.files && field === entry.files.path) continue;
            out[field] = typeof value === 'string' ? (labels.get(value) ?? value) : value;
          }
          return out;
        }),
      ),
    ]),
  );
}

/** Rows of a table without a position have no order of their own: compare them as a set. */
const sortUnordered = (entry: (typeof DEAL_TABLES)[number], rows: Record<string, unknown>[]) =>
  'position' in entry.columns ? rows : [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function fileBytes(database: TempDatabase, rows: DealRows) {
  return (rows.evidence ?? []).map((row) =>
    row.attachmentPath ? readFileSync(join(database.dataDir, row.attachmentPath as string)).toString('base64') : null,
  );
}

describe('deal files and duplicate carry every registry table', () => {
  it('generated deals with rows in every table survive export → import into an empty data folder, and duplicate', async () => {
    let runs = 0;
    const tablesFilled = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(dealRowsArbitrary(), { minLength: 1, maxLength: 2 }),
        fc.array(fc.uint8Array({ minLength: 0, maxLength: 64 }), { minLength: 3, maxLength: 3 }),
        async (generated, files) => {
          runs++;
          const source = await openTempDatabase();
          const target = await openTempDatabase();
          try {
            const ids = generated.map((raw, n) => {
              const deal = createDeal(source.db, { title: `Generated ${n}` });
              const rows = closedDeal(raw);
              (rows.evidence ?? []).forEach((row, index) => {
                const bytes = files[index];
                if (!bytes) return;
                const path = writeAttachment(source.dataDir, row.id as string, `file ${index}.bin`, Buffer.from(bytes));
                Object.assign(row, {
                  attachmentPath: path,
                  attachmentName: path.split('/').pop(),
                  attachmentSize: bytes.length,
                  attachmentType: 'application/octet-stream',
                });
              });
              insertDealRows(source.db, deal.id, rows);
              for (const entry of DEAL_TABLES) if ((rows[entry.name] ?? []).length > 0) tablesFilled.add(entry.name);
              return deal.id;
            });
            const file = exportDeals(source.db, ids, source.dataDir);
            importDealFile(target.db, file.text, 'fail', target.dataDir);
            for (const id of ids) {
              const before = readDeal(source.db, id);
              const after = readDeal(target.db, id);
              expect(canonical(after)).toEqual(canonical(before));
              expect(fileBytes(target, after)).toEqual(fileBytes(source, before));
              const copy = duplicateDeal(source.db, id, source.dataDir);
              const copied = readDeal(source.db, copy.id);
              expect(canonical(copied)).toEqual(canonical(before));
              expect(fileBytes(source, copied)).toEqual(fileBytes(source, before));
            }
          } finally {
            source.cleanup();
            target.cleanup();
          }
        },
      ),
      { seed: 121212, numRuns: Number(process.env.PARLEY_ROUNDTRIP_RUNS ?? 8), endOnFailure: true },
    );
    console.log(`deal tables round trip: ${runs} runs, ${tablesFilled.size}/${DEAL_TABLES.length} tables filled`);
    expect([...tablesFilled].sort()).toEqual(DEAL_TABLES.map((e) => e.name).sort());
  }, 600_000);

  it('refuses a file whose rows point at another deal’s rows, and writes nothing', async () => {
    const database = await temp();
    const a = createDeal(database.db, { title: 'A' });
    const b = createDeal(database.db, { title: 'B' });
    const issueOfA = crypto.randomUUID();
    insertDealRows(database.db, a.id, {
      issues: [
        {
          id: issueOfA,
          name: 'Price',
          category: 'price',
          weightUs: 1,
          weightThem: 1,
          tradeable: false,
          redLine: false,
          notes: '',
          position: 0,
        },
      ],
    });
    const file = JSON.parse(exportDeals(database.db, [b.id]).text);
    // An anchor of deal B on deal A's issue.
    file.deals[0].parts.anchors = [
      {
        id: crypto.randomUUID(),
        position: 0,
        deletedAt: null,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        issueId: issueOfA,
        issueLabel: 'Price',
        unit: '',
        opening: null,
        rangeLow: null,
        rangeHigh: null,
        rationale: '',
        firstMove: 'undecided',
        firstMoveReason: '',
        expectedCounter: null,
        expectedCounterNote: '',
      },
    ];
    const before = dumpDatabase(database.sqlite);
    for (const mode of ['fail', 'copy', 'replace'] as const) {
      expect(() => importDealFile(database.db, JSON.stringify(file), mode)).toThrow(
        /deals\[0\]\.anchors points at a row that is not part of its deal \(issueId\)\. Nothing was imported/,
      );
    }
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });
});

describe('deal file limits agree', () => {
  it('a deal with a 7 MB attachment exports and imports again through the API, byte for byte', async () => {
    const source = await temp();
    const target = await temp();
    const deal = createDeal(source.db, { title: 'Large evidence' });
    const item = evidenceStore.create(source.db, deal.id, { title: 'Scanned contract', kind: 'benchmark' });
    const bytes = Buffer.alloc(7 * 1024 * 1024, 0);
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = (i / 4096) % 251;
    attachFile(source.db, source.dataDir, {
      evidenceId: item.id,
      fileName: 'contract.pdf',
      contentBase64: bytes.toString('base64'),
    });
    const from = { db: source.db, dataDir: source.dataDir };
    const exported = await invoke(from, 'dealFiles.export', { ids: [deal.id] });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.value.text.length).toBeGreaterThan(9 * 1024 * 1024);
    const imported = await invoke({ db: target.db, dataDir: target.dataDir }, 'dealFiles.import', {
      text: exported.value.text,
    });
    expect(imported.ok).toBe(true);
    const [copy] = readDeal(target.db, deal.id).evidence ?? [];
    expect(readFileSync(join(target.dataDir, copy?.attachmentPath as string)).equals(bytes)).toBe(true);
  }, 120_000);
});
