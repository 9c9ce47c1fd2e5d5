import { type Answers, instrumentItems, normaliseAnswers, visibleItemIds } from './answers.js';
import type { InstrumentDefinition, ScoringRule } from './definition.js';

/** The items a scoring rule reads. */
function ruleItems(instrument: InstrumentDefinition, rule: ScoringRule): string[] {
  switch (rule.type) {
    case 'count':
      return rule.items;
    case 'weighted':
      return Object.keys(rule.weights);
    case 'critical_clear':
      return instrument.domains.filter((d) => rule.domains.includes(d.id)).flatMap((d) => d.items.map((i) => i.id));
  }
}

/** Every item some scoring rule reads, in instrument order. */
export function scoredItemIds(instrument: InstrumentDefinition): string[] {
  const read = new Set(instrument.scoring.rules.flatMap((rule) => ruleItems(instrument, rule)));
  return instrumentItems(instrument)
    .filter((item) => read.has(item.id))
    .map((item) => item.id);
}

/**
 * The items of an instrument that feed no scoring rule, leaving out safety items (they show the crisis step), free
 * text (notes, never scored) and follow-ups asked only to describe another item's answer (`describes`).
 */
export function itemsFeedingNoRule(instrument: InstrumentDefinition, describes: readonly string[] = []): string[] {
  const scored = new Set(scoredItemIds(instrument));
  return instrument.domains.flatMap((domain) =>
    domain.items
      .filter((item) => !scored.has(item.id))
      .filter((item) => !(item.safety || domain.safety) && item.answer.type !== 'text' && !describes.includes(item.id))
      .map((item) => item.id),
  );
}

export interface InformationCount {
  /** Shown items that feed a scoring rule (safety items aside). */
  scored: number;
  /** Of these, how many were answered "don't know" or left unanswered. */
  unknown: number;
}

/**
 * How much of a screening was answered from knowledge: among the shown items that feed a scoring rule (safety items
 * aside: they show the crisis step), how many were answered "don't know" or not at all. With `skipMissing`, an item
 * without an answer is left out instead (a reader the server kept some answers from cannot tell "unanswered" from
 * "not shown to me").
 */
export function informationCount(
  instrument: InstrumentDefinition,
  answers: Answers,
  options: { skipMissing?: boolean } = {},
): InformationCount {
  const counted = normaliseAnswers(instrument, answers);
  const scored = new Set(scoredItemIds(instrument));
  const shown = new Set(visibleItemIds(instrument, answers));
  let total = 0;
  let unknown = 0;
  for (const domain of instrument.domains) {
    for (const item of domain.items) {
      if (!scored.has(item.id) || !shown.has(item.id) || item.safety || domain.safety) continue;
      const answered = Object.hasOwn(counted, item.id);
      if (!answered && options.skipMissing) continue;
      total += 1;
      if (!answered || counted[item.id] === 'unknown') unknown += 1;
    }
  }
  return { scored: total, unknown };
}

/**
 * A screening answered mostly "don't know" (at least half of the shown scored items) gives too little to rule
 * anything out: the result says "not enough information", never "no concern" (issue 12, item 10). At least half, not
 * more than half: where the count is even, the reading that does not falsely reassure protects the youth. The level
 * itself stays what the rules give (the server stores it unchanged); a level a rule raised stands, whatever the count.
 */
export function notEnoughInformation(
  instrument: InstrumentDefinition,
  answers: Answers,
  options: { skipMissing?: boolean } = {},
): boolean {
  const { scored, unknown } = informationCount(instrument, answers, options);
  return scored > 0 && unknown * 2 >= scored;
}
