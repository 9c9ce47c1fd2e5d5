import { DEFAULT_ROLE_PERMISSIONS, type Permission, ROLES, type Role } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import { COURT_WORK_ROLES } from './courts/feature';
import { FEATURES } from './index';
import { publicNavigation, signedInMenu, signedInNavigation } from './navigation';

/** The header's menu as it was written out by hand before it came from the list of features. */
const WORK: [string, string, Permission][] = [
  ['/app/youth', 'youthPage.nav', 'youth.read'],
  ['/app/screenings', 'screeningForm.nav', 'youth.write'],
  ['/app/responses', 'responseWeb.nav.responses', 'youth.read'],
  ['/app/deadlines', 'responseWeb.nav.deadlines', 'youth.read'],
  ['/app/notifications', 'responseWeb.nav.notifications', 'youth.read'],
  ['/app/meetings', 'meetings.nav', 'youth.write'],
];
/** Entries only some roles are shown (besides the permission). */
const FOR_ROLES: [string, string, Role[]][] = [
  ['/app/courts', 'work', [...COURT_WORK_ROLES]],
  ['/app/courts', 'admin', ['supervisor']],
];
/** Entries the header shows a count beside. */
const COUNTED: Record<string, 'unreadNotifications'> = { '/app/notifications': 'unreadNotifications' };
const ADMIN: [string, string, Permission][] = [
  ['/app/directory', 'directoryWeb.nav', 'directory.edit'],
  ['/app/meetings/types', 'meetings.nav.types', 'mdt.types'],
  ['/app/admin/users', 'admin.nav.users', 'users.invite'],
  ['/app/admin/agencies', 'admin.nav.agencies', 'agencies.manage'],
  ['/app/admin/roles', 'admin.nav.roles', 'roles.read'],
  ['/app/admin/break-glass', 'admin.nav.breakGlass', 'break_glass.review'],
  ['/app/admin/audit', 'admin.nav.audit', 'audit.read'],
];
const COURTS: [string, string, Permission] = ['/app/courts', 'courtsWeb.nav', 'youth.read'];
const forRole = (role: Role, group: string) =>
  FOR_ROLES.some(([, g, roles]) => g === group && roles.includes(role)) ? [COURTS] : [];
/** The administration's entries in the features' order: the courts' (for a supervisor) after the meeting types'. */
const adminOf = (role: Role) => [...ADMIN.slice(0, 2), ...forRole(role, 'admin'), ...ADMIN.slice(2)];

describe('the routes and the header’s menu, from the list of features', () => {
  it('offers home, about and sign-in to someone not signed in', () => {
    expect(publicNavigation()).toEqual([
      { to: '/staff', key: 'shell.nav.home', end: true },
      { to: '/about', key: 'shell.nav.about' },
      { to: '/sign-in', key: 'shell.nav.signIn' },
    ]);
  });

  it.each(ROLES)(
    'gives a %s the start page, the work and administration the role may do, in the usual order',
    (role) => {
      const may = ([, , permission]: [string, string, Permission]) =>
        DEFAULT_ROLE_PERMISSIONS[role].includes(permission);
      const entry = ([to, key]: [string, string, Permission]) =>
        COUNTED[to] ? { to, key, counter: COUNTED[to] } : { to, key };
      expect(signedInNavigation(role)).toEqual([
        { to: '/app', key: 'shell.nav.myHarbor', end: true },
        ...[...WORK, ...forRole(role, 'work')].filter(may).map(entry),
        { to: '/help', key: 'shell.nav.help' },
        { to: '/app/sessions', key: 'shell.nav.mySessions' },
        { to: '/app/password', key: 'shell.nav.password' },
        ...adminOf(role).filter(may).map(entry),
      ]);
    },
  );

  it.each(ROLES)('lays out a %s’s menu with the account and the administration each behind one button', (role) => {
    const may = ([, , permission]: [string, string, Permission]) => DEFAULT_ROLE_PERMISSIONS[role].includes(permission);
    const admin = adminOf(role)
      .filter(may)
      .map(([to, key]) => ({ to, key }));
    const menu = signedInMenu(role);
    expect(menu.filter((item) => 'menu' in item)).toEqual([
      {
        menu: 'account',
        key: 'shell.nav.group.account',
        entries: [
          { to: '/app/sessions', key: 'shell.nav.mySessions' },
          { to: '/app/password', key: 'shell.nav.password' },
        ],
      },
      ...(admin.length > 1 ? [{ menu: 'admin', key: 'shell.nav.group.admin', entries: admin }] : []),
    ]);
    // A single administration entry stays a link; the bar holds at most ten items (a supervisor's ten stay on one
    // line at 1280 px in both languages: e2e/mdt-meeting.e2e.test.ts).
    if (admin.length === 1) expect(menu.at(-1)).toEqual(admin[0]);
    expect(menu.length).toBeLessThanOrEqual(10);
  });

  it('keeps every address of the app', () => {
    expect(FEATURES.flatMap((f) => (f.pages ?? []).map((p) => p.path))).toEqual([
      'staff',
      'about',
      'help',
      'help/youth-records',
      'help/screening',
      'help/responses',
      'help/deadlines',
      'help/referrals',
      'help/directory',
      'help/administration',
      'help/glossary',
      'sign-in',
      'setup',
      'invitation',
      'forgot-password',
      'reset-password',
      '*',
    ]);
    expect(FEATURES.flatMap((f) => (f.appPages ?? []).map((p) => p.path)).sort()).toEqual(
      [
        '',
        'sessions',
        'password',
        'youth',
        'youth/new',
        'youth/:id',
        'screenings',
        'screenings/new',
        'screenings/edit/:localId',
        'screenings/local/:localId',
        'screenings/:id',
        'responses',
        'responses/new',
        'responses/:id',
        'deadlines',
        'notifications',
        'admin/users',
        'admin/users/:id',
        'admin/agencies',
        'admin/roles',
        'admin/audit',
        'admin/break-glass',
        'directory',
        'directory/:id',
        'referrals',
        'referrals/new',
        'referrals/:id',
        'referrals/:id/edit',
        'courts',
        'courts/reports',
        'courts/reports/:id',
        'meetings',
        'meetings/:id',
        'meetings/types',
      ].sort(),
    );
  });

  it('loads a component for every page', async () => {
    const pages = FEATURES.flatMap((f) => [...(f.pages ?? []), ...(f.appPages ?? [])]);
    for (const page of pages) expect(typeof (await page.load()), page.path).toBe('function');
  });

  it('has a page for every menu entry', () => {
    const addresses = FEATURES.flatMap((f) => [
      ...(f.pages ?? []).map((p) => `/${p.path}`),
      ...(f.appPages ?? []).map((p) => (p.path ? `/app/${p.path}` : '/app')),
    ]);
    const entries = FEATURES.flatMap((f) => [...(f.nav?.public ?? []), ...(f.nav?.signedIn ?? [])]);
    for (const entry of entries) expect(addresses, entry.to).toContain(entry.to);
  });
});
