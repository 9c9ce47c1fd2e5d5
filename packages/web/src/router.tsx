import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireSignedIn } from './components/require-signed-in';
import { RouteError } from './components/route-error';
import type { FeaturePage } from './feature-declaration';
import { FEATURES } from './features/index';
import { messagesReady } from './i18n';
import { Layout } from './shell/layout';
import { registerYouthSections } from './youth-sections';

/** Each page is its own chunk, fetched when first visited, with its feature's messages in the shown language. */
function route(page: FeaturePage): RouteObject {
  const lazy = async () => {
    const Component = await page.load();
    await messagesReady();
    return { Component };
  };
  return page.path === '' ? { index: true, lazy } : { path: page.path, lazy };
}

registerYouthSections(FEATURES.flatMap((feature) => feature.youthSections ?? []));

/** The routes of every feature (features/index.ts): public pages at the top, the signed-in part below /app. */
export const router = createBrowserRouter([
  {
    path: '/',
    Component: Layout,
    // Shown only until the first page's chunk arrives (a blink on a good connection).
    HydrateFallback: () => null,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          // `/` is the public information site's (server-rendered); the app's own start page is /staff.
          { index: true, element: <Navigate to="/staff" replace /> },
          ...FEATURES.flatMap((feature) => feature.pages ?? []).map(route),
          {
            // The signed-in part: only with a complete session (both factors), else to the sign-in page.
            path: 'app',
            Component: RequireSignedIn,
            children: FEATURES.flatMap((feature) => feature.appPages ?? []).map(route),
          },
        ],
      },
    ],
  },
]);
