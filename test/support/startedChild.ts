import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface StartedChild {
  child: ChildProcess;
  /** The first output line that matched `ready`. */
  match: RegExpExecArray;
  /** Kills the process by its pid (unless it is gone already) and waits for it to be gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

interface ChildStart {
  /** What the process is, for the error messages ("the team server"). */
  what: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The line on stdout that says the process is ready (it prints its address there). */
  ready: RegExp;
  timeoutMs: number;
}

/**
 * Spawns a server the test owns and waits for the whole stdout line that matches `ready`.
 * A process that exits first, or does not print it in time, fails the start with its output
 * (a slow one is killed by its pid).
 */
export function startChild({ what, command, args, cwd, env, ready, timeoutMs }: ChildStart): Promise<StartedChild> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(child.pid, signal);
    await exited;
  };
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output += String(chunk);
  });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      fail(new Error(`${what} did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      output += `${line}\n`;
      const match = ready.exec(line);
      if (!match) return;
      clearTimeout(timer);
      done({ child, match, stop });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`${what} exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
}
