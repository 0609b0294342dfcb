import { z } from 'zod';
import { entityId, longText, TEXT_LIMITS } from '../text';

export const PHRASE_PURPOSES = [
  'conditional_trade',
  'calibrated_question',
  'fairness',
  'safe_no',
  'pause',
  'walk_away',
] as const;
export type PhrasePurpose = (typeof PHRASE_PURPOSES)[number];

export const PURPOSE_LABELS: Record<PhrasePurpose, string> = {
  conditional_trade: 'Conditional trade',
  calibrated_question: 'Calibrated question',
  fairness: 'Fairness rationale',
  safe_no: 'Relationship-safe no',
  pause: 'Pause',
  walk_away: 'Walk away',
};

/** The blanks a phrase may contain, filled from the deal's own issues and values. */
export const PHRASE_BLANKS = ['counterparty', 'issue', 'option', 'ask_issue', 'ask_option'] as const;
export type PhraseBlank = (typeof PHRASE_BLANKS)[number];

export const BLANK_LABELS: Record<PhraseBlank, string> = {
  counterparty: 'Counterparty',
  issue: 'Issue we move on',
  option: 'Option we offer',
  ask_issue: 'Issue we ask for',
  ask_option: 'Option we ask for',
};

const BLANK_PATTERN = /\{([a-z_]+)\}/g;

/** The blanks a phrase uses, in order of first appearance. */
export function blanksIn(text: string): PhraseBlank[] {
  const found: PhraseBlank[] = [];
  for (const match of text.matchAll(BLANK_PATTERN)) {
    const name = match[1] as PhraseBlank;
    if ((PHRASE_BLANKS as readonly string[]).includes(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

/** Fills the blanks; one left without a value stays visible as [issue], so the user sees the gap. */
export function fillPhrase(text: string, values: Partial<Record<PhraseBlank, string>>): string {
  return text.replace(BLANK_PATTERN, (whole, name: string) => {
    if (!(PHRASE_BLANKS as readonly string[]).includes(name)) return whole;
    const value = values[name as PhraseBlank]?.trim();
    return value ? value : `[${name.replace('_', ' ')}]`;
  });
}

const phraseText = z
  .string({ error: 'Phrase must be text' })
  .trim()
  .min(1, 'Phrase is required')
  .max(TEXT_LIMITS.short, `Phrase must be at most ${TEXT_LIMITS.short} characters`)
  .refine(
    (text) => [...text.matchAll(BLANK_PATTERN)].every((m) => (PHRASE_BLANKS as readonly string[]).includes(m[1] ?? '')),
    { message: `Blanks must be one of: ${PHRASE_BLANKS.map((b) => `{${b}}`).join(', ')}` },
  );

export const phraseFieldsSchema = z.strictObject({
  purpose: z.enum(PHRASE_PURPOSES, { error: `Purpose must be one of: ${PHRASE_PURPOSES.join(', ')}` }),
  text: phraseText,
  notes: longText('Notes'),
});
export type PhraseFields = z.infer<typeof phraseFieldsSchema>;
export const newPhraseSchema = phraseFieldsSchema.partial().required({ purpose: true, text: true });
export const phrasePatchSchema = phraseFieldsSchema.partial();

export interface Phrase extends PhraseFields {
  id: string;
  builtInKey: string | null;
  /** In the team library (shared from here, or a colleague's entry). */
  teamShared: boolean;
  createdAt: string;
  updatedAt: string;
}

export const phraseRestoreSchema = phraseFieldsSchema.extend({
  /** A team entry put back by Undo goes back to the team. */
  teamShared: z.boolean().optional(),
  id: entityId('Phrase id'),
  builtInKey: z.string().max(60).nullable(),
  createdAt: z.iso.datetime({ error: 'Created at must be an ISO-8601 UTC time' }),
  updatedAt: z.iso.datetime({ error: 'Updated at must be an ISO-8601 UTC time' }),
});

/** Which rows of the deal fill the blanks; the server reads their current names. */
export const phraseInsertSchema = z.strictObject({
  dealId: entityId('Deal id'),
  phraseId: entityId('Phrase id'),
  issueId: entityId('Issue id').nullable().optional(),
  optionId: entityId('Option id').nullable().optional(),
  askIssueId: entityId('Issue id').nullable().optional(),
  askOptionId: entityId('Option id').nullable().optional(),
});
export type PhraseInsert = z.infer<typeof phraseInsertSchema>;

export interface BuiltInPhrase {
  key: string;
  purpose: PhrasePurpose;
  text: string;
  notes: string;
}

const p = (key: string, purpose: PhrasePurpose, text: string, notes = ''): BuiltInPhrase => ({
  key,
  purpose,
  text,
  notes,
});

/**
 * Parley's own lines. Short on purpose: the user adapts them to their voice. Most serve
 * either side; the side-specific ones are balanced between buying and selling (BUILT_IN_SIDES).
 */
export const BUILT_IN_PHRASES: BuiltInPhrase[] = [
  p(
    'trade-if-could',
    'conditional_trade',
    'If we were to go to {option} on {issue}, could you move to {ask_option} on {ask_issue}?',
    'Always name what you get in the same breath as what you give.',
  ),
  p(
    'trade-package',
    'conditional_trade',
    'We can look at {option} on {issue} as part of a package that includes {ask_option} on {ask_issue}.',
  ),
  p(
    'trade-only-if',
    'conditional_trade',
    '{option} on {issue} is possible for us only together with {ask_option} on {ask_issue}.',
    'Use when they try to take the concession on its own.',
  ),
  p(
    'question-how',
    'calibrated_question',
    'How would {option} on {issue} work on your side?',
    'Open “how” and “what” questions make them solve the problem with you.',
  ),
  p('question-what-matters', 'calibrated_question', 'What makes {issue} so important for {counterparty} right now?'),
  p(
    'question-what-needed',
    'calibrated_question',
    'What would you need to see to agree to {ask_option} on {ask_issue}?',
  ),
  p(
    'fair-standard',
    'fairness',
    'We based {option} on {issue} on what comparable customers agree to, and we are glad to walk you through how we got there.',
    'Anchor on an outside standard, not on what you want.',
  ),
  p('fair-both-sides', 'fairness', 'We want terms on {issue} that we would both still find fair a year from now.'),
  p(
    'no-not-now',
    'safe_no',
    'We cannot do {option} on {issue}, but I would like to find another way to solve what sits behind it.',
    'Decline the position, not the person or their interest.',
  ),
  p(
    'no-protect',
    'safe_no',
    'That goes past what we can commit to on {issue}. Let us look at what else could help {counterparty} here.',
  ),
  p(
    'pause-check',
    'pause',
    'Let me check this with my team and come back to you by the end of the week.',
    'A pause beats a concession you have not thought through.',
  ),
  p(
    'pause-summary',
    'pause',
    'Before we go further, let me summarise where we are on {issue} so we do not lose what we already agreed.',
  ),
  p(
    'walk-respect',
    'walk_away',
    'We have looked hard at this and it does not work for us on {issue}. If anything changes on your side, we would be glad to talk again.',
    'Only say this when your BATNA is really better.',
  ),
  p(
    'walk-alternative',
    'walk_away',
    'We have another option that serves us better at these terms, so we will step back for now.',
  ),
  p(
    'sell-cost-of-waiting',
    'calibrated_question',
    'What does it cost {counterparty} each month that {issue} stays as it is today?',
    'When you sell: make the cost of no decision visible before talking price.',
  ),
  p(
    'sell-longer-for-lower',
    'conditional_trade',
    'A lower price is possible for us if we agree {ask_option} on {ask_issue}: the certainty lets us plan and pass part of the saving on.',
    'When you sell: every price move buys something you can plan with.',
  ),
  p(
    'sell-same-price',
    'safe_no',
    'We keep {issue} the same for every customer of your size; where we can help is {option} on {ask_issue}.',
    'When you sell: protects your price list without closing the conversation.',
  ),
  p(
    'sell-value-basis',
    'fairness',
    '{option} on {issue} reflects what the service saves you, and we can show the numbers behind it.',
    'When you sell: anchor on their gain, not on your cost.',
  ),
  p(
    'buy-budget-fixed',
    'fairness',
    'Our budget for {issue} is set; to get there we would need {ask_option}, and we can offer {option} in return.',
    'When you buy: a fixed budget is an outside standard, not a demand.',
  ),
  p(
    'buy-compare-market',
    'calibrated_question',
    'How does your position on {issue} compare with what others in your market are offering us?',
    'When you buy: let them place themselves against the alternatives.',
  ),
  p(
    'buy-commit-for-price',
    'conditional_trade',
    'If we commit to {option} on {issue}, what can you do on {ask_issue}?',
    'When you buy: volume, term and forecasts are worth money to a supplier.',
  ),
  p(
    'buy-comparing-offers',
    'pause',
    'We are comparing offers until the end of the month; a stronger position on {ask_issue} would help yours.',
    'When you buy: a real deadline, only if it is true.',
  ),
];
