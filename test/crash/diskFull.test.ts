import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { getTableName } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type ProcedureName, procedureNames } from '../../api/contract';
import { invoke } from '../../api/invoke';
import type { Envelope } from '../../api/procedure';
import { backupDatabase } from '../../db/backup';
import { openFile, type SqliteConnection } from '../../db/connection';
import { openDatabase } from '../../db/database';
import { DATABASE_FILE } from '../../db/dataDir';
import { softDeleteTables } from '../../db/dealTables/sweep';
import { bundleScript, PROJECT_ROOT } from '../support/bundle';
import { dumpDatabase } from '../support/dump';
import { caseInput, caseLabel, type ProcedureCase, procedureCases } from '../support/procedureCases';
import { arbitraryFor } from '../support/schemaArbitrary';
import { seedDeal } from '../support/seedDeal';
import { MIGRATIONS_FOLDER, makeTempDir } from '../support/tempDataDir';

/**
 * Disk full without root: the API runs in a child process whose files may not grow past
 * LIMIT_KB (`ulimit -f`). With its write-ahead log filled to that limit, every mutation
 * procedure is called with inputs it accepts on a disk with room. Every answer must be
 * honest: ok only if a fresh connection then reads the change, otherwise an error in plain
 * words with nothing half-written. Then, with room again, the same calls must commit.
 */
const LIMIT_KB = 2048;
const SEED = 13_013;
/** Inputs per procedure that the API accepts on a disk with room (found by screening). */
const INPUTS_PER_PROCEDURE = Number(process.env.PARLEY_DISK_FULL_INPUTS ?? 2);
const SAMPLES_SCREENED = 150;

const temp = makeTempDir('parley-disk-full-');
const templateDir = join(temp.dir, 'template');
let child: Awaited<ReturnType<typeof bundleScript>>;
let backupName = '';
const silent = { error: () => {} };
/**
 * Every mutation that writes this laptop's file. team.* first ask the team server (none runs
 * here) and refuse before writing; the rows they then write go through the same writeDeal.
 */
const mutations = procedureCases(
  procedureNames.filter((name) => contract[name].kind === 'mutation' && !name.startsWith('team.')),
);

interface Candidate {
  name: ProcedureName;
  input: unknown;
  /** On a disk with room this input changed rows; its effect is checked in the database. */
  changesRows: boolean;
}

type Opened = Awaited<ReturnType<typeof openDatabase>>;
const api = (database: Opened) => async (name: string, input: unknown) => {
  const envelope = await invoke(
    { db: database.db, dataDir: database.dataDir, storage: database },
    name as ProcedureName,
    input,
    silent,
  );
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
  return envelope.value;
};

/** Table name → its ids, so an `issueId` is drawn from issues and `decisionSteps.update`'s id from decision steps. */
function idsByTable(sqlite: SqliteConnection): Map<string, string[]> {
  const tables = sqlite
    .prepare("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'id'")
    .pluck()
    .all() as string[];
  return new Map(tables.map((table) => [table, sqlite.prepare(`SELECT id FROM "${table}"`).pluck().all() as string[]]));
}

const VERB =
  /^(add|update|delete|restore|purge|move|set|remove|detach|attach|link|unlink|insert|create|duplicate|reset)/;
const stem = (camel: string) =>
  camel
    .replace(VERB, '')
    .replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    .replace(/^_/, '')
    .replace(/s$/, '');

function idsFor(tables: Map<string, string[]>, [name, table]: ProcedureCase, property = 'id'): string[] {
  const [area = '', method = ''] = name.split('.');
  const own = table ? [stem(table)] : [stem(method), stem(area)];
  const stems = property === 'id' || property === 'ids' ? own : [stem(property.replace(/Ids?$/, ''))];
  for (const wanted of stems.filter(Boolean)) {
    const ids = [...tables].filter(([table]) => table.includes(wanted)).flatMap(([, ids]) => ids);
    if (ids.length > 0) return ids;
  }
  return [...tables.values()].flat();
}

/**
 * Inputs the API accepts on a disk with room: generated from the procedure's zod schema
 * and tried against the template database inside a transaction that is rolled back.
 */
async function screen(database: Opened, testCase: ProcedureCase, index: number): Promise<Candidate[]> {
  const [name] = testCase;
  const tables = idsByTable(database.sqlite);
  const arbitrary = arbitraryFor(caseInput(testCase), {
    knownIds: (property) => idsFor(tables, testCase, property),
    byProperty: { name: fc.constant(backupName) as fc.Arbitrary<unknown> },
  });
  // Backups and restores work through other connections: they are tried on a copy instead.
  const ownCopy = name.startsWith('backups.');
  const found: Candidate[] = [];
  // Every try is rolled back: the database looks like this before each one.
  const base = dumpDatabase(database.sqlite);
  for (const input of fc.sample(arbitrary, { seed: SEED + index, numRuns: SAMPLES_SCREENED })) {
    if (found.length >= INPUTS_PER_PROCEDURE) break;
    if (ownCopy) {
      const copy = join(temp.dir, `screen-${index}-${found.length}`);
      cpSync(database.dataDir, copy, { recursive: true });
      const opened = await openDatabase({ dataDir: copy, migrationsFolder: MIGRATIONS_FOLDER, lock: false });
      try {
        const envelope = await invoke({ db: opened.db, dataDir: copy, storage: opened }, name, input, silent);
        if (envelope.ok) found.push({ name, input, changesRows: false });
      } finally {
        opened.close();
      }
      continue;
    }
    database.sqlite.exec('BEGIN');
    try {
      const envelope = await invoke(
        { db: database.db, dataDir: database.dataDir, storage: database },
        name,
        input,
        silent,
      );
      // A write of values already stored is acknowledged truthfully without any change.
      if (envelope.ok) found.push({ name, input, changesRows: dumpDatabase(database.sqlite) !== base });
    } finally {
      database.sqlite.exec('ROLLBACK');
    }
  }
  return found;
}

let candidates: Candidate[] = [];
const untested: string[] = [];

beforeAll(async () => {
  child = await bundleScript(resolve(import.meta.dirname, '..', 'support', 'diskFullApi.ts'), 'diskFullApi');
  // The template: two filled deals with files attached, a backup between them, and one
  // deleted row of every kind (so restore and purge have something to act on).
  const database = await openDatabase({ dataDir: templateDir, migrationsFolder: MIGRATIONS_FOLDER });
  try {
    const call = api(database);
    await seedDeal(call, { evidence: 2 });
    backupName = (await backupDatabase(database.sqlite, database.backupFolder, 'manual')).name;
    const second = (await seedDeal(call, { title: 'Second deal', evidence: 2 })) as string;
    for (const evidenceId of database.sqlite.prepare('SELECT id FROM evidence_items').pluck().all() as string[]) {
      const file = { fileName: 'benchmark.txt', contentBase64: Buffer.from('benchmark figures').toString('base64') };
      await call('evidence.attach', { evidenceId, ...file });
    }
    await call('deals.archive', { id: second, archived: true });
    const gone = (await call('deals.create', { title: 'Deleted deal' })) as { id: string };
    await call('deals.delete', { id: gone.id });
    // Two more rows of every kind the seed leaves out (claims, moments, lessons…), then
    // deletions: one row of each kind stays live for update and move, one deleted for restore.
    for (const kind of [/\.(create|add)/, /\.(create|add)/, /\.delete/]) {
      for (const [index, testCase] of mutations.entries()) {
        const [name] = testCase;
        if (!kind.test(name) || name === 'deals.delete') continue;
        const [first] = await screen(database, testCase, index);
        if (first) await call(name, first.input);
      }
    }
    // The child process opens this folder minutes later; its start-up sweep would purge rows
    // deleted before their undo window (db/dealTables/sweep.ts). Dated ahead, they stay
    // deleted-but-restorable, as right after a delete, for restore and purge to act on.
    const later = new Date(Date.now() + 24 * 3600_000).toISOString();
    for (const entry of softDeleteTables()) {
      database.sqlite
        .prepare(`UPDATE ${getTableName(entry.table)} SET deleted_at = ? WHERE deleted_at IS NOT NULL`)
        .run(later);
    }
    for (const [index, testCase] of mutations.entries()) {
      const found = await screen(database, testCase, index);
      if (!found.some((candidate) => candidate.changesRows)) untested.push(caseLabel(testCase));
      candidates.push(...found);
    }
  } finally {
    database.close();
  }
  // Destructive calls last, so they do not take away what the others act on.
  const last = /\.(delete|purge|restore|reset|import)/;
  candidates = [...candidates.filter((c) => !last.test(c.name)), ...candidates.filter((c) => last.test(c.name))];
}, 300_000);
afterAll(() => {
  child?.remove();
  temp.remove();
});

/** The API in a child process whose files may not grow past LIMIT_KB. */
class LimitedApi {
  private readonly process: ChildProcess;
  private readonly lines: Interface;
  private readonly waiting: ((line: string) => void)[] = [];
  private stderr = '';
  /** Each command and how long its answer took (ms). */
  readonly timings: [string, number][] = [];

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
        try {
          done(JSON.parse(line));
        } catch {
          fail(new Error(`The API child answered a broken line (${line.length} characters): ${line.slice(0, 200)}…`));
        }
      });
    });
  }

  ready = () => this.next();

  /** One command; a child that does not answer in CALL_LIMIT_MS fails the test naming the call. */
  async send(command: { op: string; name?: string; input?: unknown }): Promise<unknown> {
    const answer = this.next();
    this.process.stdin?.write(`${JSON.stringify(command)}\n`);
    let timer: NodeJS.Timeout | undefined;
    const started = performance.now();
    const late = new Promise<never>((_, fail) => {
      timer = setTimeout(() => {
        const cpu = cpuSeconds(this.process.pid);
        setTimeout(() => {
          const busy = cpuSeconds(this.process.pid) - cpu;
          fail(
            new Error(
              `No answer in ${CALL_LIMIT_MS / 1000} s to ${command.op} ${command.name ?? ''}: the child used ${busy.toFixed(2)} s of CPU in the last second. ${this.stderr}`,
            ),
          );
        }, 1000);
      }, CALL_LIMIT_MS);
    });
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
      this.timings.push([`${command.op} ${command.name ?? ''}`, performance.now() - started]);
    }
  }

  close(): Promise<void> {
    return new Promise((done) => {
      this.process.once('exit', () => done());
      this.process.stdin?.end();
    });
  }
}

/** A call in the child answers in well under a second; a minute means it is stuck. */
const CALL_LIMIT_MS = 60_000;
/** CPU time a process has used so far (Linux), to tell a busy loop from a wait. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
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
    const dataDir = join(temp.dir, 'run');
    cpSync(templateDir, dataDir, { recursive: true });
    const acknowledgedNotStored: string[] = [];
    const halfWritten: string[] = [];
    const vague: string[] = [];
    let refused = 0;
    let committedWithRoom = 0;
    const committedProcedures = new Set<string>();
    const acknowledgedOnly = new Set<string>();
    const started = performance.now();
    const limited = new LimitedApi(dataDir);
    try {
      await limited.ready();
      // The disk is full: the log cannot take one more page, and stays so while nothing commits.
      const { commits } = (await limited.send({ op: 'fill' })) as { commits: number };
      expect(commits).toBeGreaterThan(0);
      let before = readBack(dataDir);
      for (const { name, input, changesRows } of candidates) {
        const { envelope } = (await limited.send({ op: 'invoke', name, input })) as { envelope: Envelope<unknown> };
        const after = readBack(dataDir);
        if (envelope.ok) {
          if (changesRows && after === before) acknowledgedNotStored.push(name);
        } else {
          refused++;
          if (after !== before) halfWritten.push(name);
          expect(envelope.error.message).not.toMatch(/SQLITE_|\n\s+at /);
          if (!/disk/i.test(envelope.error.message)) vague.push(`${name}: ${envelope.error.message}`);
        }
        before = after;
        // Something did commit (a change outside the rows, or a bug): full again for the next call.
        await limited.send({ op: 'fill' });
      }
      before = readBack(dataDir);
      for (const { name, input, changesRows } of candidates) {
        // Room again: the parent (no limit) moves the log into the database file and empties it.
        makeRoom(dataDir);
        const { envelope } = (await limited.send({ op: 'invoke', name, input })) as { envelope: Envelope<unknown> };
        const after = readBack(dataDir);
        if (envelope.ok && changesRows) {
          if (after !== before) committedWithRoom++;
          (after !== before ? committedProcedures : acknowledgedOnly).add(name);
        }
        before = after;
      }
      // A later call may find its work done by an earlier one (built-ins already restored),
      // but a procedure whose every acknowledged write left the file unchanged is lying.
      for (const name of acknowledgedOnly) {
        if (!committedProcedures.has(name)) acknowledgedNotStored.push(`${name} (with room)`);
      }
    } finally {
      await limited.close();
    }
    const slowest = limited.timings.sort((a, b) => b[1] - a[1]).slice(0, 5);
    const tried = candidates.filter((candidate) => candidate.changesRows).length;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `disk full: ${mutations.length} mutation procedures; ${candidates.length} calls on a full disk ` +
        `(${tried} that change rows), ${refused} refused, ${acknowledgedNotStored.length} acknowledged but not stored; ` +
        `with room again ${committedWithRoom} committed; no accepted input found for ${untested.length}: ` +
        `${untested.join(', ') || 'none'}; ${seconds} s; slowest calls: ` +
        slowest.map(([call, ms]) => `${call} ${ms.toFixed(0)} ms`).join(', '),
    );
    expect(acknowledgedNotStored).toEqual([]);
    expect(halfWritten).toEqual([]);
    expect(vague).toEqual([]);
    // Most of the table must really have been exercised, or this test proves little.
    expect(untested.length).toBeLessThan(mutations.length / 5);
  }, 300_000);
});
