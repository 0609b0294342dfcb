import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { openTeamStore, type StoreLocation } from '../../team/store';
import { startChild } from './startedChild';

const ROOT = resolve(import.meta.dirname, '..', '..');
const VITE_NODE = resolve(ROOT, 'node_modules', 'vite-node', 'vite-node.mjs');

export interface RunningTeamServer {
  child: ChildProcess;
  port: number;
  url: string;
  http: string;
  /** Kills the process by its pid and waits for it to be gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** `npm run team-server` as a child process on a free port (or `port`), its store in `file`. */
export async function startTeamServer(
  file: string,
  port = 0,
  env: Record<string, string> = {},
): Promise<RunningTeamServer> {
  const { child, match, stop } = await startChild({
    what: 'the team server',
    command: process.execPath,
    args: [VITE_NODE, 'team/main.ts'],
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), PARLEY_TEAM_FILE: file, PARLEY_TEAM_STORE_DEBOUNCE_MS: '50', ...env },
    ready: /listening on port (\d+)/,
    timeoutMs: 30_000,
  });
  const listening = Number(match[1]);
  return {
    child,
    port: listening,
    url: `ws://127.0.0.1:${listening}`,
    http: `http://127.0.0.1:${listening}`,
    kill: stop,
  };
}

/** Polls `check` until it holds (a loaded machine is slow, never "sleep and hope"). */
export async function waitFor(
  check: () => boolean,
  what: string,
  explain: () => unknown = () => '',
  timeoutMs = 20_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(explain(), null, 1)}`);
    await new Promise((done) => setTimeout(done, 10));
  }
}

/** A shared deal's doc as the team server stored it in its own SQLite file `serverFile`. */
export function storedDoc(serverFile: string, dealId: string): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  const file = new Database(serverFile, { readonly: true, fileMustExist: true });
  try {
    const state = file.prepare('SELECT state FROM documents WHERE name = ?').pluck().get(`deal:${dealId}`) as
      | Buffer
      | undefined;
    if (state) Y.applyUpdate(doc, new Uint8Array(state));
  } finally {
    file.close();
  }
  return doc;
}

/** A team store with these users (e-mail, name; all with `password`) and its token secret made. */
export async function addTeamUsers(location: StoreLocation, password: string, users: [string, string][]) {
  const store = await openTeamStore(location);
  for (const [email, name] of users) await store.addUser(email, name, password);
  await store.secret();
  await store.close();
}
