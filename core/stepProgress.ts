/** How far one step is filled in; shared by every step's completion rule. */
export type Completion = 'empty' | 'started' | 'complete';

export interface StepProgress {
  state: Completion;
  /** What is missing (or, when complete, a short summary). */
  reason: string;
}
