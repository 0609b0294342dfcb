/** Days between two calendar dates (YYYY-MM-DD), counted in UTC so no time zone shifts them. */
function dayNumber(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}

export type TimeToResolution =
  | { known: true; days: number; from: string; to: string }
  | { known: false; reason: string };

/**
 * From the start of the negotiation — the debrief's start date when given, else the day
 * the deal was created in Parley — to the closing date.
 */
export function timeToResolution(input: {
  createdAt: string;
  startedOn: string | null;
  closingDate: string | null;
}): TimeToResolution {
  if (!input.closingDate) return { known: false, reason: 'Set the closing date to see how long it took.' };
  const from = input.startedOn ?? input.createdAt.slice(0, 10);
  const start = dayNumber(from);
  const end = dayNumber(input.closingDate);
  if (start === null || end === null) return { known: false, reason: 'A date is not valid.' };
  if (end < start) {
    return {
      known: false,
      reason: `The closing date is before the start (${from}). Set the start date if the negotiation began before the deal was created here.`,
    };
  }
  return { known: true, days: end - start, from, to: input.closingDate };
}
