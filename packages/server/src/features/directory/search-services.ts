import { HARBOR_TAXONOMIES, type Locale, type ServiceSearchPage, type ServiceSearchQuery } from '@harbor/core';
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { termId } from './harbor-taxonomies.js';
import { containsAny, containsPattern } from './hsds-lists.js';
import { currentCertification, serviceReach } from './service-reach.js';
import { localise, reviewedTranslations } from './translations.js';

/** The county's weekday (HSDS/iCal: MO..SU), time (HH:MM) and date now. */
export function countyClock(now: Date, timeZone: string): { day: string; time: string; date: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return {
    day: String(parts.weekday).slice(0, 2).toUpperCase(),
    time: `${parts.hour}:${parts.minute}`,
    date: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

export interface SearchContext {
  db: Kysely<Database>;
  language: Locale;
  timeZone: string;
  now: Date;
}

/** The filtered services, without their page: what the count and the page share. */
export function filtered(ctx: SearchContext, q: ServiceSearchQuery) {
  const clock = countyClock(ctx.now, ctx.timeZone);
  return ctx.db
    .selectFrom('directory_service as s')
    .innerJoin('directory_organization as o', 'o.id', 's.organization_id')
    .leftJoin('directory_service_profile as p', 'p.service_id', 's.id')
    .$if(q.retired !== 'true', (w) => w.where('s.status', '=', sql.lit('active')))
    .$if(q.category !== undefined, (w) =>
      w.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('directory_attribute as a')
            .select('a.id')
            .where('a.taxonomy_term_id', '=', termId(HARBOR_TAXONOMIES.category, q.category as string))
            .where('a.link_entity', '=', sql.lit('service'))
            .whereRef('a.link_id', '=', 's.id'),
        ),
      ),
    )
    .$if(q.language !== undefined, (w) =>
      w.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('directory_language as l')
            .select('l.id')
            .whereRef('l.service_id', '=', 's.id')
            .where('l.code', '=', q.language as string),
        ),
      ),
    )
    .$if(q.age !== undefined, (w) =>
      w
        .where((eb) => eb.or([eb('s.minimum_age', 'is', null), eb('s.minimum_age', '<=', q.age as number)]))
        .where((eb) => eb.or([eb('s.maximum_age', 'is', null), eb('s.maximum_age', '>=', q.age as number)])),
    )
    .$if(q.area !== undefined, (w) =>
      w.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('directory_service_area as sa')
            .select('sa.id')
            .whereRef('sa.service_id', '=', 's.id')
            .where((eb) => containsAny(eb, ['sa.name'], q.area as string)),
        ),
      ),
    )
    .$if(q.availability === 'intake_24_7', (w) => w.where('p.intake_24_7', '=', 1))
    .$if(q.availability === 'open_now', (w) =>
      w.where((eb) =>
        eb.or([
          eb('p.intake_24_7', '=', 1),
          eb.exists(
            eb
              .selectFrom('directory_schedule as sc')
              .select('sc.id')
              .whereRef('sc.service_id', '=', 's.id')
              .where('sc.byday', 'like', containsPattern(clock.day).toUpperCase())
              .where('sc.opens_at', '<=', clock.time)
              .where('sc.closes_at', '>', clock.time),
          ),
        ]),
      ),
    )
    .$if(q.bedsAvailable === 'true', (w) => w.where('p.beds_available', '>', 0))
    .$if(q.csecSpecialised === 'true', (w) => w.where('p.csec_specialised', '=', 1))
    .$if(q.practice !== undefined, (w) =>
      w.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('directory_service_practice as sp')
            .select('sp.id')
            .whereRef('sp.service_id', '=', 's.id')
            .where('sp.practice', '=', q.practice as string)
            .where((eb) => currentCertification(eb, clock.date)),
        ),
      ),
    )
    .$if(q.text !== undefined, (w) =>
      w.where((eb) => containsAny(eb, ['s.name', 's.description', 'o.name'], q.text as string)),
    );
}

/**
 * Staff search the directory (issue 15): by need, language, age, area, availability, beds, specialisation, practice
 * (a current certification) and words, active services only (the editors may ask for the retired ones too), a page at a time, in the caller's language (reviewed translations only).
 */
export async function searchServices(
  ctx: SearchContext,
  q: ServiceSearchQuery,
): Promise<z.infer<typeof ServiceSearchPage>> {
  const base = filtered(ctx, q);
  const [countRow, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    base
      .select([
        's.id',
        's.name',
        's.status',
        's.minimum_age',
        's.maximum_age',
        'o.id as organization_id',
        'o.name as organization_name',
        'p.csec_specialised',
        'p.intake_24_7',
        'p.beds_available',
        'p.beds_updated_at',
      ])
      .orderBy('s.name')
      .orderBy('s.id')
      .limit(q.perPage)
      .offset((q.page - 1) * q.perPage)
      .execute(),
  ]);
  const total = Number(countRow?.n ?? 0);
  const ids = rows.map((r) => r.id);
  const [categories, languages, serviceText, organizationText, reach] = await Promise.all([
    ids.length === 0
      ? []
      : ctx.db
          .selectFrom('directory_attribute as a')
          .innerJoin('directory_taxonomy_term as t', 't.id', 'a.taxonomy_term_id')
          .select(['a.link_id', 't.code'])
          .where('a.link_entity', '=', 'service')
          .where('a.link_id', 'in', ids)
          .where('t.taxonomy_id', '=', HARBOR_TAXONOMIES.category)
          .orderBy('t.code')
          .execute(),
    ids.length === 0
      ? []
      : ctx.db
          .selectFrom('directory_language')
          .select(['service_id', 'code'])
          .where('service_id', 'in', ids)
          .where('code', 'is not', null)
          .orderBy('code')
          .execute(),
    reviewedTranslations(ctx.db, 'service', ids, ctx.language),
    reviewedTranslations(ctx.db, 'organization', [...new Set(rows.map((r) => r.organization_id))], ctx.language),
    serviceReach(ctx.db, ids, ctx.language, countyClock(ctx.now, ctx.timeZone).date),
  ]);
  const listOf = (list: { key: string | null; value: string | null }[], id: string) => [
    ...new Set(list.filter((x) => x.key === id && x.value !== null).map((x) => x.value as string)),
  ];
  const categoryList = categories.map((c) => ({ key: c.link_id, value: c.code }));
  const languageList = languages.map((l) => ({ key: l.service_id, value: l.code }));
  return {
    totalItems: total,
    totalPages: Math.max(1, Math.ceil(total / q.perPage)),
    page: q.page,
    perPage: q.perPage,
    items: rows.map((r) => ({
      id: r.id,
      name: localise(r.name, serviceText, r.id, 'name', ctx.language),
      organizationId: r.organization_id,
      organizationName: localise(r.organization_name, organizationText, r.organization_id, 'name', ctx.language),
      status: r.status,
      minimumAge: r.minimum_age === null ? null : Number(r.minimum_age),
      maximumAge: r.maximum_age === null ? null : Number(r.maximum_age),
      categories: listOf(categoryList, r.id),
      languages: listOf(languageList, r.id),
      csecSpecialised: Number(r.csec_specialised ?? 0) === 1,
      intake24x7: Number(r.intake_24_7 ?? 0) === 1,
      bedsAvailable: r.beds_available === null ? null : Number(r.beds_available),
      bedsUpdatedAt: r.beds_updated_at,
      certifications: reach.get(r.id)?.certifications ?? [],
      phones: reach.get(r.id)?.phones ?? [],
    })),
  };
}
