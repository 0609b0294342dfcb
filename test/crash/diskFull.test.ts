import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type ProcedureName, procedureNames } from '../../api/contract';
import { invoke } from '../../api/invoke';
import type { Envelope } from '../../api/procedure';
import { backupDatabase } from '../../db/backup';
import { openFile } from '../../db/connection';
import { openDatabase } from '../../db/database';
import { DATABASE_FILE } from '../../db/dataDir';
import { bundleScript, PROJECT_ROOT } from '../support/bundle';
import { dumpDatabase } from '../support/dump';
import { arbitraryFor } from '../support/schemaArbitrary';
import { seedDeal } from '../support/seedDeal';
import { MIGRATIONS_FOLDER, makeTempDir } from '../support/tempDataDir';

/**
 * Disk full without root: each mutation procedure runs in a child process whose files may
 * not grow past LIMIT_KB (`ulimit -f`), with its write-ahead log filled to that limit
 * first. Every answer must be honest: ok only if a fresh connection then sees the change.
 */
const LIMIT_KB = 2048;
const SEED = 13_013;
/** Inputs per procedure that the API accepts on a disk with room (found by screening). */
const INPUTS_PER_PROCEDURE = Number(process.env.PARLEY_DISK_FULL_INPUTS ?? 2);
const SAMPLES_SCREENED = 200;

const temp = makeTempDir('parley-disk-full-');
const templateDir = join(temp.dir, 'template');
let child: Awaited<ReturnType<typeof bundleScript>>;
let backupName = '';
const silent = { error: () => {} };
const mutations = procedureNames.filter((name) => contract[name].kind === 'mutation');

interface Candidate {
  input: unknown;
  /** On a disk with room this input changed rows; its effect is checked in the database. */
  changesRows: boolean;
}

beforeAll(async () => {
  child = await bundleScript(resolve(import.meta.dirname, '..', 'support', 'diskFullApi.ts'), 'diskFullApi');
  // The template: two filled deals (files attached), a deleted one and a backup between them.
  const database = await openDatabase({ dataDir: templateDir, migrationsFolder: MIGRATIONS_FOLDER });
  const ctx = { db: database.db, dataDir: templateDir, storage: database };
  const api = async (name: string, input: unknown) => {
    const envelope = await invoke(ctx, name as ProcedureName, input, silent);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value;
  };
  await seedDeal(api, { evidence: 2 });
  backupName = (await backupDatabase(database.sqlite, database.backupFolder, 'manual')).name;
  const second = await seedDeal(api, { title: 'Second deal' });
  for (const evidence of database.sqlite.prepare('SELECT id FROM evidence_items').pluck().all() as string[]) {
    await api('evidence.attach', {
      evidenceId: evidence,
      fileName: 'benchmark.txt',
      contentBase64: Buffer.from('benchmark figures').toString('base64'),
    });
  }
  const gone = (await api('deals.create', { title: 'Deleted deal' })) as { id: string };
  await api('deals.delete', { id: gone.id });
  await api('deals.archive', { id: second, archived: true });
  database.close();
}, 120_000);
afterAll(() => {
  child?.remove();
  temp.remove();
});

/** Every id in the template, so generated inputs hit real rows of every table. */
function templateIds(): string[] {
  const sqlite = openFile(join(templateDir, DATABASE_FILE), { readonly: true });
  try {
    const tables = sqlite
      .prepare("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'id'")
      .pluck()
      .all() as string[];
    return tables.flatMap((table) => sqlite.prepare(`SELECT id FROM "${table}"`).pluck().all() as string[]);
  } finally {
    sqlite.close();
  }
}

/**
 * Inputs the API accepts on a disk with room, found by trying generated ones against a
 * copy of the template, each inside a transaction that is rolled back afterwards.
 */
async function screen(name: ProcedureName, index: number, ids: string[]): Promise<Candidate[]> {
  const arbitrary = arbitraryFor(contract[name].input, {
    knownIds: () => ids,
    byProperty: { name: fc.constant(backupName) as fc.Arbitrary<unknown> },
  });
  const found: Candidate[] = [];
  // Backups and restores work through other connections: each gets a fresh copy instead.
  const ownCopy = name.startsWith('backups.');
  const dir = join(temp.dir, `screen-${index}`);
  cpSync(templateDir, dir, { recursive: true });
  let database = await openDatabase({ dataDir: dir, migrationsFolder: MIGRATIONS_FOLDER });
  try {
    for (const input of fc.sample(arbitrary, { seed: SEED + index, numRuns: SAMPLES_SCREENED })) {
      if (found.length >= INPUTS_PER_PROCEDURE) break;
      const changes = () => Number(database.sqlite.prepare('SELECT total_changes()').pluck().get());
      if (!ownCopy) database.sqlite.exec('BEGIN');
      const before = changes();
      const envelope = await invoke({ db: database.db, dataDir: dir, storage: database }, name, input, silent);
      const changed = changes() > before;
      if (!ownCopy) database.sqlite.exec('ROLLBACK');
      if (envelope.ok) found.push({ input, changesRows: changed });
      if (ownCopy && envelope.ok) {
        database.close();
        cpSync(templateDir, dir, { recursive: true });
        database = await openDatabase({ dataDir: dir, migrationsFolder: MIGRATIONS_FOLDER });
      }
    }
  } finally {
    database.close();
  }
  return found;
}

/** The API in a child process whose files may not grow past LIMIT_KB. */
class LimitedApi {
  private readonly process: ChildProcess;
  private readonly lines: Interface;
  private readonly waiting: ((line: string) => void)[] = [];
  private stderr = '';

  constructor(readonly dataDir: string) {
    this.process = spawn(
      'bash',
      ['-c', `ulimit -f ${LIMIT_KB}; exec "$0" "$@"`, process.execPath, child.file, dataDir, MIGRATIONS_FOLDER],
      { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.process.stderr?.on('data', (chunk) => {
      this.stderr += String(chunk);
    });
    this.lines = createInterface({ input: this.process.stdout as NodeJS.ReadableStream });
    this.lines.on('line', (line) => this.waiting.shift()?.(line));
  }

  private next(): Promise<unknown> {
    return new Promise((done, fail) => {
      const onExit = () => fail(new Error(`The API child exited: ${this.stderr}`));
      this.process.once('exit', onExit);
      this.waiting.push((line) => {
        this.process.off('exit', onExit);
        done(JSON.parse(line));
      });
    });
  }

  ready = () => this.next();

  send(command: unknown): Promise<unknown> {
    const answer = this.next();
    this.process.stdin?.write(`${JSON.stringify(command)}\n`);
    return answer;
  }

  close(): Promise<void> {
    return new Promise((done) => {
      this.process.once('exit', () => done());
      this.process.stdin?.end();
    });
  }
}

/** What a fresh connection (not the child's) reads from the file: the truth on disk. */
function readBack(dataDir: string): string {
  const sqlite = openFile(join(dataDir, DATABASE_FILE));
  try {
    return dumpDatabase(sqlite);
  } finally {
    sqlite.close();
  }
}

/** Room again: the parent (no limit) moves the log into the database file and empties it. */
function makeRoom(dataDir: string): void {
  const sqlite = openFile(join(dataDir, DATABASE_FILE));
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
}

describe('disk full', () => {
  it('every mutation either commits or answers an error, never ok without data', async () => {
    const ids = templateIds();
    const acknowledgedNotStored: string[] = [];
    const refusedWithGenericMessage: string[] = [];
    const untested: string[] = [];
    let testedFull = 0;
    let refusedFull = 0;
    let committedWithRoom = 0;
    let effectOutsideRows = 0;
    const started = performance.now();
    for (const [index, name] of mutations.entries()) {
      const candidates = await screen(name, index, ids);
      if (!candidates.some((candidate) => candidate.changesRows)) untested.push(name);
      if (candidates.length === 0) continue;
      const dataDir = join(temp.dir, `run-${index}`);
      mkdirSync(dataDir);
      cpSync(templateDir, dataDir, { recursive: true });
      const api = new LimitedApi(dataDir);
      try {
        await api.ready();
        for (const candidate of candidates) {
          // The disk is full: the log cannot take one more page.
          const { commits } = (await api.send({ op: 'fill' })) as { commits: number };
          expect(commits).toBeGreaterThan(0);
          let before = readBack(dataDir);
          const full = (await api.send({ op: 'invoke', name, input: candidate.input })) as {
            envelope: Envelope<unknown>;
          };
          let after = readBack(dataDir);
          if (!candidate.changesRows) effectOutsideRows++;
          else {
            testedFull++;
            if (full.envelope.ok && after === before) acknowledgedNotStored.push(name);
          }
          if (!full.envelope.ok) {
            refusedFull++;
            // A refusal changed nothing, and says why in plain words.
            expect(after, `${name} half-wrote before failing`).toBe(before);
            expect(full.envelope.error.message).not.toMatch(/SQLITE_|\n\s+at /);
            if (!/disk/i.test(full.envelope.error.message)) refusedWithGenericMessage.push(name);
          }
          // Room again: the same input now commits, or is refused for a reason of its own.
          makeRoom(dataDir);
          before = readBack(dataDir);
          const room = (await api.send({ op: 'invoke', name, input: candidate.input })) as {
            envelope: Envelope<unknown>;
          };
          after = readBack(dataDir);
          if (room.envelope.ok && candidate.changesRows) {
            expect(after, `${name} answered ok with room but nothing is stored`).not.toBe(before);
            committedWithRoom++;
          }
        }
      } finally {
        await api.close();
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `disk full: ${mutations.length} mutation procedures, ${testedFull} writes tried on a full disk ` +
        `(${refusedFull} refused, ${acknowledgedNotStored.length} acknowledged but not stored), ` +
        `${committedWithRoom} committed once there was room, ${effectOutsideRows} with effects outside the rows; ` +
        `no accepted input found for: ${untested.join(', ') || 'none'}; ${seconds} s`,
    );
    expect(acknowledgedNotStored).toEqual([]);
    expect(refusedWithGenericMessage).toEqual([]);
    // Most of the table must really have been exercised, or this test proves little.
    expect(untested.length).toBeLessThan(mutations.length / 5);
  }, 900_000);
});
