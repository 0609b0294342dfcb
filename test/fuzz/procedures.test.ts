import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contract, ProcedureName } from '../../api/contract';
import { invoke } from '../../api/invoke';
import type { Envelope } from '../../api/procedure';
import { DEAL_FILE_FORMAT, dealRecordSchema, parseDealFile } from '../../db/dealFiles/format';
import { exportDeals } from '../../db/dealFiles/transfer';
import { createDeal, getDeal, listDeals } from '../../db/repositories/deals';
import { dumpDatabase } from '../support/dump';
import { caseInput, caseLabel, type ProcedureCase, procedureCases } from '../support/procedureCases';
import { arbitraryFor, dangerousKeys, nearValid } from '../support/schemaArbitrary';
import { openTempDatabase } from '../support/tempDataDir';

/** Fixed seed and bounded runs (40 per procedure keeps CI under its 20-minute budget): the same cases every CI run; raise PARLEY_FUZZ_RUNS locally. */
const SEED = 7_130_521;
const RUNS_PER_PROCEDURE = Number(process.env.PARLEY_FUZZ_RUNS ?? 40);
const ACCEPTED_REFUSALS = ['invalid_input', 'not_found', 'conflict', 'unavailable'];

let database: Awaited<ReturnType<typeof openTempDatabase>>;
let validFileText = '';
const counts = new Map<string, number>();

// A fresh data folder per procedure: each property starts from the same three deals.
beforeEach(async () => {
  database = await openTempDatabase();
  const seeded = ['Acme renewal', 'Globex supply', 'Initech hire'].map((title) => createDeal(database.db, { title }));
  validFileText = exportDeals(
    database.db,
    seeded.map((deal) => deal.id),
  ).text;
});
afterEach(() => database.cleanup());
afterAll(() => {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(
    `fuzz: ${total} cases over ${counts.size} procedures (seed ${SEED}, ${RUNS_PER_PROCEDURE} per procedure)`,
  );
});

const knownIds = () => listDeals(database.db, { includeArchived: true }).map((deal) => deal.id);

/** Deal-file text: valid, truncated anywhere, one value or key changed, or not JSON at all. */
const fileTextArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null).map(() => validFileText),
  fc.nat().map((n) => validFileText.slice(0, n % validFileText.length)),
  fc
    .tuple(fc.nat(), fc.anything(), fc.constantFrom(...dangerousKeys, 'extra'), fc.boolean())
    .map(([pick, value, key, addKey]) => {
      const file = JSON.parse(validFileText);
      const entry = file.deals[pick % file.deals.length];
      const fields = Object.keys(entry.deal);
      if (addKey)
        return validFileText.replace('"title"', `${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}, "title"`);
      entry.deal[fields[pick % fields.length] ?? 'title'] = value;
      return JSON.stringify(file);
    }),
  fc.constantFrom(
    JSON.stringify({ format: DEAL_FILE_FORMAT, version: 99, deals: [] }),
    JSON.stringify({ format: DEAL_FILE_FORMAT, version: 1, exportedAt: 'yesterday', deals: [] }),
    `{"format":"${DEAL_FILE_FORMAT}","version":1,"deals":[${'['.repeat(5000)}`,
  ),
  fc.json(),
  fc.string({ unit: 'binary' }),
);

function inputArbitrary(testCase: ProcedureCase): fc.Arbitrary<unknown> {
  const valid = arbitraryFor(caseInput(testCase), { knownIds, byProperty: { text: fileTextArbitrary } });
  return fc.oneof(
    { weight: 4, arbitrary: valid },
    { weight: 4, arbitrary: nearValid(valid) },
    { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withObjectString: true }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(fc.constantFrom(...dangerousKeys, 'id', 'title', 'ids', 'text'), fc.anything()),
    },
  );
}

type Check = (value: unknown) => void;
const isDeal: Check = (value) => {
  expect(dealRecordSchema.safeParse(value).success).toBe(true);
};
/** What a correct result looks like, where the output has a known shape. */
const outputChecks: Partial<Record<ProcedureName, Check>> = {
  'deals.get': isDeal,
  'deals.create': isDeal,
  'deals.update': isDeal,
  'deals.duplicate': isDeal,
  'deals.archive': isDeal,
  'deals.restore': isDeal,
  'deals.list': (value) => expect(Array.isArray(value)).toBe(true),
  'dealFiles.export': (value) => {
    const { text, count } = value as { text: string; count: number };
    expect(parseDealFile(text).deals).toHaveLength(count);
  },
  'dealFiles.import': (value) => {
    for (const deal of (value as { deals: { id: string }[] }).deals)
      expect(getDeal(database.db, deal.id).id).toBe(deal.id);
  },
};

describe('every API procedure under random and near-valid input', () => {
  it.each(procedureCases().map((testCase, index) => [caseLabel(testCase), ...testCase, index] as const))(
    '%s never crashes, never half-writes, always answers',
    async (label, name, table, index) => {
      const internal: unknown[] = [];
      const log = { error: (_message: string, error: unknown) => internal.push(error) };
      await fc.assert(
        fc.asyncProperty(inputArbitrary([name, table]), async (input) => {
          // invoke() resolves in microtasks only; without a real yield the worker's event loop
          // would starve and vitest's own messages to the main process time out.
          await new Promise((resolve) => setImmediate(resolve));
          counts.set(label, (counts.get(label) ?? 0) + 1);
          internal.length = 0;
          const before = dumpDatabase(database.sqlite);
          const envelope = (await invoke({ db: database.db, storage: database }, name, input, log)) as Envelope<
            OutputOf<typeof name>
          >;
          expect(internal).toEqual([]);
          expect(typeof envelope.ok).toBe('boolean');
          if (envelope.ok) {
            // Whatever crosses IPC or HTTP must survive JSON unchanged.
            expect(JSON.parse(JSON.stringify(envelope.value ?? null))).toEqual(envelope.value ?? null);
            outputChecks[name]?.(envelope.value);
          } else {
            expect(ACCEPTED_REFUSALS).toContain(envelope.error.code);
            expect(envelope.error.message.length).toBeGreaterThan(5);
            expect(envelope.error.message).not.toMatch(/\n\s+at |SQLITE_|ZodError|\[object Object\]/);
            expect(dumpDatabase(database.sqlite)).toBe(before);
          }
          expect(Object.prototype).not.toHaveProperty('polluted');
        }),
        { seed: SEED + index, numRuns: RUNS_PER_PROCEDURE },
      );
    },
  );
});

type OutputOf<N extends ProcedureName> = Contract[N] extends { __output?: infer O } ? O : never;
