import { searchEverything } from '../../db/repositories/search';
import type { Handlers } from '../handlers';

export const searchHandlers = {
  'search.query': (ctx, input) => searchEverything(ctx.db, input),
} satisfies Handlers<'search.'>;
