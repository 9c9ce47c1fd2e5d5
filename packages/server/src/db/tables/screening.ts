/** The tables of screening instruments and screenings (migration 2026-11-28T1800Z-screenings). */

export type InstrumentOrigin = 'shipped' | 'imported';

export interface InstrumentTable {
  id: string;
  version: number;
  /** The definition as JSON text. */
  definition: string;
  origin: InstrumentOrigin;
  imported_at: string;
  retired_at: string | null;
}

export type ScreeningStatus = 'draft' | 'completed';

export interface ScreeningTable {
  id: string;
  youth_id: string | null;
  instrument_id: string;
  instrument_version: number;
  status: ScreeningStatus;
  /** Encrypted JSON of the answers (field encryption, AAD: screening.answers.<id>). */
  answers: string;
  level: 'none' | 'possible' | 'clear' | null;
  /** JSON of the scoring result's reasons and domains; never answers. */
  result: string | null;
  safety: number;
  created_by: string;
  created_by_agency_id: string;
  completed_by: string | null;
  completed_at: string | null;
  corrects_id: string | null;
  correction_reason: string | null;
  idempotency_key: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
