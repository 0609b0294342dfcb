import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import { MAX_ATTACHMENT_BYTES } from '../../core/evidence';
import { exportDeals, importDealFile } from '../../db/dealFiles/transfer';
import { duplicateDeal } from '../../db/dealTables/duplicate';
import { purgeRow } from '../../db/dealTables/write';
import { anchorStore, ladderStepStore } from '../../db/repositories/anchors';
import { updateBatna } from '../../db/repositories/batna';
import { clauseStore, concessionStore, governanceStore } from '../../db/repositories/concessions';
import { decisionStepStore, stakeholderStore } from '../../db/repositories/counterparty';
import { createDeal, deleteDeal } from '../../db/repositories/deals';
import {
  attachFile,
  claimStore,
  downloadFile,
  evidenceStore,
  linkEvidence,
  listEvidenceLinks,
  purgeEvidence,
} from '../../db/repositories/evidence';
import { issueStore } from '../../db/repositories/issues';
import { leverageActionStore, leverageItemStore, noDealStore } from '../../db/repositories/leverage';
import { strategySnapshot } from '../../db/repositories/strategy';
import { dumpDatabase } from '../support/dump';
import { openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
let dealId: string;
const ctx = () => ({ db: database.db, dataDir: database.dataDir });
const silent = { error: () => {} };
const b64 = (text: string) => Buffer.from(text).toString('base64');

beforeEach(async () => {
  database = await openTempDatabase();
  dealId = createDeal(database.db, { title: 'Globex renewal' }).id;
});
afterEach(() => database.cleanup());

const STRATEGY_TABLES = [
  'stakeholders',
  'decision_steps',
  'leverage_items',
  'leverage_actions',
  'no_deal_assessments',
  'evidence_items',
  'claims',
  'evidence_links',
  'anchors',
  'ladder_steps',
  'concessions',
  'contingent_clauses',
  'governance',
];
const count = (table: string) => database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** One row in every table of the strategy steps for the deal, with every internal reference used. */
function fillDeal(id: string) {
  const db = database.db;
  const ceo = stakeholderStore.create(db, id, { name: 'Dana Ruiz', role: 'decision_maker', influence: 5 });
  decisionStepStore.create(db, id, { approval: 'Budget sign-off', stakeholderId: ceo.id, dueDate: '2027-02-01' });
  leverageItemStore.create(db, id, { holder: 'ours', kind: 'positive', description: 'Only certified vendor' });
  leverageActionStore.create(db, id, { lever: 'improve_batna', action: 'Second quote', owner: 'Sam' });
  noDealStore.update(db, id, { verdict: 'them', ourLoss: 'Quarter target', theirLoss: 'Go-live slips' });
  const item = evidenceStore.create(db, id, { title: 'Market benchmark 2026', kind: 'benchmark' });
  attachFile(db, database.dataDir, { evidenceId: item.id, fileName: 'bench.pdf', contentBase64: b64('%PDF-1.7 x') });
  const claim = claimStore.create(db, id, { statement: 'We are 8 % below market' });
  const issue = issueStore.create(db, id, { name: 'Price', category: 'price' });
  // The price is the deal's main issue: its walk-away and target are the BATNA step's.
  updateBatna(db, id, { mainIssueId: issue.id });
  const anchor = anchorStore.create(db, id, {
    issueId: issue.id,
    issueLabel: 'Price',
    opening: 120,
    rangeLow: 100,
    rangeHigh: 130,
    rationale: 'Peers pay this',
  });
  ladderStepStore.create(db, id, { anchorId: anchor.id, value: 115, give: '5 off', ask: 'Three-year term' });
  linkEvidence(db, { evidenceId: item.id, target: 'claim', targetId: claim.id });
  linkEvidence(db, { evidenceId: item.id, target: 'anchor', targetId: anchor.id });
  linkEvidence(db, { evidenceId: item.id, target: 'issue', targetId: issue.id });
  concessionStore.create(db, id, { item: 'Onboarding', give: 'Free onboarding', get: '' });
  clauseStore.create(db, id, { metric: 'Uptime', threshold: 99.9, unit: '%', period: 'month', remedy: 'Credit' });
  governanceStore.update(db, id, { reviewCadence: 'quarterly', exitTerms: '90 days notice' });
  return { ceo, item, claim, anchor, issue };
}

describe('strategy-step tables', () => {
  it('are created by the generated migration, each with a cascading link to its deal', () => {
    for (const table of STRATEGY_TABLES) {
      const fks = database.sqlite.prepare(`PRAGMA foreign_key_list(${table})`).all() as {
        table: string;
        on_delete: string;
      }[];
      expect(fks.find((fk) => fk.table === 'deals')?.on_delete, table).toBe('CASCADE');
    }
    const ladder = database.sqlite.prepare('PRAGMA foreign_key_list(ladder_steps)').all() as {
      table: string;
      on_delete: string;
    }[];
    expect(ladder.find((fk) => fk.table === 'anchors')?.on_delete).toBe('CASCADE');
  });

  it('purging a deal removes every row of every table and its attachment files', () => {
    const other = createDeal(database.db, { title: 'Keep me' }).id;
    fillDeal(dealId);
    fillDeal(other);
    for (const table of STRATEGY_TABLES) expect(count(table), table).toBeGreaterThan(0);
    const keptCounts = Object.fromEntries(STRATEGY_TABLES.map((t) => [t, count(t) / 2]));
    const attachments = join(database.dataDir, 'attachments');
    expect(readdirSync(attachments)).toHaveLength(2);

    deleteDeal(database.db, dealId);
    // Soft-deleted deals keep everything, so Undo is complete.
    for (const table of STRATEGY_TABLES) expect(count(table), table).toBe((keptCounts[table] ?? 0) * 2);
    return invoke(ctx(), 'deals.purge', { id: dealId }).then((envelope) => {
      expect(envelope.ok).toBe(true);
      for (const table of STRATEGY_TABLES) expect(count(table), table).toBe(keptCounts[table]);
      expect(readdirSync(attachments)).toHaveLength(1);
      expect(strategySnapshot(database.db, other).stakeholders).toHaveLength(1);
    });
  });

  it('duplicating a deal copies every row under new ids with references remapped', () => {
    const source = fillDeal(dealId);
    const copy = duplicateDeal(database.db, dealId, database.dataDir);
    const a = strategySnapshot(database.db, dealId);
    const b = strategySnapshot(database.db, copy.id);
    for (const key of Object.keys(a) as (keyof typeof a)[]) {
      const left = a[key];
      if (Array.isArray(left)) expect((b[key] as unknown[]).length, key).toBe(left.length);
    }
    expect(b.noDeal).toEqual(a.noDeal);
    expect(b.governance).toEqual(a.governance);
    const newCeo = b.stakeholders[0];
    expect(newCeo?.id).not.toBe(source.ceo.id);
    expect(b.decisionSteps[0]?.stakeholderId).toBe(newCeo?.id);
    expect(b.ladderSteps[0]?.anchorId).toBe(b.anchors[0]?.id);
    const copiedIssue = issueStore.list(database.db, copy.id)[0];
    expect(copiedIssue?.id).not.toBe(source.issue.id);
    expect(b.anchors[0]?.issueId).toBe(copiedIssue?.id);
    expect(b.links.map((l) => l.targetId).sort()).toEqual([b.anchors[0]?.id, b.claims[0]?.id, copiedIssue?.id].sort());
    expect(b.links.every((l) => l.evidenceId === b.evidence[0]?.id)).toBe(true);
    // The copy has its own copy of the file; purging the source's item keeps it for the copy.
    evidenceStore.remove(database.db, source.item.id);
    purgeEvidence(database.db, database.dataDir, source.item.id);
    const copiedItem = b.evidence[0];
    expect(copiedItem && downloadFile(database.db, database.dataDir, copiedItem.id).contentBase64).toBe(
      b64('%PDF-1.7 x'),
    );
  });

  it('validates before writing: bad values, cross-field rules and foreign references change nothing', () => {
    const { anchor } = fillDeal(dealId);
    const other = createDeal(database.db, { title: 'Other deal' }).id;
    const strangerAnchor = anchorStore.create(database.db, other, { issueLabel: 'Term' });
    const before = dumpDatabase(database.sqlite);
    const db = database.db;
    expect(() => stakeholderStore.create(db, dealId, { name: '' })).toThrow(/Name is required/);
    expect(() => stakeholderStore.create(db, dealId, { name: 'X', influence: 6 })).toThrow(
      /Influence must be from 1 to 5/,
    );
    expect(() => stakeholderStore.create(db, dealId, { name: 'X', influence: 2.5 })).toThrow(/whole number/);
    expect(() => anchorStore.update(db, anchor.id, { rangeLow: 200 })).toThrow(/low end of the credible range/);
    expect(() => anchorStore.update(db, anchor.id, { opening: Number.NaN })).toThrow(/must be a number/);
    expect(() => evidenceStore.create(db, dealId, { title: 'x', link: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => ladderStepStore.create(db, dealId, { anchorId: strangerAnchor.id })).toThrow(/not found in this deal/);
    expect(() => clauseStore.create(db, dealId, { comparator: 'approximately' as never })).toThrow(/Comparator/);
    expect(() => noDealStore.update(db, dealId, { ourLossSeverity: 0 })).toThrow(/from 1 to 5/);
    expect(() => governanceStore.update(db, dealId, { exitTerms: 'x'.repeat(20_001) })).toThrow(/at most/);
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('soft-deletes, restores and purges a row; live rows cannot be purged', () => {
    const person = stakeholderStore.create(database.db, dealId, { name: 'Lee' });
    expect(() => stakeholderStore.purge(database.db, person.id)).toThrow(/not found/);
    stakeholderStore.remove(database.db, person.id);
    expect(stakeholderStore.list(database.db, dealId)).toHaveLength(0);
    expect(() => stakeholderStore.update(database.db, person.id, { name: 'Gone' })).toThrow(/not found/);
    expect(stakeholderStore.restore(database.db, person.id).name).toBe('Lee');
    stakeholderStore.remove(database.db, person.id);
    stakeholderStore.purge(database.db, person.id);
    expect(count('stakeholders')).toBe(0);
  });

  it('keeps rows in the order given and moves them', () => {
    const names = ['Legal review', 'CFO approval', 'Board'];
    const steps = names.map((approval) => decisionStepStore.create(database.db, dealId, { approval }));
    expect(decisionStepStore.list(database.db, dealId).map((s) => s.approval)).toEqual(names);
    decisionStepStore.move(database.db, steps[2]?.id ?? '', 0);
    expect(decisionStepStore.list(database.db, dealId).map((s) => s.approval)).toEqual([
      'Board',
      'Legal review',
      'CFO approval',
    ]);
    expect(decisionStepStore.list(database.db, dealId).map((s) => s.position)).toEqual([0, 1, 2]);
  });

  it('removes an attachment with its item, and refuses oversized files without writing', () => {
    const item = evidenceStore.create(database.db, dealId, { title: 'Cost model' });
    const stored = attachFile(database.db, database.dataDir, {
      evidenceId: item.id,
      fileName: '../../etc/passwd',
      contentBase64: b64('a,b\n1,2\n'),
    });
    expect(stored.attachment).toMatchObject({ name: 'passwd', size: 8 });
    const folder = join(database.dataDir, 'attachments', item.id);
    expect(readdirSync(folder)).toEqual(['passwd']);

    const before = dumpDatabase(database.sqlite);
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 1).toString('base64');
    return invoke(ctx(), 'evidence.attach', { evidenceId: item.id, fileName: 'big.bin', contentBase64: big }, silent)
      .then((envelope) => {
        expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        if (!envelope.ok) expect(envelope.error.message).toMatch(/larger than 10 MB/);
        expect(dumpDatabase(database.sqlite)).toBe(before);
        expect(readdirSync(folder)).toEqual(['passwd']);
        evidenceStore.remove(database.db, item.id);
        // Soft-deleted: the file waits for Undo.
        expect(existsSync(join(folder, 'passwd'))).toBe(true);
        return invoke(ctx(), 'rows.purge', { table: 'evidence', id: item.id });
      })
      .then((envelope) => {
        expect(envelope.ok).toBe(true);
        expect(existsSync(folder)).toBe(false);
      });
  });

  it('links evidence once per target and hides links of deleted rows', () => {
    const { item, claim } = fillDeal(dealId);
    linkEvidence(database.db, { evidenceId: item.id, target: 'claim', targetId: claim.id });
    expect(listEvidenceLinks(database.db, dealId)).toHaveLength(3);
    claimStore.remove(database.db, claim.id);
    expect(listEvidenceLinks(database.db, dealId).map((l) => l.target)).toEqual(['anchor', 'issue']);
    claimStore.purge(database.db, claim.id);
    expect(count('evidence_links')).toBe(2);
  });

  it('computes step completion from content, with the first missing thing as the reason', async () => {
    const states = async () => {
      const envelope = await invoke(ctx(), 'deals.progress', { id: dealId });
      if (!envelope.ok) throw new Error(envelope.error.message);
      const v = envelope.value;
      return {
        counterparty: v.counterparty?.state,
        leverage: v.leverage?.state,
        evidence: v.evidence?.state,
        anchors: v.anchors?.state,
        concessions: v.concessions?.state,
        reason: v.concessions?.reason,
      };
    };
    expect(await states()).toMatchObject({
      counterparty: 'empty',
      leverage: 'empty',
      evidence: 'empty',
      anchors: 'empty',
      concessions: 'empty',
    });
    const { anchor } = fillDeal(dealId);
    // The price anchor's target is the one on the BATNA step: until it is set there, the
    // anchor's own old field does not complete the worksheet.
    expect((await states()).anchors).toBe('started');
    updateBatna(database.db, dealId, { ourTarget: 105 });
    // The onboarding concession has no ask: concessions are started, and the rail says why.
    expect(await states()).toEqual({
      counterparty: 'complete',
      leverage: 'started',
      evidence: 'complete',
      anchors: 'complete',
      concessions: 'started',
      reason: 'Ask for something in return for every concession.',
    });
    ladderStepStore.create(database.db, dealId, { anchorId: anchor.id, value: 110, give: 'More off' });
    expect((await states()).anchors).toBe('started');
  });
});

describe('anchors on issues', () => {
  it('keep one anchor per issue of the same deal, and go with their issue', () => {
    const { issue, anchor } = fillDeal(dealId);
    const other = createDeal(database.db, { title: 'Other' }).id;
    const foreign = issueStore.create(database.db, other, { name: 'Term' });
    const before = dumpDatabase(database.sqlite);
    expect(() => anchorStore.create(database.db, dealId, { issueId: foreign.id })).toThrow(/issue was not found/);
    expect(() => anchorStore.create(database.db, dealId, { issueId: issue.id })).toThrow(/already has an anchor/);
    expect(() =>
      linkEvidence(database.db, {
        evidenceId: evidenceStore.list(database.db, dealId)[0]?.id ?? '',
        target: 'issue',
        targetId: foreign.id,
      }),
    ).toThrow(/issue was not found/);
    expect(dumpDatabase(database.sqlite)).toBe(before);
    // A deleted anchor (waiting for Undo) frees its issue; Undo is refused while another holds it.
    anchorStore.remove(database.db, anchor.id);
    const second = anchorStore.create(database.db, dealId, { issueId: issue.id });
    expect(() => anchorStore.restore(database.db, anchor.id)).toThrow(/already has an anchor/);
    anchorStore.remove(database.db, second.id);
    anchorStore.restore(database.db, anchor.id);
    issueStore.remove(database.db, issue.id);
    expect(anchorStore.list(database.db, dealId).map((a) => a.id)).not.toContain(anchor.id);
    expect(listEvidenceLinks(database.db, dealId).map((l) => l.target)).toEqual(['claim']);
    // Undo brings the anchor and its evidence link back; the purge takes them for good.
    issueStore.restore(database.db, issue.id);
    expect(anchorStore.list(database.db, dealId).map((a) => a.id)).toContain(anchor.id);
    expect(
      listEvidenceLinks(database.db, dealId)
        .map((l) => l.target)
        .sort(),
    ).toEqual(['anchor', 'claim', 'issue']);
    issueStore.remove(database.db, issue.id);
    purgeRow(database.db, 'issues', issue.id);
    expect(anchorStore.list(database.db, dealId).map((a) => a.id)).not.toContain(anchor.id);
    expect(count('ladder_steps')).toBe(0);
    expect(
      listEvidenceLinks(database.db, dealId)
        .map((l) => l.target)
        .sort(),
    ).toEqual(['claim']);
  });
});

describe('partial input', () => {
  it('treats a field given as undefined as not given, for create and update', () => {
    const item = leverageItemStore.create(database.db, dealId, { strength: undefined, description: 'x' });
    expect(item.strength).toBe(3);
    expect(leverageItemStore.update(database.db, item.id, { strength: undefined }).strength).toBe(3);
    expect(noDealStore.update(database.db, dealId, { verdict: undefined }).verdict).toBe('unsure');
  });
});

describe('deal files', () => {
  it('carry every row of the strategy steps; an import as a copy remaps every reference', () => {
    fillDeal(dealId);
    const file = exportDeals(database.db, [dealId]);
    const result = importDealFile(database.db, file.text, 'copy');
    const copyId = result.deals[0]?.id ?? '';
    expect(copyId).not.toBe(dealId);
    const a = strategySnapshot(database.db, dealId);
    const b = strategySnapshot(database.db, copyId);
    for (const key of Object.keys(a) as (keyof typeof a)[]) {
      const left = a[key];
      if (Array.isArray(left) && key !== 'links') expect((b[key] as unknown[]).length, key).toBe(left.length);
    }
    expect(b.decisionSteps[0]?.stakeholderId).toBe(b.stakeholders[0]?.id);
    expect(b.ladderSteps[0]?.anchorId).toBe(b.anchors[0]?.id);
    expect(b.links.every((l) => l.evidenceId === b.evidence[0]?.id)).toBe(true);
    expect(b.governance).toEqual(a.governance);
    // Issues travel first, so the anchor and the evidence link point at the copy's own issue.
    const copiedIssueIds = issueStore.list(database.db, copyId).map((issue) => issue.id);
    expect(copiedIssueIds).toContain(b.anchors[0]?.issueId);
    expect(issueStore.list(database.db, dealId).map((issue) => issue.id)).not.toContain(b.anchors[0]?.issueId);
    expect(b.links.map((l) => l.target).sort()).toEqual(a.links.map((l) => l.target).sort());
    // Files stay in this data folder: the imported item has none.
    expect(a.evidence[0]?.attachment).not.toBeNull();
    expect(b.evidence[0]?.attachment).toBeNull();
  });

  it('carry evidence files inside the file, into an empty data folder', async () => {
    fillDeal(dealId);
    const file = exportDeals(database.db, [dealId], database.dataDir);
    const elsewhere = await openTempDatabase();
    try {
      const result = importDealFile(elsewhere.db, file.text, 'fail', elsewhere.dataDir);
      const imported = strategySnapshot(elsewhere.db, result.deals[0]?.id ?? '');
      const item = imported.evidence[0];
      expect(item?.attachment).toMatchObject({ name: 'bench.pdf', size: 10 });
      const download = downloadFile(elsewhere.db, elsewhere.dataDir, item?.id ?? '');
      expect(Buffer.from(download.contentBase64, 'base64').toString()).toBe('%PDF-1.7 x');
    } finally {
      elsewhere.cleanup();
    }
  });

  it('refuses an attachment that belongs to no evidence item, writing no row and no file', async () => {
    fillDeal(dealId);
    const file = JSON.parse(exportDeals(database.db, [dealId], database.dataDir).text);
    file.deals[0].attachments[0].evidenceId = '6f1c1d5e-3b7a-4c2e-9d1f-2a3b4c5d6e7f';
    const elsewhere = await openTempDatabase();
    try {
      const before = dumpDatabase(elsewhere.sqlite);
      expect(() => importDealFile(elsewhere.db, JSON.stringify(file), 'fail', elsewhere.dataDir)).toThrow(
        /attachment belongs to no evidence item/,
      );
      expect(dumpDatabase(elsewhere.sqlite)).toBe(before);
      expect(
        existsSync(join(elsewhere.dataDir, 'attachments')) ? readdirSync(join(elsewhere.dataDir, 'attachments')) : [],
      ).toEqual([]);
    } finally {
      elsewhere.cleanup();
    }
  });

  it('refuses a file whose strategy-step rows break the rules, importing nothing', () => {
    fillDeal(dealId);
    const file = JSON.parse(exportDeals(database.db, [dealId]).text);
    file.deals[0].parts.stakeholders[0].influence = 9;
    const before = dumpDatabase(database.sqlite);
    expect(() => importDealFile(database.db, JSON.stringify(file), 'copy')).toThrow(/Influence/);
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });
});
