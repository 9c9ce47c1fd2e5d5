import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defaultClientConditions, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import {
  catalogs,
  chunkModules,
  firstLoadBudget,
  firstPages,
  fontDisplaySwap,
  zodConfigWhenShipped,
} from './build-plugins';

const require = createRequire(import.meta.url);
// @uswds/uswds's Sass packages (its main file is dist/js/uswds.min.js; the packages sit at the package root).
const USWDS_PACKAGES = join(dirname(require.resolve('@uswds/uswds')), '..', '..', 'packages');

// The server sends a strict Content-Security-Policy (no inline script or style, same-origin only), so the build
// emits no inline script, registers the service worker from our own module and bundles every font and image.
export default defineConfig({
  resolve: {
    // Workspace packages (@harbor/core) resolve to their TypeScript sources: no separate core build needed.
    conditions: ['source', ...defaultClientConditions],
    // Preact (preact/compat) runs the React code: the same components and hooks, written and type-checked against
    // React's API, in a runtime of about 7 KB brotli instead of React DOM's 57 KB. What a phone downloads and runs
    // before the first paint is then mostly the router and the app, which is what brings the staff app's sign-in page
    // and home to Lighthouse's performance target (issue 11; docs/operations.md). main.tsx makes Preact run effects
    // when React would (at once after an event's update, else in the next task; not a frame later). The unit tests
    // keep React itself.
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react(-dom)?$/, replacement: 'preact/compat' },
    ],
  },
  // JSX compiled for Preact (`preact/jsx-runtime`); without @vitejs/plugin-react, whose Fast Refresh works with React
  // only: the dev server reloads the page on a change instead.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  css: {
    postcss: { plugins: [fontDisplaySwap] },
    preprocessorOptions: {
      // src/styles/uswds.scss: the USWDS packages the staff app uses (the public site's are in src/public-site).
      scss: {
        loadPaths: [USWDS_PACKAGES],
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'if-function'],
      },
    },
  },
  server: {
    // `npm run dev -w @harbor/web` next to `npm start`: API calls go to the local Harbor server.
    proxy: { '/api': process.env.HARBOR_DEV_API_URL ?? 'http://127.0.0.1:8080' },
  },
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    // Fonts must never become data: URLs (font-src 'self' forbids them); small images may (img-src allows data:).
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf|eot)$/.test(file) ? false : undefined),
    sourcemap: false,
    // dist/.vite/manifest.json: what each chunk imports (harbor-first-load walks it; the server never sends it).
    manifest: true,
    rolldownOptions: {
      output: {
        // What every page needs (Preact, the router, the shell, the messages of the browser's language) in one file
        // rather than a dozen small ones: the same bytes, fewer requests. Each page stays a chunk of its own.
        codeSplitting: {
          groups: [
            { name: 'preact', test: /node_modules[\\/]preact[\\/]/, tags: ['$initial'], priority: 2 },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/, tags: ['$initial'], priority: 1 },
            { name: 'app', tags: ['$initial'] },
          ],
        },
      },
    },
  },
  plugins: [
    catalogs(),
    chunkModules(),
    zodConfigWhenShipped(),
    // The sign-in page (an installed app starts at /app, which sends someone not signed in there) and the home after
    // signing in arrive with the app.
    firstPages({
      '/sign-in': './src/features/sign-in/sign-in-page.tsx',
      '/app': './src/features/work/my-work-page.tsx',
    }),
    // Issue 11: signing in and screening a youth with the brief instrument on a phone that has never opened Harbor
    // downloads at most 150 KB of JavaScript: the app, the sign-in page, the home, the screening's start and form,
    // and the offline layer the session loads once signed in.
    firstLoadBudget({
      label: 'sign-in, home and the brief screen',
      budget: 150 * 1024,
      starts: [
        './src/features/sign-in/sign-in-page.tsx',
        './src/features/work/my-work-page.tsx',
        './src/features/screening/new-screening-page.tsx',
        './src/features/screening/screening-form-page.tsx',
        './src/offline/device-session.ts',
      ],
    }),
    VitePWA({
      // We register the service worker ourselves (src/register-service-worker.ts): nothing is injected inline.
      injectRegister: false,
      registerType: 'autoUpdate',
      strategies: 'generateSW',
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['icons/favicon-32.png', 'icons/apple-touch-icon-180.png'],
      manifest: {
        id: '/',
        name: 'Harbor',
        short_name: 'Harbor',
        description:
          'Harbor helps Los Angeles County agencies identify, report, respond to and coordinate care for commercially sexually exploited children and youth.',
        lang: 'en',
        dir: 'ltr',
        start_url: '/app',
        scope: '/',
        display: 'standalone',
        theme_color: '#162e51',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell: scripts, styles, the page, icons. Fonts and images are cached when first used.
        globPatterns: ['**/*.{js,css,html}'],
        globIgnores: ['**/node_modules/**', 'sw.js', 'site/**', 'first-pages/**'],
        inlineWorkboxRuntime: true,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        // `/` is the public site's (a redirect to /en/ or /es/), never the precached index.html.
        directoryIndex: null,
        // Server routes are never answered with the app shell.
        // The public information site (/, /en/..., /es/...) is server-rendered: never answered with the app shell.
        navigateFallbackDenylist: [
          /^\/api(\/|$)/,
          /^\/healthz$/,
          /^\/readyz$/,
          /^\/$/,
          /^\/(en|es|site)(\/|$)/,
          /^\/(robots\.txt|sitemap\.xml)$/,
        ],
        runtimeCaching: [
          {
            // Content-hashed fonts and images: safe to keep. API responses are never cached (no rule matches them).
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin &&
              url.pathname.startsWith('/assets/') &&
              /\.(woff2?|png|svg|jpg|webp|gif)$/.test(url.pathname),
            handler: 'CacheFirst',
            options: {
              cacheName: 'harbor-assets',
              expiration: { maxEntries: 80, maxAgeSeconds: 60 * 60 * 24 * 365 },
            },
          },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
});
