import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const LAYERS = ['core', 'db', 'api', 'electron', 'web', 'renderer'] as const;
type Layer = (typeof LAYERS)[number];

/** Which of our layers each layer may import (DESIGN.md: dependencies point down). */
const ALLOWED: Record<Layer, Layer[]> = {
  core: ['core'],
  db: ['db', 'core'],
  api: ['api', 'db', 'core'],
  electron: ['electron', 'api', 'db', 'core', 'web'],
  web: ['web', 'api', 'db', 'core'],
  renderer: ['renderer', 'api', 'core'],
};

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(entry)) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

const layerOf = (path: string): string => relative(ROOT, path).split(/[\\/]/)[0] ?? '';

describe('architecture', () => {
  for (const layer of LAYERS) {
    it(`${layer}/ imports only the layers below it`, () => {
      const violations: string[] = [];
      for (const file of sourceFiles(join(ROOT, layer))) {
        for (const specifier of importsOf(file)) {
          if (specifier.startsWith('.')) {
            const target = layerOf(resolve(dirname(file), specifier));
            if (!(ALLOWED[layer] as string[]).includes(target))
              violations.push(`${relative(ROOT, file)} → ${specifier}`);
          }
          if (specifier === 'electron' && layer !== 'electron') violations.push(`${relative(ROOT, file)} → electron`);
          if (layer === 'core' && (specifier.startsWith('node:') || specifier === 'better-sqlite3')) {
            violations.push(`${relative(ROOT, file)} → ${specifier} (core does no I/O)`);
          }
          if (
            layer === 'renderer' &&
            (specifier.startsWith('node:') || specifier.startsWith('drizzle') || specifier === 'better-sqlite3')
          ) {
            violations.push(`${relative(ROOT, file)} → ${specifier} (the renderer never sees Node or SQL)`);
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it('the renderer imports only types from api/', () => {
    const valueImports = sourceFiles(join(ROOT, 'renderer')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+['"](\.[^'"]+)['"]/gm)]
        .map((m) => m[1] ?? '')
        .filter((specifier) => layerOf(resolve(dirname(file), specifier)) === 'api')
        .map((specifier) => `${relative(ROOT, file)} → ${specifier}`),
    );
    expect(valueImports).toEqual([]);
  });
});

/** The relative imports of a file that exist at run time (not `import type`), resolved to files. */
function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const statements = [...text.matchAll(/(?:^|\n)\s*(import|export)\s+([^'"]*?)\s*from\s*['"]([^'"]+)['"]/g)];
  return statements
    .filter(([, , clause = '']) => {
      if (/^type\s/.test(clause)) return false;
      const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
      return !names?.split(',').every((name) => !name.trim() || /^type\s/.test(name.trim()));
    })
    .map(([, , , spec = '']) => spec)
    .filter((spec) => spec.startsWith('.'))
    .flatMap((spec) => {
      const base = resolve(dirname(file), spec);
      return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].filter((candidate) => {
        try {
          return statSync(candidate).isFile();
        } catch {
          return false;
        }
      });
    });
}

describe('import graph', () => {
  it('has no cycles (a module never imports itself through others)', () => {
    const files = LAYERS.flatMap((layer) => sourceFiles(join(ROOT, layer)));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(ROOT, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of localImports(file)) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
