import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { MIGRATIONS_FOLDER, makeTempDir } from '../support/tempDataDir';

const ROUNDS = Number(process.env.PARLEY_CRASH_ROUNDS ?? 40);
const SEED = 20261122;
const ROOT = resolve(import.meta.dirname, '..', '..');
const temp = makeTempDir('parley-crash-');
// Inside the project (git-ignored .cache/) so the bundle resolves better-sqlite3 from node_modules.
const bundleDir = join(ROOT, '.cache', 'crash');
const bundle = join(bundleDir, `crashWriter-${process.pid}.mjs`);

beforeAll(async () => {
  mkdirSync(bundleDir, { recursive: true });
  // One bundle of the real repository code: each round then starts plain node in ~100 ms.
  await build({
    entryPoints: [resolve(import.meta.dirname, '..', 'support', 'crashWriter.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
});
afterAll(() => {
  temp.remove();
  rmSync(bundle, { force: true });
});

let state = SEED;
const random = () => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
};

function runAndKill(dataDir: string, round: number): Promise<{ ids: string[]; signal: string | null }> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(process.execPath, [bundle, dataDir, MIGRATIONS_FOLDER, String(SEED + round)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout?.on('data', (chunk) => {
      stdout += String(chunk);
      if (!timer && stdout.startsWith('ready\n')) {
        // A random moment: mid-transaction, mid-checkpoint, between writes.
        timer = setTimeout(() => child.kill('SIGKILL'), 5 + Math.floor(random() * 250));
      }
    });
    child.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', (_code, signal) => {
      clearTimeout(guard);
      if (!stdout.startsWith('ready\n')) return fail(new Error(`writer did not start: ${stderr}`));
      // Only complete lines count: a line cut by the kill was never fully reported.
      const lines = stdout.split('\n').slice(0, -1);
      const ids = lines.filter((line) => line.startsWith('id ')).map((line) => line.slice(3));
      done({ ids, signal });
    });
  });
}

describe('crash safety', () => {
  it(`keeps every committed deal through ${ROUNDS} SIGKILLs at random moments`, async () => {
    const dataDir = join(temp.dir, 'data');
    mkdirSync(dataDir);
    const reported = new Set<string>();
    let rowsVerified = 0;
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      const { ids, signal } = await runAndKill(dataDir, round);
      expect(signal).toBe('SIGKILL');
      for (const id of ids) reported.add(id);
      // Re-open as the app would: the dead writer's lock is taken over, the integrity check runs.
      const database = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
      try {
        expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
        const present = new Set(database.sqlite.prepare('SELECT id FROM deals').pluck().all() as string[]);
        const missing = [...reported].filter((id) => !present.has(id));
        expect(missing).toEqual([]);
        rowsVerified += reported.size;
      } finally {
        database.close();
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `crash test: ${ROUNDS} SIGKILL rounds survived, ${reported.size} committed deals reported, ` +
        `${rowsVerified} row checks, integrity ok every round, ${seconds} s`,
    );
    expect(reported.size).toBeGreaterThan(ROUNDS);
  }, 180_000);
});
