import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../../core/html';
import { offerSheetDocument, planDocument, planFileName } from '../../core/plan/document';
import { cssString } from '../../core/plan/styles';
import { readySnapshot } from '../support/snapshots';

const PAYLOAD = '<img src=x onerror=alert(1)>';

/** Every element of the HTML with its tag name, ignoring text. */
const tags = (doc: string) => [...doc.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]?.toLowerCase());

describe('escapeHtml', () => {
  it('escapes markup and both quotes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(html`<p title="${'"><b>'}">${PAYLOAD}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;b&gt;">&lt;img src=x onerror=alert(1)&gt;</p>',
    );
  });

  it('keeps user text inside a CSS string', () => {
    const css = cssString('Deal "</style><script>x</script>\\');
    expect(css).not.toMatch(/<|"[^"]*"[^"]*"/);
    expect(css.startsWith('"')).toBe(true);
  });
});

describe('plan document', () => {
  it('is one self-contained document: no scripts, no external resources', () => {
    const doc = planDocument(readySnapshot());
    expect(doc.startsWith('<!doctype html>')).toBe(true);
    expect(tags(doc)).not.toContain('script');
    expect(doc).not.toMatch(/\b(src|href)=/i);
    expect(doc).not.toMatch(/@import|url\(/i);
    expect(doc).toMatch(/@page/);
    expect(doc).toMatch(/counter\(pages\)/);
  });

  it("prints the anchor's target from the BATNA step (the worksheet keeps no copy)", () => {
    const s = readySnapshot();
    const anchor = s.anchors?.anchors[0];
    if (!anchor) throw new Error('fixture');
    s.batna.mainIssueId = anchor.issueId;
    s.batna.ourTarget = 118_500;
    const doc = planDocument(s);
    const anchors = doc.slice(doc.indexOf('<div class="l">Opening</div>'));
    expect(anchors).toMatch(
      /<div class="l">Target<\/div><div class="v">[^<]*118,500[^<]*<\/div><div class="s">from the BATNA step/,
    );
  });

  it("prints another issue's target from the issue, and says when no main issue is chosen", () => {
    const s = readySnapshot();
    const anchor = s.anchors?.anchors[0];
    const price = s.issues.find((i) => i.id === anchor?.issueId);
    if (!anchor || !price) throw new Error('fixture');
    s.batna.mainIssueId = null;
    const target = (doc: string) => doc.slice(doc.indexOf('<div class="l">Target</div>')).slice(0, 200);
    expect(target(planDocument(s))).toMatch(
      /<div class="v">No main issue chosen<\/div><div class="s">choose it on the BATNA step/,
    );
    price.target = 121_000;
    expect(target(planDocument(s))).toMatch(/121,000[^<]*<\/div><div class="s">from Issues &amp; options/);
  });

  it('prints their switching cost beside their BATNA', () => {
    const s = readySnapshot();
    s.batna.theirSwitchingCost = 14_250;
    expect(planDocument(s)).toMatch(/Switching cost €14,250/);
  });

  it('has the summary and every section with content, in order', () => {
    const doc = planDocument(readySnapshot());
    const ids = [...doc.matchAll(/<section id="([a-z]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'summary',
      'batna',
      'issues',
      'objectives',
      'interests',
      'counterparty',
      'team',
      'leverage',
      'risks',
      'evidence',
      'anchors',
      'meso',
      'concessions',
      'meeting',
      'moments',
      'readiness',
    ]);
    expect(doc).toContain('<svg class="chart zopa"');
    expect(doc).toContain('<svg class="chart matrix"');
    expect(doc).toContain('<svg class="chart power"');
    expect(doc).toContain('<svg class="chart frontier"');
    expect(doc).toContain('<svg class="chart timeline"');
  });

  it('leaves out sections whose area is empty or missing', () => {
    const s = readySnapshot();
    delete s.counterparty;
    delete s.leverage;
    delete s.evidence;
    delete s.anchors;
    delete s.concessions;
    delete s.meso;
    delete s.team;
    delete s.risks;
    delete s.meetings;
    s.interests = { positions: [], interests: [], questions: [] };
    const ids = [...planDocument(s).matchAll(/<section id="([a-z]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['summary', 'batna', 'issues', 'objectives', 'readiness']);
  });

  it('escapes hostile text in every field that reaches the plan', () => {
    const s = readySnapshot();
    s.deal.title = PAYLOAD;
    s.deal.counterparty = PAYLOAD;
    s.batna.ourCourse = PAYLOAD;
    s.batna.ourDescription = PAYLOAD;
    s.batna.theirDescription = PAYLOAD;
    s.batna.theirEvidence = PAYLOAD;
    s.batna.scaleUnit = '<b>';
    for (const i of s.issues) {
      i.name = PAYLOAD;
      for (const o of i.options) o.label = PAYLOAD;
    }
    for (const i of s.interests.interests) i.text = PAYLOAD;
    for (const q of s.interests.questions) q.text = PAYLOAD;
    for (const p of s.counterparty?.stakeholders ?? [])
      Object.assign(p, { name: PAYLOAD, interests: PAYLOAD, relationshipNotes: PAYLOAD });
    for (const a of s.anchors?.anchors ?? [])
      Object.assign(a, { issueLabel: PAYLOAD, rationale: PAYLOAD, unit: PAYLOAD });
    for (const k of s.concessions?.clauses ?? []) Object.assign(k, { metric: PAYLOAD, remedy: PAYLOAD });
    for (const o of s.meso?.offers ?? []) o.label = PAYLOAD;
    for (const d of s.risks?.deadlines ?? []) Object.assign(d, { label: PAYLOAD, note: PAYLOAD });
    for (const r of s.risks?.risks ?? [])
      Object.assign(r, { statement: PAYLOAD, verification: PAYLOAD, owner: PAYLOAD });
    for (const a of s.risks?.trustActions ?? []) Object.assign(a, { action: PAYLOAD, owner: PAYLOAD });
    if (s.risks) s.risks.relationship.description = PAYLOAD;
    const plan = planDocument(s);
    const sheet = offerSheetDocument(s);
    for (const doc of [plan, sheet]) {
      expect(tags(doc)).not.toContain('img');
      expect(doc).not.toContain('<b>');
      expect(doc).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });
});

describe('review comments in the plan', () => {
  const comment = (sectionKey: string, body: string) => ({
    id: crypto.randomUUID(),
    sectionKey,
    body,
    authorName: 'Val',
    authorEmail: 'val@example.com',
    createdAt: '2026-03-02T10:00:00.000Z',
    resolvedAt: null,
    resolvedBy: null,
  });
  const comments = [
    comment('batna', `BATNA-REMARK ${PAYLOAD}`),
    comment('summary', 'SUMMARY-REMARK'),
    comment('debrief', 'DEBRIEF-REMARK'),
  ];
  /** The id of the section the text is printed in (the last section opened before it). */
  const sectionOf = (doc: string, text: string) =>
    [...doc.slice(0, doc.indexOf(text)).matchAll(/<section id="([^"]+)"/g)].at(-1)?.[1];

  it('prints each open comment under its section (escaped), and a comment on a step without a section at the end', () => {
    const plan = planDocument(readySnapshot(), { comments });
    expect(sectionOf(plan, 'BATNA-REMARK')).toBe('batna');
    expect(sectionOf(plan, 'SUMMARY-REMARK')).toBe('summary');
    expect(sectionOf(plan, 'DEBRIEF-REMARK')).toBe('review-comments');
    expect(plan).toContain('Debrief:');
    expect(tags(plan)).not.toContain('img');
    expect(plan).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(planDocument(readySnapshot())).not.toContain('REMARK');
  });

  it('never reaches the offer sheet, whatever the caller passes', () => {
    const sheet = offerSheetDocument(readySnapshot(), { comments } as never);
    expect(sheet).not.toMatch(/REMARK|review comments/i);
  });
});

describe('offer sheet', () => {
  it('holds our offers and the terms wording, and none of the internal values', () => {
    const s = readySnapshot();
    s.batna.ourCourse = 'ZEBRA-BATNA-7781';
    s.batna.ourReservation = 918273;
    s.deal.notes = 'INTERNAL-NOTE-4411';
    const [price, term] = s.issues;
    if (price && term) {
      price.weightUs = 37;
      term.weightUs = 63;
      price.notes = 'ISSUE-NOTE-2201';
    }
    const stakeholder = s.counterparty?.stakeholders[0];
    if (stakeholder) stakeholder.relationshipNotes = 'OCTOPUS-NOTE';
    const sheet = offerSheetDocument(s);
    expect(sheet).toContain('€120k');
    expect(sheet).toContain('3 years');
    expect(sheet).toContain('If uptime is below 99.9 % per month, then 5 % credit.');
    for (const secret of [
      'ZEBRA-BATNA-7781',
      '918',
      'INTERNAL-NOTE',
      'ISSUE-NOTE',
      'OCTOPUS',
      'Ready deal',
      'Monitoring',
      'Six months notice',
      'pts',
      'points',
      'Confidential',
    ]) {
      expect(sheet).not.toContain(secret);
    }
  });

  it('names the PDF after the deal', () => {
    expect(planFileName(readySnapshot(), 'plan')).toBe('ready-deal-plan.pdf');
    expect(planFileName(readySnapshot(), 'offer_sheet')).toBe('acme-proposal.pdf');
  });
});
