import type { Locale, PhoneView, PRACTICE_IDS, PracticeCertifications } from '@harbor/core';
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { localiseOptional, reviewedTranslations } from './translations.js';

type Certifications = z.infer<typeof PracticeCertifications>;
type Phone = z.infer<typeof PhoneView>;

/**
 * A current certification: a clinician is named and it is not past its expiry on `today` (YYYY-MM-DD, county time);
 * one with no expiry recorded counts. The search's practice filter and the counts shown both ask this.
 */
export function currentCertification(
  eb: ExpressionBuilder<Database & { sp: Database['directory_service_practice'] }, 'sp'>,
  today: string,
) {
  return eb.and([
    eb('sp.clinician_name', 'is not', null),
    eb.or([eb('sp.certified_until', 'is', null), eb('sp.certified_until', '>=', today)]),
  ]);
}

/**
 * What a worker needs to decide on and reach some services, by service id: each practice offered with its clinicians
 * holding a current certification and the earliest expiry among them, and the telephones (descriptions localised).
 */
export async function serviceReach(
  db: Kysely<Database>,
  serviceIds: readonly string[],
  language: Locale,
  today: string,
): Promise<Map<string, { certifications: Certifications[]; phones: Phone[] }>> {
  const out = new Map(serviceIds.map((id) => [id, { certifications: [] as Certifications[], phones: [] as Phone[] }]));
  if (serviceIds.length === 0) return out;
  const ids = [...serviceIds];
  const [practices, phones] = await Promise.all([
    db
      .selectFrom('directory_service_practice as sp')
      .select((eb) => [
        'sp.service_id',
        'sp.practice',
        eb.fn.count<number>(sql`case when ${currentCertification(eb, today)} then 1 end`).as('certified'),
        eb.fn
          .min<string | null>(sql`case when ${currentCertification(eb, today)} then sp.certified_until end`)
          .as('next_expiry'),
      ])
      .where('sp.service_id', 'in', ids)
      .groupBy(['sp.service_id', 'sp.practice'])
      .orderBy('sp.practice')
      .execute(),
    db.selectFrom('directory_phone').selectAll().where('service_id', 'in', ids).orderBy('id').execute(),
  ]);
  const phoneText = await reviewedTranslations(
    db,
    'phone',
    phones.map((p) => p.id),
    language,
  );
  for (const p of practices) {
    out.get(p.service_id)?.certifications.push({
      practice: p.practice as (typeof PRACTICE_IDS)[number],
      certifiedClinicians: Number(p.certified),
      nextExpiry: p.next_expiry ?? null,
    });
  }
  for (const p of phones) {
    out.get(p.service_id as string)?.phones.push({
      id: p.id,
      number: p.number,
      extension: p.extension === null ? null : Number(p.extension),
      type: p.type,
      description: localiseOptional(p.description, phoneText, p.id, 'description', language),
    });
  }
  return out;
}
