import { type Answers, type InstrumentDefinition, visibleItemIds } from '@harbor/core';

type Item = InstrumentDefinition['domains'][number]['items'][number];
export const itemsOf = (instrument: InstrumentDefinition): Item[] => instrument.domains.flatMap((d) => d.items);

/** A "nothing of concern" answer for an item. */
export function quietAnswer(item: Item): Answers[string] {
  const answer = item.answer;
  switch (answer.type) {
    case 'yes_no_unknown':
      return 'no';
    case 'concern':
      return 'none';
    case 'number':
      return answer.min ?? 0;
    case 'choice': {
      const quiet = answer.options.find((o) => !('positive' in o && o.positive)) ?? answer.options[0]!;
      return answer.multiple ? [quiet.id] : quiet.id;
    }
    default:
      return 'nothing to note';
  }
}

/** Answers every visible item quietly, except the given ones answered as given; follows skip logic. */
export function answersFor(instrument: InstrumentDefinition, overrides: Answers = {}): Answers {
  let answers: Answers = { ...overrides };
  for (let round = 0; round < 5; round++) {
    const next: Answers = {};
    for (const id of visibleItemIds(instrument, answers)) {
      next[id] = id in overrides ? overrides[id]! : quietAnswer(itemsOf(instrument).find((i) => i.id === id)!);
    }
    answers = next;
  }
  return answers;
}
