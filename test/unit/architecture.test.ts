import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
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

/** One relative import of a file, resolved to a file of ours; `value`: it exists at run time (not `import type`). */
interface LocalImport {
  file: string;
  value: boolean;
}

function resolveLocal(file: string, specifier: string): string | null {
  const base = resolve(dirname(file), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return (
    candidates.find((candidate) => {
      try {
        return /\.tsx?$/.test(candidate) && statSync(candidate).isFile();
      } catch {
        return false;
      }
    }) ?? null
  );
}

/**
 * The relative imports and re-exports of a file, read with the TypeScript parser: an
 * `import type` / `export type`, or a clause whose every name is `type`, is type-only and
 * erased at run time; anything else (a side-effect import too) loads the module. Dynamic
 * `import()` loads lazily and cannot deadlock module initialisation, so it is left out.
 */
function localImports(file: string): LocalImport[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: LocalImport[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    let typeOnly = false;
    if (ts.isImportDeclaration(statement)) {
      specifier = statement.moduleSpecifier;
      const clause = statement.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings : null;
      typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name && named !== null && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)));
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      specifier = statement.moduleSpecifier;
      const named = statement.exportClause && ts.isNamedExports(statement.exportClause) ? statement.exportClause : null;
      typeOnly =
        statement.isTypeOnly ||
        (named !== null && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly));
    }
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const target = resolveLocal(file, specifier.text);
    if (target) found.push({ file: target, value: !typeOnly });
  }
  return found;
}

/** The strongly connected components of more than one module (Tarjan): each is a set of modules importing each other in a circle. */
function cyclesOf(files: string[], edges: (file: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  const connect = (file: string) => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const to of edges(file)) {
      if (!index.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || edges(file).includes(file)) components.push(component);
    }
  };
  for (const file of files) if (!index.has(file)) connect(file);
  return components.map((component) => component.map((f) => relative(ROOT, f)).sort());
}

describe('import graph', () => {
  const files = LAYERS.flatMap((layer) => sourceFiles(join(ROOT, layer)));
  const imports = new Map(files.map((file) => [file, localImports(file)]));
  const valueEdges = (file: string) => (imports.get(file) ?? []).filter((i) => i.value).map((i) => i.file);
  const allEdges = (file: string) => (imports.get(file) ?? []).map((i) => i.file);

  it('reads value and type imports apart (the parser, not a pattern)', () => {
    const progress = imports.get(join(ROOT, 'core', 'progress.ts')) ?? [];
    expect(progress.find((i) => i.file.endsWith(join('core', 'strategy.ts')))?.value).toBe(false);
    const rows = imports.get(join(ROOT, 'api', 'procedures', 'rows.ts')) ?? [];
    expect(rows.find((i) => i.file.endsWith(join('repositories', 'rowStores.ts')))?.value).toBe(true);
  });

  it('has no value-import cycles (a module never loads itself through others)', () => {
    expect(cyclesOf(files, valueEdges)).toEqual([]);
  });

  it('has no type-only import cycle either (the last one, snapshot ⇄ meeting, went with core/meeting/fields)', () => {
    expect(cyclesOf(files, allEdges).map((c) => c.join(' ⇄ '))).toEqual([]);
  });
});
