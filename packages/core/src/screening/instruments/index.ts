import type { InstrumentDefinition } from '../definition.js';
import { harborCseBrief } from './harbor-cse-brief.js';
import { harborCseBriefV2 } from './harbor-cse-brief-v2.js';
import { harborCseIndicators } from './harbor-cse-indicators.js';
import { harborCseIndicatorsV2 } from './harbor-cse-indicators-v2.js';

export { harborCseBrief, harborCseBriefV2, harborCseIndicators, harborCseIndicatorsV2 };

/**
 * The instruments that ship with Harbor (a county adds its own with `harbor instruments import`). An older version
 * stays shipped, unchanged, so the screenings made with it keep their questions and their scoring; new screenings use
 * the newest version of each.
 */
export const SHIPPED_INSTRUMENTS: InstrumentDefinition[] = [
  harborCseIndicators,
  harborCseBrief,
  harborCseIndicatorsV2,
  harborCseBriefV2,
];

/** The newest shipped version of each instrument: the ones new screenings use. */
export const CURRENT_INSTRUMENTS: InstrumentDefinition[] = SHIPPED_INSTRUMENTS.filter(
  (i) => !SHIPPED_INSTRUMENTS.some((other) => other.id === i.id && other.version > i.version),
);
