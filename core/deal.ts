import { z } from 'zod';
import { DEAL_CONTEXTS, DEAL_STATUSES, OUR_SIDES } from './dealLabels';
import { calendarDate, entityId, longText, nameText, shortText } from './text';

export * from './dealLabels';

/** ISO 4217 style code; we do not restrict to a list so niche currencies still work. */
const currencyCode = z
  .string({ error: 'Currency must be text' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Currency must be a three-letter code such as EUR or USD');

/** The fields a user edits. Everything else (id, times, archive flag) is owned by the app. */
export const dealFieldsSchema = z.strictObject({
  title: nameText('Title'),
  counterparty: shortText('Counterparty'),
  context: z.enum(DEAL_CONTEXTS, { error: `Context must be one of: ${DEAL_CONTEXTS.join(', ')}` }),
  ourSide: z.enum(OUR_SIDES, { error: `Our side must be one of: ${OUR_SIDES.join(', ')}` }),
  currency: currencyCode,
  status: z.enum(DEAL_STATUSES, { error: `Status must be one of: ${DEAL_STATUSES.join(', ')}` }),
  targetCloseDate: calendarDate('Target close date').nullable(),
  notes: longText('Notes'),
});
export type DealFields = z.infer<typeof dealFieldsSchema>;

/** Creating needs only a title; the rest gets sensible defaults. */
export const newDealSchema = dealFieldsSchema.partial().required({ title: true });
export type NewDeal = z.infer<typeof newDealSchema>;

export const DEAL_DEFAULTS: Omit<DealFields, 'title'> = {
  counterparty: '',
  context: 'sales',
  ourSide: 'selling',
  currency: 'EUR',
  status: 'preparing',
  targetCloseDate: null,
  notes: '',
};

export const dealPatchSchema = dealFieldsSchema.partial();
export type DealPatch = z.infer<typeof dealPatchSchema>;

export interface Deal extends DealFields {
  id: string;
  archived: boolean;
  /** ISO-8601 UTC timestamps, the single time convention of the app. */
  createdAt: string;
  updatedAt: string;
}

export const dealIdSchema = z.strictObject({ id: entityId('Deal id') });

/**
 * What the deals table needs: everything but the notes, which can be long, plus the
 * readiness score (0–100) of core/readiness.
 */
export type DealSummary = Omit<Deal, 'notes'> & { deletedAt: string | null; readiness: number };
