import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';

/**
 * The drizzle handle over Parley's schema that every repository writes through. Declared
 * apart from db/database.ts (which opens, migrates and sweeps, and so loads repositories)
 * so that reading this type never draws a module into that circle.
 */
export type ParleyDb = BetterSQLite3Database<typeof schema>;
