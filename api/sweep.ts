import { sweepOrphanFiles } from '../db/attachments';
import type { ApiContext } from './context';

/**
 * After a write that adds or replaces files (attach, import): files no row or backup refers
 * to any more are removed. Tidying must never turn a saved change into an error.
 */
export function sweepFilesAfterWrite(ctx: ApiContext): void {
  if (!ctx.dataDir || !ctx.storage) return;
  try {
    sweepOrphanFiles(ctx.storage.sqlite, ctx.dataDir, ctx.storage.backupFolder, ctx.storage.nativeBinding);
  } catch {
    // Left for the next sweep (every start-up runs one).
  }
}
