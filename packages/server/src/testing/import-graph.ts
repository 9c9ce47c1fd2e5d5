import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One source file of the graph: where it is, what it says, and what it imports. */
export interface GraphFile {
  /** Absolute path. */
  path: string;
  /** Path below the source root it was found in, with forward slashes (e.g. `features/admin/routes.ts`). */
  name: string;
  /** The source root (absolute) the file was found in. */
  root: string;
  contents: string;
  /** Absolute paths of the source files it imports (relative specifiers, resolved; `.js` means `.ts`/`.tsx`). */
  imports: string[];
  /** Every specifier as written, with what it resolved to (undefined: a package, a built-in or an asset). */
  specifiers: { specifier: string; resolved: string | undefined }[];
}

export interface ImportGraph {
  /** Every .ts/.tsx file under the roots, keyed by absolute path. */
  files: Map<string, GraphFile>;
  /** Relative specifiers that name neither a source file nor an existing asset. */
  unresolved: { from: string; specifier: string }[];
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx'];

/**
 * Reads every TypeScript file under the given source roots and resolves its imports (`import`, `import type`,
 * `export ... from`, dynamic `import()`), so tests can check boundaries from the sources themselves.
 */
export function buildImportGraph(roots: readonly string[]): ImportGraph {
  const files = new Map<string, GraphFile>();
  const unresolved: ImportGraph['unresolved'] = [];
  for (const rootPath of roots) {
    const root = resolve(rootPath);
    for (const path of listSources(root)) {
      const contents = readFileSync(path, 'utf8');
      const specifiers = ts
        .preProcessFile(contents, true, true)
        .importedFiles.map(({ fileName }) => fileName)
        .map((specifier) => ({ specifier, resolved: resolveSpecifier(path, specifier) }));
      for (const { specifier, resolved: target } of specifiers) {
        if (target === undefined && specifier.startsWith('.') && !existsSync(resolve(dirname(path), specifier))) {
          unresolved.push({ from: path, specifier });
        }
      }
      const imports = [...new Set(specifiers.flatMap(({ resolved: target }) => (target ? [target] : [])))];
      files.set(path, { path, name: toPosix(relative(root, path)), root, contents, imports, specifiers });
    }
  }
  return { files, unresolved };
}

/** The source file a relative specifier names, or undefined (a package, a built-in, an asset such as `.css`). */
export function resolveSpecifier(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  const base = resolve(dirname(fromFile), specifier);
  const stem = base.replace(/\.(js|jsx|mjs)$/, '');
  const candidates = [
    ...(stem === base ? [] : SOURCE_EXTENSIONS.map((extension) => stem + extension)),
    base,
    ...SOURCE_EXTENSIONS.map((extension) => base + extension),
    ...SOURCE_EXTENSIONS.map((extension) => join(base, `index${extension}`)),
  ];
  return candidates.find((candidate) => isSource(candidate) && isFile(candidate));
}

/**
 * The cycles of a directed graph, each as a path that starts and ends at the same node (e.g. `[a, b, c, a]`): for every
 * strongly connected component, the shortest cycle through each of its nodes (so every node caught in a cycle shows),
 * without repeating a cycle.
 */
export function findCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const cycles = new Map<string, string[]>();
  for (const component of stronglyConnectedComponents(edges)) {
    const members = new Set(component);
    for (const node of [...members].sort()) {
      if (members.size === 1 && !edges.get(node)?.has(node)) continue;
      const cycle = shortestCycleThrough(node, members, edges);
      // The same cycle found from another of its nodes: keep one, starting at its smallest node.
      const ring = cycle.slice(0, -1);
      const first = ring.indexOf([...ring].sort()[0]!);
      const rotated = [...ring.slice(first), ...ring.slice(0, first)];
      cycles.set(rotated.join('\0'), [...rotated, rotated[0]!]);
    }
  }
  return [...cycles.values()].sort((a, b) => a.join('\0').localeCompare(b.join('\0')));
}

/** A cycle printed as `a -> b -> a`. */
export function formatCycle(cycle: readonly string[]): string {
  return cycle.join(' -> ');
}

function stronglyConnectedComponents(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  // Tarjan's algorithm, iterative so a deep graph cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const nodes = new Set<string>([...edges.keys(), ...[...edges.values()].flatMap((targets) => [...targets])]);
  for (const start of [...nodes].sort()) {
    if (index.has(start)) continue;
    const work: { node: string; next: string[] }[] = [];
    const visit = (node: string) => {
      index.set(node, counter);
      low.set(node, counter);
      counter += 1;
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: [...(edges.get(node) ?? [])].sort() });
    };
    visit(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const target = frame.next.shift();
      if (target !== undefined) {
        if (!index.has(target)) visit(target);
        else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

function shortestCycleThrough(
  start: string,
  members: ReadonlySet<string>,
  edges: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  // Breadth-first from start, inside the component, back to start.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const target of [...(edges.get(node) ?? [])].sort()) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

function listSources(directory: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...listSources(path));
    else if (isSource(path)) found.push(path);
  }
  return found;
}

function isSource(path: string): boolean {
  return SOURCE_EXTENSIONS.some((extension) => path.endsWith(extension)) && !path.endsWith('.d.ts');
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
