const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "5 minutes ago" for recent edits, a date for older ones. */
export function formatEdited(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return 'just now';
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86_400) return relative.format(Math.round(seconds / 86_400), 'day');
  return dateFormat.format(new Date(iso));
}

export function formatDate(isoDate: string | null): string {
  if (!isoDate) return '—';
  // A calendar date has no time zone: format it at noon UTC so it never shifts a day.
  return dateFormat.format(new Date(`${isoDate}T12:00:00Z`));
}
