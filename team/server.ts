import type { IncomingMessage, ServerResponse } from 'node:http';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server } from '@hocuspocus/server';
import { z } from 'zod';
import { commentBody, commentSection } from '../core/reviewComments';
import { INVITATION_TOKEN, SIGN_IN_EXPIRED } from '../core/sharedDeal';
import { TEAM_LESSONS_DOC, TEAM_LIBRARY_DOC } from '../core/teamLibrary';
import { entityId } from '../core/text';
import { nowIso } from '../core/time';
import { dealTable } from '../db/dealTables/registry';
import { appendRow } from '../db/teamSync/doc';
import { openTeamStore, ROLES, type Role } from './store';
import { issueToken, verifyToken } from './tokens';

/** The Y.Doc of a shared deal is named after the deal. */
export const dealDocumentName = (dealId: string) => `deal:${dealId}`;
const dealOfDocument = (name: string) => (name.startsWith('deal:') ? name.slice('deal:'.length) : null);

export interface TeamServerOptions {
  /** The server's SQLite file (created 0600); not used when `databaseUrl` is given. */
  file: string;
  /** `postgres://…`: the store in Postgres instead (several machines serving one team). */
  databaseUrl?: string;
  port: number;
  address?: string;
  /** How long a token issued at sign-in lasts. */
  tokenTtlSeconds?: number;
  /** How long the server gathers edits before it stores the doc (Hocuspocus `debounce`). */
  storeDebounceMs?: number;
  /** How long an invitation link stays usable (default 7 days). */
  invitationTtlSeconds?: number;
  /** `redis://host:port`: several instances (sharing the store) keep their clients in step through it. */
  redis?: string;
}

function redisExtension(url: string): Redis {
  const { hostname, port } = new URL(url);
  return new Redis({ host: hostname, port: Number(port || 6379) });
}

const signInSchema = z.strictObject({ email: z.email(), password: z.string().min(1).max(200) });
const shareSchema = z.strictObject({ dealId: entityId('Deal id') });
const commentSchema = z.strictObject({ id: entityId('Comment id'), sectionKey: commentSection, body: commentBody });
const memberSchema = z.strictObject({ email: z.email(), role: z.enum(ROLES) });
const invitationSchema = z.strictObject({ role: z.enum(['editor', 'viewer']) });
const acceptSchema = z.strictObject({ token: z.string().regex(INVITATION_TOKEN, 'Not an invitation token.') });
/** The Redis channel a member's removal is published on (see `memberRemoved`). */
const MEMBER_REMOVED = 'parley:member-removed';
const removalSchema = z.strictObject({ dealId: entityId('Deal id'), userId: z.string().min(1).max(100) });
const REFUSED_INVITATION = {
  unknown: [404, 'This invitation link is not valid.'],
  used: [410, 'This invitation link has already been used.'],
  expired: [410, 'This invitation link has expired: ask for a new one.'],
} as const;

const INVITATION_PAGE =
  'This is an invitation to a deal shared through a Parley team server.\n\n' +
  'In Parley, open "Shared with me…" on the deals list, sign in to this server, and paste this whole address ' +
  'into "Join with a link". The link works once and expires after a few days.\n';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > 64 * 1024) throw new HttpError(413, 'The request is too large.');
  }
  try {
    return JSON.parse(body || '{}');
  } catch {
    throw new HttpError(400, 'The request is not JSON.');
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, z.prettifyError(result.error));
  return result.data;
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

/**
 * The team server: Hocuspocus (y-protocols sync of one Y.Doc per shared deal) with its docs
 * kept in the embedded SQLite store, plus a small JSON API on the same port:
 *   POST /api/token                      { email, password } → { token, expiresAt }
 *   POST /api/deals                      { dealId }          → the caller owns the newly shared deal
 *   PUT  /api/deals/:dealId/members      { email, role }     → owner only
 *   POST /api/deals/:dealId/comments     { id, sectionKey, body } → any member, viewers too: the
 *        server writes the review comment into the deal's doc itself, and it reaches every
 *        laptop by the normal sync (a viewer's own connection cannot write to the doc)
 *   POST /api/deals/:dealId/invitations  { role }            → owner only: { token, expiresAt } for a link
 *   POST /api/invitations/accept         { token }           → the caller joins with the link's role, once
 *   GET  /invite/:token                  a short page saying how to use the link in Parley
 * Every WebSocket connection is checked in onAuthenticate: a valid, unexpired token of a
 * member of the deal; viewers' connections are read-only (Hocuspocus drops their updates).
 * The team-wide docs (core/teamLibrary.ts): `team:library` is read by every user and written
 * by library editors (readers' connections are read-only); `team:lessons`, the debrief
 * lessons people chose to share, is written by every user.
 */
export async function createTeamServer(options: TeamServerOptions) {
  const store = await openTeamStore(options);
  const secret = await store.secret();
  const ttl = options.tokenTtlSeconds ?? 12 * 3600;
  const invitationTtl = options.invitationTtlSeconds ?? 7 * 24 * 3600;

  const userOf = async (request: IncomingMessage): Promise<string> => {
    const header = request.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) throw new HttpError(401, 'Sign in first.');
    try {
      return await verifyToken(secret, header.slice('Bearer '.length));
    } catch {
      throw new HttpError(401, 'The sign-in has expired or is not valid.');
    }
  };

  const routes = async (request: IncomingMessage, path: string): Promise<[number, unknown]> => {
    if (request.method === 'POST' && path === '/api/token') {
      const { email, password } = parse(signInSchema, await readJson(request));
      const user = await store.checkPassword(email, password);
      if (!user) throw new HttpError(401, 'Wrong e-mail address or password.');
      return [200, { ...(await issueToken(secret, user, ttl)), user }];
    }
    if (request.method === 'POST' && path === '/api/deals') {
      const userId = await userOf(request);
      const { dealId } = parse(shareSchema, await readJson(request));
      if (!(await store.addDeal(dealId, userId))) throw new HttpError(409, 'This deal is already shared.');
      return [201, { dealId, role: 'owner' satisfies Role }];
    }
    if (request.method === 'GET' && path === '/api/deals') {
      return [200, { deals: await store.dealsOf(await userOf(request)) }];
    }
    const members = /^\/api\/deals\/([^/]+)\/members$/.exec(path);
    if (request.method === 'GET' && members) {
      const userId = await userOf(request);
      const dealId = parse(entityId('Deal id'), decodeURIComponent(members[1] as string));
      if (!(await store.role(dealId, userId))) throw new HttpError(403, 'Not a member of this deal.');
      return [200, { members: (await store.members(dealId)).map(({ email, name, role }) => ({ email, name, role })) }];
    }
    const member = /^\/api\/deals\/([^/]+)\/members\/([^/]+)$/.exec(path);
    if (request.method === 'DELETE' && member) {
      const userId = await userOf(request);
      const dealId = parse(entityId('Deal id'), decodeURIComponent(member[1] as string));
      const email = parse(z.email(), decodeURIComponent(member[2] as string));
      const leaving = await store.userByEmail(email);
      // Owners remove anyone; anyone may leave.
      if ((await store.role(dealId, userId)) !== 'owner' && leaving?.id !== userId)
        throw new HttpError(403, 'Only the deal’s owner can remove members.');
      if (!leaving || !(await store.removeMember(dealId, leaving.id)))
        throw new HttpError(404, 'Not a member of this deal.');
      await memberRemoved(dealId, leaving.id);
      return [200, { dealId, email }];
    }
    const comments = /^\/api\/deals\/([^/]+)\/comments$/.exec(path);
    if (request.method === 'POST' && comments) {
      const userId = await userOf(request);
      const dealId = parse(entityId('Deal id'), decodeURIComponent(comments[1] as string));
      if (!(await store.role(dealId, userId))) throw new HttpError(403, 'Not a member of this deal.');
      const comment = parse(commentSchema, await readJson(request));
      const author = await store.userById(userId);
      if (!author) throw new HttpError(401, 'The sign-in names no team member.');
      await writeComment(dealId, { ...comment, authorName: author.name, authorEmail: author.email });
      return [201, { id: comment.id }];
    }
    const invitations = /^\/api\/deals\/([^/]+)\/invitations$/.exec(path);
    if (request.method === 'POST' && invitations) {
      const userId = await userOf(request);
      const dealId = parse(entityId('Deal id'), decodeURIComponent(invitations[1] as string));
      if ((await store.role(dealId, userId)) !== 'owner') throw new HttpError(403, 'Only the deal’s owner can invite.');
      const { role } = parse(invitationSchema, await readJson(request));
      return [201, { ...(await store.addInvitation(dealId, role, userId, invitationTtl)), role }];
    }
    if (request.method === 'POST' && path === '/api/invitations/accept') {
      const userId = await userOf(request);
      const { token } = parse(acceptSchema, await readJson(request));
      const answer = await store.acceptInvitation(token, userId);
      if ('refused' in answer) {
        const [status, message] = REFUSED_INVITATION[answer.refused];
        throw new HttpError(status, message);
      }
      return [200, answer];
    }
    if (request.method === 'PUT' && members) {
      const userId = await userOf(request);
      const dealId = parse(entityId('Deal id'), decodeURIComponent(members[1] as string));
      if ((await store.role(dealId, userId)) !== 'owner')
        throw new HttpError(403, 'Only the deal’s owner can add members.');
      const { email, role } = parse(memberSchema, await readJson(request));
      const member = await store.userByEmail(email);
      if (!member) throw new HttpError(404, 'No team member has this e-mail address.');
      await store.setRole(dealId, member.id, role);
      return [200, { dealId, email, role }];
    }
    throw new HttpError(404, 'Not found.');
  };

  /** A review comment into the deal's doc, as a row of `reviewComments` (stored at once, sent to every client). */
  const writeComment = async (
    dealId: string,
    comment: z.infer<typeof commentSchema> & { authorName: string; authorEmail: string },
  ) => {
    const entry = dealTable('reviewComments');
    const connection = await server.hocuspocus.openDirectConnection(dealDocumentName(dealId), { server: true });
    try {
      await connection.transact((doc) => {
        if (doc.getMap(entry.name).has(comment.id)) throw new HttpError(409, 'This comment is already there.');
        const now = nowIso();
        doc.transact(() => {
          appendRow(doc, entry, {
            ...comment,
            createdAt: now,
            updatedAt: now,
            deletedAt: null,
            resolvedAt: null,
            resolvedBy: null,
          });
        });
      });
    } finally {
      await connection.disconnect();
    }
  };

  const redis = options.redis ? redisExtension(options.redis) : null;
  /**
   * Behind Redis the member may be connected to another instance: the removal is published on
   * MEMBER_REMOVED and every instance (this one too) closes that member's connections to the deal.
   * A connection of its own: a subscribed Redis connection can do nothing else.
   */
  const removals = redis?.pub.duplicate() ?? null;
  removals?.on('message', (channel: string, message: string) => {
    if (channel !== MEMBER_REMOVED) return;
    let removal: z.ZodSafeParseResult<z.infer<typeof removalSchema>>;
    try {
      removal = removalSchema.safeParse(JSON.parse(message));
    } catch {
      return;
    }
    if (removal.success) closeConnectionsOf(removal.data.dealId, removal.data.userId);
  });
  const memberRemoved = async (dealId: string, userId: string) => {
    closeConnectionsOf(dealId, userId);
    await redis?.pub.publish(MEMBER_REMOVED, JSON.stringify({ dealId, userId }));
  };

  /** A removed member's open connections to the deal are closed at once: no more updates reach them. */
  const closeConnectionsOf = (dealId: string, userId: string) => {
    const document = server.hocuspocus.documents.get(dealDocumentName(dealId));
    for (const connection of document?.getConnections() ?? []) {
      if ((connection.context as { userId?: string }).userId === userId) connection.close();
    }
  };

  const server = new Server({
    port: options.port,
    address: options.address ?? '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    debounce: options.storeDebounceMs ?? 1000,
    maxDebounce: 5000,
    // Kept: a conflict is found on the clients from the overwritten value.
    yDocOptions: { gc: false, gcFilter: () => true },
    extensions: [
      new Database({
        fetch: async ({ documentName }) => store.loadDocument(documentName),
        store: async ({ documentName, state }) => store.storeDocument(documentName, state),
      }),
      ...(redis ? [redis] : []),
    ],
    async onAuthenticate({ token, documentName, connectionConfig }) {
      if (documentName === TEAM_LIBRARY_DOC || documentName === TEAM_LESSONS_DOC) {
        const userId = await verifyToken(secret, token);
        const libraryRole = await store.libraryRole(userId);
        if (!libraryRole) throw new Error('Not a member of this team.');
        // Hocuspocus drops every update a read-only connection sends.
        connectionConfig.readOnly = documentName === TEAM_LIBRARY_DOC && libraryRole !== 'editor';
        return { userId, libraryRole };
      }
      const dealId = dealOfDocument(documentName);
      if (!dealId) throw new Error('Unknown document.');
      // Refused with a reason the app knows: it drops the kept sign-in and asks for a new one.
      const userId = await verifyToken(secret, token).catch(() => {
        throw Object.assign(new Error(SIGN_IN_EXPIRED), { reason: SIGN_IN_EXPIRED });
      });
      const role = await store.role(dealId, userId);
      if (!role) throw new Error('Not a member of this deal.');
      connectionConfig.readOnly = role === 'viewer';
      return { userId, role };
    },
    async onRequest({ request, response }) {
      const path = new URL(request.url ?? '/', 'http://team').pathname;
      if (path.startsWith('/invite/')) {
        // Opened in a browser: says how to use it, whether or not the link is still good.
        response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(INVITATION_PAGE);
        throw null;
      }
      if (!path.startsWith('/api/')) return;
      try {
        const [status, body] = await routes(request, path);
        reply(response, status, body);
      } catch (error) {
        if (error instanceof HttpError) reply(response, error.status, { error: error.message });
        else reply(response, 500, { error: 'The team server failed; see its log.' });
      }
      // Hocuspocus stops at a hook rejected with nothing: the answer is already sent.
      throw null;
    },
  });

  return {
    server,
    store,
    async listen(): Promise<number> {
      await removals?.subscribe(MEMBER_REMOVED);
      await server.listen();
      return server.address.port;
    },
    async stop(): Promise<void> {
      removals?.disconnect();
      await server.destroy();
      await store.close();
    },
  };
}
