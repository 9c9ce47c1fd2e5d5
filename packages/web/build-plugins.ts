// Vite plugins of the staff app's build (vite.config.ts).
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer, defaultClientConditions, type Plugin } from 'vite';

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

/**
 * One catalog per language in a build, so that a browser downloads only the language it shows, compiled, so that it
 * downloads no ICU parser: src/catalogs.ts becomes the English catalog as data plus, for each other language, an
 * import of a chunk holding its catalog (`virtual:harbor-catalog/es`), and intl-messageformat is built without its
 * parser. The dev server and the tests use src/catalogs.ts as written (messages as text, parsed when first shown).
 * The build fails when a module other than i18n.ts formats messages itself (it would find no parser) or brings the
 * copy modules into the app (every language of every page).
 */
export function catalogs(): Plugin {
  let made: ReturnType<typeof compiledCatalogs> | undefined;
  const all = () => {
    made ??= compiledCatalogs();
    return made;
  };
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
    resolveId: (id) => (id.startsWith(CATALOG) ? `\0${id}` : undefined),
    async load(id) {
      if (id === CATALOGS) {
        const { en, ...others } = await all();
        if (!en) throw new Error('messages.ts has no English catalog');
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
      const catalog = (await all())[id.slice(CATALOG.length + 1)];
      if (!catalog) throw new Error(`no catalog for ${id}`);
      return `export default ${data(catalog)};`;
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
