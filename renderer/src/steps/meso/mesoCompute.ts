/** What the MESO worker computes; kept free of React so the worker bundle stays small. */
import { toMesoIssues } from '../../../../core/issues';
import { type Package, paretoFrontier } from '../../../../core/meso';
import {
  analyseMeso,
  type MesoAnalysis,
  type MesoAnalysisInput,
  type Suggestion,
  suggestOffers,
} from '../../../../core/mesoAnalysis';

/** 'frontier': the whole Pareto frontier of the deal's issues (the live table scores offers against it). */
export type MesoTask = 'analyse' | 'suggest' | 'frontier';
export type MesoValue = MesoAnalysis | Suggestion | Package[];

/** The one place a task is computed, in the worker or inline. */
export function computeMesoTask(task: MesoTask, input: MesoAnalysisInput): MesoValue {
  if (task === 'analyse') return analyseMeso(input);
  if (task === 'suggest') return suggestOffers(input);
  return paretoFrontier(toMesoIssues(input.issues));
}
