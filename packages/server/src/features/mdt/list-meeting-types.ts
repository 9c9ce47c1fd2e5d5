import type { Locale } from '@harbor/core';
import type { Services } from '../../services.js';
import { meetingTypes } from './queries.js';

/** The county's meeting types in the caller's language. */
export async function listMeetingTypes(services: Pick<Services, 'database'>, locale: Locale) {
  const rows = await meetingTypes(services.database.db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: locale === 'es' ? r.name_es : r.name_en,
      nameEn: r.name_en,
      nameEs: r.name_es,
      active: r.active === 1,
    })),
  };
}
