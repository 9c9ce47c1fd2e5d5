/** The languages Harbor speaks. Every user-facing text exists in each of them. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale from an HTTP Accept-Language header (RFC 9110 section 12.5.4),
 * honouring quality values. Unknown or malformed input falls back to the default locale.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number; order: number } | undefined;
  const parts = acceptLanguage.slice(0, 1000).split(',');
  parts.forEach((part, order) => {
    const [rawTag, ...params] = part.trim().split(';');
    const primary = rawTag?.trim().toLowerCase().split('-')[0];
    if (!isLocale(primary)) return;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.trim().split('=');
      if (name?.trim() === 'q') {
        const parsed = Number(value);
        q = Number.isFinite(parsed) && parsed >= 0 && parsed <= 1 ? parsed : 0;
      }
    }
    if (q <= 0) return;
    if (!best || q > best.q || (q === best.q && order < best.order)) best = { locale: primary, q, order };
  });
  return best?.locale ?? DEFAULT_LOCALE;
}
