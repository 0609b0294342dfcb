import type { Database, ParleyDb } from '../db/database';

/** What every handler may use. Shells build one per process, never per request. */
export interface ApiContext {
  db: ParleyDb;
  /**
   * The open database as a whole (file, backup folder, maintenance flag), for backups and
   * restore. Contexts without it answer those procedures with a plain "unavailable".
   */
  storage?: Database;
}
