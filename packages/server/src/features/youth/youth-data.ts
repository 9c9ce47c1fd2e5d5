import type { GenderIdentity, IdentifierKind, PlacementKind, YouthField } from '@harbor/core';
import type { Kysely, Selectable } from 'kysely';
import { blindIndex, decryptField, encryptField, fieldAad } from '../../crypto/field-encryption.js';
import type { Keyring } from '../../crypto/keys.js';
import type { Database, YouthIndexTable, YouthTable } from '../../db/schema.js';

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

/** The encrypted columns of `youth`, which `harbor keys rotate` re-encrypts. */
export const ENCRYPTED_YOUTH_COLUMNS = [
  'given_name',
  'family_name',
  'names_used',
  'birth_date',
  'identifiers',
  'placement_detail',
  'contacts',
] as const;

/** A field's name as the audit trail writes it (`legalName` -> `legal_name`). */
export const auditName = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const aad = (youthId: string, column: string) => fieldAad('youth', column, youthId);

function seal(keyring: Keyring, youthId: string, column: string, value: string | null): string | null {
  return value === null ? null : encryptField(keyring, value, aad(youthId, column));
}

function open(keyring: Keyring, youthId: string, column: string, stored: string | null): string | null {
  return stored === null ? null : decryptField(keyring, stored, aad(youthId, column));
}

function sealList(keyring: Keyring, youthId: string, column: string, list: readonly unknown[]): string | null {
  return list.length === 0 ? null : seal(keyring, youthId, column, JSON.stringify(list));
}

function openList<T>(keyring: Keyring, youthId: string, column: string, stored: string | null): T[] {
  const text = open(keyring, youthId, column, stored);
  return text === null ? [] : (JSON.parse(text) as T[]);
}

/** The stored columns of a record (identifying ones encrypted under the current key). */
export function sealYouth(keyring: Keyring, youthId: string, data: YouthData): YouthDataColumns {
  return {
    given_name: seal(keyring, youthId, 'given_name', data.legalName?.given ?? null),
    family_name: seal(keyring, youthId, 'family_name', data.legalName?.family ?? null),
    names_used: sealList(keyring, youthId, 'names_used', data.namesUsed),
    birth_date: seal(keyring, youthId, 'birth_date', data.dateOfBirth),
    estimated_age: data.estimatedAge,
    age_estimated_on: data.ageEstimatedOn,
    gender_identity: data.genderIdentity,
    pronouns: data.pronouns,
    preferred_language: data.preferredLanguage,
    identifiers: sealList(keyring, youthId, 'identifiers', data.identifiers),
    placement_kind: data.placement?.kind ?? null,
    placement_detail: data.placement ? seal(keyring, youthId, 'placement_detail', data.placement.detail) : null,
    contacts: sealList(keyring, youthId, 'contacts', data.contacts),
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
export function openYouth(keyring: Keyring, row: Selectable<YouthTable>): YouthData {
  return {
    ...openSummary(keyring, row),
    genderIdentity: row.gender_identity as GenderIdentity | null,
    pronouns: row.pronouns,
    preferredLanguage: row.preferred_language,
    identifiers: openList<YouthIdentifier>(keyring, row.id, 'identifiers', row.identifiers),
    placement:
      row.placement_kind === null
        ? null
        : {
            kind: row.placement_kind as PlacementKind,
            detail: open(keyring, row.id, 'placement_detail', row.placement_detail),
          },
    contacts: openList<YouthContact>(keyring, row.id, 'contacts', row.contacts),
  };
}

/** The names a youth is known by, as whole names: the legal name and every name used. */
export function wholeNames(data: Pick<YouthData, 'legalName' | 'namesUsed'>): string[] {
  const legal = data.legalName ? `${data.legalName.given} ${data.legalName.family}`.trim() : '';
  return [legal, ...data.namesUsed].filter((n) => n.trim() !== '');
}

/** A value worth indexing: not blank once normalised (blindIndex throws on nothing to index). */
function indexed(keyring: Keyring, value: string, kind: 'name' | 'date'): string | undefined {
  try {
    return blindIndex(keyring, value, kind);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The blind indexes of a record under the current key, without repeats. */
export function youthIndexRows(keyring: Keyring, youthId: string, data: YouthData): YouthIndexTable[] {
  const rows = new Map<string, YouthIndexTable>();
  const add = (kind: YouthIndexTable['kind'], hash: string | undefined) => {
    if (hash) rows.set(`${kind}:${hash}`, { youth_id: youthId, kind, hash });
  };
  for (const name of wholeNames(data)) add('name', indexed(keyring, name, 'name'));
  if (data.legalName) {
    add('name_part', indexed(keyring, data.legalName.given, 'name'));
    add('name_part', indexed(keyring, data.legalName.family, 'name'));
  }
  if (data.dateOfBirth) add('date', indexed(keyring, data.dateOfBirth, 'date'));
  return [...rows.values()];
}

/** Rewrites a youth's blind indexes (inside the transaction that writes the record). */
export async function writeYouthIndexes(
  trx: Kysely<Database>,
  keyring: Keyring,
  youthId: string,
  data: YouthData,
): Promise<void> {
  await trx.deleteFrom('youth_index').where('youth_id', '=', youthId).execute();
  const rows = youthIndexRows(keyring, youthId, data);
  if (rows.length > 0) await trx.insertInto('youth_index').values(rows).execute();
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
  keyring: Keyring,
  row: SummaryRow,
): Pick<YouthData, 'legalName' | 'namesUsed' | 'dateOfBirth' | 'estimatedAge' | 'ageEstimatedOn'> {
  const given = open(keyring, row.id, 'given_name', row.given_name);
  const family = open(keyring, row.id, 'family_name', row.family_name);
  return {
    legalName: given === null && family === null ? null : { given: given ?? '', family: family ?? '' },
    namesUsed: openList<string>(keyring, row.id, 'names_used', row.names_used),
    dateOfBirth: open(keyring, row.id, 'birth_date', row.birth_date),
    estimatedAge: row.estimated_age,
    ageEstimatedOn: row.age_estimated_on,
  };
}

/** How a youth is named in a list or a duplicate warning. */
export function displayName(data: Pick<YouthData, 'legalName' | 'namesUsed'>): string {
  return wholeNames(data)[0] ?? '';
}
