import type { DebriefAnalysis } from './analysis';
import type { DebriefFields, Lesson, Moment } from './model';

export interface DebriefRecord extends DebriefFields {
  dealId: string;
  updatedAt: string | null;
}

/** What the debrief screen reads in one go. */
export interface DebriefView {
  debrief: DebriefRecord;
  /** Issue id → agreed option id, for issues and options that still exist. */
  agreed: Record<string, string>;
  moments: Moment[];
  lessons: Lesson[];
  analysis: DebriefAnalysis;
}
