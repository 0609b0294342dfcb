import { eq } from 'drizzle-orm';
import { UserError } from '../../core/errors';
import { INVITATION_TOKEN, type MemberRole as Role, SIGN_IN_EXPIRED, type TeamStatus } from '../../core/sharedDeal';
import { TEAM_LIBRARY_DOC, type TeamLibraryStatus } from '../../core/teamLibrary';
import type { ParleyDb } from '../database';
import { addComment, resolveComment } from '../repositories/reviewComments';
import { deals, reviewComments, teamSignIn, teamSyncConflicts, teamSyncDeals, teamSyncUpdates } from '../schema';
import {
  closeSharedDeal,
  closeSharedDeals,
  joinDeal,
  openSharedDeals,
  type SharedDeal,
  shareDeal,
  sharedDeal,
} from './bridge';
import { listConflicts } from './conflicts';
import { TeamApiError, teamApi } from './serverApi';
import { disconnectTeamDocs, followTeamDocs, openTeamDocs, teamDoc } from './teamLibrary';

/**
 * The app's side of the team server, in the process that owns the database (Electron's main
 * process, the browser-mode server): who is signed in, and the shared deals' connections.
 * The sign-in is kept in the database (`team_sign_in`, one row; the file is 0600), so after a
 * restart shared deals go online again without a new sign-in; it is dropped on sign-out and
 * when the server says the token expired (then: "Your team sign-in has expired — sign in again").
 */
interface Session {
  /** The server's http(s) address, as the user typed it. */
  http: string;
  /** Its WebSocket address (ws:// for http://, wss:// for https://). */
  ws: string;
  token: string;
  user: { email: string; name: string };
}

/** The sign-in of each database in this process; null: signed out (undefined: not read yet). */
const sessions = new WeakMap<ParleyDb, Session | null>();
/** Databases whose sign-in expired since it was last given: they are told so. */
const expired = new WeakSet<ParleyDb>();
const SIGN_IN_ROW = 1;

const wsOf = (http: string) => http.replace(/^http/, 'ws');
const errorOf = (error: unknown): never => {
  if (error instanceof TeamApiError) {
    const code = error.status === 401 ? 'invalid_input' : error.status === 409 ? 'conflict' : 'unavailable';
    throw new UserError(code === 'invalid_input' ? 'invalid_input' : code, error.message);
  }
  if (error instanceof TypeError) throw new UserError('unavailable', 'The team server cannot be reached.');
  throw error;
};

/** The sign-in, read from the database once per process; one past its expiry is dropped. */
function currentSession(db: ParleyDb): Session | null {
  const known = sessions.get(db);
  if (known !== undefined) return known;
  const row = db.select().from(teamSignIn).where(eq(teamSignIn.id, SIGN_IN_ROW)).get();
  if (row && Date.parse(row.expiresAt) <= Date.now()) {
    expire(db, row.token);
    return null;
  }
  const session = row
    ? { http: row.server, ws: wsOf(row.server), token: row.token, user: { email: row.email, name: row.name } }
    : null;
  sessions.set(db, session);
  return session;
}

function forget(db: ParleyDb): void {
  db.delete(teamSignIn).where(eq(teamSignIn.id, SIGN_IN_ROW)).run();
  sessions.set(db, null);
}

/** The server no longer takes `token`: the sign-in goes (unless a newer one replaced it meanwhile). */
function expire(db: ParleyDb, token: string): void {
  const stored = db.select({ token: teamSignIn.token }).from(teamSignIn).where(eq(teamSignIn.id, SIGN_IN_ROW)).get();
  if (stored && stored.token !== token) return;
  forget(db);
  expired.add(db);
}

function sessionOf(db: ParleyDb): Session {
  const session = currentSession(db);
  if (!session)
    throw new UserError('unavailable', expired.has(db) ? SIGN_IN_EXPIRED : 'Sign in to the team server first.');
  return session;
}

/** A call to the team server as the signed-in user; a 401 means the token expired: the sign-in goes. */
async function asSignedIn<T>(
  db: ParleyDb,
  call: (api: ReturnType<typeof teamApi>, session: Session) => Promise<T>,
): Promise<T> {
  const session = sessionOf(db);
  try {
    return await call(teamApi(session.http), session);
  } catch (error) {
    if (error instanceof TeamApiError && error.status === 401) {
      expire(db, session.token);
      throw new UserError('unavailable', SIGN_IN_EXPIRED);
    }
    return errorOf(error);
  }
}

/** At start: every shared deal rebuilt from its log; online again when the kept sign-in is still good. */
export const openTeamDeals = (db: ParleyDb): void => {
  const deals = openSharedDeals(db);
  const session = currentSession(db);
  if (session) for (const deal of deals) if (deal.settings.serverUrl === session.ws) void goOnline(db, deal, session);
  openTeamDocs(db);
  if (session) followTeamDocs(db, { serverUrl: session.ws, userName: session.user.name }, session.token);
};

/** At quit, before the database closes: every shared deal and team doc offline (nothing arrives after). */
export const closeTeamDeals = (db: ParleyDb): void => {
  closeSharedDeals(db);
  disconnectTeamDocs(db);
};

/** Connects a shared deal in the background; a refusal is kept on the deal and shown as its state. */
function goOnline(db: ParleyDb, deal: SharedDeal, session: Session): Promise<void> {
  return deal.connect(session.token).catch(() => {
    if (deal.refused === SIGN_IN_EXPIRED) expire(db, session.token);
  });
}

export async function signIn(db: ParleyDb, server: string, email: string, password: string) {
  const http = server.replace(/\/+$/, '');
  const signed = await teamApi(http)
    .signIn(email, password)
    .catch((error: unknown) => errorOf(error));
  const session: Session = { http, ws: wsOf(http), token: signed.token, user: signed.user };
  const row = { server: http, email: signed.user.email, name: signed.user.name, token: signed.token };
  const kept = { ...row, expiresAt: signed.expiresAt, signedInAt: new Date().toISOString() };
  db.insert(teamSignIn)
    .values({ id: SIGN_IN_ROW, ...kept })
    .onConflictDoUpdate({ target: teamSignIn.id, set: kept })
    .run();
  sessions.set(db, session);
  expired.delete(db);
  for (const deal of openSharedDeals(db)) if (deal.settings.serverUrl === session.ws) void goOnline(db, deal, session);
  followTeamDocs(db, { serverUrl: session.ws, userName: session.user.name }, session.token);
  return { server: http, email: signed.user.email, name: signed.user.name };
}

export function signOut(db: ParleyDb): void {
  forget(db);
  expired.delete(db);
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
  sessionOf(db);
  if (sharedDeal(db, dealId)) throw new UserError('conflict', 'This deal is already shared.');
  if (!db.select({ id: deals.id }).from(deals).where(eq(deals.id, dealId)).get())
    throw new UserError('not_found', 'The deal was not found.');
  const session = await asSignedIn(db, async (api, session) => {
    await api.share(session.token, dealId);
    return session;
  });
  const deal = shareDeal(db, dealId, { serverUrl: session.ws, userName: session.user.name });
  await connectAs(db, deal, session);
}

export async function invite(db: ParleyDb, dealId: string, email: string, role: Exclude<Role, 'owner'>) {
  await asSignedIn(db, (api, session) => api.addMember(session.token, dealId, email, role));
  return members(db, dealId);
}

export async function members(db: ParleyDb, dealId: string) {
  return (await asSignedIn(db, (api, session) => api.members(session.token, dealId))).members;
}

export async function removeMember(db: ParleyDb, dealId: string, email: string) {
  await asSignedIn(db, (api, session) => api.removeMember(session.token, dealId, email));
  return members(db, dealId);
}

/** "Copy invitation link": a link that lets one signed-in colleague join the deal with `role`, once. */
export async function invitationLink(db: ParleyDb, dealId: string, role: Exclude<Role, 'owner'>) {
  const invitation = await asSignedIn(db, (api, session) => api.createInvitation(session.token, dealId, role));
  return { link: `${sessionOf(db).http}/invite/${invitation.token}`, role, expiresAt: invitation.expiresAt };
}

/** An address without a trailing slash, as URL writes it (host in lower case, default port dropped). */
const normalized = (address: string) => new URL(address).href.replace(/\/+$/, '');

/** "Join with a link": the server named in the link must be the one signed in to. */
export async function joinByLink(db: ParleyDb, link: string) {
  const found = /^(.*)\/invite\/([^/?#]+)$/.exec(link.trim());
  if (!found || !INVITATION_TOKEN.test(found[2] as string) || !URL.canParse(found[1] as string))
    throw new UserError('invalid_input', 'This is not a Parley invitation link.');
  const server = normalized(found[1] as string);
  if (normalized(sessionOf(db).http) !== server)
    throw new UserError(
      'invalid_input',
      `This link is for the team server ${server}; you are signed in to ${sessionOf(db).http}. Sign in to ${server} first.`,
    );
  const { dealId, role } = await asSignedIn(db, (api, session) =>
    api.acceptInvitation(session.token, found[2] as string),
  );
  if (!sharedDeal(db, dealId)) await join(db, dealId);
  const title = db.select({ title: deals.title }).from(deals).where(eq(deals.id, dealId)).get()?.title ?? '';
  return { dealId, role, title };
}

/** Deals colleagues shared with the signed-in user that this laptop does not have yet. */
export async function sharedWithMe(db: ParleyDb) {
  const answer = await asSignedIn(db, (api, session) => api.deals(session.token));
  return answer.deals.filter((deal) => !sharedDeal(db, deal.dealId));
}

/** Connects a deal now; a refused, expired token drops the sign-in and says so. */
async function connectAs(db: ParleyDb, deal: SharedDeal, session: Session): Promise<void> {
  try {
    await deal.connect(session.token);
  } catch (error) {
    if (deal.refused !== SIGN_IN_EXPIRED) throw error;
    expire(db, session.token);
    throw new UserError('unavailable', SIGN_IN_EXPIRED);
  }
}

/** Opens a deal a colleague shared: it is on this laptop (its SQLite file) once this returns. */
export async function join(db: ParleyDb, dealId: string): Promise<void> {
  const session = sessionOf(db);
  const deal = joinDeal(db, dealId, { serverUrl: session.ws, userName: session.user.name });
  try {
    await connectAs(db, deal, session);
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
  if (currentSession(db) && sharedDeal(db, dealId) && !sharedDeal(db, dealId)?.refused) {
    await asSignedIn(db, (api, session) =>
      api.removeMember(session.token, dealId, session.user.email).catch((error: unknown) => {
        // Already not a member (removed by the owner): leaving locally is all that is left.
        if (error instanceof TeamApiError && error.status === 404) return;
        throw error;
      }),
    );
  }
  closeSharedDeal(db, dealId);
  db.transaction((tx) => {
    tx.delete(teamSyncConflicts).where(eq(teamSyncConflicts.dealId, dealId)).run();
    tx.delete(teamSyncUpdates).where(eq(teamSyncUpdates.dealId, dealId)).run();
    tx.delete(teamSyncDeals).where(eq(teamSyncDeals.dealId, dealId)).run();
  });
}

/** How long a viewer's comment may take to come back through the sync before the app says so. */
const COMMENT_ROUND_TRIP_MS = 15_000;

/**
 * A review comment on a shared deal. The owner and editors write it through the one write
 * path (offline too; it syncs like any edit). A viewer cannot write to the deal, so the team
 * server writes it into the deal's doc; this answers once it is in this laptop's SQLite.
 */
export async function comment(db: ParleyDb, dealId: string, sectionKey: string, body: string): Promise<void> {
  const deal = sharedDeal(db, dealId);
  if (!deal) throw new UserError('conflict', 'Comments are for shared deals: share the deal first.');
  const id = crypto.randomUUID();
  if (!deal.readOnly) {
    const session = sessions.get(db);
    addComment(db, dealId, {
      id,
      sectionKey,
      body,
      authorName: session?.user.name ?? deal.settings.userName,
      authorEmail: session?.user.email ?? '',
    });
    return;
  }
  const session = sessionOf(db);
  await teamApi(session.http)
    .comment(session.token, dealId, { id, sectionKey, body })
    .catch((error: unknown) => errorOf(error));
  const until = Date.now() + COMMENT_ROUND_TRIP_MS;
  const arrived = () =>
    db.select({ id: reviewComments.id }).from(reviewComments).where(eq(reviewComments.id, id)).get();
  while (!arrived()) {
    if (Date.now() > until)
      throw new UserError('unavailable', 'The team server has the comment; it appears here once the deal syncs.');
    await new Promise((done) => setTimeout(done, 25));
  }
}

/** Resolves a comment (owner and editors): through the one write path, which refuses a read-only copy. */
export function resolve(db: ParleyDb, dealId: string, id: string): void {
  const deal = sharedDeal(db, dealId);
  if (!deal) throw new UserError('conflict', 'Comments are for shared deals: share the deal first.');
  resolveComment(db, dealId, id, sessions.get(db)?.user.name ?? deal.settings.userName);
}

export function status(db: ParleyDb, dealId: string): TeamStatus {
  const deal = sharedDeal(db, dealId);
  let session = currentSession(db);
  // Refused on a reconnect (the server restarted, the network came back) with the kept token.
  if (session && deal?.refused === SIGN_IN_EXPIRED) {
    expire(db, session.token);
    session = currentSession(db);
  }
  const signedIn = session ? { server: session.http, email: session.user.email, name: session.user.name } : null;
  const signInExpired = !session && expired.has(db);
  if (!deal) return { signedIn, signInExpired, shared: null };
  const pending = deal.pendingChanges();
  return {
    signedIn,
    signInExpired,
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
