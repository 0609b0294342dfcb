import * as issues from '../../db/repositories/issues';
import type { Handlers } from '../handlers';

export const issueHandlers = {
  'issues.list': (ctx, { dealId }) => issues.listIssues(ctx.db, dealId),
  'issues.add': (ctx, input) => issues.addIssue(ctx.db, input),
  'issues.addStarters': (ctx, { dealId, starterIds }) => issues.addStarterIssues(ctx.db, dealId, starterIds),
  'issues.update': (ctx, { id, patch }) => issues.updateIssue(ctx.db, id, patch),
  'issues.delete': (ctx, { id }) => issues.deleteIssue(ctx.db, id),
  'issues.restore': (ctx, { id }) => issues.restoreIssue(ctx.db, id),
  'issues.move': (ctx, input) => issues.moveIssue(ctx.db, input),
  'issues.normaliseWeights': (ctx, { dealId, side }) => issues.normaliseIssueWeights(ctx.db, dealId, side),
  'issues.setWeights': (ctx, input) => issues.setIssueWeights(ctx.db, input),
  'issues.addOption': (ctx, input) => issues.addOption(ctx.db, input),
  'issues.updateOption': (ctx, { id, patch }) => issues.updateOption(ctx.db, id, patch),
  'issues.deleteOption': (ctx, { id }) => issues.deleteOption(ctx.db, id),
  'issues.restoreOption': (ctx, { id }) => issues.restoreOption(ctx.db, id),
  'issues.moveOption': (ctx, input) => issues.moveOption(ctx.db, input),
  'issues.setScores': (ctx, input) => issues.setOptionScores(ctx.db, input),
} satisfies Handlers<'issues.'>;
