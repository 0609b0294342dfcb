import { listComments } from '../../db/repositories/reviewComments';
import { resolveConflict } from '../../db/teamSync/conflicts';
import * as team from '../../db/teamSync/session';
import { shareLibraryEntry, unshareLibraryEntry } from '../../db/teamSync/teamLibrary';
import type { Handlers } from '../handlers';

export const teamHandlers = {
  'team.status': (ctx, { dealId }) => team.status(ctx.db, dealId),
  'team.signIn': (ctx, { server, email, password }) => team.signIn(ctx.db, server, email, password),
  'team.signOut': (ctx) => {
    team.signOut(ctx.db);
    return null;
  },
  'team.share': async (ctx, { dealId }) => {
    await team.share(ctx.db, dealId);
    return team.status(ctx.db, dealId);
  },
  'team.members': (ctx, { dealId }) => team.members(ctx.db, dealId),
  'team.invite': (ctx, { dealId, email, role }) => team.invite(ctx.db, dealId, email, role),
  'team.removeMember': (ctx, { dealId, email }) => team.removeMember(ctx.db, dealId, email),
  'team.invitationLink': (ctx, { dealId, role }) => team.invitationLink(ctx.db, dealId, role),
  'team.joinByLink': (ctx, { link }) => team.joinByLink(ctx.db, link),
  'team.sharedWithMe': (ctx) => team.sharedWithMe(ctx.db),
  'team.join': async (ctx, { dealId }) => {
    await team.join(ctx.db, dealId);
    return team.status(ctx.db, dealId);
  },
  'team.leave': async (ctx, { dealId }) => {
    await team.stopSharing(ctx.db, dealId);
    return team.status(ctx.db, dealId);
  },
  'team.comments': (ctx, { dealId }) => listComments(ctx.db, dealId),
  'team.comment': async (ctx, { dealId, sectionKey, body }) => {
    await team.comment(ctx.db, dealId, sectionKey, body);
    return listComments(ctx.db, dealId);
  },
  'team.resolveComment': (ctx, { dealId, id }) => {
    team.resolve(ctx.db, dealId, id);
    return listComments(ctx.db, dealId);
  },
  'team.library': (ctx) => team.libraryStatus(ctx.db),
  'team.shareLibraryEntry': async (ctx, { kind, id }) => {
    await shareLibraryEntry(ctx.db, kind, id);
    return team.libraryStatus(ctx.db);
  },
  'team.unshareLibraryEntry': async (ctx, { kind, id }) => {
    await unshareLibraryEntry(ctx.db, kind, id);
    return team.libraryStatus(ctx.db);
  },
  'team.resolveConflict': (ctx, { dealId, conflictId, pick }) => {
    resolveConflict(ctx.db, dealId, conflictId, pick);
    return team.status(ctx.db, dealId);
  },
} satisfies Handlers<'team.'>;
