import { createHash, randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../api/context';
import type { ProcedureName } from '../../api/contract';
import { invoke } from '../../api/invoke';
import { SIGN_IN_EXPIRED } from '../../core/sharedDeal';
import { type Database, openDatabase } from '../../db/database';
import { DATABASE_FILE } from '../../db/dataDir';
import { createDeal } from '../../db/repositories/deals';
import { openSharedDeals } from '../../db/teamSync/bridge';
import * as team from '../../db/teamSync/session';
import { openTeamStore } from '../../team/store';
import { issueToken } from '../../team/tokens';
import { addTeamUsers, type RunningTeamServer, startTeamServer, waitFor } from '../support/teamServer';
import { MIGRATIONS_FOLDER, makeTempDir, openTempDatabase } from '../support/tempDataDir';

const PASSWORD = 'correct horse battery';
const folder = makeTempDir('parley-team-access-');
const serverFile = join(folder.dir, 'team.sqlite');
let server: RunningTeamServer;
const open: Database[] = [];
/** Every deal these tests share: each laptop takes them offline before its database closes. */
const dealIds = new Set<string>();
const folders: { remove: () => void }[] = [];
/** A laptop's data folder, removed after the tests. */
const laptopDir = () => {
  const made = makeTempDir('parley-laptop-');
  folders.push(made);
  return made.dir;
};
let ana: Awaited<ReturnType<typeof openTempDatabase>>;

beforeAll(async () => {
  await addTeamUsers({ file: serverFile }, PASSWORD, [
    ['ana@example.com', 'Ana'],
    ['maria@example.com', 'Maria'],
    ['otto@example.com', 'Otto'],
  ]);
  server = await startTeamServer(serverFile);
  ana = await openTempDatabase();
  await team.signIn(ana.db, server.http, 'ana@example.com', PASSWORD);
}, 60_000);

afterAll(async () => {
  for (const database of [...open]) closeApp(database);
  if (ana) team.closeTeamDeals(ana.db);
  ana?.cleanup();
  await server?.kill();
  for (const made of folders) made.remove();
  folder.remove();
});

/** The app on a data folder, as a shell starts it: the database opened, shared deals and the kept sign-in restored. */
async function startApp(dataDir: string): Promise<Database> {
  const database = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
  team.openTeamDeals(database.db);
  open.push(database);
  return database;
}

/** The app quits: shared deals go offline, the database closes. */
function closeApp(database: Database): void {
  if (!open.includes(database)) return;
  team.closeTeamDeals(database.db);
  database.close();
  open.splice(open.indexOf(database), 1);
}

/** A procedure through the API, as the renderer calls it; its value, or the error's message thrown. */
async function call(database: Database, name: ProcedureName, input: unknown): Promise<unknown> {
  const ctx: ApiContext = { db: database.db, dataDir: database.dataDir, storage: database };
  const answer = await invoke(ctx, name, input, { error: () => {} });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

/** A deal Ana shares from her laptop, with Maria as `role`. */
async function dealSharedWithMaria(role: 'editor' | 'viewer' = 'editor'): Promise<string> {
  const dealId = createDeal(ana.db, { title: `Shared ${dealIds.size + 1}` }).id;
  dealIds.add(dealId);
  await team.share(ana.db, dealId);
  await team.invite(ana.db, dealId, 'maria@example.com', role);
  return dealId;
}

const keptSignIn = (database: Database) =>
  database.sqlite.prepare('SELECT server, email, token, expires_at AS expiresAt FROM team_sign_in').all() as {
    server: string;
    email: string;
    token: string;
    expiresAt: string;
  }[];

describe('the team sign-in is kept on the laptop', () => {
  it('survives a restart: shared-with-me answers and a shared deal goes online without a new sign-in', async () => {
    const dataDir = laptopDir();
    let app = await startApp(dataDir);
    const first = await dealSharedWithMaria();
    await call(app, 'team.signIn', { server: server.http, email: 'maria@example.com', password: PASSWORD });
    await call(app, 'team.join', { dealId: first });
    expect(keptSignIn(app)).toEqual([expect.objectContaining({ server: server.http, email: 'maria@example.com' })]);
    // Kept in the data file, which is private to the user.
    expect(statSync(join(dataDir, DATABASE_FILE)).mode & 0o777).toBe(0o600);
    closeApp(app);

    // While the app is closed, Ana shares another deal with Maria.
    const second = await dealSharedWithMaria('viewer');
    app = await startApp(dataDir);
    expect(await call(app, 'team.sharedWithMe', {})).toEqual([{ dealId: second, role: 'viewer' }]);
    await waitFor(() => openSharedDeals(app.db)[0]?.online === true, 'the joined deal to go online again');
    expect(await call(app, 'team.status', { dealId: first })).toMatchObject({
      signedIn: { server: server.http, email: 'maria@example.com', name: 'Maria' },
      signInExpired: false,
      shared: { state: 'synced', refused: null },
    });

    // Sign-out forgets it, in the file too: after a restart the app asks for a sign-in.
    await call(app, 'team.signOut', {});
    expect(keptSignIn(app)).toEqual([]);
    closeApp(app);
    app = await startApp(dataDir);
    await expect(call(app, 'team.sharedWithMe', {})).rejects.toThrow('Sign in to the team server first.');
    expect(await call(app, 'team.status', { dealId: first })).toMatchObject({ signedIn: null, signInExpired: false });
    closeApp(app);
  });

  it('drops a sign-in the server says expired, with a clear message; a new sign-in works again', async () => {
    const dataDir = laptopDir();
    let app = await startApp(dataDir);
    const dealId = await dealSharedWithMaria();
    await call(app, 'team.signIn', { server: server.http, email: 'maria@example.com', password: PASSWORD });
    await call(app, 'team.join', { dealId });
    closeApp(app);

    // The kept token has expired (the laptop's own note of its expiry still in the future).
    const store = await openTeamStore({ file: serverFile });
    const maria = await store.userByEmail('maria@example.com');
    const expired = await issueToken(await store.secret(), maria as NonNullable<typeof maria>, -60);
    await store.close();
    const raw = await startApp(dataDir);
    raw.sqlite.prepare('UPDATE team_sign_in SET token = ?').run(expired.token);
    closeApp(raw);

    // At start the shared deal's connection is refused: the sign-in goes, the deal says why.
    app = await startApp(dataDir);
    await waitFor(
      () => keptSignIn(app).length === 0,
      'the refused sign-in to be dropped',
      () => keptSignIn(app),
    );
    expect(await call(app, 'team.status', { dealId })).toMatchObject({
      signedIn: null,
      signInExpired: true,
      shared: { state: 'offline', refused: SIGN_IN_EXPIRED },
    });
    await expect(call(app, 'team.sharedWithMe', {})).rejects.toThrow(SIGN_IN_EXPIRED);
    closeApp(app);

    // The same over the JSON API, with no shared deal asking first.
    const other = laptopDir();
    app = await startApp(other);
    await call(app, 'team.signIn', { server: server.http, email: 'maria@example.com', password: PASSWORD });
    app.sqlite.prepare('UPDATE team_sign_in SET token = ?').run(expired.token);
    closeApp(app);
    app = await startApp(other);
    await expect(call(app, 'team.sharedWithMe', {})).rejects.toThrow(SIGN_IN_EXPIRED);
    expect(keptSignIn(app)).toEqual([]);
    await expect(call(app, 'team.sharedWithMe', {})).rejects.toThrow(SIGN_IN_EXPIRED);
    await call(app, 'team.signIn', { server: server.http, email: 'maria@example.com', password: PASSWORD });
    expect(await call(app, 'team.sharedWithMe', {})).toEqual(expect.arrayContaining([{ dealId, role: 'editor' }]));
    closeApp(app);

    // A kept sign-in past its expiry is dropped at start without asking the server.
    app = await startApp(other);
    app.sqlite.prepare('UPDATE team_sign_in SET expires_at = ?').run(new Date(Date.now() - 1000).toISOString());
    closeApp(app);
    app = await startApp(other);
    expect(await call(app, 'team.status', { dealId })).toMatchObject({ signedIn: null, signInExpired: true });
    expect(keptSignIn(app)).toEqual([]);
    closeApp(app);
  });
});

/** The server's own tables, read from its SQLite file: who is a member of what, and every invitation. */
function serverState() {
  const file = new BetterSqlite(serverFile, { readonly: true, fileMustExist: true });
  try {
    return {
      members: file.prepare('SELECT deal_id, user_id, role FROM deal_members ORDER BY deal_id, user_id').all(),
      invitations: file.prepare('SELECT * FROM invitations ORDER BY token_hash').all() as Record<string, unknown>[],
    };
  } finally {
    file.close();
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('invitations by link', () => {
  it('lets one signed-in colleague join with the link’s role, once; used, expired and forged links change nothing', async () => {
    const dealId = createDeal(ana.db, { title: 'Invited by link' }).id;
    dealIds.add(dealId);
    await team.share(ana.db, dealId);
    const invitation = (await call(ana, 'team.invitationLink', { dealId, role: 'viewer' })) as {
      link: string;
      role: string;
      expiresAt: string;
    };
    const token = invitation.link.slice(`${server.http}/invite/`.length);
    expect(invitation.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(invitation.role).toBe('viewer');
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    // Only its hash is on the server.
    const stored = serverState().invitations.find((row) => row.deal_id === dealId);
    expect(stored).toMatchObject({ token_hash: sha256(token), role: 'viewer', used_at: null });
    expect(JSON.stringify(serverState())).not.toContain(token);
    // Opened in a browser, the link says what to do with it.
    expect(await (await fetch(invitation.link)).text()).toContain('Join with a link');

    const maria = await startApp(laptopDir());
    await call(maria, 'team.signIn', { server: server.http, email: 'maria@example.com', password: PASSWORD });
    expect(await call(maria, 'team.joinByLink', { link: ` ${invitation.link} ` })).toEqual({
      dealId,
      role: 'viewer',
      title: 'Invited by link',
    });
    expect(await call(maria, 'team.status', { dealId })).toMatchObject({ shared: { readOnly: true, state: 'synced' } });
    expect(await call(ana, 'team.members', { dealId })).toEqual([
      { email: 'ana@example.com', name: 'Ana', role: 'owner' },
      { email: 'maria@example.com', name: 'Maria', role: 'viewer' },
    ]);
    // Only the owner hands out links.
    await expect(call(maria, 'team.invitationLink', { dealId, role: 'editor' })).rejects.toThrow(
      'Only the deal’s owner can invite.',
    );

    // A second link, then expired (its time passed on the server).
    const later = (await call(ana, 'team.invitationLink', { dealId, role: 'editor' })) as { link: string };
    const expiredToken = later.link.slice(`${server.http}/invite/`.length);
    const file = new BetterSqlite(serverFile);
    file
      .prepare('UPDATE invitations SET expires_at = ? WHERE token_hash = ?')
      .run(new Date(Date.now() - 1000).toISOString(), sha256(expiredToken));
    file.close();

    const otto = await startApp(laptopDir());
    await call(otto, 'team.signIn', { server: server.http, email: 'otto@example.com', password: PASSWORD });
    const before = serverState();
    const forged = `${server.http}/invite/${randomBytes(32).toString('base64url')}`;
    const refusals: [string, string][] = [
      [invitation.link, 'This invitation link has already been used.'],
      [later.link, 'This invitation link has expired: ask for a new one.'],
      [forged, 'This invitation link is not valid.'],
      [`${server.http}/invite/${token.slice(1)}`, 'This is not a Parley invitation link.'],
      [`${server.http}/deals/${token}`, 'This is not a Parley invitation link.'],
      [`http://team.example.com/invite/${token}`, 'This link is for the team server http://team.example.com'],
    ];
    for (const [link, message] of refusals) {
      await expect(call(otto, 'team.joinByLink', { link }), link).rejects.toThrow(message);
    }
    expect(serverState()).toEqual(before);
    expect(otto.sqlite.prepare('SELECT count(*) FROM deals WHERE id = ?').pluck().get(dealId)).toBe(0);
    expect(await call(otto, 'team.sharedWithMe', {})).toEqual([]);
    // The API itself checks the body: a token that is not one is refused before the store is asked.
    const ottoToken = otto.sqlite.prepare('SELECT token FROM team_sign_in').pluck().get() as string;
    const malformed = await fetch(`${server.http}/api/invitations/accept`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ottoToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: 'x', extra: true }),
    });
    expect(malformed.status).toBe(400);
    expect(serverState()).toEqual(before);
  });
});
