import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeal } from '../../db/repositories/deals';
import { rowStore } from '../../db/repositories/rowStores';
import { joinDeal, type SharedDeal, shareDeal, sharedDeal } from '../../db/teamSync/bridge';
import { teamApi } from '../../db/teamSync/serverApi';
import * as team from '../../db/teamSync/session';
import { freePort } from '../support/freePort';
import { addTeamUsers, type RunningTeamServer, startTeamServer, waitFor } from '../support/teamServer';
import { makeTempDir, openTempDatabase } from '../support/tempDataDir';

const PASSWORD = 'correct horse battery';
const folder = makeTempDir('parley-team-redis-');
const serverFile = join(folder.dir, 'team.sqlite');
const servers: RunningTeamServer[] = [];
const shared: SharedDeal[] = [];
const cleanups: (() => void)[] = [];
let redis: ChildProcess | null = null;

/** `redis-server` (apt) on a free port, nothing saved to disk. */
async function startRedis(): Promise<number> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  redis = child;
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await waitFor(
    () => output.includes('Ready to accept connections'),
    'redis-server to start',
    () => output,
  );
  return port;
}

beforeAll(async () => {
  await addTeamUsers({ file: serverFile }, PASSWORD, [
    ['ana@example.com', 'Ana'],
    ['maria@example.com', 'Maria'],
    ['val@example.com', 'Val'],
  ]);
  const redisPort = await startRedis();
  const env = { PARLEY_TEAM_REDIS: `redis://127.0.0.1:${redisPort}` };
  // One after the other: the second finds the first's token secret in the shared store.
  servers.push(await startTeamServer(serverFile, 0, env));
  servers.push(await startTeamServer(serverFile, 0, env));
}, 60_000);

afterAll(async () => {
  for (const deal of shared) deal.disconnect();
  for (const server of servers) await server.kill();
  if (redis?.pid && redis.exitCode === null) {
    const gone = new Promise((done) => redis?.once('exit', done));
    process.kill(redis.pid, 'SIGTERM');
    await gone;
  }
  for (const cleanup of cleanups) cleanup();
  folder.remove();
});

describe('two team server instances behind Redis', () => {
  it('keeps a laptop on each instance in step, both ways', async () => {
    const [one, two] = servers as [RunningTeamServer, RunningTeamServer];
    const a = await openTempDatabase();
    const b = await openTempDatabase();
    cleanups.push(a.cleanup, b.cleanup);
    const ana = (await teamApi(one.http).signIn('ana@example.com', PASSWORD)).token;
    const maria = (await teamApi(two.http).signIn('maria@example.com', PASSWORD)).token;

    const dealId = createDeal(a.db, { title: 'Two instances' }).id;
    const risk = rowStore('risks').create(a.db, dealId, { statement: 'Seeded on one' }).id;
    const onA = shareDeal(a.db, dealId, { serverUrl: one.url, userName: 'Ana' });
    shared.push(onA);
    await teamApi(one.http).share(ana, dealId);
    await teamApi(one.http).addMember(ana, dealId, 'maria@example.com', 'editor');
    await onA.connect(ana);

    const onB = joinDeal(b.db, dealId, { serverUrl: two.url, userName: 'Maria' });
    shared.push(onB);
    await onB.connect(maria);
    await waitFor(
      () => b.sqlite.prepare('SELECT count(*) FROM risks WHERE deal_id = ?').pluck().get(dealId) === 1,
      'the deal on the second instance',
    );

    rowStore('risks').update(a.db, risk, { owner: 'Ana via one' });
    await waitFor(() => rowStore('risks').get(b.db, risk).owner === 'Ana via one', 'an edit from instance one');
    rowStore('risks').update(b.db, risk, { verification: 'Maria via two' });
    await waitFor(
      () => rowStore('risks').get(a.db, risk).verification === 'Maria via two',
      'an edit from instance two',
    );
    expect(rowStore('risks').list(a.db, dealId)).toEqual(rowStore('risks').list(b.db, dealId));
  });

  it('closes a removed member’s connection on the other instance; no more updates reach her', async () => {
    const [one, two] = servers as [RunningTeamServer, RunningTeamServer];
    const [a, b, v] = [await openTempDatabase(), await openTempDatabase(), await openTempDatabase()];
    cleanups.push(a.cleanup, b.cleanup, v.cleanup);
    const dealId = createDeal(a.db, { title: 'Removed across instances' }).id;
    const risk = rowStore('risks').create(a.db, dealId, { statement: 'Before' }).id;
    // Ana owns the deal through instance one; Maria and Val work on it through instance two.
    await team.signIn(a.db, one.http, 'ana@example.com', PASSWORD);
    await team.share(a.db, dealId);
    await team.invite(a.db, dealId, 'maria@example.com', 'editor');
    await team.invite(a.db, dealId, 'val@example.com', 'viewer');
    for (const [laptop, email] of [
      [b, 'maria@example.com'],
      [v, 'val@example.com'],
    ] as const) {
      await team.signIn(laptop.db, two.http, email, PASSWORD);
      await team.join(laptop.db, dealId);
      shared.push(sharedDeal(laptop.db, dealId) as SharedDeal);
    }
    shared.push(sharedDeal(a.db, dealId) as SharedDeal);
    rowStore('risks').update(b.db, risk, { owner: 'Maria via two' });
    await waitFor(() => rowStore('risks').get(a.db, risk).owner === 'Maria via two', 'Maria’s edit on instance one');

    // Ana removes Maria through instance one: her connection to instance two closes.
    expect(team.status(b.db, dealId).shared?.state).toBe('synced');
    await team.removeMember(a.db, dealId, 'maria@example.com');
    await waitFor(
      () => team.status(b.db, dealId).shared?.state === 'offline',
      'Maria’s connection to instance two to be closed',
      () => team.status(b.db, dealId),
    );

    // Ana's next edit reaches Val on instance two, and not Maria.
    rowStore('risks').update(a.db, risk, { statement: 'After Maria left' });
    await waitFor(() => rowStore('risks').get(v.db, risk).statement === 'After Maria left', 'Ana’s edit at Val’s');
    expect(rowStore('risks').get(b.db, risk).statement).toBe('Before');
    expect(rowStore('risks').get(b.db, risk).owner).toBe('Maria via two');
    for (const laptop of [a, b, v]) team.signOut(laptop.db);
  });
});
