/**
 * Who does what in Harbor. Roles and permissions are a closed vocabulary; which role holds which
 * permission is data (stored in the database, visible to admins), seeded from DEFAULT_ROLE_PERMISSIONS.
 *
 * Least privilege: administrators manage accounts and agencies but do not read youth records;
 * analysts see aggregates only, never a youth's record (issue: identity and access).
 */
export const ROLES = [
  'admin',
  'supervisor',
  'clinician',
  'social_worker',
  'probation_officer',
  'law_enforcement',
  'advocate',
  'court_liaison',
  'health_provider',
  'analyst',
  'trainer',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Read a youth's record when on the care team (need-to-know still applies). */
  'youth.read',
  /** Create youth records and change those of youth on one's care team. */
  'youth.write',
  /** Read clinical notes of youth on one's care team. */
  'clinical_notes.read',
  'clinical_notes.write',
  /** Add and remove care team members. */
  'care_team.manage',
  /** Open a record outside one's care team in an emergency, with a written reason (audited). */
  'break_glass.use',
  /** See the break-glass accesses to youth on one's agency's care teams. */
  'break_glass.review',
  /** Invite users into one's own agency. */
  'users.invite',
  /** Manage every user: invite into any agency, change roles, disable, unlock, end sessions. */
  'users.manage',
  'agencies.manage',
  'roles.read',
  'audit.read',
  'audit.export',
  /** De-identified dashboards and exports with small-cell suppression. */
  'aggregates.read',
  'training.manage',
  /** Maintain the resource directory (the issue's `directory_editor`): entries, translations, beds; audited per field. */
  'directory.edit',
  /** Rename, add or retire the county's MDT meeting types (administrators by default). */
  'mdt.types',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const DIRECT_SERVICE: Permission[] = ['youth.read', 'youth.write', 'care_team.manage', 'break_glass.use'];

export const DEFAULT_ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    'users.invite',
    'users.manage',
    'agencies.manage',
    'roles.read',
    'audit.read',
    'audit.export',
    'directory.edit',
    'mdt.types',
  ],
  supervisor: [
    ...DIRECT_SERVICE,
    'break_glass.review',
    'users.invite',
    'roles.read',
    'audit.read',
    'audit.export',
    'aggregates.read',
  ],
  clinician: [...DIRECT_SERVICE, 'clinical_notes.read', 'clinical_notes.write'],
  social_worker: DIRECT_SERVICE,
  probation_officer: DIRECT_SERVICE,
  law_enforcement: DIRECT_SERVICE,
  advocate: ['youth.read', 'youth.write', 'care_team.manage'],
  court_liaison: ['youth.read'],
  health_provider: [...DIRECT_SERVICE, 'clinical_notes.read', 'clinical_notes.write'],
  analyst: ['aggregates.read'],
  trainer: ['training.manage'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether a role holds a permission under a given role-permission table. */
export function roleHas(
  table: Readonly<Record<Role, readonly Permission[]>>,
  role: Role,
  permission: Permission,
): boolean {
  return table[role].includes(permission);
}
