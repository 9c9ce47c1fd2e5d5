import type { Answers, ScreeningLevel, ScreeningResult } from '@harbor/core';

/** The API's shapes (packages/server/src/features/screening/schemas.ts). */

export interface Bilingual {
  en: string;
  es: string;
}

export interface InstrumentSummary {
  id: string;
  version: number;
  title: Bilingual;
  description: Bilingual;
  audience: string;
  itemCount: number;
  origin: 'shipped' | 'imported';
}

export interface ServerScreening {
  id: string;
  youthId: string | null;
  instrumentId: string;
  instrumentVersion: number;
  status: 'draft' | 'completed';
  answers: Answers;
  level: ScreeningLevel | null;
  result: Pick<ScreeningResult, 'reasons' | 'domains'> | null;
  safety: boolean;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  completedBy: string | null;
  completedByName: string | null;
  completedAt: string | null;
  corrects: string | null;
  correctionReason: string | null;
  correctedBy: string | null;
  version: number;
}

export interface ScreeningSummary {
  id: string;
  youthId: string | null;
  instrumentId: string;
  instrumentVersion: number;
  status: 'draft' | 'completed';
  level: ScreeningLevel | null;
  safety: boolean;
  completedAt: string | null;
  completedByName: string | null;
  createdAt: string;
  updatedAt: string;
  corrects: string | null;
  correctedBy: string | null;
  version: number;
}
