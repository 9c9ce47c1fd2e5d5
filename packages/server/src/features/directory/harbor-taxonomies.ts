import { EVIDENCE_BASED_PRACTICES, HARBOR_CATEGORIES, HARBOR_TAXONOMIES } from '@harbor/core';
import type { Kysely } from 'kysely';
import { v5 } from 'uuid';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';

/** The namespace of the directory's fixed ids (UUIDv5): the same term, hotline or profile attribute has one id everywhere. */
const NAMESPACE = '0193e5a0-0000-7000-8000-00000000d1e0';

/** A fixed id made from a name (the same name gives the same id in every database). */
export function fixedId(name: string): string {
  return v5(name, NAMESPACE);
}

/** The codes of the Harbor profile's terms: a service's profile fields and a location's confidentiality. */
export const PROFILE_TERMS = {
  serves_ages_11_17: { en: 'Serves youth aged 11 to 17', es: 'Atiende a jóvenes de 11 a 17 años' },
  serves_transition_age: { en: 'Serves transition-age youth', es: 'Atiende a jóvenes en edad de transición' },
  csec_specialised: {
    en: 'Specialised in youth who have been commercially sexually exploited',
    es: 'Especializado en jóvenes que han sufrido explotación sexual comercial',
  },
  intake_24_7: { en: 'Intake 24 hours a day, every day', es: 'Admisión las 24 horas, todos los días' },
  accepts_runaway: {
    en: 'Accepts youth on runaway or AWOL status',
    es: 'Acepta a jóvenes que se fugaron o están ausentes sin permiso',
  },
  emergency_beds: { en: 'Emergency beds', es: 'Camas de emergencia' },
  beds_available: { en: 'Emergency beds free now', es: 'Camas de emergencia libres ahora' },
  beds_updated_at: { en: 'When the free beds were counted', es: 'Cuándo se contaron las camas libres' },
  confidential: { en: 'Confidential location', es: 'Ubicación confidencial' },
} as const;
export type ProfileTerm = keyof typeof PROFILE_TERMS;

export function termId(taxonomyId: string, code: string): string {
  return fixedId(`term:${taxonomyId}:${code}`);
}

/** The ids of Harbor's own taxonomies and terms, which every directory holds (shipped at start and by an import). */
export function shippedIds(): { taxonomy: Set<string>; taxonomy_term: Set<string> } {
  return {
    taxonomy: new Set(HARBOR_TAXONOMY_LIST.map((t) => t.id)),
    taxonomy_term: new Set(HARBOR_TAXONOMY_LIST.flatMap((t) => t.terms.map((x) => termId(t.id, x.code)))),
  };
}

interface ShippedTaxonomy {
  id: string;
  name: { en: string; es: string };
  description: { en: string; es: string };
  terms: { code: string; name: { en: string; es: string } }[];
}

/** Harbor's own taxonomies (no licensed taxonomy ships: a county attaches its own codes as another taxonomy). */
export const HARBOR_TAXONOMY_LIST: readonly ShippedTaxonomy[] = [
  {
    id: HARBOR_TAXONOMIES.category,
    name: { en: 'Harbor categories', es: 'Categorías de Harbor' },
    description: {
      en: 'What a youth may need, in Harbor’s own short list.',
      es: 'Lo que una persona joven puede necesitar, en la lista breve propia de Harbor.',
    },
    terms: HARBOR_CATEGORIES.map((c) => ({ code: c.id, name: c.label })),
  },
  {
    id: HARBOR_TAXONOMIES.practice,
    name: { en: 'Evidence-based practices', es: 'Prácticas basadas en la evidencia' },
    description: {
      en: 'Practices a service offers, each with the clinicians certified in it (value: clinician and expiry).',
      es: 'Prácticas que ofrece un servicio, cada una con los profesionales certificados en ella (valor: profesional y vencimiento).',
    },
    terms: EVIDENCE_BASED_PRACTICES.map((p) => ({ code: p.id, name: p.label })),
  },
  {
    id: HARBOR_TAXONOMIES.profile,
    name: { en: 'Harbor profile', es: 'Perfil de Harbor' },
    description: {
      en: 'What Harbor records of a service beyond HSDS: ages served, specialisation, intake, runaway status, beds.',
      es: 'Lo que Harbor registra de un servicio además de HSDS: edades, especialización, admisión, fuga, camas.',
    },
    terms: Object.entries(PROFILE_TERMS).map(([code, name]) => ({ code, name })),
  },
];

/** Stores Harbor's taxonomies and their terms, with their reviewed Spanish, where they are missing (idempotent). */
export async function ensureHarborTaxonomies(db: Kysely<Database>, now = new Date()): Promise<void> {
  const at = toStoredTime(now);
  const times = { created_at: at, updated_at: at };
  const run = (work: (trx: Kysely<Database>) => Promise<void>) =>
    db.isTransaction ? work(db) : db.transaction().execute(work);
  await run(async (trx) => {
    for (const taxonomy of HARBOR_TAXONOMY_LIST) {
      await trx
        .insertInto('directory_taxonomy')
        .values({ id: taxonomy.id, name: taxonomy.name.en, description: taxonomy.description.en, ...times })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      await shipTranslation(trx, 'taxonomy', taxonomy.id, 'name', taxonomy.name.es, at);
      await shipTranslation(trx, 'taxonomy', taxonomy.id, 'description', taxonomy.description.es, at);
      for (const term of taxonomy.terms) {
        const id = termId(taxonomy.id, term.code);
        await trx
          .insertInto('directory_taxonomy_term')
          .values({
            id,
            code: term.code,
            name: term.name.en,
            description: term.name.en,
            taxonomy_id: taxonomy.id,
            language: 'en',
            ...times,
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
        await shipTranslation(trx, 'taxonomy_term', id, 'name', term.name.es, at);
      }
    }
  });
}

/**
 * A Spanish text written with Harbor's code, stored as reviewed (reviewed_at set; reviewed_by null: shipped, not
 * an editor's), unless a translation of that field is already there.
 */
export async function shipTranslation(
  db: Kysely<Database>,
  entity: string,
  entityId: string,
  field: string,
  text: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('directory_translation')
    .values({
      id: fixedId(`translation:${entity}:${entityId}:${field}:es`),
      entity,
      entity_id: entityId,
      field,
      language: 'es',
      text,
      reviewed_by: null,
      reviewed_at: at,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.columns(['entity', 'entity_id', 'field', 'language']).doNothing())
    .execute();
}
