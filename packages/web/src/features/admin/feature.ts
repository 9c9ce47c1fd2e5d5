import { defineFeature } from '../../feature-declaration';

/** Administration: users and invitations, agencies, roles, emergency accesses, the audit log. */
export const adminFeature = defineFeature({
  name: 'admin',
  appPages: [
    { path: 'admin/users', load: async () => (await import('./users-page')).AdminUsersPage },
    { path: 'admin/users/:id', load: async () => (await import('./user-page')).AdminUserPage },
    { path: 'admin/agencies', load: async () => (await import('./agencies-page')).AdminAgenciesPage },
    { path: 'admin/roles', load: async () => (await import('./roles-page')).AdminRolesPage },
    { path: 'admin/audit', load: async () => (await import('./audit-page')).AdminAuditPage },
    { path: 'admin/break-glass', load: async () => (await import('./break-glass-page')).AdminBreakGlassPage },
  ],
  nav: {
    signedIn: [
      { to: '/app/admin/users', key: 'admin.nav.users', group: 'admin', permission: 'users.invite' },
      { to: '/app/admin/agencies', key: 'admin.nav.agencies', group: 'admin', permission: 'agencies.manage' },
      { to: '/app/admin/roles', key: 'admin.nav.roles', group: 'admin', permission: 'roles.read' },
      { to: '/app/admin/break-glass', key: 'admin.nav.breakGlass', group: 'admin', permission: 'break_glass.review' },
      { to: '/app/admin/audit', key: 'admin.nav.audit', group: 'admin', permission: 'audit.read' },
    ],
  },
});
