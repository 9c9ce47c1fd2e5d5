import type { PRACTICE_IDS, ServiceDetail } from '@harbor/core';
import type { z } from 'zod';
import { countyClock, type SearchContext } from './search-services.js';
import { serviceFacts } from './service-facts.js';
import { serviceReach } from './service-reach.js';
import { localise, localiseOptional, reviewedTranslations } from './translations.js';

type Detail = z.infer<typeof ServiceDetail>;

/**
 * One service as staff see it: its HSDS fields, the Harbor profile, phones, schedules and locations, localised. The
 * address of a confidential site (a shelter) only for those who may edit the directory.
 */
export async function readService(
  ctx: SearchContext,
  serviceId: string,
  seesConfidential: boolean,
): Promise<Detail | undefined> {
  const { db, language } = ctx;
  const service = await db.selectFrom('directory_service').selectAll().where('id', '=', serviceId).executeTakeFirst();
  if (!service) return undefined;
  const facts = await serviceFacts(db, serviceId, ctx.now);
  if (!facts) return undefined;
  const today = countyClock(ctx.now, ctx.timeZone).date;
  const [profile, practices, reach, schedules, sals] = await Promise.all([
    db.selectFrom('directory_service_profile').selectAll().where('service_id', '=', serviceId).executeTakeFirst(),
    db
      .selectFrom('directory_service_practice')
      .selectAll()
      .where('service_id', '=', serviceId)
      .orderBy('practice')
      .orderBy('clinician_name')
      .execute(),
    serviceReach(db, [serviceId], language, today),
    db.selectFrom('directory_schedule').selectAll().where('service_id', '=', serviceId).orderBy('id').execute(),
    db
      .selectFrom('directory_service_at_location as sal')
      .innerJoin('directory_location as l', 'l.id', 'sal.location_id')
      .select(['l.id', 'l.name', 'l.location_type', 'l.confidential'])
      .where('sal.service_id', '=', serviceId)
      .orderBy('l.id')
      .execute(),
  ]);
  const locationIds = sals.map((l) => l.id);
  const [addresses, serviceText, organizationText, scheduleText, locationText] = await Promise.all([
    locationIds.length === 0
      ? []
      : db.selectFrom('directory_address').selectAll().where('location_id', 'in', locationIds).orderBy('id').execute(),
    reviewedTranslations(db, 'service', [serviceId], language),
    reviewedTranslations(db, 'organization', [facts.organizationId], language),
    reviewedTranslations(
      db,
      'schedule',
      schedules.map((s) => s.id),
      language,
    ),
    reviewedTranslations(db, 'location', locationIds, language),
  ]);
  const flag = (value: number | undefined) => Number(value ?? 0) === 1;
  return {
    id: service.id,
    version: service.version,
    name: localise(service.name, serviceText, service.id, 'name', language),
    organizationId: facts.organizationId,
    organizationName: localise(facts.organizationName, organizationText, facts.organizationId, 'name', language),
    status: service.status,
    description: localiseOptional(service.description, serviceText, service.id, 'description', language),
    eligibilityDescription: localiseOptional(
      service.eligibility_description,
      serviceText,
      service.id,
      'eligibility_description',
      language,
    ),
    alert: localiseOptional(service.alert, serviceText, service.id, 'alert', language),
    url: service.url,
    email: service.email,
    agencyId: facts.agencyId,
    minimumAge: facts.minimumAge,
    maximumAge: facts.maximumAge,
    areas: facts.areas,
    categories: facts.categories,
    languages: facts.languages,
    servesAges11To17: flag(profile?.serves_ages_11_17),
    servesTransitionAge: flag(profile?.serves_transition_age),
    csecSpecialised: facts.csecSpecialised,
    intake24x7: flag(profile?.intake_24_7),
    acceptsRunaway: facts.acceptsRunaway,
    emergencyBeds: profile?.emergency_beds ?? null,
    bedsAvailable: profile?.beds_available ?? null,
    bedsUpdatedAt: profile?.beds_updated_at ?? null,
    practices: practices.map((p) => ({
      id: p.id,
      practice: p.practice as (typeof PRACTICE_IDS)[number],
      clinicianName: p.clinician_name,
      certifiedUntil: p.certified_until,
      expired: p.certified_until !== null && p.certified_until < today,
    })),
    certifications: reach.get(serviceId)?.certifications ?? [],
    phones: reach.get(serviceId)?.phones ?? [],
    schedules: schedules.map((s) => ({
      id: s.id,
      byday: s.byday,
      opensAt: s.opens_at,
      closesAt: s.closes_at,
      description: localiseOptional(s.description, scheduleText, s.id, 'description', language),
    })),
    locations: sals.map((l) => ({
      id: l.id,
      name: localiseOptional(l.name, locationText, l.id, 'name', language),
      locationType: l.location_type,
      confidential: flag(l.confidential),
      addresses: addresses
        .filter((a) => a.location_id === l.id && (seesConfidential || !flag(l.confidential)))
        .map((a) => ({
          id: a.id,
          address1: a.address_1,
          address2: a.address_2,
          city: a.city,
          stateProvince: a.state_province,
          postalCode: a.postal_code,
          country: a.country,
        })),
    })),
  };
}
