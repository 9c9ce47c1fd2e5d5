import type { InstrumentSummaryView, ScreeningSummaryView, ScreeningView } from '@harbor/core';

/** The API's shapes: core's screening contract (packages/core/src/screening/contract.ts). */

export interface Bilingual {
  en: string;
  es: string;
}

export type InstrumentSummary = InstrumentSummaryView;
export type ServerScreening = ScreeningView;
export type ScreeningSummary = ScreeningSummaryView;
