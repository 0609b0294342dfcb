import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, type FSWatcher, mkdirSync, readdirSync, watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENTS_FOLDER } from '../../db/attachments';
import { openFile, type SqliteConnection } from '../../db/connection';
import { openDatabase } from '../../db/database';
import { DATABASE_FILE } from '../../db/dataDir';
import { bundleScript, PROJECT_ROOT } from '../support/bundle';
import { MIGRATIONS_FOLDER, makeTempDir } from '../support/tempDataDir';

const ROUNDS = Number(process.env.PARLEY_CRASH_ROUNDS ?? 40);
const SEED = 20261122;
const temp = makeTempDir('parley-crash-');
let bundle: Awaited<ReturnType<typeof bundleScript>>;

beforeAll(async () => {
  bundle = await bundleScript(resolve(import.meta.dirname, '..', 'support', 'crashWriter.ts'), 'crashWriter');
});
afterAll(() => {
  temp.remove();
  bundle?.remove();
});

/** Every file under attachments/, as the rows spell their paths. */
function filesOnDisk(dataDir: string): string[] {
  const root = join(dataDir, ATTACHMENTS_FOLDER);
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((folder) =>
    readdirSync(join(root, folder)).map((name) => `${ATTACHMENTS_FOLDER}/${folder}/${name}`),
  );
}

const referencedPaths = (sqlite: SqliteConnection) =>
  new Set(
    sqlite
      .prepare('SELECT attachment_path FROM evidence_items WHERE attachment_path IS NOT NULL')
      .pluck()
      .all() as string[],
  );

/** Files no row refers to, read before Parley starts again (and sweeps them). */
function orphansLeftByKill(dataDir: string): string[] {
  const sqlite = openFile(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const referenced = referencedPaths(sqlite);
    return filesOnDisk(dataDir).filter((path) => !referenced.has(path));
  } finally {
    sqlite.close();
  }
}

let state = SEED;
const random = () => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
};

function runAndKill(dataDir: string, round: number): Promise<{ ids: string[]; signal: string | null }> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [bundle.file, dataDir, MIGRATIONS_FOLDER, String(SEED + round)],
      {
        cwd: PROJECT_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    let watcher: FSWatcher | undefined;
    child.stdout?.on('data', (chunk) => {
      stdout += String(chunk);
      if (timer || watcher || !stdout.startsWith('ready\n')) return;
      if (round % 2 === 1) {
        // Every other round the kill is aimed at an import: the first new item folder means
        // its files are being written while its rows are not committed yet.
        watcher = watch(join(dataDir, ATTACHMENTS_FOLDER), () => child.kill('SIGKILL'));
      } else {
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
      watcher?.close();
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
    let orphansSwept = 0;
    let roundsWithOrphans = 0;
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      const { ids, signal } = await runAndKill(dataDir, round);
      expect(signal).toBe('SIGKILL');
      for (const id of ids) reported.add(id);
      const orphans = orphansLeftByKill(dataDir);
      orphansSwept += orphans.length;
      if (orphans.length > 0) roundsWithOrphans++;
      // Re-open as the app would: the dead writer's lock is taken over, the integrity check runs.
      const database = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
      try {
        expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
        const present = new Set(database.sqlite.prepare('SELECT id FROM deals').pluck().all() as string[]);
        const missing = [...reported].filter((id) => !present.has(id));
        expect(missing).toEqual([]);
        rowsVerified += reported.size;
        // Start-up swept what the kill left: every file on disk belongs to a row, and the reverse.
        const referenced = referencedPaths(database.sqlite);
        expect(filesOnDisk(dataDir).sort()).toEqual([...referenced].sort());
      } finally {
        database.close();
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `crash test: ${ROUNDS} SIGKILL rounds survived, ${reported.size} committed deals reported, ` +
        `${rowsVerified} row checks, integrity ok every round, ${orphansSwept} orphan files left by kills ` +
        `in ${roundsWithOrphans} rounds, all swept at start-up, ${seconds} s`,
    );
    expect(reported.size).toBeGreaterThan(ROUNDS);
    // Some kill must have landed mid-import, or the sweep was never put to the test.
    expect(roundsWithOrphans).toBeGreaterThan(0);
  }, 600_000);
});
