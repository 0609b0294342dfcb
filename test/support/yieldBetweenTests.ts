import { beforeEach } from 'vitest';

/**
 * Vitest's runner goes from one test to the next on microtasks only, so a file of many
 * synchronous SQLite tests (api.test.ts runs 300+) never lets the worker's event loop turn.
 * Its progress reports to the main process then time out after 60 s on a busy machine
 * ("Timeout calling onTaskUpdate") and fail the run although every test passed. One
 * macrotask between tests lets those replies through.
 */
beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
