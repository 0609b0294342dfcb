import type { QueryClient, QueryKey } from '@tanstack/react-query';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The deal a query reads ([procedure, input] keys), or null for app-wide reads (deals list, search, library). */
function dealOfQuery([name, input]: QueryKey): string | null {
  if (!isRecord(input)) return null;
  if (typeof input.dealId === 'string') return input.dealId;
  if (typeof name === 'string' && name.startsWith('deals.') && typeof input.id === 'string') return input.id;
  return null;
}

/** The deal a write touched, when its input or answer says so. */
export function dealOfWrite(name: string, input: unknown, output: unknown): string | undefined {
  if (isRecord(input) && typeof input.dealId === 'string') return input.dealId;
  if (name.startsWith('deals.') && isRecord(input) && typeof input.id === 'string') return input.id;
  const answer = Array.isArray(output) ? output[0] : output;
  if (isRecord(answer) && typeof answer.dealId === 'string') return answer.dealId;
  return undefined;
}

/**
 * After a write, re-read what it can have changed: every query of the deal it touched and
 * the app-wide ones (deals list, search, insights), not the other deals' screens. When
 * the deal is unknown, everything is re-read.
 */
export function refreshAfterWrite(client: QueryClient, dealId: string | undefined): Promise<void> {
  if (!dealId) return client.invalidateQueries();
  return client.invalidateQueries({
    predicate: (query) => {
      const owner = dealOfQuery(query.queryKey);
      return owner === null || owner === dealId;
    },
  });
}
