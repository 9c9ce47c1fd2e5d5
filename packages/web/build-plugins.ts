// Vite plugins of the staff app's build (vite.config.ts).

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer, defaultClientConditions, type Plugin } from 'vite';
import { type Manifest, measureFirstLoad } from './first-load';

const SOURCE = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const ROOT = SOURCE('../..');
const MESSAGES = SOURCE('./src/messages.ts');
const CATALOGS = SOURCE('./src/catalogs.ts');
const I18N = SOURCE('./src/i18n.ts');
const CATALOG = 'virtual:harbor-catalog/';

type Message = string | unknown[];

/** The ICU parser intl-messageformat itself uses (its own version), so that the build's ASTs are what it expects. */
async function icuParser(): Promise<(message: string, options: { locale: Intl.Locale }) => unknown[]> {
  const formatter = createRequire(import.meta.url).resolve('intl-messageformat');
  const parser = createRequire(formatter).resolve('@formatjs/icu-messageformat-parser');
  return ((await import(pathToFileURL(parser).href)) as { parse: never }).parse;
}

/**
 * `appCatalogs` of src/messages.ts (core's messages and the web copy), read once through Vite's own module loader,
 * each message compiled: its text when it is plain text, else its ICU syntax tree, so the browser needs no parser.
 */
async function compiledCatalogs(): Promise<Record<string, Record<string, Message>>> {
  const loader = await createServer({
    configFile: false,
    logLevel: 'error',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  let source: Record<string, Record<string, string>>;
  try {
    source = ((await loader.ssrLoadModule(MESSAGES)) as typeof import('./src/messages')).appCatalogs;
  } finally {
    await loader.close();
  }
  const parse = await icuParser();
  return Object.fromEntries(
    Object.entries(source).map(([locale, catalog]) => [
      locale,
      Object.fromEntries(
        Object.entries(catalog).map(([key, text]) => {
          const ast = parse(text, { locale: new Intl.Locale(locale) }) as { type: number; value: string }[];
          if (ast.length === 0) return [key, ''];
          return [key, ast.length === 1 && ast[0]?.type === 0 ? ast[0].value : ast];
        }),
      ),
    ]),
  );
}

const WEB_SRC = SOURCE('./src');
const CORE_SRC = SOURCE('../core/src');
const FEATURES_DIR = join(WEB_SRC, 'features');
const PART = 'virtual:harbor-messages/';

/** The sources whose code can name a message key: the web app's and core's, without tests, copy and catalogs. */
function namingSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      // The public site (server-rendered, built apart) and core's catalogs themselves say nothing of the app's use.
      return name === 'public-site' || path === join(CORE_SRC, 'i18n', 'messages') ? [] : namingSources(path);
    }
    if (!/\.tsx?$/.test(name) || /\.test\.tsx?$|\.d\.ts$/.test(name) || name === 'copy.ts') return [];
    return path === MESSAGES || path === CATALOGS ? [] : [path];
  });
}

/**
 * The keys a source names: each string literal that is a key, and for a template literal (`roleName.${role}`) every
 * key that starts with its text before the first `${` and ends with its text after the last `}`.
 */
export function keysNamed(text: string, keys: readonly string[]): Set<string> {
  const named = new Set<string>();
  const known = new Set(keys);
  for (const match of text.matchAll(/(['"`])([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+)\1/g)) {
    if (known.has(match[2] ?? '')) named.add(match[2] ?? '');
  }
  for (const match of text.matchAll(/`([A-Za-z0-9_.]*)\$\{[^`]*\}([A-Za-z0-9_.]*)`/g)) {
    const [, head = '', tail = ''] = match;
    if (!head.includes('.') && !tail.includes('.')) continue; // not a key's shape (a path, a sentence)
    for (const key of keys) if (key.startsWith(head) && key.endsWith(tail)) named.add(key);
  }
  return named;
}

/** The feature a source belongs to for its messages: features/NAME/..., but for feature.ts (the routes and menu). */
function featureOf(path: string): string | undefined {
  const inside = relative(FEATURES_DIR, path);
  if (inside.startsWith('..') || !inside.includes(sep)) return undefined;
  const [name, ...rest] = inside.split(sep);
  return rest.join('/') === 'feature.ts' ? undefined : name;
}

/**
 * Which messages go where: `app` those the app's shell and shared code name, or that no source names (to be safe);
 * `parts`, each feature's other ones, by the keys its own sources name (a key two features name is in both).
 */
export function splitMessages(sources: readonly { path: string; text: string }[], keys: readonly string[]) {
  const app = new Set<string>();
  const byFeature = new Map<string, Set<string>>();
  for (const { path, text } of sources) {
    const feature = featureOf(path);
    const into = feature ? (byFeature.get(feature) ?? new Set<string>()) : app;
    if (feature) byFeature.set(feature, into);
    for (const key of keysNamed(text, keys)) into.add(key);
  }
  const named = new Set([...byFeature.values()].flatMap((part) => [...part]));
  for (const key of keys) if (!named.has(key)) app.add(key);
  const parts = new Map(
    [...byFeature].map(([feature, part]) => [feature, [...part].filter((key) => !app.has(key))] as const),
  );
  return { app, parts: new Map([...parts].filter(([, part]) => part.length > 0)) };
}

/**
 * One catalog per language in a build, so that a browser downloads only the language it shows, compiled, so that it
 * downloads no ICU parser: src/catalogs.ts becomes the English catalog as data plus, for each other language, an
 * import of a chunk holding its catalog (`virtual:harbor-catalog/es`), and intl-messageformat is built without its
 * parser. The messages only a feature's pages name are split off (splitMessages): every module of the feature
 * imports `virtual:harbor-messages/NAME`, which registers their English with src/i18n.ts and fetches another
 * language's (`virtual:harbor-catalog/es/NAME`) when it is shown, so the app and the sign-in page carry no other
 * page's words. The dev server and the tests use src/catalogs.ts as written (messages as text, parsed when first shown).
 * The build fails when a module other than i18n.ts formats messages itself (it would find no parser) or brings the
 * copy modules into the app (every language of every page).
 */
export function catalogs(): Plugin {
  let made: Promise<{ catalogs: Record<string, Record<string, Message>>; split: ReturnType<typeof splitMessages> }>;
  const all = () => {
    made ??= compiledCatalogs().then((compiled) => {
      const sources = [...namingSources(WEB_SRC), ...namingSources(CORE_SRC)].map((path) => ({
        path,
        text: readFileSync(path, 'utf8'),
      }));
      return { catalogs: compiled, split: splitMessages(sources, Object.keys(compiled.en ?? {})) };
    });
    return made;
  };
  const pick = (catalog: Record<string, Message>, keys: Iterable<string>): Record<string, Message> =>
    Object.fromEntries([...keys].flatMap((key) => (key in catalog ? [[key, catalog[key] as Message]] : [])));
  const data = (catalog: Record<string, Message>) => `JSON.parse(${JSON.stringify(JSON.stringify(catalog))})`;
  return {
    name: 'harbor-catalogs',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
      },
    }),
    resolveId: (id) => (id.startsWith(CATALOG) || id.startsWith(PART) ? `\0${id}` : undefined),
    async transform(code, id) {
      // Each module of a feature brings the feature's messages along (their English, and how to fetch the others).
      const path = id.split('?')[0] ?? id;
      const feature = /\.tsx?$/.test(path) ? featureOf(path) : undefined;
      if (!feature || path.endsWith(`${sep}copy.ts`) || !(await all()).split.parts.has(feature)) return undefined;
      return { code: `import ${JSON.stringify(PART + feature)};\n${code}`, map: null };
    },
    async load(id) {
      if (id.startsWith(`\0${PART}`)) {
        const feature = id.slice(PART.length + 1);
        const { catalogs: compiled, split } = await all();
        const keys = split.parts.get(feature) ?? [];
        const loaders = Object.keys(compiled)
          .filter((l) => l !== 'en')
          .map((l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(`${CATALOG}${l}/${feature}`)})`);
        return [
          `import { registerMessages } from ${JSON.stringify(I18N)};`,
          `registerMessages(${JSON.stringify(feature)}, ${data(pick(compiled.en ?? {}, keys))}, { ${loaders.join(', ')} });`,
        ].join('\n');
      }
      if (id === CATALOGS) {
        const { catalogs: compiled, split } = await all();
        const { en: wholeEnglish, ...others } = compiled;
        if (!wholeEnglish) throw new Error('messages.ts has no English catalog');
        const en = pick(wholeEnglish, split.app);
        const loaders = Object.keys(others).map(
          (l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(CATALOG + l)})`,
        );
        return [
          'export const COMPILED = true;',
          `export const ENGLISH = ${data(en)};`,
          'export const PRELOADED = { en: ENGLISH };',
          `const OTHERS = { ${loaders.join(', ')} };`,
          'export async function loadCatalog(locale) {',
          "  return locale === 'en' ? ENGLISH : (await OTHERS[locale]()).default;",
          '}',
        ].join('\n');
      }
      if (!id.startsWith(`\0${CATALOG}`)) return undefined;
      // virtual:harbor-catalog/es: the app's messages in Spanish; virtual:harbor-catalog/es/NAME: a feature's.
      const [locale = '', feature] = id.slice(CATALOG.length + 1).split('/');
      const { catalogs: compiled, split } = await all();
      const catalog = compiled[locale];
      const keys = feature ? split.parts.get(feature) : split.app;
      if (!catalog || !keys) throw new Error(`no catalog for ${id}`);
      return `export default ${data(pick(catalog, keys))};`;
    },
    generateBundle(_options, bundle) {
      // What the app holds, modules left out by tree-shaking aside.
      const shipped = new Set(
        Object.values(bundle).flatMap((chunk) =>
          chunk.type === 'chunk'
            ? Object.entries(chunk.modules).flatMap(([id, module]) => (module.renderedLength > 0 ? [id] : []))
            : [],
        ),
      );
      const formatter = [...shipped].find((id) => /\/intl-messageformat\/index\.js$/.test(id));
      const formatting = formatter ? (this.getModuleInfo(formatter)?.importers ?? []) : [];
      for (const importer of formatting.filter((id) => id !== I18N && shipped.has(id))) {
        this.error(`${relative(ROOT, importer)} imports intl-messageformat: format messages through src/i18n.ts`);
      }
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const copy = chunk.moduleIds.filter((m) => /\/copy\.ts$|\/i18n\/messages\//.test(m) || m === MESSAGES);
        if (copy.length > 0) {
          this.error(
            `${chunk.fileName} holds ${copy.map((m) => relative(ROOT, m)).join(', ')}: the app reads its messages ` +
              'through src/i18n.ts (one language at a time); import src/messages.ts for its types only',
          );
        }
      }
    },
  };
}

/**
 * Writes dist/.vite/chunks.json: each chunk of the build with the modules in it (paths from the repository's root),
 * so a test can tell what a page loads (e2e/lighthouse.e2e.test.ts: the sign-in page loads no other feature). The
 * server never sends the build's dot folders.
 */
export function chunkModules(): Plugin {
  return {
    name: 'harbor-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.fromEntries(
        Object.values(bundle)
          .filter((chunk) => chunk.type === 'chunk')
          .map((chunk) => [chunk.fileName, chunk.moduleIds.map((id) => relative(ROOT, id.replace(/^\0/, '')))]),
      );
      this.emitFile({ type: 'asset', fileName: '.vite/chunks.json', source: `${JSON.stringify(chunks, null, 1)}\n` });
    },
  };
}

/** Where the build names the first pages' own HTML (path -> file of dist/); the server reads it. */
export const FIRST_PAGES_FILE = '.vite/first-pages.json';

/**
 * For each of the pages most first visits open (`paths`: address -> the page's module), an index.html of its own,
 * dist/first-pages/NAME.html, that also has the browser fetch that page's chunk and the chunks it imports
 * (`<link rel="modulepreload">`) with the app rather than after it; dist/.vite/first-pages.json names them for the
 * server, which sends each to its address. index.html itself preloads no page: every other address, and the service
 * worker (which keeps index.html only), get the app alone.
 */
export function firstPages(paths: Readonly<Record<string, string>>): Plugin {
  return {
    name: 'harbor-first-pages',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') this.error('harbor-first-pages: the build made no index.html');
        const html = String(index.source);
        const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const pages: Record<string, string> = {};
        for (const [path, page] of Object.entries(paths)) {
          const source = SOURCE(page);
          const target = chunks.find((chunk) => chunk.facadeModuleId === source);
          if (!target) this.error(`harbor-first-pages: no chunk for ${page}`);
          // The page's chunk and, through static imports, every chunk it needs that index.html does not load.
          const files = new Set<string>();
          const visit = (file: string) => {
            if (files.has(file) || html.includes(`"/${file}"`)) return;
            files.add(file);
            for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
          };
          visit(target.fileName);
          const links = [...files]
            .map((file) => `\n    <link rel="modulepreload" crossorigin href="/${file}">`)
            .join('');
          const fileName = `first-pages/${path.replace(/^\//, '').replaceAll('/', '_') || 'root'}.html`;
          this.emitFile({ type: 'asset', fileName, source: html.replace('</head>', `${links}\n  </head>`) });
          pages[path] = fileName;
        }
        this.emitFile({ type: 'asset', fileName: FIRST_PAGES_FILE, source: `${JSON.stringify(pages, null, 1)}\n` });
      },
    },
  };
}

/**
 * Fails the build when what a phone downloads first is over `budget` bytes of JavaScript (brotli, as sent): the
 * scripts index.html loads and each of `starts` (modules, from packages/web: a page, or what the app imports with
 * import() at once), with every chunk they import statically, walked from the build's manifest (first-load.ts).
 * Writes the figures to dist/.vite/first-load.json and prints them.
 */
export function firstLoadBudget(options: { budget: number; starts: readonly string[]; label: string }): Plugin {
  return {
    name: 'harbor-first-load',
    apply: 'build',
    writeBundle: {
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle['.vite/manifest.json'];
        if (asset?.type !== 'asset') this.error('harbor-first-load: set build.manifest (no .vite/manifest.json)');
        const manifest = JSON.parse(String(asset.source)) as Manifest;
        const read = (file: string) => {
          const output = bundle[file];
          if (output?.type !== 'chunk') this.error(`harbor-first-load: ${file} is not a chunk of this build`);
          return output.code;
        };
        const index = bundle['index.html'];
        if (index?.type !== 'asset') this.error('harbor-first-load: the build made no index.html');
        const starts = options.starts.map((start) => start.replace(/^\.\//, ''));
        const measured = measureFirstLoad(manifest, String(index.source), starts, read, options.budget);
        const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
        const summary = `${options.label}: ${kb(measured.bytes)} of JavaScript (brotli) in ${measured.files.length} files, budget ${kb(options.budget)}`;
        const dir = this.environment.config.build.outDir;
        writeFileSync(
          join(this.environment.config.root, dir, '.vite', 'first-load.json'),
          `${JSON.stringify({ label: options.label, starts, ...measured }, null, 1)}\n`,
        );
        if (measured.over) {
          const files = measured.files.map((f) => `  ${f.bytes} ${f.file}`).join('\n');
          this.error(`${summary}: over the budget\n${files}`);
        }
        this.info(summary);
      },
    },
  };
}

/**
 * Drops index.html's `<script src="/zod-jitless.js">` (which tells zod not to probe for `new Function`, a probe the
 * Content-Security-Policy reports) when no chunk of the build holds zod: the app then uses core's schemas for their
 * types only, and the page spares a request. Any chunk with zod in it, loaded at once or later, keeps it.
 */
export function zodConfigWhenShipped(): Plugin {
  const TAG = /[ \t]*<script src="\/zod-jitless\.js"><\/script>\n?/;
  return {
    name: 'harbor-zod-config',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((output) => output.type === 'chunk');
        const zod = chunks.some((chunk) => chunk.moduleIds.some((id) => /[\\/]node_modules[\\/]zod[\\/]/.test(id)));
        return zod ? html : html.replace(TAG, '');
      },
    },
  };
}

/**
 * A PostCSS plugin setting every @font-face's font-display to `swap` (USWDS writes `fallback`): text shows at once in
 * the fallback font and takes Source Sans or Merriweather when it arrives, instead of staying invisible for up to
 * 100 ms on a phone still downloading the fonts beside the app.
 */
export const fontDisplaySwap = {
  postcssPlugin: 'harbor-font-display-swap',
  AtRule: {
    'font-face': (rule: { walkDecls: (prop: string, visit: (decl: { value: string }) => void) => void }) => {
      rule.walkDecls('font-display', (decl) => {
        decl.value = 'swap';
      });
    },
  },
};
