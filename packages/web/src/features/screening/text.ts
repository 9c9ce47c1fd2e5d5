import type { AnswerValue, InstrumentDefinition, InstrumentItem, Locale, ScreeningLevel } from '@harbor/core';
import type { Translate } from '../../i18n';
import type { AppMessageKey } from '../../messages';

export type { Translate };

/** An instrument's text in the user's language. */
export function inLocale(text: { en: string; es: string }, locale: Locale): string {
  return text[locale] || text.en;
}

/** Every item of an instrument by id. */
export function itemsById(instrument: InstrumentDefinition): Map<string, InstrumentItem> {
  return new Map(instrument.domains.flatMap((domain) => domain.items.map((item) => [item.id, item] as const)));
}

/** The domain (step) an item belongs to. */
export function domainIndexOf(instrument: InstrumentDefinition, itemId: string): number {
  return instrument.domains.findIndex((domain) => domain.items.some((item) => item.id === itemId));
}

/** An answer as words in the user's language ("Yes", "Possible concern", the chosen options, the number, the text). */
export function answerInWords(item: InstrumentItem, value: AnswerValue | undefined, t: Translate, locale: Locale) {
  if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') {
    return t('screeningForm.answer.none');
  }
  const spec = item.answer;
  switch (spec.type) {
    case 'yes_no_unknown':
      return t(`screening.answer.${String(value)}` as AppMessageKey);
    case 'concern':
      // "Don't know" reads the same whatever the kind of question.
      return value === 'unknown'
        ? t('screening.answer.unknown')
        : t(`screening.concern.${String(value)}` as AppMessageKey);
    case 'choice': {
      const chosen = Array.isArray(value) ? value : [String(value)];
      return spec.options
        .filter((option) => chosen.includes(option.id))
        .map((option) => inLocale(option.label, locale))
        .join(', ');
    }
    default:
      return String(value);
  }
}

/** The name of a level of concern (words, never only a colour). */
export function levelName(level: ScreeningLevel, t: Translate): string {
  return t(`screening.level.${level}` as AppMessageKey);
}

/** The id of the element to focus for an item (its first input). */
export const itemElementId = (itemId: string) => `item-${itemId}`;

/** Moves focus to an item's first input (or to any element by id) and brings it into view. */
export function focusField(elementId: string): void {
  const element = document.getElementById(elementId);
  const target =
    element && !(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
      ? (element.querySelector<HTMLElement>('input, textarea, select') ?? element)
      : element;
  if (!target) return;
  target.focus();
  target.scrollIntoView({ block: 'center' });
}
