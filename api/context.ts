import type { Database } from '../db/database';
import type { ParleyDb } from '../db/parleyDb';

/** What every handler may use. Shells build one per process, never per request. */
export interface ApiContext {
  db: ParleyDb;
  /**
   * The data directory: evidence attachments are stored under it (never exposed to the
   * renderer). Contexts without it answer the attachment procedures with "unavailable".
   */
  dataDir?: string;
  /**
   * The open database as a whole (file, backup folder, maintenance flag), for backups and
   * restore. Contexts without it answer those procedures with a plain "unavailable".
   */
  storage?: Database;
}
