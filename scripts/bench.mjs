// `npm run bench`: every bench/*.bench.ts in turn; each prints its own ratios and targets.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfStale, ROOT } from './build-if-stale.mjs';

buildIfStale();
const only = process.argv[2];
const benches = readdirSync(join(ROOT, 'bench')).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)));
let failed = false;
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'vite-node', 'vite-node.mjs'), join('bench', bench)],
    {
      cwd: ROOT,
      // React and the JSX transform as the built app runs them, not their development builds.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    },
  );
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
