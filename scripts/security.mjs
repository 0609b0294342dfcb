#!/usr/bin/env node
/**
 * `npm run security`: Electron security lint (@doyensec/electronegativity) over the
 * sources in electron/ and the built app in out/. Fails on any finding that is neither
 * fixed nor justified.
 *
 * A finding is justified by a comment at its place: `// eng-disable CHECK_ID` on the
 * flagged line, with the reason in a comment just above. The built bundle keeps most of
 * those comments; a finding in out/ whose check is justified in the sources is accepted
 * too, since it is the same code (bundling may move or drop the comment).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const cli = join(root, 'node_modules', '.bin', 'electronegativity');
const SOURCE_DIRS = ['electron'];
const BUILT_DIR = 'out';

if (!existsSync(join(root, BUILT_DIR, 'main'))) {
  console.error('security: out/ is missing; run `npm run build` first.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'parley-security-'));
function scan(dir) {
  const output = join(work, `${dir}.sarif`);
  // -e pins the Electron version: the tool would otherwise guess (and try the network).
  const run = spawnSync(cli, ['-i', join(root, dir), '-e', electronVersion, '-r', '-o', output], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (!existsSync(output)) {
    console.error(`security: electronegativity did not run on ${dir}/\n${run.stderr || run.stdout}`);
    process.exit(1);
  }
  const sarif = JSON.parse(readFileSync(output, 'utf8'));
  return sarif.runs.flatMap((r) =>
    r.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      return {
        dir,
        rule: result.ruleId,
        level: result.level,
        file: `${dir}/${location?.artifactLocation?.uri ?? '?'}`,
        line: location?.region?.startLine ?? 0,
        message: result.message?.text ?? '',
      };
    }),
  );
}

/** Checks justified with `eng-disable` somewhere in the sources. */
function justifiedInSources() {
  const rules = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js|html)$/.test(entry.name)) {
        for (const match of readFileSync(path, 'utf8').matchAll(/eng-disable[ \t]+([A-Z_ \t,]+)/g)) {
          for (const rule of (match[1] ?? '').split(/[\s,]+/)) if (rule) rules.add(rule);
        }
      }
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(root, dir));
  return rules;
}

try {
  const justified = justifiedInSources();
  const findings = [...SOURCE_DIRS.flatMap(scan), ...scan(BUILT_DIR)];
  const open = findings.filter((f) => !(f.dir === BUILT_DIR && justified.has(f.rule)));
  for (const f of findings) {
    const state = open.includes(f) ? 'OPEN     ' : 'justified';
    console.log(`${state} ${f.rule} (${f.level}) ${f.file}:${f.line}`);
  }
  console.log(
    `security: ${findings.length} finding(s) after inline justifications, ${findings.length - open.length} justified in the sources, ${open.length} open (Electron ${electronVersion})`,
  );
  if (open.length > 0) {
    console.error(
      'security: fix these, or justify each with a comment and `// eng-disable CHECK_ID` on the flagged line.',
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
