// Staff search of the resource directory over 50,000 services (BENCH_SERVICES), on SQLite and on PostgreSQL: Harbor's
// search use case (the contract's filters parsed, the filtered count and page, each line's categories and languages,
// reviewed Spanish names, practices with their current certifications, telephones) against the same query written by hand in SQL, on the same database, in the same run. The
// query is the issue's: a Spanish-speaking TF-CBT provider of mental health care for a 15-year-old, in Spanish.
import { HARBOR_TAXONOMIES, ServiceSearchQuery } from '@harbor/core';
import { sql } from 'kysely';
import { newId } from '../packages/server/dist/db/ids.js';
import { termId } from '../packages/server/dist/features/directory/harbor-taxonomies.js';
import { searchServices } from '../packages/server/dist/features/directory/search-services.js';
import { ensureShippedHotlines } from '../packages/server/dist/features/directory/ship-hotlines.js';
import { benchDatabase, DURATION_S, ENGINES } from './fixture.mjs';
import { alternate, record } from './support.mjs';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 50_000);
const CATEGORIES = ['mental_health', 'advocacy', 'emergency_shelter', 'medical', 'legal', 'education', 'housing'];
const LANGUAGES = ['es', 'ko', 'zh', 'hy', 'tl', 'vi'];
const AREAS = ['SPA 1 Antelope Valley', 'SPA 2 San Fernando', 'SPA 3 San Gabriel', 'SPA 4 Metro', 'SPA 5 West'];
const NOW = new Date('2026-12-02T18:30:00.000Z');

/** Fills the directory: an organisation per ten services, each service with its languages, need, area and profile. */
async function seed(db) {
  const at = NOW.toISOString();
  const times = { created_at: at, updated_at: at };
  await ensureShippedHotlines(db, NOW);
  for (let start = 0; start < SERVICES; start += 1000) {
    const tables = {
      directory_organization: [],
      directory_service: [],
      directory_language: [],
      directory_attribute: [],
      directory_service_area: [],
      directory_service_profile: [],
      directory_service_practice: [],
      directory_translation: [],
    };
    for (let i = start; i < Math.min(SERVICES, start + 1000); i++) {
      if (i % 10 === 0) {
        tables.directory_organization.push({
          id: newId(),
          name: `Provider ${i / 10}`,
          description: 'A provider',
          ...times,
        });
      }
      const organization = tables.directory_organization.at(-1).id;
      const id = newId();
      const min = [0, 8, 11, 12, 16][i % 5];
      tables.directory_service.push({
        id,
        organization_id: organization,
        name: `Service ${String(i).padStart(6, '0')}`,
        description: `Help of kind ${i % 97}`,
        status: i % 50 === 0 ? 'inactive' : 'active',
        minimum_age: min,
        maximum_age: min + [9, 10, 13, 20][i % 4],
        ...times,
      });
      tables.directory_language.push({ id: newId(), service_id: id, code: 'en', name: 'English', ...times });
      if (i % 3 === 0)
        tables.directory_language.push({ id: newId(), service_id: id, code: 'es', name: 'Spanish', ...times });
      if (i % 7 === 0)
        tables.directory_language.push({ id: newId(), service_id: id, code: LANGUAGES[i % 6], ...times });
      for (const category of new Set([CATEGORIES[i % 7], CATEGORIES[(i * 3) % 7]])) {
        tables.directory_attribute.push({
          id: newId(),
          link_id: id,
          link_entity: 'service',
          link_type: 'category',
          taxonomy_term_id: termId(HARBOR_TAXONOMIES.category, category),
          ...times,
        });
      }
      tables.directory_service_area.push({ id: newId(), service_id: id, name: AREAS[i % 5], ...times });
      tables.directory_service_profile.push({
        service_id: id,
        csec_specialised: i % 5 === 0 ? 1 : 0,
        intake_24_7: i % 10 === 0 ? 1 : 0,
        serves_ages_11_17: min <= 11 ? 1 : 0,
        beds_available: i % 13 === 0 ? i % 4 : null,
        ...times,
      });
      if (i % 4 === 0) {
        tables.directory_service_practice.push({
          id: newId(),
          service_id: id,
          practice: i % 8 === 0 ? 'tf_cbt' : 'family_therapy',
          clinician_name: `Clinician ${i}`,
          certified_until: i % 20 === 0 ? '2026-01-31' : '2027-12-31',
          ...times,
        });
      }
      if (i % 6 === 0) {
        tables.directory_translation.push({
          id: newId(),
          entity: 'service',
          entity_id: id,
          field: 'name',
          language: 'es',
          text: `Servicio ${i}`,
          reviewed_at: i % 12 === 0 ? at : null,
          ...times,
        });
      }
    }
    await db.transaction().execute(async (trx) => {
      for (const [table, rows] of Object.entries(tables)) {
        for (let j = 0; j < rows.length; j += 500)
          await trx
            .insertInto(table)
            .values(rows.slice(j, j + 500))
            .execute();
      }
    });
  }
  await sql`analyze`.execute(db);
}

const QUERY = { language: 'es', practice: 'tf_cbt', age: '15', category: 'mental_health', page: '2', perPage: '20' };

/** The same search, by hand: the count, the page, its lines' categories and languages, the reviewed Spanish names. */
async function byHand(db) {
  const term = termId(HARBOR_TAXONOMIES.category, 'mental_health');
  const where = sql`s.status = 'active'
    and exists (select 1 from directory_attribute a where a.taxonomy_term_id = ${term} and a.link_entity = 'service' and a.link_id = s.id)
    and exists (select 1 from directory_language l where l.service_id = s.id and l.code = ${'es'})
    and (s.minimum_age is null or s.minimum_age <= ${15}) and (s.maximum_age is null or s.maximum_age >= ${15})
    and exists (select 1 from directory_service_practice sp where sp.service_id = s.id and sp.practice = ${'tf_cbt'}
      and sp.clinician_name is not null and (sp.certified_until is null or sp.certified_until >= ${'2026-12-02'}))`;
  const from = sql`from directory_service s join directory_organization o on o.id = s.organization_id
    left join directory_service_profile p on p.service_id = s.id`;
  const count = await sql`select count(*) as n ${from} where ${where}`.execute(db);
  const page = await sql`select s.id, s.name, s.status, s.minimum_age, s.maximum_age, o.id as organization_id,
      o.name as organization_name, p.csec_specialised, p.intake_24_7, p.beds_available, p.beds_updated_at
    ${from} where ${where} order by s.name, s.id limit 20 offset 20`.execute(db);
  const ids = page.rows.map((r) => r.id);
  const list = sql.join(ids);
  const categories = await sql`select a.link_id, t.code from directory_attribute a
    join directory_taxonomy_term t on t.id = a.taxonomy_term_id
    where a.link_entity = 'service' and a.link_id in (${list}) and t.taxonomy_id = ${HARBOR_TAXONOMIES.category}
    order by t.code`.execute(db);
  const languages = await sql`select service_id, code from directory_language
    where service_id in (${list}) and code is not null order by code`.execute(db);
  const names = await sql`select entity_id, text from directory_translation where entity = 'service'
    and entity_id in (${list}) and language = 'es' and reviewed_at is not null`.execute(db);
  const organizations = await sql`select entity_id, text from directory_translation where entity = 'organization'
    and entity_id in (${sql.join([...new Set(page.rows.map((r) => r.organization_id))])}) and language = 'es'
    and reviewed_at is not null`.execute(db);
  // Each line's practices with their current certifications, and its telephones (with reviewed descriptions).
  const current = sql`sp.clinician_name is not null and (sp.certified_until is null or sp.certified_until >= ${'2026-12-02'})`;
  const certifications = await sql`select sp.service_id, sp.practice,
      count(case when ${current} then 1 end) as certified, min(case when ${current} then sp.certified_until end) as next
    from directory_service_practice sp where sp.service_id in (${list})
    group by sp.service_id, sp.practice order by sp.practice`.execute(db);
  const phones = await sql`select * from directory_phone where service_id in (${list}) order by id`.execute(db);
  const phoneIds = phones.rows.map((r) => r.id);
  const phoneTexts =
    phoneIds.length === 0
      ? []
      : await sql`select entity_id, field, text from directory_translation where entity = 'phone'
    and entity_id in (${sql.join(phoneIds)}) and language = 'es' and reviewed_at is not null`.execute(db);
  return {
    total: Number(count.rows[0].n),
    page,
    categories,
    languages,
    names,
    organizations,
    certifications,
    phones,
    phoneTexts,
  };
}

export async function run() {
  for (const { dialect, label } of ENGINES) {
    const t = await benchDatabase(dialect);
    try {
      const db = t.database.db;
      await seed(db);
      const ctx = { db, language: 'es', timeZone: 'America/Los_Angeles', now: NOW };
      const harbor = () => searchServices(ctx, ServiceSearchQuery.parse(QUERY));
      // The two give the same page (a benchmark of different work would mean nothing).
      const [mine, theirs] = [await harbor(), await byHand(db)];
      const same =
        mine.totalItems === theirs.total &&
        mine.items.map((i) => i.id).join() === theirs.page.rows.map((r) => r.id).join();
      if (!same || mine.items.length === 0)
        throw new Error(`directory bench: the search and the SQL differ (${mine.totalItems} vs ${theirs.total})`);
      const { harbor: h, baseline } = await alternate(harbor, () => byHand(db), {
        count: 2000,
        maxMs: DURATION_S * 1000,
      });
      record(`directory search, ${SERVICES.toLocaleString('en-US')} services, ${label}`, 'ops/s', h, baseline);
    } finally {
      await t.drop();
    }
  }
}
