import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startChild } from './startedChild';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WEB_ENTRY = resolve(ROOT, 'out', 'main', 'web.js');

export interface BrowserModeApp {
  /** The address Parley printed, token included. */
  url: string;
  origin: string;
  token: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the real browser-mode server (`node out/main/web.js`, what `npm run web` runs)
 * on a free port with its own data directory, and waits for the one line with its URL.
 */
export async function startBrowserMode(
  dataDir: string,
  extraEnv: NodeJS.ProcessEnv = {},
  /** Files may not grow past this many KiB (`ulimit -f`): a disk that is full for Parley. */
  fileSizeLimitKb?: number,
): Promise<BrowserModeApp> {
  if (!existsSync(WEB_ENTRY)) throw new Error('out/main/web.js is missing: run `npm run build` first.');
  const [command, args] =
    fileSizeLimitKb === undefined
      ? [process.execPath, [WEB_ENTRY]]
      : ['bash', ['-c', `ulimit -f ${fileSizeLimitKb}; exec "$0" "$@"`, process.execPath, WEB_ENTRY]];
  const { child, match, stop } = await startChild({
    what: 'browser mode',
    command,
    args,
    cwd: ROOT,
    env: { ...process.env, PARLEY_DATA_DIR: dataDir, PARLEY_PORT: '0', ...extraEnv },
    ready: /(http:\/\/127\.0\.0\.1:\d+\/\S*)/,
    timeoutMs: 20_000,
  });
  const url = match[1] as string;
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    process: child,
    stop: () => stop(),
  };
}

/** Calls a procedure over the app's HTTP API as the UI does (token header); throws on a refusal. */
export async function callApi<T = unknown>(app: BrowserModeApp, name: string, input: unknown): Promise<T> {
  const response = await fetch(`${app.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Parley-Token': app.token },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message}`);
  return envelope.value as T;
}
