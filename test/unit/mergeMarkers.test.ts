import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TEXT = /\.(ts|tsx|js|mjs|css|html|md|json|sql|yml|yaml|sh)$|(^|\/)run$/;
/** What git writes into a file it could not merge; biome catches them in code, not in the README. */
const MARKER = /^(<{7} |>{7} |={7}$)/m;

describe('the tracked files', () => {
  it('hold no leftover merge conflict markers', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((file) => TEXT.test(file));
    expect(files.length).toBeGreaterThan(100);
    const marked = files.filter((file) => {
      try {
        return MARKER.test(readFileSync(resolve(ROOT, file), 'utf8'));
      } catch {
        return false;
      }
    });
    expect(marked).toEqual([]);
  });
});
