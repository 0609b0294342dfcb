/**
 * The award model is written as CPLEX LP text and solved by HiGHS (the `highs` package, a
 * WebAssembly build). Loading the WebAssembly is the caller's job (it reads a file); this
 * wraps an already loaded instance so the domain code stays free of I/O.
 */
import type { LegacyHighs } from 'highs';

export interface LpResult {
  /** HiGHS model status: 'Optimal', 'Infeasible', … */
  status: string;
  /** Primal value per column name (only when a solution exists). */
  values: Record<string, number>;
  objective: number;
}

export type LpSolve = (lp: string) => LpResult;

/**
 * Gaps at zero: HiGHS stops at 0.01 % from the bound by default, which would make "lowest
 * cost" mean "nearly lowest" — not what a committee signs off. The feasibility-jump
 * heuristic only looks for a first solution; on award-sized models it cost ~5× the whole
 * solve (measured), and branch-and-bound proves the optimum without it.
 */
export const EXACT_MIP_OPTIONS = {
  mip_rel_gap: 0,
  mip_abs_gap: 1e-7,
  mip_heuristic_run_feasibility_jump: false,
  output_flag: false,
  log_to_console: false,
} as const;

export function lpSolverFrom(highs: Pick<LegacyHighs, 'solve'>): LpSolve {
  return (lp) => {
    const solution = highs.solve(lp, EXACT_MIP_OPTIONS);
    const values: Record<string, number> = {};
    if (solution.Status === 'Optimal') {
      for (const [name, column] of Object.entries(solution.Columns))
        values[name] = (column as { Primal: number }).Primal;
    }
    return { status: solution.Status, values, objective: solution.ObjectiveValue };
  };
}
