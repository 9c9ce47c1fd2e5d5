import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keysNamed, splitMessages } from './build-plugins';
import { brotliSize, firstLoadFiles, type Manifest, measureFirstLoad, scriptsOf } from './first-load';

// A build's manifest as Vite writes it: the app's chunk (what index.html loads), two pages that share a chunk, and a
// page fetched only later.
const MANIFEST: Manifest = {
  '_app-A1.js': { file: 'assets/app-A1.js', imports: ['_react-B2.js'], dynamicImports: ['src/sign-in.tsx'] },
  '_react-B2.js': { file: 'assets/react-B2.js' },
  '_app-C3.css': { file: 'assets/app-C3.css' },
  'src/sign-in.tsx': { file: 'assets/sign-in-D4.js', isDynamicEntry: true, imports: ['_field-E5.js', '_app-A1.js'] },
  'src/brief.tsx': { file: 'assets/brief-F6.js', isDynamicEntry: true, imports: ['_field-E5.js'], css: ['x.css'] },
  '_field-E5.js': { file: 'assets/field-E5.js', imports: ['_app-C3.css'] },
  'src/admin.tsx': { file: 'assets/admin-G7.js', isDynamicEntry: true, imports: ['_admin-H8.js'] },
  '_admin-H8.js': { file: 'assets/admin-H8.js' },
};
const HTML =
  '<head><script type="module" crossorigin src="/assets/app-A1.js"></script>' +
  '<link rel="modulepreload" href="/assets/admin-G7.js"><script src="/zod-jitless.js"></script></head>';

describe("the staff app's first load, from the build's manifest", () => {
  it('follows static imports from the starts, once each, and leaves dynamic imports and style sheets out', () => {
    expect(scriptsOf(HTML)).toEqual(['assets/app-A1.js']);
    expect(firstLoadFiles(MANIFEST, ['_app-A1.js', 'src/sign-in.tsx', 'src/brief.tsx'])).toEqual([
      'assets/app-A1.js',
      'assets/react-B2.js',
      'assets/sign-in-D4.js',
      'assets/field-E5.js',
      'assets/brief-F6.js',
    ]);
    expect(() => firstLoadFiles(MANIFEST, ['src/gone.tsx'])).toThrow(/no src\/gone\.tsx/);
  });

  it('sums the files as brotli sends them, and says when that is over the budget', () => {
    const code = (file: string) => `export const file = ${JSON.stringify(file)}; ${'/* the code */ '.repeat(50)}`;
    const starts = ['src/sign-in.tsx', 'src/brief.tsx'];
    const measured = measureFirstLoad(MANIFEST, HTML, starts, code, 10_000);
    expect(measured.files.map((f) => f.file)).toEqual(firstLoadFiles(MANIFEST, ['_app-A1.js', ...starts]));
    expect(measured.bytes).toBe(measured.files.reduce((sum, f) => sum + brotliSize(code(f.file)), 0));
    expect(measured.bytes).toBeLessThan(code('x').length * 5);
    expect(measured.over).toBe(false);
    const tight = measureFirstLoad(MANIFEST, HTML, starts, code, measured.bytes - 1);
    expect(tight.over).toBe(true);
    expect(measureFirstLoad(MANIFEST, HTML, starts, code, measured.bytes).over).toBe(false);
  });
});

describe("the build's split of the messages", () => {
  const KEYS = ['shell.nav.help', 'help.fromSignIn', 'help.page.title', 'roleName.admin', 'roleName.clinician', 'x.y'];

  it('finds the keys a source names, literally or as the head and tail of a template', () => {
    // A source's text as the build reads it (a template literal's `${` written as `$` + `{` here).
    const text = "t('help.page.title'); t(`roleName.$" + '{role}`); const path = `/app/$' + "{id}`; 'not.a.key'";
    expect([...keysNamed(text, KEYS)].sort()).toEqual(['help.page.title', 'roleName.admin', 'roleName.clinician']);
  });

  it("keeps in the app what shared code, a feature's declaration or no source names; a feature gets its own", () => {
    const split = splitMessages(
      [
        { path: '/w/src/shell/header.tsx', text: "t('roleName.admin')" },
        { path: '/w/src/features/help/feature.ts', text: "key: 'shell.nav.help'" },
        { path: '/w/src/features/help/help-page.tsx', text: "t('help.page.title'); t('shell.nav.help')" },
        { path: '/w/src/features/sign-in/sign-in-page.tsx', text: "t('help.fromSignIn'); t('help.page.title')" },
      ].map((s) => ({ ...s, path: s.path.replace('/w/src/', fileURLToPath(new URL('./src/', import.meta.url))) })),
      KEYS,
    );
    expect([...split.app].sort()).toEqual(['roleName.admin', 'roleName.clinician', 'shell.nav.help', 'x.y']);
    expect(Object.fromEntries(split.parts)).toEqual({
      help: ['help.page.title'],
      'sign-in': ['help.fromSignIn', 'help.page.title'],
    });
  });
});
