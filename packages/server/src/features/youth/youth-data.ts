import type { GenderIdentity, IdentifierKind, PlacementKind, YouthField } from '@harbor/core';
import type { Selectable } from 'kysely';
import type { YouthIndexTable, YouthTable } from '../../db/schema.js';

/**
 * A youth's record as the application sees it, and how it is stored: identifying values encrypted per column
 * (AES-256-GCM, bound to table, column and row), lists as encrypted JSON, and keyed blind indexes of the names and
 * the date of birth in `youth_index` so a search never decrypts the table.
 */

export interface YouthIdentifier {
  kind: IdentifierKind;
  value: string;
  agencyId: string;
}

export interface YouthContact {
  name: string;
  relationship: string;
  phone: string | null;
  address: string | null;
}

export interface YouthData {
  legalName: { given: string; family: string } | null;
  namesUsed: string[];
  dateOfBirth: string | null;
  estimatedAge: number | null;
  ageEstimatedOn: string | null;
  genderIdentity: GenderIdentity | null;
  pronouns: string | null;
  preferredLanguage: string | null;
  identifiers: YouthIdentifier[];
  placement: { kind: PlacementKind; detail: string | null } | null;
  contacts: YouthContact[];
}

export const EMPTY_YOUTH: YouthData = {
  legalName: null,
  namesUsed: [],
  dateOfBirth: null,
  estimatedAge: null,
  ageEstimatedOn: null,
  genderIdentity: null,
  pronouns: null,
  preferredLanguage: null,
  identifiers: [],
  placement: null,
  contacts: [],
};

type YouthDataColumns = Omit<
  YouthTable,
  'id' | 'created_by' | 'created_by_agency_id' | 'version' | 'created_at' | 'updated_at' | 'updated_by'
>;

/** The columns each field of the record is stored in. */
export const FIELD_COLUMNS: Record<YouthField, readonly (keyof YouthDataColumns)[]> = {
  legalName: ['given_name', 'family_name'],
  namesUsed: ['names_used'],
  dateOfBirth: ['birth_date'],
  estimatedAge: ['estimated_age'],
  ageEstimatedOn: ['age_estimated_on'],
  genderIdentity: ['gender_identity'],
  pronouns: ['pronouns'],
  preferredLanguage: ['preferred_language'],
  identifiers: ['identifiers'],
  placement: ['placement_kind', 'placement_detail'],
  contacts: ['contacts'],
};

/** A field's name as the audit trail writes it (`legalName` -> `legal_name`). */
export const auditName = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * What encrypts and decrypts the record's columns and computes its blind indexes: the records gate's handle (or, for
 * `harbor keys rotate`, the keyring itself). Columns must be declared encrypted in feature.ts.
 */
export interface YouthSealer {
  seal(table: 'youth', column: string, rowId: string, plaintext: string): string;
  open(table: 'youth', column: string, rowId: string, stored: string): string;
  blindIndex(value: string, kind: 'name' | 'date'): string;
}

function seal(s: YouthSealer, youthId: string, column: string, value: string | null): string | null {
  return value === null ? null : s.seal('youth', column, youthId, value);
}

/** What reads the record's columns (a list's handle can only open). */
export type YouthOpener = Pick<YouthSealer, 'open'>;

function open(s: YouthOpener, youthId: string, column: string, stored: string | null): string | null {
  return stored === null ? null : s.open('youth', column, youthId, stored);
}

function sealList(s: YouthSealer, youthId: string, column: string, list: readonly unknown[]): string | null {
  return list.length === 0 ? null : seal(s, youthId, column, JSON.stringify(list));
}

function openList<T>(s: YouthOpener, youthId: string, column: string, stored: string | null): T[] {
  const text = open(s, youthId, column, stored);
  return text === null ? [] : (JSON.parse(text) as T[]);
}

/** The stored columns of a record (identifying ones encrypted under the current key). */
export function sealYouth(s: YouthSealer, youthId: string, data: YouthData): YouthDataColumns {
  return {
    given_name: seal(s, youthId, 'given_name', data.legalName?.given ?? null),
    family_name: seal(s, youthId, 'family_name', data.legalName?.family ?? null),
    names_used: sealList(s, youthId, 'names_used', data.namesUsed),
    birth_date: seal(s, youthId, 'birth_date', data.dateOfBirth),
    estimated_age: data.estimatedAge,
    age_estimated_on: data.ageEstimatedOn,
    gender_identity: data.genderIdentity,
    pronouns: data.pronouns,
    preferred_language: data.preferredLanguage,
    identifiers: sealList(s, youthId, 'identifiers', data.identifiers),
    placement_kind: data.placement?.kind ?? null,
    placement_detail: data.placement ? seal(s, youthId, 'placement_detail', data.placement.detail) : null,
    contacts: sealList(s, youthId, 'contacts', data.contacts),
  };
}

/** Only the columns of the given fields (for an update that changes those fields only). */
export function columnsOf(sealed: YouthDataColumns, fields: readonly YouthField[]): Partial<YouthDataColumns> {
  const out: Partial<YouthDataColumns> = {};
  for (const field of fields) {
    for (const column of FIELD_COLUMNS[field]) (out as Record<string, unknown>)[column] = sealed[column];
  }
  return out;
}

/** Decrypts a stored row into the record. Throws FieldDecryptionError when a value cannot be read. */
export function openYouth(s: YouthOpener, row: Selectable<YouthTable>): YouthData {
  return {
    ...openSummary(s, row),
    genderIdentity: row.gender_identity as GenderIdentity | null,
    pronouns: row.pronouns,
    preferredLanguage: row.preferred_language,
    identifiers: openList<YouthIdentifier>(s, row.id, 'identifiers', row.identifiers),
    placement:
      row.placement_kind === null
        ? null
        : {
            kind: row.placement_kind as PlacementKind,
            detail: open(s, row.id, 'placement_detail', row.placement_detail),
          },
    contacts: openList<YouthContact>(s, row.id, 'contacts', row.contacts),
  };
}

/** The names a youth is known by, as whole names: the legal name and every name used. */
export function wholeNames(data: Pick<YouthData, 'legalName' | 'namesUsed'>): string[] {
  const legal = data.legalName ? `${data.legalName.given} ${data.legalName.family}`.trim() : '';
  return [legal, ...data.namesUsed].filter((n) => n.trim() !== '');
}

/** A value worth indexing: not blank once normalised (blindIndex throws on nothing to index). */
function indexed(s: YouthSealer, value: string, kind: 'name' | 'date'): string | undefined {
  try {
    return s.blindIndex(value, kind);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The blind indexes of a record under the current key, without repeats. */
export function youthIndexRows(s: YouthSealer, youthId: string, data: YouthData): YouthIndexTable[] {
  const rows = new Map<string, YouthIndexTable>();
  const add = (kind: YouthIndexTable['kind'], hash: string | undefined) => {
    if (hash) rows.set(`${kind}:${hash}`, { youth_id: youthId, kind, hash });
  };
  for (const name of wholeNames(data)) add('name', indexed(s, name, 'name'));
  if (data.legalName) {
    add('name_part', indexed(s, data.legalName.given, 'name'));
    add('name_part', indexed(s, data.legalName.family, 'name'));
  }
  if (data.dateOfBirth) add('date', indexed(s, data.dateOfBirth, 'date'));
  return [...rows.values()];
}

/** The columns a list line needs (who the youth is). */
export const SUMMARY_COLUMNS = [
  'id',
  'version',
  'updated_at',
  'given_name',
  'family_name',
  'names_used',
  'birth_date',
  'estimated_age',
  'age_estimated_on',
] as const;
export type SummaryRow = Pick<Selectable<YouthTable>, (typeof SUMMARY_COLUMNS)[number]>;

/** Decrypts the identity a list line shows. */
export function openSummary(
  s: YouthOpener,
  row: SummaryRow,
): Pick<YouthData, 'legalName' | 'namesUsed' | 'dateOfBirth' | 'estimatedAge' | 'ageEstimatedOn'> {
  const given = open(s, row.id, 'given_name', row.given_name);
  const family = open(s, row.id, 'family_name', row.family_name);
  return {
    legalName: given === null && family === null ? null : { given: given ?? '', family: family ?? '' },
    namesUsed: openList<string>(s, row.id, 'names_used', row.names_used),
    dateOfBirth: open(s, row.id, 'birth_date', row.birth_date),
    estimatedAge: row.estimated_age,
    ageEstimatedOn: row.age_estimated_on,
  };
}

/** How a youth is named in a list or a duplicate warning. */
export function displayName(data: Pick<YouthData, 'legalName' | 'namesUsed'>): string {
  return wholeNames(data)[0] ?? '';
}
