import { describe, expect, it } from 'vitest';
import { BUILTIN_MOMENT_TYPES } from '../../../core/debrief/momentCatalogue';
import { parseTranscript, proposeMoments, TRANSCRIPT_RULES } from '../../../core/debrief/transcript';
import { anchorWithoutEvidence } from '../../../core/debrief/transcript/anchorWithoutEvidence';
import { budgetBeforeValue } from '../../../core/debrief/transcript/budgetBeforeValue';
import { calibratedQuestion } from '../../../core/debrief/transcript/calibratedQuestion';
import { concessionWithoutAsk } from '../../../core/debrief/transcript/concessionWithoutAsk';
import { earlyFlexibility } from '../../../core/debrief/transcript/earlyFlexibility';
import { firstNumber } from '../../../core/debrief/transcript/firstNumber';
import { hesitationCaught } from '../../../core/debrief/transcript/hesitationCaught';
import { priceObjection } from '../../../core/debrief/transcript/priceObjection';
import { silenceAfterProposal } from '../../../core/debrief/transcript/silenceAfterProposal';
import { theClose } from '../../../core/debrief/transcript/theClose';
import type { TranscriptRule } from '../../../core/debrief/transcript/types';

const run = (rule: TranscriptRule, text: string) => rule.detect(parseTranscript(text));
/** The highlighted words of each proposal. */
const quotes = (rule: TranscriptRule, text: string) =>
  run(rule, text).map((c) => c.line.slice(c.highlight.start, c.highlight.end));
const lines = (...l: string[]) => l.join('\n');
const FILLER = ['Them: Right.', 'Me: Sure.', 'Them: Okay.', 'Me: Fine.', 'Them: Noted.', 'Me: Good.'];

describe('transcript lines', () => {
  it('reads speakers, continuations, timestamps and pauses', () => {
    const parsed = parseTranscript(
      lines('[00:01] Me: Hello there', 'and welcome.', 'Anna (Acme): Thanks.', '(long pause)', 'Them: Go on'),
    );
    expect(parsed.map((l) => [l.kind, l.speaker, l.text])).toEqual([
      ['speech', 'us', 'Hello there'],
      ['speech', 'us', 'and welcome.'],
      ['speech', 'them', 'Thanks.'],
      ['pause', 'unknown', '(long pause)'],
      ['speech', 'them', 'Go on'],
    ]);
  });

  it('uses the names the user gives for our side', () => {
    const parsed = parseTranscript(lines('Sam: Hi', 'Anna: Hello'), ['sam']);
    expect(parsed.map((l) => l.speaker)).toEqual(['us', 'them']);
  });
});

describe('early flexibility', () => {
  it('finds an early "we\'re flexible" from our side', () => {
    expect(quotes(earlyFlexibility, lines("Me: Before we start, we're very flexible on this.", ...FILLER))).toEqual([
      "we're very flexible",
    ]);
  });
  it('finds nothing in a firm opening', () => {
    expect(run(earlyFlexibility, lines('Me: Let us look at what you need first.', ...FILLER))).toEqual([]);
  });
  it('ignores negations, their side, product talk and late flexibility', () => {
    expect(run(earlyFlexibility, lines("Me: We're not flexible on the start date.", ...FILLER))).toEqual([]);
    expect(run(earlyFlexibility, lines("Them: We're flexible on dates.", ...FILLER))).toEqual([]);
    expect(run(earlyFlexibility, lines('Me: The platform is very flexible for your teams.', ...FILLER))).toEqual([]);
    expect(run(earlyFlexibility, lines(...FILLER, ...FILLER, "Me: We're flexible on the rollout."))).toEqual([]);
  });
});

describe('budget before value', () => {
  it('finds an early budget question', () => {
    expect(quotes(budgetBeforeValue, lines("Me: So what's your budget for this?", ...FILLER))).toEqual([
      "what's your budget",
    ]);
  });
  it('finds nothing when no budget is asked', () => {
    expect(run(budgetBeforeValue, lines('Me: Tell us about the project?', ...FILLER))).toEqual([]);
  });
  it('does not flag the question once value was framed, or a budget statement', () => {
    expect(
      run(
        budgetBeforeValue,
        lines('Me: Teams like yours save two days a month on reporting.', "Me: What's your budget for it?", ...FILLER),
      ),
    ).toEqual([]);
    expect(run(budgetBeforeValue, lines('Me: We know there is a budget for this.', ...FILLER))).toEqual([]);
  });
});

describe('silence after a proposal', () => {
  it('sees a held silence and a filled one', () => {
    const held = run(
      silenceAfterProposal,
      lines('Me: We propose €120k for three years.', '[pause]', 'Them: Hmm, okay.'),
    );
    expect(held.map((c) => c.typeKey)).toEqual(['silence-used']);
    const filled = run(
      silenceAfterProposal,
      lines('Me: We propose €120k for three years.', '(silence)', 'Me: Of course that is just a starting point.'),
    );
    expect(filled.map((c) => c.typeKey)).toEqual(['silence-filled']);
  });
  it('finds nothing without a pause', () => {
    expect(run(silenceAfterProposal, lines('Me: We propose €120k.', 'Them: Too much.'))).toEqual([]);
  });
  it('ignores a pause after small talk or after their proposal', () => {
    expect(run(silenceAfterProposal, lines('Me: How was the trip?', '[pause]', 'Them: Long.'))).toEqual([]);
    expect(run(silenceAfterProposal, lines('Them: We offer €90k.', '[pause]', 'Me: I see.'))).toEqual([]);
  });
});

describe('first number', () => {
  it('says whose number came first', () => {
    const found = run(
      firstNumber,
      lines('Them: Hello.', 'Them: We were thinking €80k a year.', 'Me: Our price is €120k.'),
    );
    expect(found.map((c) => [c.typeKey, c.line.slice(c.highlight.start, c.highlight.end)])).toEqual([
      ['first-number-theirs', '€80k'],
    ]);
  });
  it('finds nothing without money', () => {
    expect(run(firstNumber, lines('Me: Shall we meet again?', 'Them: Yes.'))).toEqual([]);
  });
  it('does not take dates, times or head counts for a price', () => {
    expect(run(firstNumber, lines('Me: We start on 3 March at 10:30 with 12 people in 2026.', 'Them: Fine.'))).toEqual(
      [],
    );
  });
});

describe('price objection', () => {
  it('sees caving on price', () => {
    const found = run(
      priceObjection,
      lines("Them: That's too expensive for us.", 'Me: Okay, we can go down to €100k.'),
    );
    expect(found.map((c) => c.typeKey)).toEqual(['caved-on-price']);
  });
  it('sees a return to value', () => {
    const found = run(
      priceObjection,
      lines("Them: That's too expensive.", 'Me: Think about the downtime you avoid: that saves you far more.'),
    );
    expect(found.map((c) => c.typeKey)).toEqual(['returned-to-value']);
  });
  it('finds nothing without an objection, or when our reply neither drops nor argues', () => {
    expect(run(priceObjection, lines('Them: Looks reasonable.', 'Me: We can go down to €100k.'))).toEqual([]);
    expect(run(priceObjection, lines("Them: That's too expensive.", 'Me: Let me check with my manager.'))).toEqual([]);
  });
});

describe('concession without an ask', () => {
  it('finds a discount with nothing asked back', () => {
    expect(quotes(concessionWithoutAsk, lines('Me: Fine, we can knock off 10% from the price.'))).toHaveLength(1);
  });
  it('finds nothing when nothing is given', () => {
    expect(run(concessionWithoutAsk, lines('Me: The price stays as quoted.'))).toEqual([]);
  });
  it('does not flag a conditional concession, in the same line or the next', () => {
    expect(run(concessionWithoutAsk, lines('Me: We can knock off 10% if you sign for three years.'))).toEqual([]);
    expect(
      run(concessionWithoutAsk, lines('Me: We could go down to €95k.', 'Me: In return we would need a case study.')),
    ).toEqual([]);
  });
});

describe('calibrated question', () => {
  it('finds an open question that surfaced an interest', () => {
    const found = run(
      calibratedQuestion,
      lines('Me: What would make this rollout a success for you?', 'Them: Honestly our priority is no downtime in Q4.'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.why).toContain('our priority');
  });
  it('finds nothing when the answer reveals nothing', () => {
    expect(run(calibratedQuestion, lines('Me: How would you like to proceed?', 'Them: Send the paper.'))).toEqual([]);
  });
  it('ignores closed or budget questions even with a telling answer', () => {
    expect(run(calibratedQuestion, lines('Me: Is Friday good?', 'Them: Yes, because we need it soon.'))).toEqual([]);
    expect(
      run(calibratedQuestion, lines('Me: How much do you plan to spend?', 'Them: We need to stay under €100k.')),
    ).toEqual([]);
  });
});

describe('hesitation caught', () => {
  it('finds their hesitation followed by our probe', () => {
    expect(
      quotes(
        hesitationCaught,
        lines("Them: Um, I'm not sure about the term…", 'Me: It sounds like the term worries you?'),
      ),
    ).toEqual(['It sounds like']);
  });
  it('finds nothing when they do not hesitate', () => {
    expect(run(hesitationCaught, lines('Them: The term is fine.', 'Me: It sounds like we agree.'))).toEqual([]);
  });
  it('does not credit a reply that talks over the hesitation', () => {
    expect(run(hesitationCaught, lines("Them: Well… I'm not sure.", 'Me: Great, I will send the contract.'))).toEqual(
      [],
    );
  });
});

describe('anchor without evidence', () => {
  it('finds a bare price', () => {
    expect(quotes(anchorWithoutEvidence, lines('Me: Our price is €140k per year.'))).toEqual(['Our price is €140k']);
  });
  it('finds nothing without a figure', () => {
    expect(run(anchorWithoutEvidence, lines('Me: Our price is fair.'))).toEqual([]);
  });
  it('does not flag a figure with its evidence, here or in our next line', () => {
    expect(
      run(anchorWithoutEvidence, lines('Me: Our price is €140k, based on the market rate for this scope.')),
    ).toEqual([]);
    expect(
      run(
        anchorWithoutEvidence,
        lines('Me: Our price is €140k.', 'Me: That is in line with what similar customers pay.'),
      ),
    ).toEqual([]);
  });
});

describe('the close', () => {
  it('finds the last commitment', () => {
    const found = run(theClose, lines('Me: Shall we?', "Them: Let's go ahead.", 'Me: Great, we have a deal.'));
    expect(found.map((c) => c.line)).toEqual(['Great, we have a deal.']);
  });
  it('finds nothing in an open conversation', () => {
    expect(run(theClose, lines('Me: Let us talk next week.', 'Them: Fine.'))).toEqual([]);
  });
  it('does not take a conditional or refused close for one', () => {
    expect(run(theClose, lines("Them: We won't sign before legal has read it."))).toEqual([]);
    expect(run(theClose, lines('Them: Not until the price moves do we have a deal.'))).toEqual([]);
  });
});

describe('the assistant as a whole', () => {
  it('only proposes built-in types, each with a reason and a highlight inside its line', () => {
    const known = new Set<string>(BUILTIN_MOMENT_TYPES.map((t) => t.key));
    for (const rule of TRANSCRIPT_RULES) for (const key of rule.typeKeys) expect(known.has(key)).toBe(true);
    const found = proposeMoments(
      lines(
        "Me: Hi! We're flexible on most things.",
        "Me: What's your budget?",
        'Them: About €90k.',
        'Me: We propose €120k.',
        '[pause]',
        'Me: But we can knock off 10%.',
        "Them: Deal. Let's go ahead.",
      ),
    );
    expect(found.map((c) => c.typeKey)).toEqual([
      'early-flexibility',
      'budget-before-value',
      'first-number-theirs',
      'anchor-without-evidence',
      'silence-filled',
      'concession-without-ask',
      'the-close',
    ]);
    for (const c of found) {
      expect(c.why.length).toBeGreaterThan(20);
      expect(c.highlight.start).toBeLessThan(c.highlight.end);
      expect(c.highlight.end).toBeLessThanOrEqual(c.line.length);
    }
  });
});

describe('both sides of the table', () => {
  describe('the close: acceptances by a buyer or a seller', () => {
    it('finds a handshake on a number and a buyer accepting a term', () => {
      expect(quotes(theClose, lines(...FILLER, "Them: Let's shake on €8.60."))).toEqual(["Let's shake on €8.60"]);
      expect(quotes(theClose, lines(...FILLER, 'Me: Fine, we can accept a 90% volume commitment.'))).toEqual([
        'we can accept a 90% volume commitment',
      ]);
      expect(quotes(theClose, lines(...FILLER, 'Them: You have a deal.'))).toEqual(['You have a deal']);
    });

    it('finds nothing where no one commits', () => {
      expect(run(theClose, lines(...FILLER, 'Them: We will think about the volume.'))).toEqual([]);
    });

    it('is not fooled by a refusal, a condition or a past acceptance of something else', () => {
      expect(run(theClose, lines(...FILLER, "Me: We can't accept a 90% volume commitment."))).toEqual([]);
      expect(run(theClose, lines(...FILLER, 'Me: We could accept that if you move the start date.'))).toEqual([]);
      expect(run(theClose, lines(...FILLER, 'Them: We accepted your NDA last week.'))).toEqual([]);
    });
  });

  describe('concession without an ask: the buyer side', () => {
    it('finds a buyer paying more or committing to more with nothing asked back', () => {
      expect(quotes(concessionWithoutAsk, 'Me: We can go up to €9.10 per unit.')).toEqual(['We can go up']);
      expect(quotes(concessionWithoutAsk, 'Me: OK, we can accept a 90% volume commitment.')).toEqual(['we can accept']);
      expect(quotes(concessionWithoutAsk, 'Me: We will increase our offer to €1.2m.')).toEqual(['increase our offer']);
    });

    it('finds nothing when the buyer only asks or holds', () => {
      expect(run(concessionWithoutAsk, 'Me: Our budget stays at €8.40 per unit.')).toEqual([]);
    });

    it('is not fooled by a condition, by their side, or by a refusal', () => {
      expect(run(concessionWithoutAsk, 'Me: We can go up to €9.10 if you hold the price for two years.')).toEqual([]);
      expect(
        run(concessionWithoutAsk, lines('Me: We can commit to 90% of the volume.', 'Me: In return we need net 30.')),
      ).toEqual([]);
      expect(run(concessionWithoutAsk, 'Them: We can go up to 95% availability.')).toEqual([]);
      expect(run(concessionWithoutAsk, "Me: We can't pay more than €8.40.")).toEqual([]);
    });
  });

  describe('pauses and silence markers', () => {
    const kinds = (text: string) => parseTranscript(text).map((l) => l.kind);

    it('reads the ways people mark a pause', () => {
      for (const marker of [
        '[pause]',
        '(long silence)',
        '*10-second pause*',
        '— they go quiet —',
        '(no reply)',
        '...',
        '…',
        '[a short pause]',
      ]) {
        expect(kinds(marker), marker).toEqual(['pause']);
      }
    });

    it('keeps speech that mentions a pause as speech', () => {
      expect(kinds('Me: Let us pause the price talk for now.')).toEqual(['speech']);
      expect(kinds('Them: Silence is not an answer, we need a number.')).toEqual(['speech']);
      expect(kinds('The pause clause in section 4 stays.')).toEqual(['speech']);
    });

    it('sees a held silence after a buyer proposal written as a stage direction', () => {
      const held = run(
        silenceAfterProposal,
        lines('Me: We offer €8.40 per unit.', '*10-second pause*', 'Them: That is below our cost.'),
      );
      expect(held.map((c) => c.typeKey)).toEqual(['silence-used']);
      expect(run(silenceAfterProposal, lines('Me: We offer €8.40 per unit.', 'Them: Too low.'))).toEqual([]);
    });
  });
});
