import * as issues from '../../db/repositories/issues';
import type { Handlers } from '../handlers';

export const issueHandlers = {
  'issues.addStarters': (ctx, { dealId, starterIds }) => issues.addStarterIssues(ctx.db, dealId, starterIds),
  'issues.normaliseWeights': (ctx, { dealId, side }) => issues.normaliseIssueWeights(ctx.db, dealId, side),
  'issues.setWeights': (ctx, input) => issues.setIssueWeights(ctx.db, input),
  'issues.setScores': (ctx, input) => issues.setOptionScores(ctx.db, input),
} satisfies Handlers<'issues.'>;
