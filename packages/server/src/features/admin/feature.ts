import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { adminRoutes } from './routes.js';

/**
 * Administration: agencies, users and invitations (made, resent, withdrawn, accepted), account recovery by an
 * administrator (a password reset link, a reset of two-step verification), role permissions (data), the audit trail's
 * search and export.
 */
export const adminFeature = defineFeature<Services>({
  name: 'admin',
  auditEvents: [
    'auth.account.unlocked',
    'admin.user.invited',
    'admin.user.created',
    'admin.user.updated',
    'admin.user.disabled',
    'admin.user.enabled',
    'admin.user.invitation_resent',
    'admin.user.invitation_revoked',
    'admin.user.password_reset_link',
    'admin.user.mfa_reset',
    'admin.role.changed',
    'admin.agency.created',
    'admin.agency.updated',
    'admin.keys.rotated',
    'audit.searched',
    'audit.exported',
    'export.created',
  ],
  permissions: ['users.invite', 'users.manage', 'agencies.manage', 'roles.read', 'audit.read', 'audit.export'],
  routes: adminRoutes,
});
