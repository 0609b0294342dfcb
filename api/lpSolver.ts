/**
 * The HiGHS MILP solver (WebAssembly, the `highs` package), loaded once per process: the
 * load reads and compiles the .wasm file, so it lives here and not in core.
 */
import highsLoader from 'highs';
import { type LpSolve, lpSolverFrom } from '../core/tender/award/lpSolver';

let loaded: Promise<LpSolve> | null = null;

export function loadLpSolver(): Promise<LpSolve> {
  loaded ??= highsLoader().then(lpSolverFrom);
  return loaded;
}
