// Builds the public information site's two files into dist/site: the style sheet (a USWDS subset, from
// src/public-site/site.scss) and the quick-exit script. The server serves them under content-hashed names.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// The package's main file is dist/js/uswds.min.js; its Sass packages sit in packages/ at the package root.
const uswdsPackages = join(dirname(require.resolve('@uswds/uswds')), '..', '..', 'packages');
const out = join(web, 'dist', 'site');
mkdirSync(out, { recursive: true });
const { css } = sass.compile(join(web, 'src', 'public-site', 'site.scss'), {
  loadPaths: [uswdsPackages],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'if-function'],
});
writeFileSync(join(out, 'site.css'), css);
copyFileSync(join(web, 'src', 'public-site', 'site.js'), join(out, 'site.js'));
console.log(`public site: dist/site/site.css (${css.length} bytes), dist/site/site.js`);
