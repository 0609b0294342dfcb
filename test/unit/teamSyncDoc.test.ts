import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { dealTable } from '../../db/dealTables/registry';
import { concurrentValues, derivedPositions, placeInDoc, putRow, SORT_KEY, tableMap } from '../../db/teamSync/doc';

const risks = dealTable('risks');
const ID = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];

/** Two laptops' docs that start from the same row. */
function pair() {
  const a = new Y.Doc({ gc: false });
  const b = new Y.Doc({ gc: false });
  a.clientID = 1;
  b.clientID = 2;
  putRow(a, risks, { id: ID[0], statement: 'Budget', owner: '', deletedAt: null });
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return { a, b };
}

/** Applies `from`'s changes to `to`, answering the conflicts found on `field` of the row. */
function sync(from: Y.Doc, to: Y.Doc, field: string) {
  let found: ReturnType<typeof concurrentValues> = null;
  const handler = (_events: unknown, transaction: Y.Transaction) => {
    const row = tableMap(to, risks).get(ID[0] as string) as Y.Map<unknown>;
    found = concurrentValues(row, field, transaction.beforeState);
  };
  tableMap(to, risks).observeDeep(handler);
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
  tableMap(to, risks).unobserveDeep(handler);
  return found as ReturnType<typeof concurrentValues>;
}

describe('the shared deal doc', () => {
  it('finds a same-field change made on both sides while apart, whichever value Yjs kept', () => {
    const { a, b } = pair();
    putRow(a, risks, { id: ID[0], statement: 'Budget frozen' });
    putRow(b, risks, { id: ID[0], statement: 'Budget cut' });
    const onA = sync(b, a, 'statement');
    const onB = sync(a, b, 'statement');
    expect(onA?.map((c) => c.value).sort()).toEqual(['Budget cut', 'Budget frozen']);
    expect(onB?.map((c) => c.value).sort()).toEqual(['Budget cut', 'Budget frozen']);
    // Both laptops agree on which value was kept.
    expect(onA?.find((c) => c.kept)?.value).toBe(onB?.find((c) => c.kept)?.value);
  });

  it('sees no conflict when a change was made over the other one, or on another field', () => {
    const { a, b } = pair();
    putRow(a, risks, { id: ID[0], statement: 'Budget frozen' });
    expect(sync(a, b, 'statement')).toBeNull();
    putRow(b, risks, { id: ID[0], statement: 'Budget frozen until Q3' });
    expect(sync(b, a, 'statement')).toBeNull();
    putRow(a, risks, { id: ID[0], owner: 'Ana' });
    putRow(b, risks, { id: ID[0], statement: 'Budget frozen for good' });
    expect(sync(b, a, 'owner')).toBeNull();
    expect(sync(a, b, 'statement')).toBeNull();
  });

  it('writes only fields that changed (an unchanged save makes no update)', () => {
    const { a } = pair();
    let updates = 0;
    a.on('update', () => updates++);
    putRow(a, risks, { id: ID[0], statement: 'Budget', owner: '' });
    expect(updates).toBe(0);
  });

  it('orders by sort key then id; a deleted row keeps the place an Undo restores', () => {
    const doc = new Y.Doc();
    const dealId = '00000000-0000-4000-8000-0000000000dd';
    const ids = ['c', 'a', 'b'].map((x) => `00000000-0000-4000-8000-00000000000${x}`);
    for (const id of ids) putRow(doc, risks, { id, dealId, deletedAt: null });
    // Placed as the local list shows them: c, a, b.
    ids.forEach((id) => {
      placeInDoc(doc, risks, ids, id);
    });
    expect([...derivedPositions(doc, risks)].sort((x, y) => x[1] - y[1]).map(([id]) => id)).toEqual(ids);
    // Two rows appended apart get the same key: the id breaks the tie, the same on every laptop.
    tableMap(doc, risks)
      .get(ids[0] as string)
      ?.set(
        SORT_KEY,
        tableMap(doc, risks)
          .get(ids[2] as string)
          ?.get(SORT_KEY),
      );
    const positions = derivedPositions(doc, risks);
    expect(positions.get(ids[1] as string)).toBe(0);
    expect(positions.get(ids[2] as string)).toBe(1);
    expect(positions.get(ids[0] as string)).toBe(2);
    // Moving a row between two rows with equal keys still gives it a key after the first.
    placeInDoc(doc, risks, [ids[1] as string, ids[2] as string, ids[0] as string], ids[1] as string);
    tableMap(doc, risks)
      .get(ids[1] as string)
      ?.set('deletedAt', '2026-01-01T00:00:00.000Z');
    const afterDelete = derivedPositions(doc, risks);
    expect(afterDelete.get(ids[1] as string)).toBe(0);
    expect(afterDelete.get(ids[2] as string)).toBe(0);
  });
});
