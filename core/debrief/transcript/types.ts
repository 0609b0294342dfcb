import type { MomentPhase } from '../model';

export type Speaker = 'us' | 'them' | 'unknown';

/** One line of a pasted transcript or meeting notes, with who said it. */
export interface TranscriptLine {
  /** Position in the list of lines (blank lines dropped). */
  index: number;
  /** 'pause' for stage directions such as "[pause]" or "(silence)". */
  kind: 'speech' | 'pause';
  speaker: Speaker;
  /** The name written before the colon, if any. */
  name: string | null;
  /** What was said, without the speaker prefix. */
  text: string;
  /** 0..1: how far into the conversation the line comes. */
  at: number;
}

/** A proposed moment. Nothing is stored until the user accepts it. */
export interface Candidate {
  ruleId: string;
  typeKey: string;
  phase: MomentPhase;
  effect: number;
  lineIndex: number;
  /** The whole line, and the part of it that triggered the rule ([start, end) in `line`). */
  line: string;
  highlight: { start: number; end: number };
  /** Why this was proposed, in the user's words. */
  why: string;
  /** A suggested lesson, which the user may rewrite. */
  lesson: string;
}

export interface TranscriptRule {
  id: string;
  /** The moment types this rule can propose. */
  typeKeys: readonly string[];
  /** What the rule looks for, shown in the assistant's help. */
  summary: string;
  detect(lines: readonly TranscriptLine[]): Candidate[];
}
