import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildImportGraph, findCycles, formatCycle, type GraphFile } from './testing/import-graph.js';

// Boundaries checked from the sources: no import cycles, between files or between folders; http/ is a toolkit that
// knows no feature; core is pure (it runs in the browser too), so it imports nothing outside itself.

const packagesDir = fileURLToPath(new URL('../../', import.meta.url));
const ROOTS = { core: `${packagesDir}core/src`, server: `${packagesDir}server/src`, web: `${packagesDir}web/src` };
const graph = buildImportGraph(Object.values(ROOTS));
const files = [...graph.files.values()];

/** Cycles known and being removed elsewhere; nothing may join these lists (none today). */
const KNOWN_FILE_CYCLES: string[] = [];
const KNOWN_FOLDER_CYCLES: string[] = [];

/** `server:features/admin/routes.ts` rather than an absolute path. */
function label(file: GraphFile): string {
  const pkg = Object.entries(ROOTS).find(([, root]) => file.root === root)?.[0] ?? file.root;
  return `${pkg}:${file.name}`;
}

/** A web page's copy (`copy.ts`): messages as data, which the app's catalog gathers from every folder. */
const isCopy = (file: GraphFile) => label(file).startsWith('web:') && /(^|\/)copy\.ts$/.test(file.name);

/**
 * The unit a file belongs to: the first folder under src/ (features/<name> for a feature), or a file at the top. Copy
 * modules count on their own: they are data the app's catalog (web/src/messages.ts) gathers from beside the pages, and
 * import nothing of the app (checked below).
 */
function folderOf(file: GraphFile): string {
  if (isCopy(file)) return label(file);
  const segments = file.name.split('/');
  const folder = segments[0] === 'features' && segments.length > 2 ? `features/${segments[1]}` : segments[0]!;
  return `${label(file).split(':')[0]}:${folder}`;
}

/** Tests and their helpers (a testing/ folder or a testing.ts file): never built into what ships. */
function isTestCode(file: GraphFile): boolean {
  return /\.test\.tsx?$/.test(file.name) || file.name.startsWith('testing/') || /(^|\/)testing\.ts$/.test(file.name);
}

function edgesBetween(nodeOf: (file: GraphFile) => string, include: (file: GraphFile) => boolean) {
  const edges = new Map<string, Set<string>>();
  for (const file of files.filter(include)) {
    const from = nodeOf(file);
    const targets = edges.get(from) ?? new Set<string>();
    edges.set(from, targets);
    for (const imported of file.imports) {
      const target = graph.files.get(imported)!;
      if (!include(target)) continue;
      const to = nodeOf(target);
      if (to !== from || nodeOf === label) targets.add(to);
    }
  }
  return edges;
}

describe('architecture', () => {
  it('reads the sources of the three packages', () => {
    expect(files.filter((file) => file.root === ROOTS.server).length).toBeGreaterThan(50);
    expect(files.filter((file) => file.root === ROOTS.web).length).toBeGreaterThan(20);
    expect(files.filter((file) => file.root === ROOTS.core).length).toBeGreaterThan(10);
    expect(graph.unresolved.map(({ from, specifier }) => `${from}: ${specifier}`)).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const cycles = findCycles(edgesBetween(label, () => true))
      .map(formatCycle)
      .filter((cycle) => !KNOWN_FILE_CYCLES.includes(cycle));
    expect(cycles, `import cycles between files:\n  ${cycles.join('\n  ')}\n`).toEqual([]);
  });

  it('has no import cycle between folders (features/<name> counts as one)', () => {
    // Tests and the testing/ helpers sit beside everything and start the whole app, so they are left out here.
    const edges = edgesBetween(folderOf, (file) => !isTestCode(file));
    const cycles = findCycles(edges)
      .filter((cycle) => !KNOWN_FOLDER_CYCLES.includes(formatCycle(cycle)))
      .map((cycle) => {
        const steps = cycle.slice(1).map((to, i) => {
          const from = cycle[i]!;
          const example = files.find(
            (file) =>
              !isTestCode(file) &&
              folderOf(file) === from &&
              file.imports.some((imported) => folderOf(graph.files.get(imported)!) === to),
          )!;
          return `  ${from} -> ${to} (e.g. ${label(example)})`;
        });
        return `${formatCycle(cycle)}\n${steps.join('\n')}`;
      });
    expect(cycles, `import cycles between folders:\n${cycles.join('\n')}\n`).toEqual([]);
  });

  it('keeps production code away from tests and test helpers', () => {
    const offending = files
      .filter((file) => !isTestCode(file))
      .flatMap((file) =>
        file.imports
          .map((imported) => graph.files.get(imported)!)
          .filter(isTestCode)
          .map((target) => `${label(file)} -> ${label(target)}`),
      );
    expect(offending).toEqual([]);
  });

  it('keeps the web app’s copy modules as data: they import core and nothing of the app', () => {
    const copies = files.filter(isCopy);
    expect(copies.length).toBeGreaterThan(5);
    for (const copy of copies)
      expect(
        copy.imports.map((i) => label(graph.files.get(i)!)),
        copy.name,
      ).toEqual([]);
  });

  it('keeps http/ free of features: it is a toolkit the features use', () => {
    const offending = files
      .filter((file) => file.root === ROOTS.server && file.name.startsWith('http/'))
      .flatMap((file) =>
        file.imports
          .map((imported) => graph.files.get(imported)!)
          .filter((target) => target.root === ROOTS.server && target.name.startsWith('features/'))
          .map((target) => `${label(file)} -> ${label(target)}`),
      );
    expect(offending).toEqual([]);
  });

  it('keeps core pure: its own files and its declared dependencies only, no Node built-ins', () => {
    const corePackage = JSON.parse(readFileSync(`${packagesDir}core/package.json`, 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    const allowed = new Set(Object.keys(corePackage.dependencies ?? {}));
    const builtins = new Set(builtinModules);
    const offending: string[] = [];
    for (const file of files.filter((candidate) => candidate.root === ROOTS.core)) {
      for (const { specifier, resolved } of file.specifiers) {
        if (specifier.startsWith('.')) {
          // Relative imports stay inside core, for tests as for shipped code.
          if (resolved === undefined || graph.files.get(resolved)?.root !== ROOTS.core) {
            offending.push(`${label(file)} -> ${specifier}`);
          }
          continue;
        }
        // Tests and their helpers run in Node under the test runner only; what ships runs in the browser too.
        if (isTestCode(file)) continue;
        const name = specifier
          .split('/')
          .slice(0, specifier.startsWith('@') ? 2 : 1)
          .join('/');
        if (specifier.startsWith('node:') || builtins.has(name) || !allowed.has(name)) {
          offending.push(`${label(file)} -> ${specifier}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
