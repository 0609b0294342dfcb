import { z } from 'zod';

/**
 * Every user-typed field is bounded: a pasted novel must not bloat the database,
 * the plan PDF or an export file. Limits are generous for real notes.
 */
export const TEXT_LIMITS = {
  name: 200,
  short: 500,
  long: 20_000,
} as const;

/** A single-line name (title, organisation): trimmed, required. */
export const nameText = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, `${label} is required`)
    .max(TEXT_LIMITS.name, `${label} must be at most ${TEXT_LIMITS.name} characters`);

/** Optional single-line text; empty string means "not filled in". */
export const shortText = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(TEXT_LIMITS.short, `${label} must be at most ${TEXT_LIMITS.short} characters`);

/** Free-form notes. Not trimmed: leading indentation may be meaningful. */
export const longText = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .max(TEXT_LIMITS.long, `${label} must be at most ${TEXT_LIMITS.long} characters`);

/** Random UUIDs keep ids portable across export/import and a later team sync. */
export const entityId = (label: string) => z.uuid({ error: `${label} must be a valid id` });

/** Calendar dates are plain YYYY-MM-DD: a close date has no time zone. */
export const calendarDate = (label: string) => z.iso.date({ error: `${label} must be a date written YYYY-MM-DD` });
