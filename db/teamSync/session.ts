import { eq } from 'drizzle-orm';
import { UserError } from '../../core/errors';
import type { MemberRole as Role, TeamStatus } from '../../core/sharedDeal';
import { TEAM_LIBRARY_DOC, type TeamLibraryStatus } from '../../core/teamLibrary';
import type { ParleyDb } from '../database';
import { deals, teamSyncConflicts, teamSyncDeals, teamSyncUpdates } from '../schema';
import { closeSharedDeal, joinDeal, openSharedDeals, type SharedDeal, shareDeal, sharedDeal } from './bridge';
import { listConflicts } from './conflicts';
import { TeamApiError, teamApi } from './serverApi';
import { disconnectTeamDocs, followTeamDocs, openTeamDocs, teamDoc } from './teamLibrary';

/**
 * The app's side of the team server, in the process that owns the database (Electron's main
 * process, the browser-mode server): who is signed in, and the shared deals' connections.
 * The sign-in is kept in memory only: after a restart shared deals work offline, their
 * changes pile up in the log, until the user signs in again.
 */
interface Session {
  /** The server's http(s) address, as the user typed it. */
  http: string;
  /** Its WebSocket address (ws:// for http://, wss:// for https://). */
  ws: string;
  token: string;
  user: { email: string; name: string };
}

const sessions = new WeakMap<ParleyDb, Session>();

const wsOf = (http: string) => http.replace(/^http/, 'ws');
const errorOf = (error: unknown): never => {
  if (error instanceof TeamApiError) {
    const code = error.status === 401 ? 'invalid_input' : error.status === 409 ? 'conflict' : 'unavailable';
    throw new UserError(code === 'invalid_input' ? 'invalid_input' : code, error.message);
  }
  if (error instanceof TypeError) throw new UserError('unavailable', 'The team server cannot be reached.');
  throw error;
};

function sessionOf(db: ParleyDb): Session {
  const session = sessions.get(db);
  if (!session) throw new UserError('unavailable', 'Sign in to the team server first.');
  return session;
}

/** At start: every shared deal rebuilt from its log, offline until the user signs in. */
export const openTeamDeals = (db: ParleyDb): void => {
  openSharedDeals(db);
  openTeamDocs(db);
};

/** Connects a shared deal in the background; a refusal is kept on the deal and shown as its state. */
function goOnline(deal: SharedDeal, session: Session): Promise<void> {
  return deal.connect(session.token).catch(() => undefined);
}

export async function signIn(db: ParleyDb, server: string, email: string, password: string) {
  const http = server.replace(/\/+$/, '');
  const signed = await teamApi(http)
    .signIn(email, password)
    .catch((error: unknown) => errorOf(error));
  const session: Session = { http, ws: wsOf(http), token: signed.token, user: signed.user };
  sessions.set(db, session);
  for (const deal of openSharedDeals(db)) if (deal.settings.serverUrl === session.ws) void goOnline(deal, session);
  followTeamDocs(db, { serverUrl: session.ws, userName: session.user.name }, session.token);
  return { server: http, email: signed.user.email, name: signed.user.name };
}

export function signOut(db: ParleyDb): void {
  sessions.delete(db);
  for (const deal of openSharedDeals(db)) deal.disconnect();
  disconnectTeamDocs(db);
}

/** Whether this user may change the team library, as the server said at the sign-in. */
export function libraryStatus(db: ParleyDb): TeamLibraryStatus {
  const library = teamDoc(db, TEAM_LIBRARY_DOC);
  return {
    signedIn: sessions.has(db),
    canEdit: library && sessions.has(db) ? !library.readOnly : null,
    online: Boolean(library?.online),
    pending: Boolean(library && !library.settled),
  };
}

/** "Share deal…": registers the deal on the server with this user as owner, seeds its doc from this laptop once. */
export async function share(db: ParleyDb, dealId: string): Promise<void> {
  const session = sessionOf(db);
  if (sharedDeal(db, dealId)) throw new UserError('conflict', 'This deal is already shared.');
  if (!db.select({ id: deals.id }).from(deals).where(eq(deals.id, dealId)).get())
    throw new UserError('not_found', 'The deal was not found.');
  await teamApi(session.http)
    .share(session.token, dealId)
    .catch((error: unknown) => errorOf(error));
  const deal = shareDeal(db, dealId, { serverUrl: session.ws, userName: session.user.name });
  await deal.connect(session.token);
}

export async function invite(db: ParleyDb, dealId: string, email: string, role: Exclude<Role, 'owner'>) {
  const session = sessionOf(db);
  await teamApi(session.http)
    .addMember(session.token, dealId, email, role)
    .catch((error: unknown) => errorOf(error));
  return members(db, dealId);
}

export async function members(db: ParleyDb, dealId: string) {
  const session = sessionOf(db);
  const answer = await teamApi(session.http)
    .members(session.token, dealId)
    .catch((error: unknown) => errorOf(error));
  return answer.members;
}

export async function removeMember(db: ParleyDb, dealId: string, email: string) {
  const session = sessionOf(db);
  await teamApi(session.http)
    .removeMember(session.token, dealId, email)
    .catch((error: unknown) => errorOf(error));
  return members(db, dealId);
}

/** Deals colleagues shared with the signed-in user that this laptop does not have yet. */
export async function sharedWithMe(db: ParleyDb) {
  const session = sessionOf(db);
  const answer = await teamApi(session.http)
    .deals(session.token)
    .catch((error: unknown) => errorOf(error));
  return answer.deals.filter((deal) => !sharedDeal(db, deal.dealId));
}

/** Opens a deal a colleague shared: it is on this laptop (its SQLite file) once this returns. */
export async function join(db: ParleyDb, dealId: string): Promise<void> {
  const session = sessionOf(db);
  const deal = joinDeal(db, dealId, { serverUrl: session.ws, userName: session.user.name });
  try {
    await deal.connect(session.token);
  } catch (error) {
    closeSharedDeal(db, dealId);
    throw error;
  }
}

/**
 * Stops sharing on this laptop (unshare, leave, or after being removed): the deal and its rows
 * stay as a local deal; its connection, log and conflicts go. When signed in, the user also
 * leaves the deal on the server.
 */
export async function stopSharing(db: ParleyDb, dealId: string): Promise<void> {
  const session = sessions.get(db);
  if (session && sharedDeal(db, dealId) && !sharedDeal(db, dealId)?.refused) {
    await teamApi(session.http)
      .removeMember(session.token, dealId, session.user.email)
      .catch((error: unknown) => {
        // Already not a member (removed by the owner): leaving locally is all that is left.
        if (error instanceof TeamApiError && error.status === 404) return;
        errorOf(error);
      });
  }
  closeSharedDeal(db, dealId);
  db.transaction((tx) => {
    tx.delete(teamSyncConflicts).where(eq(teamSyncConflicts.dealId, dealId)).run();
    tx.delete(teamSyncUpdates).where(eq(teamSyncUpdates.dealId, dealId)).run();
    tx.delete(teamSyncDeals).where(eq(teamSyncDeals.dealId, dealId)).run();
  });
}

export function status(db: ParleyDb, dealId: string): TeamStatus {
  const session = sessions.get(db);
  const deal = sharedDeal(db, dealId);
  const signedIn = session ? { server: session.http, email: session.user.email, name: session.user.name } : null;
  if (!deal) return { signedIn, shared: null };
  const pending = deal.pendingChanges();
  return {
    signedIn,
    shared: {
      server: deal.settings.serverUrl.replace(/^ws/, 'http'),
      readOnly: deal.readOnly,
      pending,
      revision: deal.revision(),
      state: !deal.online ? 'offline' : pending > 0 ? 'pending' : 'synced',
      refused: deal.refused,
      online: deal.online ? deal.colleaguesOnline() : [],
      conflicts: listConflicts(db, dealId),
    },
  };
}
