import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDeal } from '../../db/repositories/deals';
import { rowStore } from '../../db/repositories/rowStores';
import { closeSharedDeal, type SharedDeal, sharedDeal } from '../../db/teamSync/bridge';
import { SYNCED_TABLES, tableMap } from '../../db/teamSync/doc';
import * as team from '../../db/teamSync/session';
import { type RunningPostgres, startPostgres } from '../support/postgres';
import { addTeamUsers, type RunningTeamServer, startTeamServer, waitFor } from '../support/teamServer';
import { makeTempDir, openTempDatabase } from '../support/tempDataDir';

const PASSWORD = 'correct horse battery';
const folder = makeTempDir('parley-team-pg-');
/** Named to the server, which must not create it: the store is in Postgres. */
const unusedFile = join(folder.dir, 'team.sqlite');
let postgres: RunningPostgres;
let server: RunningTeamServer;
const laptops: Awaited<ReturnType<typeof openTempDatabase>>[] = [];
const dealIds: string[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
  await addTeamUsers({ file: unusedFile, databaseUrl: postgres.url }, PASSWORD, [
    ['ana@example.com', 'Ana'],
    ['maria@example.com', 'Maria'],
  ]);
  server = await startTeamServer(unusedFile, 0, { PARLEY_TEAM_DATABASE_URL: postgres.url });
}, 60_000);

afterAll(async () => {
  for (const laptop of laptops) {
    for (const dealId of dealIds) closeSharedDeal(laptop.db, dealId);
    laptop.cleanup();
  }
  await server?.kill();
  await postgres?.stop();
  folder.remove();
});

/** One query on the team server's Postgres database. */
async function query<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const docJson = (doc: Y.Doc) => Object.fromEntries(SYNCED_TABLES.map((e) => [e.name, tableMap(doc, e).toJSON()]));

describe('the team server on Postgres (PARLEY_TEAM_DATABASE_URL)', () => {
  it('keeps users, members, invitations and the deal’s doc in Postgres, across a restart of the server', async () => {
    const [a, b] = [await openTempDatabase(), await openTempDatabase()];
    laptops.push(a, b);
    const dealId = createDeal(a.db, { title: 'On Postgres' }).id;
    dealIds.push(dealId);
    const risk = rowStore('risks').create(a.db, dealId, { statement: 'Seeded' }).id;
    await team.signIn(a.db, server.http, 'ana@example.com', PASSWORD);
    await team.share(a.db, dealId);
    const { link } = await team.invitationLink(a.db, dealId, 'editor');
    await team.signIn(b.db, server.http, 'MARIA@example.com', PASSWORD);
    expect(await team.joinByLink(b.db, link)).toMatchObject({ dealId, role: 'editor', title: 'On Postgres' });
    await expect(team.joinByLink(b.db, link)).rejects.toThrow('This invitation link has already been used.');
    rowStore('risks').update(b.db, risk, { owner: 'Maria' });
    await waitFor(() => rowStore('risks').get(a.db, risk).owner === 'Maria', 'Maria’s edit at Ana’s');

    // All of it is in Postgres; no SQLite file was made.
    expect(existsSync(unusedFile)).toBe(false);
    expect(
      await query('SELECT u.email, m.role FROM deal_members m JOIN users u ON u.id = m.user_id ORDER BY u.email'),
    ).toEqual([
      { email: 'ana@example.com', role: 'owner' },
      { email: 'maria@example.com', role: 'editor' },
    ]);
    expect(await query('SELECT role, used_at IS NOT NULL AS used FROM invitations')).toEqual([
      { role: 'editor', used: true },
    ]);
    const docFromPostgres = async () => {
      const [row] = await query<{ state: Buffer }>('SELECT state FROM documents WHERE name = $1', [`deal:${dealId}`]);
      const doc = new Y.Doc({ gc: false });
      if (row) Y.applyUpdate(doc, new Uint8Array(row.state));
      return JSON.stringify(docJson(doc));
    };
    let stored = '';
    const expected = JSON.stringify(docJson((sharedDeal(a.db, dealId) as SharedDeal).doc));
    const until = Date.now() + 20_000;
    // Polled: the server stores the doc shortly after the last edit.
    while (stored !== expected && Date.now() < until) {
      stored = await docFromPostgres();
      if (stored !== expected) await new Promise((done) => setTimeout(done, 50));
    }
    expect(stored).toBe(expected);
    expect(stored).toContain('Maria');

    // The server restarts on the same Postgres: the laptops reconnect; edits still cross.
    await server.kill();
    server = await startTeamServer(unusedFile, server.port, { PARLEY_TEAM_DATABASE_URL: postgres.url });
    rowStore('risks').update(a.db, risk, { statement: 'After the restart' });
    await waitFor(
      () => rowStore('risks').get(b.db, risk).statement === 'After the restart',
      'an edit after the restart',
      () => team.status(b.db, dealId),
      30_000,
    );
    expect(await team.members(a.db, dealId)).toEqual([
      { email: 'ana@example.com', name: 'Ana', role: 'owner' },
      { email: 'maria@example.com', name: 'Maria', role: 'editor' },
    ]);
    expect(existsSync(unusedFile)).toBe(false);
  }, 120_000);
});
