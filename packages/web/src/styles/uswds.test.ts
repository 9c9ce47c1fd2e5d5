import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const USWDS = join(dirname(require.resolve('@uswds/uswds')), '..', '..');

/** The class names a style sheet defines (`.usa-button--outline`, `.tablet\:grid-col-6` as `tablet:grid-col-6`). */
function classesOf(css: string): Set<string> {
  return new Set(
    [...css.matchAll(/\.([A-Za-z_](?:\\:|[A-Za-z0-9_-])*)/g)].map((m) => (m[1] ?? '').replace(/\\:/g, ':')),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'public-site' ? [] : sourceFiles(path);
    return /\.(tsx?|css)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// The staff app builds only the USWDS packages its screens use (src/styles/uswds.scss). A screen that starts using a
// USWDS class from a package or utility group that is not built would silently lose its style: this test names it.
describe("the staff app's USWDS subset", () => {
  it('defines every USWDS class the sources name', { timeout: 60_000 }, () => {
    const complete = classesOf(readFileSync(join(USWDS, 'dist', 'css', 'uswds.css'), 'utf8'));
    const subset = classesOf(
      sass.compile(join(SRC, 'styles', 'uswds.scss'), {
        loadPaths: [join(USWDS, 'packages')],
        style: 'compressed',
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'if-function'],
      }).css,
    );
    const missing = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      // A style sheet names classes in its selectors; a component anywhere in its markup and code.
      const names = file.endsWith('.css') ? classesOf(text) : text.match(/[A-Za-z][A-Za-z0-9:_-]*/g);
      for (const name of names ?? []) {
        if (complete.has(name) && !subset.has(name)) missing.add(`${name} (${relative(SRC, file)})`);
      }
    }
    expect([...missing].sort()).toEqual([]);
  });
});
