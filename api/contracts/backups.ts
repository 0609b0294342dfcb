import { z } from 'zod';
import { mutation, query } from '../procedure';

export interface BackupInfo {
  name: string;
  /** on-start · auto · manual · before-update · before-restore */
  reason: string;
  createdAt: string;
  sizeBytes: number;
}

/** A backup's file name as Parley writes it; anything else (paths, `..`) is refused here. */
const backupName = z
  .string({ error: 'Backup name must be text' })
  .max(120, 'Backup name is too long')
  .regex(/^parley-[a-z-]+-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/, 'Backup name is not a Parley backup');

/** Backups: the automatic and manual copies of the database, and restoring one. */
export const backupContract = {
  'backups.list': query(z.strictObject({}))<{ folder: string; backups: BackupInfo[] }>(),
  'backups.create': mutation(z.strictObject({}))<BackupInfo>(),
  /** Restores a backup; `undo` names the backup of the data as it was just before. */
  'backups.restore': mutation(z.strictObject({ name: backupName }))<{ restored: BackupInfo; undo: BackupInfo }>(),
};
