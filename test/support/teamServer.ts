import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { openTeamStore, type StoreLocation } from '../../team/store';

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
export function startTeamServer(file: string, port = 0, env: Record<string, string> = {}): Promise<RunningTeamServer> {
  const child = spawn(process.execPath, [VITE_NODE, 'team/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), PARLEY_TEAM_FILE: file, PARLEY_TEAM_STORE_DEBOUNCE_MS: '50', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(child.pid, signal);
    await exited;
  };
  return new Promise((resolvePort, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void kill('SIGKILL');
      reject(new Error(`The team server did not start:\n${output}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening on port (\d+)/.exec(output);
      if (!found) return;
      clearTimeout(timer);
      const listening = Number(found[1]);
      resolvePort({
        child,
        port: listening,
        url: `ws://127.0.0.1:${listening}`,
        http: `http://127.0.0.1:${listening}`,
        kill,
      });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The team server exited (${code}) before listening:\n${output}`));
    });
  });
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

/** A team store with these users (e-mail, name; all with `password`) and its token secret made. */
export async function addTeamUsers(location: StoreLocation, password: string, users: [string, string][]) {
  const store = await openTeamStore(location);
  for (const [email, name] of users) await store.addUser(email, name, password);
  await store.secret();
  await store.close();
}
