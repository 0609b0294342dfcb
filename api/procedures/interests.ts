import * as interests from '../../db/repositories/interests';
import type { Handlers } from '../handlers';

export const interestHandlers = {
  'interests.get': (ctx, { dealId }) => interests.getInterestsMap(ctx.db, dealId),
  'interests.addPosition': (ctx, input) => interests.addPosition(ctx.db, input),
  'interests.updatePosition': (ctx, { id, patch }) => interests.updatePosition(ctx.db, id, patch),
  'interests.deletePosition': (ctx, { id }) => interests.deletePosition(ctx.db, id),
  'interests.restorePosition': (ctx, { id }) => interests.restorePosition(ctx.db, id),
  'interests.add': (ctx, input) => interests.addInterest(ctx.db, input),
  'interests.update': (ctx, { id, patch }) => interests.updateInterest(ctx.db, id, patch),
  'interests.delete': (ctx, { id }) => interests.deleteInterest(ctx.db, id),
  'interests.restore': (ctx, { id }) => interests.restoreInterest(ctx.db, id),
  'interests.addQuestion': (ctx, input) => interests.addQuestion(ctx.db, input),
  'interests.updateQuestion': (ctx, { id, patch }) => interests.updateQuestion(ctx.db, id, patch),
  'interests.deleteQuestion': (ctx, { id }) => interests.deleteQuestion(ctx.db, id),
  'interests.restoreQuestion': (ctx, { id }) => interests.restoreQuestion(ctx.db, id),
} satisfies Handlers<'interests.'>;
