import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.
// The role-permission seed below is a copy of the defaults of 2026-11-28; later changes come as new migrations.

const DIRECT_SERVICE = ['youth.read', 'youth.write', 'care_team.manage', 'break_glass.use'];
const ROLE_PERMISSIONS: Record<string, string[]> = {
  admin: ['users.invite', 'users.manage', 'agencies.manage', 'roles.read', 'audit.read', 'audit.export'],
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

export async function up(db: Kysely<any>): Promise<void> {
  const versioned = (t: any) =>
    t
      .addColumn('version', 'integer', (c: any) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c: any) => c.notNull())
      .addColumn('updated_at', 'text', (c: any) => c.notNull());

  await versioned(
    db.schema
      .createTable('agency')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      // dmh, dcfs, probation, sheriff, police, advocacy, court, health, other
      .addColumn('kind', 'text', (c) => c.notNull()),
  ).execute();

  await versioned(
    db.schema
      .createTable('app_user')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
      // Stored lower-cased and trimmed; unique across Harbor.
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      // active | disabled
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
      .addColumn('password_hash', 'text')
      // TOTP secret, encrypted with a key derived from HARBOR_SECRET_KEY.
      .addColumn('totp_secret', 'text')
      .addColumn('totp_enrolled_at', 'text')
      .addColumn('totp_last_step', 'integer')
      .addColumn('failed_sign_ins', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('first_failed_at', 'text')
      .addColumn('locked_until', 'text')
      .addColumn('oidc_issuer', 'text')
      .addColumn('oidc_subject', 'text')
      .addUniqueConstraint('app_user_oidc_identity', ['oidc_issuer', 'oidc_subject']),
  ).execute();
  await db.schema.createIndex('app_user_agency').on('app_user').column('agency_id').execute();

  await db.schema
    .createTable('recovery_code')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addUniqueConstraint('recovery_code_user_hash', ['user_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('user_session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    // Only the hash of the 128-bit token is stored.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    // password (second factor still due) | enrolling (first sign-in, TOTP being set up) | active
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('ended_reason', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('user_session_user').on('user_session').column('user_id').execute();

  await db.schema
    .createTable('one_time_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // setup (first administrator) | invitation
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text')
    .addColumn('agency_id', 'text', (c) => c.references('agency.id'))
    .addColumn('role', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('role_permission')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('permission', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('role_permission_pk', ['role', 'permission'])
    .execute();
  await db
    .insertInto('role_permission')
    .values(
      Object.entries(ROLE_PERMISSIONS).flatMap(([role, list]) => list.map((permission) => ({ role, permission }))),
    )
    .execute();
}
