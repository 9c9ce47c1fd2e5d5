import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FEATURES } from './features/index';

/** The web app's boundaries, checked rather than hoped for (shared/design/ARCHITECTURE.md, habit 14). */

const SRC = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier).replace(/\.js$/, '');
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Every file of src (tests aside) with the src files it imports: static, dynamic and type-only imports alike. */
const GRAPH = new Map(
  sourceFiles(SRC).map((file) => {
    const text = readFileSync(file, 'utf8');
    const specifiers = [
      ...text.matchAll(/(?:import|export)\s[^'";]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)|import\s+'([^']+)'/g),
    ].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
    const targets = specifiers.map((s) => resolveImport(file, s)).filter((t): t is string => t !== null);
    return [relative(SRC, file), [...new Set(targets.map((t) => relative(SRC, t)))]];
  }),
);

/** The import cycles among src files (each as the files on it). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

const featureOf = (file: string) => /^features\/([^/]+)\//.exec(file)?.[1];

describe('the web app’s structure', () => {
  it('has the files it should (the check reads the real tree)', () => {
    expect(GRAPH.size).toBeGreaterThan(80);
    expect(GRAPH.get('router.tsx')).toContain('features/index.ts');
  });

  it('has no import cycle between files', () => {
    expect(cycles(GRAPH).map((c) => c.join(' -> '))).toEqual([]);
    expect(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['a.ts']],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });

  it('keeps each feature to itself: a feature imports shared modules, never another feature’s files', () => {
    const crossings = [...GRAPH].flatMap(([file, imports]) => {
      const own = featureOf(file);
      return own ? imports.filter((i) => featureOf(i) && featureOf(i) !== own).map((i) => `${file} -> ${i}`) : [];
    });
    expect(crossings).toEqual([]);
  });

  it('lets shared code reach the features only through the list, the menu and the copy', () => {
    const allowed = /^features\/(index\.ts|navigation\.ts|define-feature\.ts|[^/]+\/copy\.ts)$/;
    const reaching = [...GRAPH].flatMap(([file, imports]) =>
      file.startsWith('features/')
        ? []
        : imports.filter((i) => featureOf(i) && !allowed.test(i)).map((i) => `${file} -> ${i}`),
    );
    expect(reaching).toEqual([]);
  });

  it('lists every feature folder once in features/index.ts, under its folder’s name', () => {
    const folders = readdirSync(join(SRC, 'features')).filter((name) =>
      statSync(join(SRC, 'features', name)).isDirectory(),
    );
    expect(FEATURES.map((f) => f.name).sort()).toEqual(folders.sort());
  });
});
