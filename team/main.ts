/**
 * `npm run team-server` — the Parley team server (see README, "Team server").
 *   PARLEY_TEAM_FILE   its SQLite file (default ./parley-team.sqlite), created 0600
 *   PARLEY_TEAM_DATABASE_URL  postgres://user:password@host:port/db — the store in Postgres instead
 *   PORT               default 1234 (0: any free port); listens on 127.0.0.1 unless HOST is set
 *   PARLEY_TEAM_SECRET token-signing secret (default: generated once, kept in the store)
 *   PARLEY_TEAM_REDIS  redis://host:port — run several instances (same store) kept in step through Redis
 * `npm run team-server -- add-user <email> <name>` adds a user; the password is read from
 * PARLEY_TEAM_PASSWORD.
 * `npm run team-server -- set-library-role <email> editor|reader` says who may change the
 * team library (every user reads it; users start as readers).
 */
import { resolve } from 'node:path';
import { createTeamServer } from './server';
import { LIBRARY_ROLES, type LibraryRole, openTeamStore } from './store';

const file = resolve(process.env.PARLEY_TEAM_FILE ?? 'parley-team.sqlite');
const databaseUrl = process.env.PARLEY_TEAM_DATABASE_URL;
const location = { file, ...(databaseUrl ? { databaseUrl } : {}) };
/** Where the store is, for the log: never the database URL itself (it may carry a password). */
const storeName = databaseUrl ? `Postgres ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}` : file;
const [command, ...args] = process.argv.slice(2);

if (command === 'add-user') {
  const [email, name] = args;
  const password = process.env.PARLEY_TEAM_PASSWORD;
  if (!email || !name || !password) {
    console.error('Usage: PARLEY_TEAM_PASSWORD=… npm run team-server -- add-user <email> <name>');
    process.exit(2);
  }
  const store = await openTeamStore(location);
  const user = await store.addUser(email, name, password);
  await store.close();
  console.log(`Added ${user.email} (${user.id})`);
} else if (command === 'set-library-role') {
  const [email, role] = args;
  if (!email || !LIBRARY_ROLES.includes(role as LibraryRole)) {
    console.error('Usage: npm run team-server -- set-library-role <email> editor|reader');
    process.exit(2);
  }
  const store = await openTeamStore(location);
  const found = await store.setLibraryRole(email, role as LibraryRole);
  await store.close();
  if (!found) {
    console.error(`No user has the address ${email}.`);
    process.exit(1);
  }
  console.log(`${email} is now a team library ${role}.`);
} else {
  const team = await createTeamServer({
    ...location,
    port: Number(process.env.PORT ?? 1234),
    address: process.env.HOST ?? '127.0.0.1',
    ...(process.env.PARLEY_TEAM_REDIS ? { redis: process.env.PARLEY_TEAM_REDIS } : {}),
    ...(process.env.PARLEY_TEAM_STORE_DEBOUNCE_MS
      ? { storeDebounceMs: Number(process.env.PARLEY_TEAM_STORE_DEBOUNCE_MS) }
      : {}),
  });
  const port = await team.listen();
  // Tests read this line for the port.
  console.log(`Parley team server listening on port ${port} (${storeName})`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void team.stop().then(() => process.exit(0));
    });
  }
}
