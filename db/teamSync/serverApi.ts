import { z } from 'zod';
import { INVITATION_TOKEN, MEMBER_ROLES as ROLES, type MemberRole as Role } from '../../core/sharedDeal';

/** The team server's JSON API as the app calls it (the server: team/server.ts); answers are checked with zod. */
const tokenSchema = z.object({
  token: z.string(),
  expiresAt: z.iso.datetime(),
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
});
const errorSchema = z.object({ error: z.string() });

export class TeamApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A kept-alive socket the server closed while this process was busy (a long synchronous
 * SQLite write keeps the timers that retire idle sockets from running) fails before any
 * answer: sent again once on a fresh socket. Every call is safe to repeat (sign-in, PUT, and
 * a repeated share answers "already shared").
 */
const closedUnderUs = (error: unknown) =>
  error instanceof TypeError &&
  ['UND_ERR_SOCKET', 'ECONNRESET'].includes(String((error.cause as { code?: unknown } | undefined)?.code));

async function send(url: string, init: RequestInit): Promise<Response> {
  const request = { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } };
  try {
    return await fetch(url, request);
  } catch (error) {
    if (!closedUnderUs(error)) throw error;
    return fetch(url, request);
  }
}

async function call<T>(url: string, init: RequestInit, schema: z.ZodType<T>): Promise<T> {
  const response = await send(url, init);
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    const parsed = errorSchema.safeParse(body);
    throw new TeamApiError(response.status, parsed.success ? parsed.data.error : `HTTP ${response.status}`);
  }
  return schema.parse(body);
}

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** `server`: the team server's http(s) address. */
export const teamApi = (server: string) => ({
  signIn: (email: string, password: string) =>
    call(`${server}/api/token`, { method: 'POST', body: JSON.stringify({ email, password }) }, tokenSchema),
  share: (token: string, dealId: string) =>
    call(
      `${server}/api/deals`,
      { method: 'POST', headers: auth(token), body: JSON.stringify({ dealId }) },
      z.object({ dealId: z.string(), role: z.enum(ROLES) }),
    ),
  addMember: (token: string, dealId: string, email: string, role: Role) =>
    call(
      `${server}/api/deals/${encodeURIComponent(dealId)}/members`,
      { method: 'PUT', headers: auth(token), body: JSON.stringify({ email, role }) },
      z.object({ dealId: z.string(), email: z.string(), role: z.enum(ROLES) }),
    ),
  /** The deals shared with the signed-in user. */
  deals: (token: string) =>
    call(
      `${server}/api/deals`,
      { method: 'GET', headers: auth(token) },
      z.object({ deals: z.array(z.object({ dealId: z.string(), role: z.enum(ROLES) })) }),
    ),
  members: (token: string, dealId: string) =>
    call(
      `${server}/api/deals/${encodeURIComponent(dealId)}/members`,
      { method: 'GET', headers: auth(token) },
      z.object({ members: z.array(z.object({ email: z.string(), name: z.string(), role: z.enum(ROLES) })) }),
    ),
  /** A review comment, by any member (viewers too): the server writes it into the deal's doc. */
  comment: (token: string, dealId: string, comment: { id: string; sectionKey: string; body: string }) =>
    call(
      `${server}/api/deals/${encodeURIComponent(dealId)}/comments`,
      { method: 'POST', headers: auth(token), body: JSON.stringify(comment) },
      z.object({ id: z.string() }),
    ),
  /** A single-use invitation to the deal with `role` (owner only): its token goes into a link. */
  createInvitation: (token: string, dealId: string, role: Exclude<Role, 'owner'>) =>
    call(
      `${server}/api/deals/${encodeURIComponent(dealId)}/invitations`,
      { method: 'POST', headers: auth(token), body: JSON.stringify({ role }) },
      z.object({ token: z.string().regex(INVITATION_TOKEN), expiresAt: z.iso.datetime(), role: z.enum(ROLES) }),
    ),
  /** Joins the deal an invitation is for, with its role; refused when used, expired or unknown. */
  acceptInvitation: (token: string, invitation: string) =>
    call(
      `${server}/api/invitations/accept`,
      { method: 'POST', headers: auth(token), body: JSON.stringify({ token: invitation }) },
      z.object({ dealId: z.string(), role: z.enum(ROLES) }),
    ),
  /** Removes a member (owner), or the caller themself (leaving). */
  removeMember: (token: string, dealId: string, email: string) =>
    call(
      `${server}/api/deals/${encodeURIComponent(dealId)}/members/${encodeURIComponent(email)}`,
      { method: 'DELETE', headers: auth(token) },
      z.object({ dealId: z.string(), email: z.string() }),
    ),
});
