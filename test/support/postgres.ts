import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './freePort';
import { waitFor } from './teamServer';
import { makeTempDir } from './tempDataDir';

/** The newest installed Postgres's programs (apt package `postgresql`; `.ci/run` installs it). */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error(`No Postgres in ${root}: install the apt package postgresql`);
  return join(root, versions[0], 'bin');
}

export interface RunningPostgres {
  /** postgres://parley@127.0.0.1:<port>/postgres (trust authentication, loopback only). */
  url: string;
  child: ChildProcess;
  /** Stops the server by its pid, waits for it, removes its folder. */
  stop(): Promise<void>;
}

/**
 * A throwaway Postgres: `initdb` into a temp folder, `postgres` on a free loopback port, no
 * fsync. Postgres refuses to run as root, so under root both run as the `postgres` user
 * (setpriv execs, so the child's pid is the server's).
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const bin = postgresBin();
  const folder = makeTempDir('parley-postgres-');
  const asPostgres: string[] = [];
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(folder.dir, uid, gid);
    asPostgres.push('setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--');
  }
  const run = (program: string, args: string[]) =>
    asPostgres.length ? [asPostgres[0] as string, [...asPostgres.slice(1), program, ...args]] : [program, args];
  const data = join(folder.dir, 'data');
  const [initdb, initArgs] = run(join(bin, 'initdb'), ['-D', data, '-U', 'parley', '-A', 'trust', '--no-sync']);
  execFileSync(initdb as string, initArgs as string[], { stdio: 'pipe' });

  const port = await freePort();
  const [postgres, args] = run(join(bin, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-h',
    '127.0.0.1',
    '-k',
    folder.dir,
    '-F',
  ]);
  const child = spawn(postgres as string, args as string[], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(child.pid, 'SIGINT');
    await exited;
    folder.remove();
  };
  try {
    await waitFor(
      () => output.includes('ready to accept connections') || child.exitCode !== null,
      'Postgres to start',
      () => output,
      30_000,
    );
    if (child.exitCode !== null) throw new Error(`Postgres exited:\n${output}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://parley@127.0.0.1:${port}/postgres`, child, stop };
}
