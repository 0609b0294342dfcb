import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const HARNESS = resolve(import.meta.dirname, 'electronStandIn', 'harness.mjs');

export interface ElectronShell {
  send<T = unknown>(command: string, args?: unknown): Promise<T>;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Runs the built Electron main bundle (out/main/index.js) and preload in a Node child
 * process against the recording Electron stand-in (test/support/electronStandIn).
 */
export async function startElectronShell(dataDir: string, argv: string[] = []): Promise<ElectronShell> {
  if (!existsSync(resolve(ROOT, 'out', 'main', 'index.js'))) {
    throw new Error('out/main/index.js is missing: run `npm run build` first.');
  }
  const child = fork(HARNESS, [], {
    cwd: ROOT,
    env: { ...process.env, PARLEY_DATA_DIR: dataDir, PARLEY_STAND_IN_ARGV: JSON.stringify(argv) },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const pending = new Map<number, { done: (v: unknown) => void; fail: (e: Error) => void }>();
  let ready!: () => void;
  let failed!: (e: Error) => void;
  const started = new Promise<void>((done, fail) => {
    ready = done;
    failed = fail;
  });
  child.on('message', (message: { ready?: true; id?: number; ok?: boolean; value?: unknown; error?: string }) => {
    if (message.ready) return ready();
    const waiter = pending.get(message.id ?? -1);
    pending.delete(message.id ?? -1);
    if (message.ok) waiter?.done(message.value);
    else waiter?.fail(new Error(message.error));
  });
  child.on('exit', (code) => {
    const error = new Error(`the shell process exited (${code}):\n${output}`);
    failed(error);
    for (const waiter of pending.values()) waiter.fail(error);
  });
  await started;
  let nextId = 0;
  return {
    process: child,
    send: <T>(command: string, args?: unknown) =>
      new Promise<T>((done, fail) => {
        const id = nextId++;
        pending.set(id, { done: done as (v: unknown) => void, fail });
        child.send({ id, command, args });
      }),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.send({ id: -2, command: 'quit' });
      await exited;
    },
  };
}
