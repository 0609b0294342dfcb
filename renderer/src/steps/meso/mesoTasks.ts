import { useEffect, useRef, useState } from 'react';
import type { MesoAnalysis, MesoAnalysisInput } from '../../../../core/mesoAnalysis';
import { computeMesoTask, type MesoTask, type MesoValue } from './mesoCompute';

export type { MesoTask, MesoValue };
export interface MesoRequest {
  id: number;
  task: MesoTask;
  input: MesoAnalysisInput;
}
export type MesoResponse =
  | { id: number; ok: true; value: MesoValue; ms: number }
  | { id: number; ok: false; message: string };

interface Timed<T> {
  value: T;
  /** Time spent computing, in the worker (or inline when workers are unavailable). */
  ms: number;
  where: 'worker' | 'inline';
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: Timed<unknown>) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./mesoWorker.ts', import.meta.url), { type: 'module', name: 'meso' });
    worker.onmessage = (event: MessageEvent<MesoResponse>) => {
      const message = event.data;
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (!waiter) return;
      if (message.ok) waiter.resolve({ value: message.value, ms: message.ms, where: 'worker' });
      else waiter.reject(new Error(message.message));
    };
    worker.onerror = () => {
      // A worker that cannot start (blocked by policy, say): fall back to computing inline.
      for (const waiter of pending.values()) waiter.reject(new Error('worker-failed'));
      pending.clear();
      worker = null;
      workerFailed = true;
    };
  } catch {
    workerFailed = true;
    worker = null;
  }
  return worker;
}
let workerFailed = false;

function inline<T>(task: MesoTask, input: MesoAnalysisInput): Promise<Timed<T>> {
  return new Promise((resolve, reject) =>
    setTimeout(() => {
      const started = performance.now();
      try {
        const value = computeMesoTask(task, input);
        resolve({ value: value as T, ms: performance.now() - started, where: 'inline' });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0),
  );
}

/** Runs one task on the MESO worker; answers with the value and the compute time. */
export function runMesoTask<T extends MesoValue>(task: MesoTask, input: MesoAnalysisInput): Promise<Timed<T>> {
  const target = workerFailed ? null : getWorker();
  if (!target) return inline<T>(task, input);
  const id = nextId++;
  return new Promise<Timed<T>>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (r: Timed<unknown>) => void, reject });
    target.postMessage({ id, task, input } satisfies MesoRequest);
  }).catch((error: Error) => {
    if (error.message === 'worker-failed') return inline<T>(task, input);
    throw error;
  });
}

/**
 * The latest analysis of `input` (null until the first answer). While a newer input is being
 * computed the previous answer stays on screen, marked stale; older answers are dropped.
 */
export function useMesoAnalysis(input: MesoAnalysisInput | null): {
  analysis: MesoAnalysis | null;
  stale: boolean;
  ms: number | null;
  where: Timed<unknown>['where'] | null;
  error: string | null;
} {
  const [state, setState] = useState<{
    analysis: MesoAnalysis | null;
    ms: number | null;
    where: Timed<unknown>['where'] | null;
    error: string | null;
  }>({ analysis: null, ms: null, where: null, error: null });
  const [stale, setStale] = useState(true);
  const latest = useRef(0);
  useEffect(() => {
    if (!input) return;
    const ticket = ++latest.current;
    setStale(true);
    runMesoTask<MesoAnalysis>('analyse', input).then(
      ({ value, ms, where }) => {
        if (ticket !== latest.current) return;
        setState({ analysis: value, ms, where, error: null });
        setStale(false);
      },
      (error: Error) => {
        if (ticket !== latest.current) return;
        setState((current) => ({ ...current, error: error.message }));
        setStale(false);
      },
    );
  }, [input]);
  return { ...state, stale };
}
