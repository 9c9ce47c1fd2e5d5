import {
  type Answers,
  answerIsPositive,
  type InstrumentDefinition,
  type InstrumentDomain,
  type InstrumentItem,
} from '@harbor/core';
import { REASON_ID } from './form-problems';
import { domainIndexOf } from './text';

/** The form's steps: the instrument's domains that have at least one question to ask with these answers. */
export function stepsOf(instrument: InstrumentDefinition, visible: ReadonlySet<string>): InstrumentDomain[] {
  return instrument.domains.filter((domain) => domain.items.some((item) => visible.has(item.id)));
}

/** The step holding a field of the form (the correction's reason is on the last step); `current` when none does. */
export function stepOfTarget(
  instrument: InstrumentDefinition,
  steps: readonly InstrumentDomain[],
  target: string,
  current: number,
): number {
  if (target === REASON_ID) return steps.length - 1;
  const itemId = target.replace(/^item-/, '');
  const domainId = instrument.domains[domainIndexOf(instrument, itemId)]?.id;
  const found = steps.findIndex((domain) => domain.id === domainId);
  return found < 0 ? current : found;
}

/** A shown safety question (thoughts of suicide, self-harm) answered positively: the crisis step goes beside it. */
export function isPositiveSafety(
  instrument: InstrumentDefinition,
  items: Map<string, InstrumentItem>,
  visible: ReadonlySet<string>,
  answers: Answers,
  itemId: string,
): boolean {
  const item = items.get(itemId);
  const domain = instrument.domains[domainIndexOf(instrument, itemId)];
  return (
    item !== undefined &&
    (item.safety === true || domain?.safety === true) &&
    visible.has(itemId) &&
    answerIsPositive(item.answer, answers[itemId])
  );
}
