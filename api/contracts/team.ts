import { z } from 'zod';
import { commentBody, commentSection, type ReviewComment } from '../../core/reviewComments';
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
  /** "Copy invitation link": single-use, expiring (the server's setting, 7 days by default). */
  'team.invitationLink': mutation(z.strictObject({ dealId: entityId('Deal id'), role: z.enum(['editor', 'viewer']) }))<{
    link: string;
    role: TeamMember['role'];
    expiresAt: string;
  }>(),
  /** "Join with a link": the signed-in user joins the link's deal with its role; the deal opens on this laptop. */
  'team.joinByLink': mutation(
    z.strictObject({ link: z.string().trim().min(1, 'Paste the invitation link').max(1000) }),
  )<{ dealId: string; role: TeamMember['role']; title: string }>(),
  /** Deals colleagues shared with the signed-in user, not on this laptop yet. */
  'team.sharedWithMe': query(z.strictObject({}))<{ dealId: string; role: TeamMember['role'] }[]>(),
  'team.join': mutation(dealRef)<TeamStatus>(),
  /** Unshare / leave: the local copy stays as a local deal. */
  'team.leave': mutation(dealRef)<TeamStatus>(),
  /** Manager review: the deal's comments (resolved ones too), oldest first. */
  'team.comments': query(dealRef)<ReviewComment[]>(),
  /** Any member comments on a step or plan section (a viewer's goes through the team server). */
  'team.comment': mutation(
    z.strictObject({ dealId: entityId('Deal id'), sectionKey: commentSection, body: commentBody }),
  )<ReviewComment[]>(),
  /** The owner or an editor resolves a comment; a viewer is refused. */
  'team.resolveComment': mutation(z.strictObject({ dealId: entityId('Deal id'), id: entityId('Comment id') }))<
    ReviewComment[]
  >(),
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
