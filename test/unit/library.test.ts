import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../core/library/builtInTemplates';
import { BUILT_IN_PHRASES, blanksIn, fillPhrase, phraseFieldsSchema } from '../../core/library/phrases';
import {
  BUILT_IN_PHRASE_SIDES,
  BUILT_IN_TRADEABLE_SIDES,
  builtInPhraseSide,
  builtInTradeableSide,
  type LibrarySide,
} from '../../core/library/sides';
import { looksSpecific, templateDocumentSchema, templateSummary } from '../../core/library/templates';
import { BUILT_IN_TRADEABLES, libraryTradeableFieldsSchema } from '../../core/library/tradeables';
import { makeSnippet, SNIPPET_CLOSE, SNIPPET_OPEN, splitSnippet, toMatchExpression } from '../../core/search';

describe('built-in library content', () => {
  it('every built-in template, tradeable and phrase passes its own schema', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      expect(templateDocumentSchema.safeParse(template.document).success, template.key).toBe(true);
      const weights = template.document.issues.reduce((sum, i) => sum + i.weightUs, 0);
      expect(weights, template.key).toBe(100);
    }
    for (const { key, ...fields } of BUILT_IN_TRADEABLES) {
      expect(libraryTradeableFieldsSchema.safeParse(fields).success, key).toBe(true);
    }
    for (const { key, ...fields } of BUILT_IN_PHRASES) {
      expect(phraseFieldsSchema.safeParse(fields).success, key).toBe(true);
    }
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.context))).toEqual(
      new Set(['sales', 'procurement', 'partnership', 'hiring']),
    );
  });

  it('summarises a template', () => {
    const sales = BUILT_IN_TEMPLATES.find((t) => t.context === 'sales');
    expect(sales && templateSummary(sales.document)).toBe('7 issues · 5 roles · 5 questions · 2 clauses');
  });
});

describe('phrases', () => {
  it('fills known blanks and leaves missing ones visible', () => {
    const text = 'If we go to {option} on {issue}, could {counterparty} agree to {ask_option}? {unknown}';
    expect(blanksIn(text)).toEqual(['option', 'issue', 'counterparty', 'ask_option']);
    expect(fillPhrase(text, { option: 'Net 60', issue: 'Payment terms', counterparty: '  ' })).toBe(
      'If we go to Net 60 on Payment terms, could [counterparty] agree to [ask option]? {unknown}',
    );
  });

  it('refuses phrases with unknown blanks', () => {
    expect(phraseFieldsSchema.safeParse({ purpose: 'pause', text: 'Wait {minutes}', notes: '' }).success).toBe(false);
  });
});

describe('templates', () => {
  it('spots option labels that carry a deal’s own numbers', () => {
    expect(['€118,000', '$95k', '12.5 %', '104500'].map(looksSpecific)).toEqual([true, true, true, true]);
    expect(['Net 30', '12 months', 'Two waves', '3 days'].map(looksSpecific)).toEqual([false, false, false, false]);
  });
});

describe('search queries', () => {
  it('quotes every word and prefix-matches it, so query syntax is plain text', () => {
    expect(toMatchExpression('pay terms')).toBe('"pay"* "terms"*');
    expect(toMatchExpression('title:acme OR "x" NEAR(')).toBe('"title"* "acme"* "OR"* "x"* "NEAR"*');
    expect(toMatchExpression('  ;;; ')).toBeNull();
    expect(toMatchExpression('Müller')).toBe('"Müller"*');
  });

  it('splits snippets on the markers, never as HTML', () => {
    const snippet = `…the ${SNIPPET_OPEN}pilot${SNIPPET_CLOSE} <b>phase</b>`;
    expect(splitSnippet(snippet)).toEqual([
      { text: '…the ', match: false },
      { text: 'pilot', match: true },
      { text: ' <b>phase</b>', match: false },
    ]);
  });
});

describe('snippets', () => {
  it('marks every word the query matches by prefix, accents and case folded, around the first match', () => {
    const text = 'We met the CFO in Zürich.\nShe wants quarterly invoicing and a zurich data centre, later.';
    const [open, close] = [SNIPPET_OPEN, SNIPPET_CLOSE];
    expect(makeSnippet(text, 'zur', 8)).toBe(`…the CFO in ${open}Zürich${close}. She wants quarterly invoicing…`);
    expect(makeSnippet(text, 'DATA', 6)).toBe(`…and a zurich ${open}data${close} centre, later.`);
    expect(makeSnippet(text, 'we')).toBe(
      `${open}We${close} met the CFO in Zürich. She wants quarterly invoicing and a zurich data…`,
    );
    expect(makeSnippet('', 'x')).toBe('');
    expect(makeSnippet('No match here', 'zzz')).toBe('No match here');
  });
});

describe('built-in library balance', () => {
  const count = (sides: Record<string, LibrarySide>, side: LibrarySide) =>
    Object.values(sides).filter((s) => s === side).length;

  it('has as many tradeables written for buying as for selling, every one with a side', () => {
    expect(BUILT_IN_TRADEABLES.map((t) => builtInTradeableSide(t.key)).filter((s) => s === 'either')).toEqual([]);
    expect(Object.keys(BUILT_IN_TRADEABLE_SIDES).sort()).toEqual(BUILT_IN_TRADEABLES.map((t) => t.key).sort());
    expect(count(BUILT_IN_TRADEABLE_SIDES, 'buying')).toBeGreaterThanOrEqual(12);
    expect(count(BUILT_IN_TRADEABLE_SIDES, 'buying')).toBe(count(BUILT_IN_TRADEABLE_SIDES, 'selling'));
  });

  it('has as many side-specific phrases for buying as for selling, and every side entry exists', () => {
    const keys = new Set(BUILT_IN_PHRASES.map((p) => p.key));
    for (const key of Object.keys(BUILT_IN_PHRASE_SIDES)) expect(keys).toContain(key);
    expect(count(BUILT_IN_PHRASE_SIDES, 'buying')).toBeGreaterThanOrEqual(4);
    expect(count(BUILT_IN_PHRASE_SIDES, 'buying')).toBe(count(BUILT_IN_PHRASE_SIDES, 'selling'));
  });

  it('covers both sides in every phrase purpose used for one side', () => {
    const purposes = (side: LibrarySide) =>
      new Set(BUILT_IN_PHRASES.filter((p) => builtInPhraseSide(p.key) === side).map((p) => p.purpose));
    expect([...purposes('buying')].length).toBeGreaterThanOrEqual(3);
    expect([...purposes('selling')].length).toBeGreaterThanOrEqual(3);
  });

  it('keeps built-in tradeable names distinct (a duplicate name would be skipped when seeding)', () => {
    const names = BUILT_IN_TRADEABLES.map((t) => t.name.toLocaleLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});
