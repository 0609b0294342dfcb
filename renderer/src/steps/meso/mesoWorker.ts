/**
 * Runs the package engine off the render path: the frontier of 20 issues × 6 options takes
 * long enough that doing it in a React render would freeze typing and scrolling.
 */
import { computeMesoTask } from './mesoCompute';
import type { MesoRequest, MesoResponse } from './mesoTasks';

const reply = (message: MesoResponse) =>
  (self as unknown as { postMessage(m: MesoResponse): void }).postMessage(message);

self.onmessage = (event: MessageEvent<MesoRequest>) => {
  const { id, task, input } = event.data;
  const started = performance.now();
  try {
    const value = computeMesoTask(task, input);
    reply({ id, ok: true, value, ms: performance.now() - started });
  } catch (error) {
    reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
