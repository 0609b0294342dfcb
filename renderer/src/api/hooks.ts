import { type UseQueryResult, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProcedureName } from '../../../api/contract';
import { ApiCallError, call, type Input, type Output } from './client';
import { dealOfWrite, refreshAfterWrite } from './refresh';

/** Query keys are [procedure, input]: any mutation re-reads the truth from the backend. */
export const apiQuery = <N extends ProcedureName>(name: N, input: Input<N>) => ({
  queryKey: [name, input],
  queryFn: () => call(name, input),
  // Deep-comparing 10,000 fresh rows on every re-read costs more than re-rendering them.
  structuralSharing: false,
});

export function useApi<N extends ProcedureName>(name: N, input: Input<N>): UseQueryResult<Output<N>, ApiCallError> {
  return useQuery<Output<N>, ApiCallError>(apiQuery(name, input));
}

export function useApiMutation<N extends ProcedureName>(name: N) {
  const client = useQueryClient();
  return useMutation<Output<N>, ApiCallError, Input<N>>({
    mutationFn: (input) => call(name, input),
    // The renderer keeps no copy of the truth: after a write, what it touched is re-read.
    onSettled: (output, _error, input) => refreshAfterWrite(client, dealOfWrite(name, input, output)),
  });
}

export const errorMessage = (error: unknown): string =>
  error instanceof ApiCallError || error instanceof Error ? error.message : String(error);
