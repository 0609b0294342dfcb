import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import type { Envelope } from '../../api/procedure';
import { openConnection, type SqliteConnection } from '../../db/connection';
import { DATABASE_FILE } from '../../db/dataDir';
import { updateRow, writeDeal } from '../../db/dealTables/write';
import { createDeal } from '../../db/repositories/deals';
import { issueStore } from '../../db/repositories/issues';
import * as schema from '../../db/schema';
import { dumpDatabase } from '../support/dump';
import { openTempDatabase } from '../support/tempDataDir';

/**
 * Two windows on one deal (#13: edits from two windows don't silently overwrite): each is
 * its own session on the same SQLite file. A save carries the values its edit started from;
 * a field the other window changed meanwhile refuses it, and nothing is written.
 */
let database: Awaited<ReturnType<typeof openTempDatabase>>;
let second: SqliteConnection;
const windowA = () => ({ db: database.db, dataDir: database.dataDir });
const windowB = () => ({ db: drizzle(second, { schema }), dataDir: database.dataDir });

beforeEach(async () => {
  database = await openTempDatabase();
  second = openConnection(join(database.dataDir, DATABASE_FILE));
});
afterEach(() => {
  second.close();
  database.cleanup();
});

async function ok<T>(promise: Promise<Envelope<unknown>>): Promise<T> {
  const envelope = await promise;
  if (!envelope.ok) throw new Error(`refused: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

describe('two windows editing the same row', () => {
  it('the second, stale save of a field is refused with "changed in another window", and nothing changes', async () => {
    const dealId = createDeal(database.db, { title: 'Contoso renewal' }).id;
    const member = await ok<{ id: string; title: string }>(
      invoke(windowA(), 'rows.create', {
        table: 'teamMembers',
        dealId,
        fields: { name: 'Ana', title: 'Account lead' },
      }),
    );
    // Both windows show "Account lead"; A saves first.
    await ok(
      invoke(windowA(), 'rows.update', {
        table: 'teamMembers',
        id: member.id,
        patch: { title: 'Sales director' },
        expected: { title: 'Account lead' },
      }),
    );
    const before = dumpDatabase(database.sqlite);
    const stale = await invoke(windowB(), 'rows.update', {
      table: 'teamMembers',
      id: member.id,
      patch: { title: 'Head of sales' },
      expected: { title: 'Account lead' },
    });
    expect(stale).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(/changed in another window/),
        fieldErrors: { title: 'Changed in another window' },
      },
    });
    expect(dumpDatabase(database.sqlite)).toBe(before);
    const rows = await ok<{ title: string }[]>(invoke(windowB(), 'rows.list', { table: 'teamMembers', dealId }));
    expect(rows.map((r) => r.title)).toEqual(['Sales director']);

    // Field by field: B's edit of another field, started from what is stored, goes through.
    const renamed = await ok<{ name: string; title: string }>(
      invoke(windowB(), 'rows.update', {
        table: 'teamMembers',
        id: member.id,
        patch: { name: 'Ana Lopez' },
        expected: { name: 'Ana' },
      }),
    );
    expect(renamed).toMatchObject({ name: 'Ana Lopez', title: 'Sales director' });
    // Once B has seen the newer value, saving from it ("Use mine") is accepted.
    await ok(
      invoke(windowB(), 'rows.update', {
        table: 'teamMembers',
        id: member.id,
        patch: { title: 'Head of sales' },
        expected: { title: 'Sales director' },
      }),
    );
  });

  it('numbers and empty values compare as stored (null is not 0)', async () => {
    const dealId = createDeal(database.db, { title: 'Globex supply' }).id;
    const limit = await ok<{ id: string }>(
      invoke(windowA(), 'rows.create', { table: 'authorityLimits', dealId, fields: { note: 'Rep' } }),
    );
    await ok(
      invoke(windowA(), 'rows.update', {
        table: 'authorityLimits',
        id: limit.id,
        patch: { limit: 0 },
        expected: { limit: null },
      }),
    );
    const before = dumpDatabase(database.sqlite);
    const stale = await invoke(windowB(), 'rows.update', {
      table: 'authorityLimits',
      id: limit.id,
      patch: { limit: 8 },
      expected: { limit: null },
    });
    expect(stale).toMatchObject({
      ok: false,
      error: { code: 'conflict', fieldErrors: { limit: 'Changed in another window' } },
    });
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('updateRow itself refuses a stale write inside writeDeal, for any registry table', () => {
    const dealId = createDeal(database.db, { title: 'Initech hire' }).id;
    const issue = issueStore.create(database.db, dealId, {}).id;
    const before = dumpDatabase(database.sqlite);
    expect(() =>
      writeDeal(database.db, dealId, (tx) => updateRow(tx, 'issues', issue, { name: 'Annual price' }, { name: 'Fee' })),
    ).toThrow(/changed in another window/);
    expect(dumpDatabase(database.sqlite)).toBe(before);
    const saved = writeDeal(database.db, dealId, (tx) =>
      updateRow(tx, 'issues', issue, { name: 'Annual price' }, { name: '' }),
    );
    expect(saved.name).toBe('Annual price');
  });
});
