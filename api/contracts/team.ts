import { z } from 'zod';
import type { TeamMember, TeamStatus } from '../../core/sharedDeal';
import { LIBRARY_KINDS, type TeamLibraryStatus } from '../../core/teamLibrary';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

const dealRef = z.strictObject({ dealId: entityId('Deal id') });
const libraryEntry = z.strictObject({
  kind: z.enum(LIBRARY_KINDS, { error: `Kind must be one of: ${LIBRARY_KINDS.join(', ')}` }),
  id: entityId('Entry id'),
});
const email = z.email({ error: 'Enter an e-mail address' }).max(320);
/** The team server's address: http(s) only (the app talks to it over HTTP and WebSocket). */
const serverAddress = z
  .url({ protocol: /^https?$/, error: 'Enter the team server’s address, e.g. https://team.example.com' })
  .max(500);

/**
 * Team workspace (#20): sharing a deal through a team server. The sync client runs in the
 * process that owns the database (Electron's main process, the browser-mode server), never
 * in the renderer; these procedures are how the renderer drives it.
 */
export const teamContract = {
  /** Sign-in, and the deal's sync state from Parley's own log, who is online, its open conflicts. */
  'team.status': query(dealRef)<TeamStatus>(),
  'team.signIn': mutation(
    z.strictObject({ server: serverAddress, email, password: z.string().min(1, 'Enter the password').max(200) }),
  )<{ server: string; email: string; name: string }>(),
  'team.signOut': mutation(z.strictObject({}))<null>(),
  /** "Share deal…": this laptop's copy seeds the deal's doc, once. */
  'team.share': mutation(dealRef)<TeamStatus>(),
  'team.members': query(dealRef)<TeamMember[]>(),
  'team.invite': mutation(z.strictObject({ dealId: entityId('Deal id'), email, role: z.enum(['editor', 'viewer']) }))<
    TeamMember[]
  >(),
  'team.removeMember': mutation(z.strictObject({ dealId: entityId('Deal id'), email }))<TeamMember[]>(),
  /** Deals colleagues shared with the signed-in user, not on this laptop yet. */
  'team.sharedWithMe': query(z.strictObject({}))<{ dealId: string; role: TeamMember['role'] }[]>(),
  'team.join': mutation(dealRef)<TeamStatus>(),
  /** Unshare / leave: the local copy stays as a local deal. */
  'team.leave': mutation(dealRef)<TeamStatus>(),
  /** Signed in, and whether this user may change the team library (the server's library role). */
  'team.library': query(z.strictObject({}))<TeamLibraryStatus>(),
  /** "Share with the team": a template, tradeable or phrase into the team library (library editors). */
  'team.shareLibraryEntry': mutation(libraryEntry)<TeamLibraryStatus>(),
  /** "Remove from the team": colleagues' copies go, this laptop keeps the entry as its own. */
  'team.unshareLibraryEntry': mutation(libraryEntry)<TeamLibraryStatus>(),
  /** "Keep which?": `pick` is the index of the value kept. */
  'team.resolveConflict': mutation(
    z.strictObject({
      dealId: entityId('Deal id'),
      conflictId: z.number().int().positive(),
      pick: z.number().int().min(0).max(10),
    }),
  )<TeamStatus>(),
};
