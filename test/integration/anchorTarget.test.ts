import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDealFile } from '../../db/dealFiles/format';
import { exportDeals } from '../../db/dealFiles/transfer';
import { getBatna, updateBatna } from '../../db/repositories/batna';
import { createDeal } from '../../db/repositories/deals';
import { issueStore } from '../../db/repositories/issues';
import { rowStore } from '../../db/repositories/rowStores';
import { openTempDatabase } from '../support/tempDataDir';

/** One value, one place: an anchor's old own target moves to where every step reads it. */
let database: Awaited<ReturnType<typeof openTempDatabase>>;
let dealId: string;
beforeEach(async () => {
  database = await openTempDatabase();
  dealId = createDeal(database.db, { title: 'Renewal', ourSide: 'buying' }).id;
});
afterEach(() => database.cleanup());

/** Price (main issue), Support (another issue, target empty), Term (target already 36). */
function threeAnchors() {
  const price = issueStore.create(database.db, dealId, { name: 'Price', category: 'price' });
  const support = issueStore.create(database.db, dealId, { name: 'Support' });
  const term = issueStore.create(database.db, dealId, { name: 'Term', target: 36 });
  updateBatna(database.db, dealId, { mainIssueId: price.id });
  const anchors = rowStore('anchors');
  const make = (issueId: string, issueLabel: string) =>
    anchors.create(database.db, dealId, { issueId, issueLabel, rationale: issueLabel === 'Term' ? 'Peers' : '' });
  return {
    price,
    support,
    term,
    anchors: [make(price.id, 'Price'), make(support.id, 'Support'), make(term.id, 'Term')],
  };
}

describe("anchors' own targets move to the issue (migration 0023)", () => {
  it('fills the BATNA step for the main issue and the issue otherwise, never over a value, keeping the rest readable', () => {
    const { price, support, term } = threeAnchors();
    // The column as it was before 0024 dropped it, with the values typed on the worksheet.
    database.sqlite.exec('ALTER TABLE anchors ADD target real');
    const set = database.sqlite.prepare('UPDATE anchors SET target = ? WHERE issue_id = ?');
    set.run(480_000, price.id);
    set.run(4, support.id);
    set.run(24, term.id);
    const sql = readFileSync(
      resolve(import.meta.dirname, '../../db/migrations/0023_anchor_target_to_issue.sql'),
      'utf8',
    );
    for (const statement of sql.split('--> statement-breakpoint')) database.sqlite.exec(statement);
    database.sqlite.exec('ALTER TABLE anchors DROP COLUMN target');

    expect(getBatna(database.db, dealId).ourTarget).toBe(480_000);
    const issues = new Map(issueStore.list(database.db, dealId).map((i) => [i.name, i]));
    expect(issues.get('Support')?.target).toBe(4);
    expect(issues.get('Term')?.target).toBe(36);
    const rationale = new Map(
      rowStore('anchors')
        .list(database.db, dealId)
        .map((a) => [a.issueLabel, a.rationale]),
    );
    expect(rationale.get('Term')).toBe('Peers\nTarget noted on this worksheet before: 24');
    expect(rationale.get('Price')).toBe('');
    expect(rationale.get('Support')).toBe('');
  });

  it('does the same for a version-3 deal file', () => {
    threeAnchors();
    const file = JSON.parse(exportDeals(database.db, [dealId]).text);
    file.version = 3;
    const parts = file.deals[0].parts;
    parts.batna[0].ourTarget = null;
    const targets: Record<string, number> = { Price: 480_000, Support: 4, Term: 24 };
    for (const anchor of parts.anchors) anchor.target = targets[anchor.issueLabel];
    const parsed = parseDealFile(JSON.stringify(file)).deals[0]?.parts;
    expect(parsed?.batna?.[0]).toMatchObject({ ourTarget: 480_000 });
    const issues = new Map((parsed?.issues ?? []).map((i) => [i.name, i]));
    expect(issues.get('Support')).toMatchObject({ target: 4 });
    expect(issues.get('Term')).toMatchObject({ target: 36 });
    const anchors = new Map((parsed?.anchors ?? []).map((a) => [a.issueLabel, a]));
    expect(anchors.get('Term')).toMatchObject({ rationale: 'Peers\nTarget noted on this worksheet before: 24' });
    expect(anchors.get('Price')).not.toHaveProperty('target');
  });
});
