import { HARBOR_CATEGORY_IDS, PRACTICE_IDS } from '@harbor/core';

/**
 * The directory search's filters as the page holds them (strings, as the form's fields do) and as its address keeps
 * them (?category=mental_health&language=es&age=15...), so that a search can be shared, reloaded and gone back to.
 * `pick` is the youth a referral is being made for: the results then offer "Refer to this service".
 */
export interface SearchFilters {
  text: string;
  category: string;
  language: string;
  age: string;
  area: string;
  availability: '' | 'open_now' | 'intake_24_7';
  bedsAvailable: boolean;
  csecSpecialised: boolean;
  practice: string;
  /** The services no longer offered too: the directory's editors only (to find and bring one back). */
  retired: boolean;
}

export const NO_FILTERS: SearchFilters = {
  text: '',
  category: '',
  language: '',
  age: '',
  area: '',
  availability: '',
  bedsAvailable: false,
  csecSpecialised: false,
  practice: '',
  retired: false,
};

/**
 * Languages offered for "spoken by staff", as ISO 639 codes (the directory's): English and Spanish first, then the
 * languages most spoken in Los Angeles County's homes, and American Sign Language. Named by the browser in the
 * reader's language.
 */
export const STAFF_LANGUAGES = ['es', 'en', 'hy', 'ko', 'zh', 'tl', 'vi', 'fa', 'ru', 'ar', 'km', 'ja', 'ase'] as const;

const oneOf = (value: string | null, allowed: readonly string[]) => (value && allowed.includes(value) ? value : '');

/** The filters an address asks for; a value the search does not know is left out (never sent to the API). */
export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const availability = oneOf(params.get('availability'), ['open_now', 'intake_24_7']);
  return {
    text: params.get('text') ?? '',
    category: oneOf(params.get('category'), HARBOR_CATEGORY_IDS),
    language: /^[a-z]{2,3}$/.test(params.get('language') ?? '') ? params.get('language')! : '',
    age: params.get('age') ?? '',
    area: params.get('area') ?? '',
    availability: availability as SearchFilters['availability'],
    bedsAvailable: params.get('bedsAvailable') === 'true',
    csecSpecialised: params.get('csecSpecialised') === 'true',
    practice: oneOf(params.get('practice'), PRACTICE_IDS),
    retired: params.get('retired') === 'true',
  };
}

/** An age the search takes: whole years from 0 to 30, or nothing. */
export function ageProblem(age: string): boolean {
  const trimmed = age.trim();
  return trimmed !== '' && !(/^\d{1,2}$/.test(trimmed) && Number(trimmed) <= 30);
}

/** The address's query for the filters (only those set), keeping `pick` (the youth of a referral) when there is one. */
export function paramsOfFilters(filters: SearchFilters, pick: string | null = null): URLSearchParams {
  const params = new URLSearchParams();
  if (pick) params.set('pick', pick);
  for (const key of ['text', 'category', 'language', 'age', 'area', 'availability', 'practice'] as const) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  if (filters.bedsAvailable) params.set('bedsAvailable', 'true');
  if (filters.csecSpecialised) params.set('csecSpecialised', 'true');
  if (filters.retired) params.set('retired', 'true');
  return params;
}

/** What the API is asked: the filters and the page (not `pick`, which is the page's own). */
export function apiQuery(filters: SearchFilters, page: number): URLSearchParams {
  const query = paramsOfFilters(filters);
  query.set('page', String(page));
  return query;
}
