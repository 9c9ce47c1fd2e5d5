import type { InstrumentDefinition } from '../definition.js';
import { harborCseBrief } from './harbor-cse-brief.js';
import { harborCseIndicators } from './harbor-cse-indicators.js';

export { harborCseBrief, harborCseIndicators };

/** The instruments that ship with Harbor (a county adds its own with `harbor instruments import`). */
export const SHIPPED_INSTRUMENTS: InstrumentDefinition[] = [harborCseIndicators, harborCseBrief];
