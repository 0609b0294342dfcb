/**
 * Child process for the disk-full test: the real API on a real data folder, started by
 * the parent under a file-size limit (`ulimit -f`). Past the limit a write fails with
 * EFBIG, which SQLite reports as a failed commit, as on a full disk. The parent drives it
 * one command per stdin line and reads one JSON answer per stdout line:
 *   {"op":"fill"}                   write until the write-ahead log is at the limit
 *   {"op":"invoke","name","input"}  one procedure through api/invoke, answers its envelope
 *
 * argv: <dataDir> <migrationsFolder>
 */
import { createInterface } from 'node:readline';
import { invoke } from '../../api/invoke';
import { openDatabase } from '../../db/database';

// Without this the kernel's SIGXFSZ would kill the process at the first write past the limit.
process.on('SIGXFSZ', () => {});

const [dataDir, migrationsFolder] = process.argv.slice(2);
if (!dataDir || !migrationsFolder) throw new Error('usage: diskFullApi <dataDir> <migrationsFolder>');

/**
 * One answer line, all of it: answers run to hundreds of kilobytes (rows.move gives back the
 * list), more than a pipe takes at once, and a bare writeSync(1) stops at what fits.
 */
const answer = (value: unknown) =>
  new Promise<void>((done, fail) =>
    process.stdout.write(`${JSON.stringify(value)}\n`, (error) => (error ? fail(error) : done())),
  );
const database = await openDatabase({ dataDir, migrationsFolder });
const ctx = { db: database.db, dataDir, storage: database };
const logged: string[] = [];
const log = { error: (message: string, error: unknown) => logged.push(`${message}: ${(error as Error)?.message}`) };

/** One page per commit (the header's user_version), until a commit fails: the log is then full. */
function fill(): { commits: number } {
  let commits = 0;
  const synchronous = database.sqlite.pragma('synchronous', { simple: true });
  // The filler is test machinery: no need to wait for the disk on each of its commits.
  database.sqlite.pragma('synchronous = OFF');
  try {
    for (;;) {
      database.sqlite.exec(`PRAGMA user_version = ${(commits % 1000) + 1}`);
      commits++;
    }
  } catch {
    return { commits };
  } finally {
    database.sqlite.pragma(`synchronous = ${synchronous}`);
  }
}

await answer({ ready: true });
for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as { op: string; name?: string; input?: unknown };
  if (command.op === 'fill') await answer(fill());
  else if (command.op === 'invoke') {
    logged.length = 0;
    const envelope = await invoke(ctx, command.name as never, command.input, log);
    await answer({ envelope, logged: [...logged] });
  }
}
database.close();
