import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import { parseDealFile } from '../../db/dealFiles/format';
import { exportDeals, importDealFile } from '../../db/dealFiles/transfer';
import { duplicateDeal } from '../../db/dealTables/duplicate';
import { createDeal } from '../../db/repositories/deals';
import { interestsMapOf } from '../../db/repositories/interests';
import { getDealReadiness } from '../../db/repositories/readiness';
import { rowStore } from '../../db/repositories/rowStores';
import { dumpDatabase } from '../support/dump';
import { openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
let dealId: string;
beforeEach(async () => {
  database = await openTempDatabase();
  dealId = createDeal(database.db, { title: 'Renewal', ourSide: 'buying' }).id;
});
afterEach(() => database.cleanup());

const stakeholders = () => rowStore('stakeholders');
const addInterest = (db: typeof database.db, { dealId: id, ...fields }: { dealId: string } & Record<string, unknown>) =>
  rowStore('interests').create(db, id, fields);
const addPosition = (db: typeof database.db, { dealId: id, ...fields }: { dealId: string } & Record<string, unknown>) =>
  rowStore('positions').create(db, id, fields);
const updateInterest = (db: typeof database.db, id: string, patch: Record<string, unknown>) =>
  rowStore('interests').update(db, id, patch);
const updatePosition = (db: typeof database.db, id: string, patch: Record<string, unknown>) =>
  rowStore('positions').update(db, id, patch);
const getInterestsMap = interestsMapOf;
const cio = () =>
  stakeholders().create(database.db, dealId, {
    side: 'theirs',
    name: 'Dana',
    title: 'CIO',
    role: 'decision_maker',
    influence: 5,
  });
const keyFinding = (id: string) =>
  getDealReadiness(database.db, id).checks.find((c) => c.id === 'key_stakeholder_without_interests');

describe('interests and positions linked to stakeholders', () => {
  it('links a row to a stakeholder of its side and deal, and refuses any other', () => {
    const dana = cio();
    const ours = stakeholders().create(database.db, dealId, { side: 'ours', name: 'Sam', role: 'influencer' });
    const elsewhere = stakeholders().create(database.db, createDeal(database.db, { title: 'Other' }).id, {
      side: 'theirs',
      name: 'Lee',
    });
    const interest = addInterest(database.db, { dealId, party: 'them', text: 'Fewer vendors' });
    const position = addPosition(database.db, { dealId, party: 'them', text: 'No increase' });
    expect(interest.stakeholderId).toBeNull();
    expect(updateInterest(database.db, interest.id, { stakeholderId: dana.id }).stakeholderId).toBe(dana.id);
    expect(updatePosition(database.db, position.id, { stakeholderId: dana.id }).stakeholderId).toBe(dana.id);
    const before = dumpDatabase(database.sqlite);
    expect(() => updateInterest(database.db, interest.id, { stakeholderId: ours.id })).toThrow(
      /on our side, not theirs/,
    );
    expect(() => updatePosition(database.db, position.id, { stakeholderId: elsewhere.id })).toThrow(
      /not found in this deal/,
    );
    expect(() => updateInterest(database.db, interest.id, { stakeholderId: 'not-an-id' })).toThrow(/Stakeholder/);
    expect(dumpDatabase(database.sqlite)).toBe(before);
    expect(updateInterest(database.db, interest.id, { stakeholderId: null }).stakeholderId).toBeNull();
  });

  it('a deleted stakeholder reads as no link, Undo brings it back, and purging clears it', () => {
    const dana = cio();
    const interest = addInterest(database.db, { dealId, party: 'them', text: 'Fewer vendors' });
    const position = addPosition(database.db, { dealId, party: 'them', text: 'No increase' });
    updateInterest(database.db, interest.id, { stakeholderId: dana.id });
    updatePosition(database.db, position.id, { stakeholderId: dana.id });

    stakeholders().remove(database.db, dana.id);
    let map = getInterestsMap(database.db, dealId);
    expect([map.interests[0]?.stakeholderId, map.positions[0]?.stakeholderId]).toEqual([null, null]);
    stakeholders().restore(database.db, dana.id);
    map = getInterestsMap(database.db, dealId);
    expect([map.interests[0]?.stakeholderId, map.positions[0]?.stakeholderId]).toEqual([dana.id, dana.id]);

    stakeholders().remove(database.db, dana.id);
    stakeholders().purge(database.db, dana.id);
    const stored = database.sqlite
      .prepare('SELECT stakeholder_id FROM interests UNION ALL SELECT stakeholder_id FROM positions')
      .pluck()
      .all();
    expect(stored).toEqual([null, null]);
    expect(getInterestsMap(database.db, dealId).interests[0]?.text).toBe('Fewer vendors');
  });

  it('readiness: a key stakeholder is covered by an interest linked to them, and uncovered again when unlinked', async () => {
    const dana = cio();
    const interest = addInterest(database.db, { dealId, party: 'them', text: 'Fewer vendors to manage' });
    expect(keyFinding(dealId)).toMatchObject({
      status: 'fail',
      findings: ['“Dana” has no interests noted or linked.'],
    });
    updateInterest(database.db, interest.id, { stakeholderId: dana.id });
    expect(keyFinding(dealId)?.status).toBe('pass');
    // Through the API too, as the renderer sends it.
    const viaApi = await invoke({ db: database.db }, 'rows.update', {
      table: 'interests',
      id: interest.id,
      patch: { stakeholderId: null },
    });
    expect(viaApi).toMatchObject({ ok: true, value: { stakeholderId: null } });
    expect(keyFinding(dealId)?.status).toBe('fail');
  });

  it('duplicate and deal files carry the link, pointing at the copy’s own stakeholder', () => {
    const dana = cio();
    const interest = addInterest(database.db, { dealId, party: 'them', text: 'Fewer vendors' });
    const position = addPosition(database.db, { dealId, party: 'them', text: 'No increase' });
    updateInterest(database.db, interest.id, { stakeholderId: dana.id });
    updatePosition(database.db, position.id, { stakeholderId: dana.id });

    const copy = duplicateDeal(database.db, dealId);
    const copyStakeholders = stakeholders().list(database.db, copy.id);
    expect(copyStakeholders.map((s) => s.name)).toEqual(['Dana']);
    const copied = getInterestsMap(database.db, copy.id);
    expect(copied.interests[0]?.stakeholderId).toBe(copyStakeholders[0]?.id);
    expect(copied.positions[0]?.stakeholderId).toBe(copyStakeholders[0]?.id);
    expect(copyStakeholders[0]?.id).not.toBe(dana.id);
    expect(keyFinding(copy.id)?.status).toBe('pass');

    const file = exportDeals(database.db, [dealId]);
    const parsed = parseDealFile(file.text);
    expect(parsed.deals[0]?.parts.interests?.[0]).toMatchObject({ stakeholderId: dana.id });
    expect(parsed.deals[0]?.parts.positions?.[0]).toMatchObject({ stakeholderId: dana.id });
    importDealFile(database.db, file.text, 'copy');
    const imported = database.sqlite
      .prepare(
        `SELECT i.deal_id AS dealId, s.name AS name FROM interests i JOIN stakeholders s ON s.id = i.stakeholder_id
         WHERE s.deal_id = i.deal_id ORDER BY i.rowid`,
      )
      .all();
    expect(imported).toHaveLength(3);
  });

  it('reads a version-2 deal file, whose positions and interests name no stakeholder', () => {
    const interest = addInterest(database.db, { dealId, party: 'them', text: 'Fewer vendors' });
    addPosition(database.db, { dealId, party: 'us', text: 'Three-year term' });
    const file = JSON.parse(exportDeals(database.db, [dealId]).text);
    file.version = 2;
    for (const part of ['interests', 'positions']) {
      for (const row of file.deals[0].parts[part]) delete row.stakeholderId;
    }
    const parsed = parseDealFile(JSON.stringify(file));
    expect(parsed.deals[0]?.parts.interests?.[0]).toMatchObject({ id: interest.id, stakeholderId: null });
    expect(parsed.deals[0]?.parts.positions?.[0]).toMatchObject({ stakeholderId: null });
  });
});
