import { type SearchHit, searchInputSchema } from '../../core/search';
import { query } from '../procedure';

/** One search box over deals, their rows, and the library. */
export const searchContract = {
  'search.query': query(searchInputSchema)<SearchHit[]>(),
};
