import { UserError } from '../../core/errors';
import { type BackupFile, backupDatabase, listBackups } from '../../db/backup';
import type { Database } from '../../db/database';
import { restoreBackup } from '../../db/restore';
import type { ApiContext } from '../context';
import type { BackupInfo } from '../contracts/backups';
import type { Handlers } from '../handlers';

const info = ({ name, reason, createdAt, sizeBytes }: BackupFile): BackupInfo => ({
  name,
  reason,
  createdAt,
  sizeBytes,
});

function storageOf(ctx: ApiContext): Database {
  if (!ctx.storage) throw new UserError('unavailable', 'Backups are not available in this window.');
  return ctx.storage;
}

export const backupHandlers = {
  'backups.list': (ctx) => {
    const storage = storageOf(ctx);
    return { folder: storage.backupFolder, backups: listBackups(storage.backupFolder).map(info) };
  },
  'backups.create': async (ctx) => {
    const storage = storageOf(ctx);
    return info(
      await backupDatabase(storage.sqlite, storage.backupFolder, 'manual', { nativeBinding: storage.nativeBinding }),
    );
  },
  'backups.restore': async (ctx, { name }) => {
    const { restored, undo } = await restoreBackup(storageOf(ctx), name);
    return { restored: info(restored), undo: info(undo) };
  },
} satisfies Handlers<'backups.'>;
