import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './components/layout';
import { RequireSignedIn } from './components/require-signed-in';
import { RouteError } from './components/route-error';

/** Each page is its own chunk, fetched when first visited. */
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
          { path: 'staff', lazy: async () => ({ Component: (await import('./routes/home')).HomePage }) },
          { path: 'about', lazy: async () => ({ Component: (await import('./routes/about')).AboutPage }) },
          { path: 'sign-in', lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInPage }) },
          { path: 'setup', lazy: async () => ({ Component: (await import('./routes/setup')).SetupPage }) },
          {
            // The signed-in part: only with a complete session (both factors), else to the sign-in page.
            path: 'app',
            Component: RequireSignedIn,
            children: [
              { index: true, lazy: async () => ({ Component: (await import('./routes/app-home')).AppHomePage }) },
              {
                path: 'sessions',
                lazy: async () => ({ Component: (await import('./routes/my-sessions')).MySessionsPage }),
              },
              {
                path: 'screenings',
                lazy: async () => ({ Component: (await import('./routes/screening/screenings-page')).ScreeningsPage }),
              },
              {
                path: 'screenings/new',
                lazy: async () => ({
                  Component: (await import('./routes/screening/screenings-page')).NewScreeningPage,
                }),
              },
              {
                path: 'screenings/edit/:localId',
                lazy: async () => ({ Component: (await import('./routes/screening/form-page')).ScreeningFormPage }),
              },
              {
                path: 'screenings/local/:localId',
                lazy: async () => ({ Component: (await import('./routes/screening/result-page')).LocalResultPage }),
              },
              {
                path: 'screenings/:id',
                lazy: async () => ({ Component: (await import('./routes/screening/result-page')).ScreeningResultPage }),
              },
              {
                path: 'youth',
                lazy: async () => ({ Component: (await import('./routes/youth/youth-list')).YouthListPage }),
              },
              {
                path: 'youth/new',
                lazy: async () => ({ Component: (await import('./routes/youth/new-youth')).NewYouthPage }),
              },
              {
                path: 'youth/:id',
                lazy: async () => ({ Component: (await import('./routes/youth/youth-page')).YouthPage }),
              },
              {
                path: 'responses/new',
                lazy: async () => ({ Component: (await import('./routes/response/other-pages')).NewResponsePage }),
              },
              {
                path: 'responses/:id',
                lazy: async () => ({ Component: (await import('./routes/response/response-page')).ResponsePage }),
              },
              {
                path: 'deadlines',
                lazy: async () => ({ Component: (await import('./routes/response/other-pages')).DeadlinesPage }),
              },
              {
                path: 'notifications',
                lazy: async () => ({ Component: (await import('./routes/response/other-pages')).NotificationsPage }),
              },
              {
                path: 'admin/users',
                lazy: async () => ({ Component: (await import('./routes/admin/users')).AdminUsersPage }),
              },
              {
                path: 'admin/agencies',
                lazy: async () => ({ Component: (await import('./routes/admin/agencies')).AdminAgenciesPage }),
              },
              {
                path: 'admin/roles',
                lazy: async () => ({ Component: (await import('./routes/admin/roles')).AdminRolesPage }),
              },
              {
                path: 'admin/audit',
                lazy: async () => ({ Component: (await import('./routes/admin/audit')).AdminAuditPage }),
              },
              {
                path: 'admin/break-glass',
                lazy: async () => ({ Component: (await import('./routes/admin/break-glass')).AdminBreakGlassPage }),
              },
            ],
          },
          { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundPage }) },
        ],
      },
    ],
  },
]);
