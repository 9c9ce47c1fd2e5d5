import type { ScreeningLevel } from '@harbor/core';
import type { Translate } from './i18n';

/**
 * A stored screening's level in words, for the lists (the youth's page, my screenings): "Not enough information" for
 * one at no concern answered mostly "don't know" (issue 12, item 10), never "No concern".
 */
export function screeningLevelText(
  s: { level: ScreeningLevel | null; notEnoughInformation?: boolean },
  t: Translate,
): string {
  if (!s.level) return '';
  if (s.level === 'none' && s.notEnoughInformation) return t('screening.level.notEnough');
  return t(`screening.level.${s.level}`);
}
