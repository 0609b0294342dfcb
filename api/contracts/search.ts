import { z } from 'zod';
import { MAX_QUERY_LENGTH, type SearchHit } from '../../core/search';
import { query } from '../procedure';

const searchInputSchema = z.strictObject({
  query: z
    .string({ error: 'Search text must be text' })
    .max(MAX_QUERY_LENGTH, `Search text must be at most ${MAX_QUERY_LENGTH} characters`),
  limit: z.number().int('Limit must be a whole number').min(1, 'Limit must be at least 1').max(100).optional(),
});

/** One search box over deals, their rows, and the library. */
export const searchContract = {
  'search.query': query(searchInputSchema)<SearchHit[]>(),
};
