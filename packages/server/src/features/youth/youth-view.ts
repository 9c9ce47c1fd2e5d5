import { YOUTH_FIELD_CLASSES, YOUTH_RECORD_FIELD_CLASSES, type YouthAccess, type YouthField } from '@harbor/core';
import type { Selectable } from 'kysely';
import type { YouthTable } from '../../db/schema.js';
import { classed } from '../../records/classed.js';
import type { RecordHandle } from '../../records/gate.js';
import { openSummary, type SummaryRow, type YouthData, type YouthOpener, type YouthSealer } from './youth-data.js';

/**
 * How a youth's record is shown: the record's own facts (id, version, times, why the caller may see it), and each
 * field with its class, which the records gate shows or leaves out.
 */

const SUMMARY_FIELDS = ['legalName', 'namesUsed', 'dateOfBirth', 'estimatedAge', 'ageEstimatedOn'] as const;

/** Each field of the record with its class (core's YOUTH_FIELD_CLASSES). */
function classedFields<F extends YouthField>(data: Pick<YouthData, F>, fields: readonly F[]) {
  return Object.fromEntries(fields.map((f) => [f, classed(YOUTH_FIELD_CLASSES[f], data[f])])) as {
    [K in F]: ReturnType<typeof classed<YouthData[K]>>;
  };
}

/** The whole record (the youth's page). */
export function youthView(
  h: Pick<RecordHandle, 'classes'>,
  row: Selectable<YouthTable>,
  data: YouthData,
  access: YouthAccess,
) {
  return {
    id: row.id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdByAgencyId: row.created_by_agency_id,
    access,
    fieldClasses: YOUTH_RECORD_FIELD_CLASSES.filter((fc) => h.classes.has(fc)),
    ...classedFields(data, Object.keys(YOUTH_FIELD_CLASSES) as YouthField[]),
  };
}

/** A line of a list: who the youth is, no more. */
export function summaryView(s: YouthOpener, row: SummaryRow, access: YouthAccess) {
  return {
    id: row.id,
    version: row.version,
    updatedAt: row.updated_at,
    access,
    ...classedFields(openSummary(s, row), SUMMARY_FIELDS),
  };
}

/** The youth sealer of a gate handle (its encryption plus the blind index). */
export const sealerOf = (h: Pick<RecordHandle, 'seal' | 'open' | 'blindIndex'>): YouthSealer => h;
