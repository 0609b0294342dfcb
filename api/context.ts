import type { ParleyDb } from '../db/database';

/** What every handler may use. Shells build one per process, never per request. */
export interface ApiContext {
  db: ParleyDb;
  /** The data directory: evidence attachments are stored under it (never exposed to the renderer). */
  dataDir: string;
}
