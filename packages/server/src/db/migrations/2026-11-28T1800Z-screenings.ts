import { type Kysely, sql } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

export async function up(db: Kysely<any>): Promise<void> {
  // Screening instruments as data: one row per id and version, never changed once stored (a change is a new version).
  await db.schema
    .createTable('instrument')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    // The whole definition (JSON text), validated by the core's parseInstrument before it is stored.
    .addColumn('definition', 'text', (c) => c.notNull())
    // shipped | imported
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    // A newer version, or a county's choice, retires an instrument from new screenings; old ones still show.
    .addColumn('retired_at', 'text')
    .addPrimaryKeyConstraint('instrument_pk', ['id', 'version'])
    .execute();

  // A screening: a draft (changed in place, with a version) until completed; a completed screening is never
  // changed again, a correction is a new row that names the one it corrects.
  await db.schema
    .createTable('screening')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Null while the youth is not identified yet; linked later (once).
    .addColumn('youth_id', 'text', (c) => c.references('youth.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('instrument_version', 'integer', (c) => c.notNull())
    // draft | completed
    .addColumn('status', 'text', (c) => c.notNull())
    // The answers, encrypted (AES-256-GCM): free text and answers about a youth are sensitive.
    .addColumn('answers', 'text', (c) => c.notNull())
    // none | possible | clear (null while a draft)
    .addColumn('level', 'text')
    // The scoring result without answers (rule, level, item and domain ids), JSON; null while a draft.
    .addColumn('result', 'text')
    .addColumn('safety', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_by_agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('completed_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('completed_at', 'text')
    // A correction names the screening it corrects, who (completed_by) and why.
    .addColumn('corrects_id', 'text', (c) => c.references('screening.id'))
    .addColumn('correction_reason', 'text')
    // Set by the client for each submission, so a retried or queued submission is stored exactly once.
    .addColumn('idempotency_key', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('screening_instrument_fk', ['instrument_id', 'instrument_version'], 'instrument', [
      'id',
      'version',
    ])
    .execute();
  await db.schema
    .createIndex('screening_idempotency')
    .on('screening')
    .columns(['created_by', 'idempotency_key'])
    .unique()
    .where(sql.ref('idempotency_key'), 'is not', null)
    .execute();
  await db.schema.createIndex('screening_youth').on('screening').columns(['youth_id', 'completed_at']).execute();
  await db.schema.createIndex('screening_creator').on('screening').columns(['created_by', 'status']).execute();
  // At most one correction of a screening: a second one corrects the first correction instead.
  await db.schema.createIndex('screening_corrects').on('screening').column('corrects_id').unique().execute();
}
