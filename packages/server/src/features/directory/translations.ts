import type { Locale, LocalisedText } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';

type Localised = z.infer<typeof LocalisedText>;

/**
 * The reviewed translations of some entities' fields into a language, keyed `id:field`. A translation is served only
 * once reviewed (reviewed_at set: by an editor, who is recorded, or shipped with Harbor's own text); never a machine's.
 */
export async function reviewedTranslations(
  db: Kysely<Database>,
  entity: string,
  ids: readonly string[],
  language: Locale,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (language === 'en' || ids.length === 0) return out;
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('directory_translation')
      .select(['entity_id', 'field', 'text'])
      .where('entity', '=', entity)
      .where('entity_id', 'in', ids.slice(i, i + 500) as string[])
      .where('language', '=', language)
      .where('reviewed_at', 'is not', null)
      .execute();
    for (const r of rows) out.set(`${r.entity_id}:${r.field}`, r.text);
  }
  return out;
}

/** A stored (English) text in the caller's language when a reviewed translation exists, else in English, marked so. */
export function localise(
  text: string,
  translations: Map<string, string>,
  id: string,
  field: string,
  language: Locale,
): Localised {
  const translated = translations.get(`${id}:${field}`);
  return translated !== undefined ? { text: translated, language } : { text, language: 'en' };
}

export function localiseOptional(
  text: string | null,
  translations: Map<string, string>,
  id: string,
  field: string,
  language: Locale,
): Localised | null {
  return text === null ? null : localise(text, translations, id, field, language);
}
