import type { Answers, InstrumentDefinition, InstrumentItem } from '@harbor/core';
import { sameAnswers } from '../../offline/queue';

/** The questions whose answer differs between this device's version and the server's, in the instrument's order. */
export function differingItems(instrument: InstrumentDefinition, mine: Answers, theirs: Answers): InstrumentItem[] {
  return instrument.domains
    .flatMap((domain) => domain.items)
    .filter((item) => {
      const a = mine[item.id];
      const b = theirs[item.id];
      return !sameAnswers(a === undefined ? {} : { v: a }, b === undefined ? {} : { v: b });
    });
}
