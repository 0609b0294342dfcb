/** Plain words for why a backup exists. */
export const BACKUP_REASON_LABELS: Record<string, string> = {
  'on-start': 'When Parley started',
  auto: 'Automatic (while working)',
  manual: 'Backed up by you',
  'before-update': 'Before an update',
  'before-restore': 'Before a restore',
};

export const formatBytes = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const formatWhen = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
