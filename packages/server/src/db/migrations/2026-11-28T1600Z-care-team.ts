import { type Kysely, sql } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

export async function up(db: Kysely<any>): Promise<void> {
  // A youth's record. Identifying fields (encrypted) arrive with the screening issue; need-to-know
  // access already hangs on this row and its care team.
  await db.schema
    .createTable('youth')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_by_agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Who is on a youth's care team, from which agency, and on what basis (W&I 827: MDT members and
  // treatment or supervision providers). Removal keeps the row, so the history stays.
  await db.schema
    .createTable('care_team_member')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('youth_id', 'text', (c) => c.notNull().references('youth.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    // creator | court_order | mdt | consent | protocol_response
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('removed_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema
    .createIndex('care_team_member_active')
    .on('care_team_member')
    .columns(['youth_id', 'user_id'])
    .unique()
    .where(sql.ref('removed_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('care_team_member_user')
    .on('care_team_member')
    .columns(['user_id', 'youth_id'])
    .execute();
  await db.schema
    .createIndex('care_team_member_agency')
    .on('care_team_member')
    .columns(['agency_id', 'youth_id'])
    .execute();

  // Emergency access outside the care team (HIPAA 164.312(a)(2)(ii)): a written reason, 60 minutes.
  await db.schema
    .createTable('break_glass_grant')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('youth_id', 'text', (c) => c.notNull().references('youth.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('break_glass_grant_user')
    .on('break_glass_grant')
    .columns(['user_id', 'youth_id'])
    .execute();
  await db.schema
    .createIndex('break_glass_grant_youth')
    .on('break_glass_grant')
    .columns(['youth_id', 'granted_at'])
    .execute();
}
