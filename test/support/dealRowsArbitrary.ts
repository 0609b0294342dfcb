import { getTableConfig } from 'drizzle-orm/sqlite-core';
import fc from 'fast-check';
import type { z } from 'zod';
import type { ParleyDb } from '../../db/database';
import type { Row } from '../../db/dealTables/read';
import { DEAL_TABLES } from '../../db/dealTables/registry';
import type { DealTable } from '../../db/dealTables/types';
import { arbitraryFor } from './schemaArbitrary';

/** Values tried, in order, for a generated field its schema refuses (a link must start with http…). */
const FALLBACKS: unknown[] = [
  '',
  null,
  0,
  1,
  false,
  'x',
  '2026-01-01T00:00:00.000Z',
  '2026-01-01',
  'https://example.com',
];

function enumValues(schema: z.ZodType): unknown[] {
  let inner: z.ZodType = schema;
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: z.ZodType; entries?: Record<string, unknown> };
    if (def.entries) return Object.values(def.entries);
    if (!def.innerType) return [];
    inner = def.innerType;
  }
}

/** The generated row, each field its schema refuses replaced by a value it accepts; then parsed. */
function repair(entry: DealTable, row: Row): Row {
  const shape = entry.row.shape as Record<string, z.ZodType>;
  const fixed: Row = {};
  for (const [field, schema] of Object.entries(shape)) {
    const candidates = [row[field], ...enumValues(schema), ...FALLBACKS];
    const ok = candidates.find((value) => schema.safeParse(value).success);
    fixed[field] = schema.parse(ok);
  }
  return entry.row.parse(fixed) as Row;
}

/** Raw generated rows per table: field values from each table's own row schema, and numbers to pick references with. */
export const dealRowsArbitrary = (tables: readonly DealTable[] = DEAL_TABLES) =>
  fc.record(
    Object.fromEntries(
      tables.map((entry) => [
        entry.name,
        fc.array(
          fc.tuple(arbitraryFor(entry.row, { knownIds: () => [] }), fc.array(fc.nat(), { minLength: 6, maxLength: 6 })),
          { minLength: 1, maxLength: entry.kind === 'record' ? 1 : 3 },
        ),
      ]),
    ),
  ) as fc.Arbitrary<Record<string, [Row, number[]][]>>;

/**
 * Turns generated rows into a valid, closed deal: every value accepted by its schema,
 * fresh ids, every reference pointing at a generated row of the right table (or empty
 * when it may be, else the row is left out), no row soft-deleted, and no two rows
 * clashing on a key or unique index. Answers the rows by table, ready to insert.
 */
export function closedDeal(generated: Record<string, [Row, number[]][]>, tables: readonly DealTable[] = DEAL_TABLES) {
  const ids = new Map<string, string[]>();
  const out: Record<string, Row[]> = {};
  for (const entry of tables) {
    const rows: Row[] = [];
    const seen = new Set<string>();
    const uniques = getTableConfig(entry.table)
      .indexes.filter((index) => index.config.unique)
      .map((index) => index.config.columns.map((column) => (column as { name: string }).name));
    for (const [raw, picks] of generated[entry.name] ?? []) {
      const row = repair(entry, raw);
      if ('id' in row) row.id = crypto.randomUUID();
      if ('deletedAt' in row) row.deletedAt = null;
      let keep = true;
      const from: Record<string, string> = {};
      entry.references.forEach((reference, index) => {
        const pool = reference.to.flatMap((name) => (ids.get(name) ?? []).map((id) => ({ name, id })));
        const pick = picks[index % picks.length] ?? 0;
        const chosen =
          pool.length > 0 && (!reference.nullable || pick % 3 !== 0) ? pool[pick % pool.length] : undefined;
        if (chosen) {
          row[reference.field] = chosen.id;
          from[reference.field] = chosen.name;
        } else if (reference.nullable) row[reference.field] = null;
        else keep = false;
      });
      if (entry.name === 'evidenceLinks' && keep) alignLinkTarget(row, from.targetId);
      const keys = [
        entry.key.map((field) => String(row[field])).join('|'),
        ...uniques.flatMap((columns) => {
          const values = columns.map((c) => row[fieldOfColumn(entry, c) ?? c]);
          // SQLite lets NULLs repeat in a unique index.
          return values.some((v) => v === null || v === undefined) ? [] : [`${columns.join(',')}=${values.join('|')}`];
        }),
      ];
      if (!keep || keys.some((key) => seen.has(key))) continue;
      for (const key of keys) seen.add(key);
      rows.push(row);
    }
    out[entry.name] = rows;
    ids.set(
      entry.name,
      rows.flatMap((row) => (typeof row.id === 'string' ? [row.id] : [])),
    );
  }
  return out;
}

const fieldOfColumn = (entry: DealTable, column: string) =>
  Object.entries(entry.columns).find(([, name]) => name === column)?.[0];

/** A link names its target twice (kind + id, and the typed column that carries the foreign key). */
function alignLinkTarget(row: Row, table: string | undefined) {
  const typed = { claim: 'claimId', anchor: 'anchorId', issue: 'issueId' } as const;
  const kinds: Record<string, keyof typeof typed> = { claims: 'claim', anchors: 'anchor', issues: 'issue' };
  const target = kinds[table ?? ''] ?? 'issue';
  row.target = target;
  for (const field of Object.values(typed)) row[field] = null;
  row[typed[target]] = row.targetId;
}

/** Inserts a closed deal's rows under `dealId`. */
export function insertDealRows(db: ParleyDb, dealId: string, rows: Record<string, Row[]>, tables = DEAL_TABLES) {
  db.transaction((tx) => {
    for (const entry of tables) {
      for (const row of rows[entry.name] ?? []) {
        tx.insert(entry.table)
          .values({ ...row, ...(entry.dealField ? { [entry.dealField]: dealId } : {}) })
          .run();
      }
    }
  });
}
