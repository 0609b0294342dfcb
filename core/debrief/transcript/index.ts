import { anchorWithoutEvidence } from './anchorWithoutEvidence';
import { budgetBeforeValue } from './budgetBeforeValue';
import { calibratedQuestion } from './calibratedQuestion';
import { concessionWithoutAsk } from './concessionWithoutAsk';
import { earlyFlexibility } from './earlyFlexibility';
import { firstNumber } from './firstNumber';
import { hesitationCaught } from './hesitationCaught';
import { DEFAULT_OUR_NAMES, parseTranscript } from './lines';
import { priceObjection } from './priceObjection';
import { silenceAfterProposal } from './silenceAfterProposal';
import { theClose } from './theClose';
import type { Candidate, TranscriptRule } from './types';

export type { Candidate, TranscriptLine, TranscriptRule } from './types';
export { DEFAULT_OUR_NAMES, parseTranscript };

/** Every rule, in the order their proposals are listed for the same line. */
export const TRANSCRIPT_RULES: readonly TranscriptRule[] = [
  earlyFlexibility,
  budgetBeforeValue,
  firstNumber,
  anchorWithoutEvidence,
  silenceAfterProposal,
  priceObjection,
  concessionWithoutAsk,
  calibratedQuestion,
  hesitationCaught,
  theClose,
];

/** Longest transcript analysed at once (characters); longer pastes are refused, not cut. */
export const TRANSCRIPT_LIMIT = 200_000;

/**
 * Proposes moments from pasted notes. Offline, rule by rule, each with its reason; the
 * result is only a list of proposals — nothing is stored until the user accepts one.
 */
export function proposeMoments(text: string, ourNames: readonly string[] = DEFAULT_OUR_NAMES): Candidate[] {
  const lines = parseTranscript(text, ourNames.length > 0 ? ourNames : DEFAULT_OUR_NAMES);
  return TRANSCRIPT_RULES.flatMap((rule) => rule.detect(lines)).sort(
    (a, b) =>
      a.lineIndex - b.lineIndex ||
      TRANSCRIPT_RULES.findIndex((r) => r.id === a.ruleId) - TRANSCRIPT_RULES.findIndex((r) => r.id === b.ruleId),
  );
}
