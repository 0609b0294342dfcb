import { clauseSentence } from '../concessions';
import type { DealSnapshot } from '../snapshot';
import type { StepId } from '../steps';
import { offerSheetContent } from './document';
import { INTERNAL_WORDS, numbersIn, POINTS_CONTEXT, same } from './internalWording';

/**
 * The offer sheet leaves out every internal field, but the words the user typed into the
 * fields it does print — issue names, option labels, offer names, clause wording — can
 * still carry an internal value ("Volume commitment (reservation 8.77)", a clause naming
 * the BATNA supplier). Before the sheet goes out, its text is checked against the deal's
 * internal values, and each match is reported with where it was found and where it comes from.
 */
export interface SheetLeak {
  /** Stable across re-reads, so a confirmation sticks to the same match. */
  id: string;
  /** The internal value as it appears on the sheet. */
  found: string;
  /** Where the value is kept internally, e.g. "BATNA: next-best course". */
  source: string;
  /** Where the sheet prints it, e.g. "Option label on Option A". */
  where: string;
  /** The printed text around it. */
  text: string;
  /** The step where the printed text can be changed. */
  fix: StepId;
}

interface SheetPiece {
  where: string;
  text: string;
  fix: StepId;
  /** An option label's first number is the term offered, which may rightly equal a target. */
  offersAValue?: boolean;
}

/** Everything the sheet prints that came from the user's typing. */
function sheetPieces(s: DealSnapshot): SheetPiece[] {
  const safe = offerSheetContent(s);
  const offers = safe.meso?.offers ?? [];
  const pieces: SheetPiece[] = [];
  offers.forEach((offer, index) => {
    const name = offer.label.trim() || `Option ${String.fromCharCode(65 + index)}`;
    if (offer.label.trim()) pieces.push({ where: `Name of ${name}`, text: offer.label, fix: 'meso' });
    for (const issue of safe.issues) {
      const optionId = offer.choices[issue.id];
      if (!optionId) continue;
      const option = issue.options.find((o) => o.id === optionId);
      if (option?.label.trim()) {
        pieces.push({ where: `Option in ${name}`, text: option.label, fix: 'issues', offersAValue: true });
      }
    }
  });
  for (const issue of safe.issues) {
    if (issue.name.trim() && offers.some((o) => o.choices[issue.id])) {
      pieces.push({ where: 'Issue name', text: issue.name, fix: 'issues' });
    }
  }
  for (const clause of safe.concessions?.clauses ?? []) {
    pieces.push({ where: 'Clause', text: clauseSentence(clause), fix: 'concessions' });
  }
  // The same text printed twice (an option shared by offers) is one finding.
  const seen = new Set<string>();
  return pieces.filter((p) => {
    const key = `${p.where.replace(/ in .*/, '')}\u0000${p.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Internal =
  | { kind: 'text'; text: string; source: string }
  | { kind: 'amount'; value: number; source: string }
  /** Points (weights, scores) only count where the sheet speaks of points or weights. */
  | { kind: 'points'; value: number; source: string };

function internalValues(s: DealSnapshot): Internal[] {
  const b = s.batna;
  const values: Internal[] = [];
  const text = (value: string | undefined, source: string) => {
    if (value?.trim()) values.push({ kind: 'text', text: value, source });
  };
  const amount = (value: number | null | undefined, source: string) => {
    if (value !== null && value !== undefined) values.push({ kind: 'amount', value, source });
  };
  const points = (value: number | null | undefined, source: string) => {
    if (value !== null && value !== undefined && value !== 0) values.push({ kind: 'points', value, source });
  };
  text(b.ourCourse, 'BATNA: next-best course');
  text(b.ourDescription, 'BATNA: description');
  text(b.ourRisk, 'BATNA: risk');
  text(b.ourTiming, 'BATNA: timing');
  text(b.theirDescription, 'Their BATNA');
  text(b.theirEvidence, 'Their BATNA: evidence');
  amount(b.ourValueMoney, 'BATNA value');
  amount(b.theirValueMoney, 'Their BATNA value');
  amount(b.ourSwitchingCost, 'Switching cost');
  amount(b.theirSwitchingCost, 'Their switching cost (our estimate)');
  amount(b.ourReservation, 'Our reservation point');
  amount(b.ourTarget, 'Our target');
  amount(b.theirReservation, 'Their reservation point (estimate)');
  amount(b.theirTarget, 'Their target (estimate)');
  points(b.ourValuePoints, 'BATNA value in points');
  for (const action of s.batnaActions) text(action.text, 'BATNA: action');
  text(s.deal.notes, 'Deal notes');
  for (const issue of s.issues) {
    const name = issue.name.trim() || 'Untitled issue';
    text(issue.notes, `Notes on ${name}`);
    points(issue.weightUs, `Our weight for ${name}`);
    points(issue.weightThem, `Their weight for ${name}`);
    for (const option of issue.options) {
      points(option.ourScore, `Our score for ${name}: ${option.label}`);
      points(option.theirScore, `Their score for ${name}: ${option.label}`);
    }
  }
  for (const person of s.counterparty?.stakeholders ?? []) {
    const who = person.name.trim() || 'a stakeholder';
    text(person.interests, `Interests of ${who}`);
    text(person.mustHaves, `Must-haves of ${who}`);
    text(person.redLines, `Red lines of ${who}`);
    text(person.faceSaving, `Face-saving needs of ${who}`);
    text(person.politicalCapital, `Political capital of ${who}`);
    text(person.relationshipNotes, `Notes on ${who}`);
  }
  for (const item of s.evidence?.items ?? []) {
    text(item.title, 'Evidence title');
    text(item.notes, `Evidence notes: ${item.title}`);
  }
  for (const anchor of s.anchors?.anchors ?? []) {
    text(anchor.rationale, `Anchor rationale: ${anchor.issueLabel}`);
    text(anchor.expectedCounterNote, `Anchor note: ${anchor.issueLabel}`);
  }
  if (s.meso?.settings.targetPoints) points(s.meso.settings.targetPoints, 'MESO target (points)');
  return values;
}

/**
 * Words that identify something: capitalised or containing a digit, at least four
 * characters, and not one of the everyday words a deal's own wording is made of.
 */
const COMMON = new Set(
  `this that with from they them their there what when where which would could should will have been about after
  before also only into over under than then each every some most more less such other these those while because
  price term terms payment support service services contract contracts deal offer offers renewal year years month
  months week weeks days volume discount level levels standard premium option options total annual monthly budget
  cost costs value risk timing none note notes best next course current supplier customer client team company
  project phase start date quarter plus included including without within per`.split(/\s+/),
);

function identifyingTerms(text: string, exclude: Set<string>): string[] {
  const terms = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]{3,}/gu) ?? []) {
    const lower = word.toLowerCase();
    const identifying = /^\p{Lu}/u.test(word) || /\d/.test(word);
    if (identifying && !/^\d+$/.test(word) && !COMMON.has(lower) && !exclude.has(lower)) terms.add(word);
  }
  return [...terms];
}

export function checkOfferSheet(s: DealSnapshot): SheetLeak[] {
  const pieces = sheetPieces(s);
  if (pieces.length === 0) return [];
  const internal = internalValues(s);
  // The counterparty's own name is on the sheet by design.
  const exclude = new Set(
    s.deal.counterparty
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
  const leaks = new Map<string, SheetLeak>();
  const report = (piece: SheetPiece, found: string, source: string) => {
    const id = `${source}\u0000${piece.where}\u0000${piece.text}\u0000${found}`;
    if (!leaks.has(id)) leaks.set(id, { id, found, source, where: piece.where, text: piece.text, fix: piece.fix });
  };
  for (const piece of pieces) {
    const lower = piece.text.toLowerCase();
    const wording = INTERNAL_WORDS.exec(piece.text);
    if (wording) report(piece, wording[0], 'Internal wording');
    // The first number of an option label is the term offered: an offer may sit at our target.
    const numbers = numbersIn(piece.text).filter((_, i) => !(piece.offersAValue && i === 0 && !wording));
    for (const value of internal) {
      if (value.kind === 'text') {
        const whole = value.text.trim();
        if (whole.length >= 6 && whole.length <= 200 && lower.includes(whole.toLowerCase())) {
          report(piece, whole, value.source);
          continue;
        }
        for (const term of identifyingTerms(value.text, exclude)) {
          const pattern = new RegExp(
            `(^|[^\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`,
            'iu',
          );
          if (pattern.test(piece.text)) report(piece, term, value.source);
        }
      } else {
        for (const number of numbers) {
          if (!number.values.some((n) => same(n, value.value))) continue;
          if (value.kind === 'points' && !POINTS_CONTEXT.test(piece.text)) continue;
          report(piece, number.token, value.source);
        }
      }
    }
  }
  return [...leaks.values()];
}
