/**
 * Search at scale: 5,000 deals of realistic size (issues with options, notes, "What to
 * say", stakeholders and evidence), then the same queries through the FTS5 index and
 * through a LIKE scan over the same entries. Prints median ms per query kind, the overall
 * median, and the LIKE / FTS ratio. Target: every FTS median under 50 ms.
 * Run: npm run bench search (or npx vite-node bench/search.bench.ts).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../db/database';
import { searchByLike, searchEverything } from '../db/repositories/search';
import { MIGRATIONS_FOLDER, makeTempDir } from '../test/support/tempDataDir';
import { median, verdict } from './support';

const DEALS = Number(process.env.DEALS ?? 5_000);
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vehement', 'Soylent', 'Stark', 'Wayne', 'Tyrell'];
const ISSUES = [
  ['Price', 'price', ['List price', 'Ten percent off', 'Volume discount']],
  ['Payment terms', 'payment_terms', ['Net 30', 'Net 45', 'Net 60']],
  ['Contract length', 'term', ['12 months', '24 months', '36 months']],
  ['Support tier', 'service_level', ['Standard hours', 'Extended hours', 'Named contact']],
  ['Rollout phases', 'delivery', ['Big bang', 'Two waves', 'Pilot first']],
  ['Data ownership', 'data_rights', ['Supplier format', 'Export on request', 'Open format']],
  ['Case study', 'publicity', ['None', 'Anonymous', 'Named']],
  ['Termination for convenience', 'termination', ['Not allowed', '90 days notice', '30 days notice']],
] as const;
const WORDS =
  'budget quarter renewal pilot security audit integration rollout training adoption sponsor procurement legal finance invoice discount warranty uptime latency migration onboarding roadmap pricing competitor incumbent timeline approval board risk compliance'.split(
    ' ',
  );

/** Deterministic pseudo-random text, so every run seeds the same data. */
let state = 42;
const rand = (n: number) => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state % n;
};
const sentence = (words: number) => Array.from({ length: words }, () => WORDS[rand(WORDS.length)]).join(' ');

async function seed() {
  const temp = makeTempDir('parley-bench-search-');
  const database = await openDatabase({ dataDir: temp.dir, migrationsFolder: MIGRATIONS_FOLDER });
  const { sqlite } = database;
  const now = new Date().toISOString();
  const deal = sqlite.prepare(
    "INSERT INTO deals (id, title, counterparty, context, our_side, currency, status, notes, created_at, updated_at) VALUES (?, ?, ?, 'sales', 'selling', 'EUR', 'preparing', ?, ?, ?)",
  );
  const issue = sqlite.prepare(
    'INSERT INTO issues (id, deal_id, name, category, weight_us, weight_them, notes, position) VALUES (?, ?, ?, ?, 10, 10, ?, ?)',
  );
  const option = sqlite.prepare('INSERT INTO issue_options (id, issue_id, label, position) VALUES (?, ?, ?, ?)');
  const talk = sqlite.prepare('INSERT INTO talking_points (deal_id, text, updated_at) VALUES (?, ?, ?)');
  const person = sqlite.prepare(
    "INSERT INTO stakeholders (id, deal_id, position, created_at, updated_at, side, name, title, role, influence, stance, interests, relationship_notes) VALUES (?, ?, ?, ?, ?, 'theirs', ?, ?, 'influencer', 3, 'neutral', ?, ?)",
  );
  const evidence = sqlite.prepare(
    "INSERT INTO evidence_items (id, deal_id, position, created_at, updated_at, title, kind, source, notes) VALUES (?, ?, ?, ?, ?, ?, 'benchmark', ?, ?)",
  );
  const start = performance.now();
  sqlite.transaction(() => {
    for (let d = 0; d < DEALS; d++) {
      const id = randomUUID();
      const company = `${COMPANIES[d % COMPANIES.length]} ${Math.floor(d / COMPANIES.length)}`;
      deal.run(id, `${company} ${WORDS[d % WORDS.length]} ${2026 + (d % 3)}`, company, sentence(60), now, now);
      ISSUES.forEach(([name, category, labels], i) => {
        const issueId = randomUUID();
        issue.run(issueId, id, name, category, i % 2 ? sentence(15) : '', i);
        labels.forEach((label, j) => {
          option.run(randomUUID(), issueId, label, j);
        });
      });
      talk.run(id, sentence(40), now);
      for (let s = 0; s < 4; s++) {
        person.run(randomUUID(), id, s, now, now, `Person ${d}-${s}`, 'Head of IT', sentence(12), sentence(20));
      }
      for (let e = 0; e < 3; e++) {
        evidence.run(randomUUID(), id, e, now, now, `Benchmark ${sentence(3)}`, 'Analyst report', sentence(25));
      }
    }
  })();
  const seconds = (performance.now() - start) / 1000;
  const entries = sqlite.prepare('SELECT count(*) FROM search_entries').pluck().get() as number;
  // A unique word in one stakeholder's notes and an exact deal title, to find the needle.
  sqlite
    .prepare("UPDATE stakeholders SET relationship_notes = relationship_notes || ' zanzibar' WHERE rowid = 777")
    .run();
  console.log(`seeded ${DEALS} deals (${entries} index entries) in ${seconds.toFixed(1)} s`);
  return { temp, database };
}

const QUERIES: [label: string, query: string][] = [
  ['common word', 'budget'],
  ['two common words', 'renewal pilot'],
  ['prefix while typing', 'integ'],
  ['rare word', 'zanzibar'],
  ['exact deal title', 'Acme 12 budget 2026'],
  ['issue name', 'payment terms'],
  ['no match', 'xylophone'],
];

const { temp, database } = await seed();
try {
  const runs = 15;
  const ftsAll: number[] = [];
  const likeAll: number[] = [];
  let worst = 0;
  for (const [label, query] of QUERIES) {
    const fts: number[] = [];
    const like: number[] = [];
    let hits = 0;
    let first = '';
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      const found = searchEverything(database.db, { query, limit: 30 });
      hits = found.length;
      first = found[0]?.title ?? '';
      fts.push(performance.now() - t);
      t = performance.now();
      searchByLike(database.db, query, 30);
      like.push(performance.now() - t);
    }
    ftsAll.push(...fts);
    likeAll.push(...like);
    worst = Math.max(worst, median(fts));
    console.log(
      `  ${label.padEnd(20)} “${query}”: FTS ${median(fts).toFixed(2)} ms, LIKE ${median(like).toFixed(2)} ms, ratio ${(median(like) / median(fts)).toFixed(1)}×, ${hits} hits${hits ? `, first “${first}”` : ''}`,
    );
  }
  console.log(
    `search over ${DEALS} deals: FTS median ${median(ftsAll).toFixed(2)} ms, LIKE scan median ${median(likeAll).toFixed(2)} ms, ratio LIKE / FTS = ${(median(likeAll) / median(ftsAll)).toFixed(1)}×`,
  );
  console.log(`  slowest FTS query median ${worst.toFixed(2)} ms (target < 50 ms) ${verdict(worst < 50)}`);
} finally {
  database.close();
  temp.remove();
}
