import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

/**
 * SB 1322 (Stats. 2016) and PC 236.14. An action the officer takes now gets the day of the conduct (the youth's age
 * counts on that day). A record that an arrest, citation or charge already happened (the youth's history, or another
 * agency's action) is kept apart: with the day, the agency, the code and the disposition if known (the text columns
 * are encrypted by the application), and the rule it broke when it was unlawful (a minor under PC 647(b) or 653.22
 * from 2017, PC 653.22 for anyone from 2023), so vacatur and sealing can list it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('law_enforcement_action').addColumn('conduct_on', 'text').execute();
  await db.schema
    .createTable('earlier_arrest')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('youth_id', 'text', (c) => c.notNull().references('youth.id'))
    .addColumn('response_id', 'text', (c) => c.references('response.id'))
    // arrest | citation | charge
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    // The calendar day it happened, in the county (YYYY-MM-DD).
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('disposition', 'text')
    // sb1322_minor | pc653_22_repealed, or null when it was lawful then.
    .addColumn('unlawful', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('earlier_arrest_youth')
    .on('earlier_arrest')
    .columns(['youth_id', 'occurred_on'])
    .execute();
}
