import type { MomentPhase } from '../model';
import type { Candidate, TranscriptLine } from './types';

/** Phrases and patterns shared by several rules. Word lists are deliberately small and plain. */

export const MONEY =
  /(?:[€$£]\s?\d[\d,.']*(?:\s?(?:k|m|bn|thousand|million)\b)?|\b\d[\d,.']*\s?(?:k|m)?\s?(?:eur|euros?|usd|dollars?|gbp|pounds?|chf)\b|\b\d[\d,.']*k\b)/i;
export const PERCENT = /\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b)/i;
export const CONDITIONAL =
  /\b(?:if you(?:'d| would| can| could| will)?|provided(?: that)?|as long as|in exchange|in return|on condition|subject to|only if)\b/i;
export const VALUE_WORDS =
  /\b(?:value|roi|return on|outcomes?|saves?|saving|savings|cost of (?:not|doing nothing|delay)|impact|results?|payback|risk you|downtime you)\b/i;
export const EVIDENCE_WORDS =
  /\b(?:because|based on|benchmark|market rate|in line with|compared (?:to|with)|case stud(?:y|ies)|similar customers|data shows|our data|reference|industry average|on average|survey|analysis)\b/i;

export interface Span {
  start: number;
  end: number;
}

export function spanOf(text: string, pattern: RegExp): Span | null {
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

export const isQuestion = (text: string) => /\?\s*["”’')]*\s*$/.test(text) || /\?\s/.test(text);

export const speech = (lines: readonly TranscriptLine[]) => lines.filter((l) => l.kind === 'speech');

/** The opening stretch of the conversation: the first third of what was said, at least four lines. */
export function isEarly(line: TranscriptLine, lines: readonly TranscriptLine[]): boolean {
  const spoken = speech(lines);
  const rank = spoken.indexOf(line);
  return rank >= 0 && rank < Math.max(4, Math.ceil(spoken.length / 3));
}

/** A rough phase from the line's place in the conversation, for rules without a fixed one. */
export function phaseAt(at: number): MomentPhase {
  if (at < 0.15) return 'opening';
  if (at < 0.35) return 'exploring';
  if (at < 0.55) return 'proposing';
  if (at < 0.85) return 'bargaining';
  return 'closing';
}

/** The next spoken line after `line`, skipping pauses. */
export function nextSpoken(lines: readonly TranscriptLine[], line: TranscriptLine): TranscriptLine | null {
  return lines.slice(line.index + 1).find((l) => l.kind === 'speech') ?? null;
}

/** The previous spoken line before `line`, skipping pauses. */
export function previousSpoken(lines: readonly TranscriptLine[], line: TranscriptLine): TranscriptLine | null {
  return (
    lines
      .slice(0, line.index)
      .reverse()
      .find((l) => l.kind === 'speech') ?? null
  );
}

export function candidate(
  fields: Omit<Candidate, 'line' | 'lineIndex' | 'highlight'>,
  line: TranscriptLine,
  span: Span,
): Candidate {
  return { ...fields, lineIndex: line.index, line: line.text, highlight: span };
}

/** A short excerpt for explanations: the matched words, trimmed. */
export const matched = (line: TranscriptLine, span: Span) => line.text.slice(span.start, span.end).trim();
