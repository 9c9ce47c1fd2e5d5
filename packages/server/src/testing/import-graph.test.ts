import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildImportGraph, findCycles, formatCycle } from './import-graph.js';

function sourceTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'harbor-graph-'));
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), contents);
  }
  return root;
}

const edges = (map: Record<string, string[]>) => new Map(Object.entries(map).map(([k, v]) => [k, new Set(v)]));

describe('import graph', () => {
  it('resolves .js specifiers to .ts and .tsx, bare ones to index files, and keeps every kind of import', () => {
    const root = sourceTree({
      'a.ts': [
        "import type { B } from './b.js';",
        "export { c } from './c.js';",
        "import { d } from './d';",
        "import './styles.css';",
        "import { z } from 'zod';",
        "import { readFileSync } from 'node:fs';",
        "const later = () => import('./lazy.js');",
      ].join('\n'),
      'b.ts': 'export type B = string;',
      'c.tsx': 'export const c = 1;',
      'd/index.ts': 'export const d = 1;',
      'lazy.ts': 'export const lazy = 1;',
      'styles.css': '',
    });
    const graph = buildImportGraph([root]);
    const a = graph.files.get(join(root, 'a.ts'))!;
    expect(a.name).toBe('a.ts');
    expect(a.contents).toContain("from './b.js'");
    expect(a.imports.map((path) => graph.files.get(path)!.name).sort()).toEqual([
      'b.ts',
      'c.tsx',
      'd/index.ts',
      'lazy.ts',
    ]);
    expect(a.specifiers.filter((s) => s.resolved === undefined).map((s) => s.specifier)).toEqual([
      './styles.css',
      'zod',
      'node:fs',
    ]);
    expect(graph.unresolved).toEqual([]);
  });

  it('reports a relative import that names nothing', () => {
    const root = sourceTree({ 'a.ts': "import { gone } from './gone.js';" });
    expect(buildImportGraph([root]).unresolved).toEqual([{ from: join(root, 'a.ts'), specifier: './gone.js' }]);
  });

  it('finds each cycle once, from its smallest node, and no cycle in a tree', () => {
    expect(findCycles(edges({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
    const cycles = findCycles(edges({ a: ['b'], b: ['c', 'd'], c: ['a'], d: ['d'], e: ['a'] }));
    expect(cycles.map(formatCycle)).toEqual(['a -> b -> c -> a', 'd -> d']);
  });

  it('shows every node caught in a cycle when one component holds several cycles', () => {
    const cycles = findCycles(edges({ http: ['admin', 'youth'], admin: ['http'], youth: ['http'] }));
    expect(cycles.map(formatCycle)).toEqual(['admin -> http -> admin', 'http -> youth -> http']);
  });
});
