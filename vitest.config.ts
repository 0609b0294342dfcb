import { defineConfig } from 'vitest/config';

/**
 * Three projects, one command: unit (pure, fast), integration (real SQLite files in temp
 * folders, real HTTP on loopback) and e2e (the built UI in real Chromium, browser mode).
 */
// See test/support/yieldBetweenTests.ts: long files of synchronous tests must let the worker's event loop turn.
const setupFiles = ['test/support/yieldBetweenTests.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', setupFiles } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          testTimeout: 30_000,
          // Hooks start child processes (the Electron stand-in, team servers): 10 s is less
          // than one start on a loaded two-core machine.
          hookTimeout: 60_000,
        },
      },
      {
        // fast-check over every procedure and the deal-file import: fixed seed, bounded runs.
        test: {
          name: 'fuzz',
          include: ['test/fuzz/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          testTimeout: 120_000,
        },
      },
      {
        // Child processes killed with SIGKILL mid-write; one at a time on two cores.
        test: {
          name: 'crash',
          include: ['test/crash/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 60_000,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for a condition in the page; its 1 s default is shorter than one
          // render on a loaded two-core machine. A condition that never comes true still fails.
          expect: { poll: { timeout: 15_000 } },
          // One browser at a time: the CI machine has two cores.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
