import type { DealSummary } from '../../core/deal';

/** A deals-list row as the first screen receives it: a preparing sales deal, with the given fields over it. */
export const dealSummary = (fields: Partial<DealSummary> = {}): DealSummary => ({
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Fabrikam renewal',
  counterparty: 'Contoso',
  context: 'sales',
  ourSide: 'selling',
  currency: 'EUR',
  status: 'preparing',
  targetCloseDate: null,
  archived: false,
  deletedAt: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  readiness: 0,
  ...fields,
});
