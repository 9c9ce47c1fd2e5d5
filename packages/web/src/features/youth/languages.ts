import type { Locale } from '@harbor/core';
import type { AppMessageKey } from '../../messages';

/**
 * The languages offered for a youth's preferred language, stored as language tags: English and Spanish, the other
 * languages most spoken in Los Angeles County's homes (spoken Chinese as Cantonese and Mandarin, since a worker
 * needs to know which interpreter to call), and American Sign Language.
 */
export const YOUTH_LANGUAGES = [
  'en',
  'es',
  'ar',
  'hy',
  'yue',
  'cmn',
  'fa',
  'km',
  'ko',
  'ru',
  'tl',
  'vi',
  'ase',
] as const;
export type YouthLanguage = (typeof YOUTH_LANGUAGES)[number];

export const isOfferedLanguage = (tag: string): tag is YouthLanguage =>
  (YOUTH_LANGUAGES as readonly string[]).includes(tag);

/**
 * The options of the language select: the offered languages, and a record's own tag when it is another one (a record
 * made before the list, or through the API), so that editing the record keeps it.
 */
export function languageOptions(current: string): string[] {
  return current && !isOfferedLanguage(current) ? [...YOUTH_LANGUAGES, current] : [...YOUTH_LANGUAGES];
}

/** A tag outside the list by its name in the reader's language, or the tag itself when the browser knows no name. */
export function otherLanguageName(tag: string, locale: Locale): string {
  try {
    const name = new Intl.DisplayNames([locale === 'es' ? 'es-US' : 'en-US'], { type: 'language' }).of(tag);
    return name && name !== tag ? name : tag;
  } catch {
    return tag;
  }
}

/** A youth's preferred language by its name in the reader's language. */
export function languageName(tag: string, t: (key: AppMessageKey) => string, locale: Locale): string {
  return isOfferedLanguage(tag) ? t(`youthPage.language.${tag}`) : otherLanguageName(tag, locale);
}
