import { type InstrumentDefinition, parseInstrument, SHIPPED_INSTRUMENTS } from '@harbor/core';
import type { Kysely } from 'kysely';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { HarborError } from '../../errors.js';
import type { InstrumentOrigin } from './tables.js';

/**
 * Screening instruments as data. A stored (id, version) is never changed: a county changes an instrument by importing
 * a new version, which then replaces the older one for new screenings (old screenings keep the version they used).
 */

/** Stored definitions are immutable, so a process keeps each one it has read. */
const cache = new Map<string, InstrumentDefinition>();
const cacheKey = (id: string, version: number) => `${id}@${version}`;

export interface InstrumentSummary {
  id: string;
  version: number;
  title: InstrumentDefinition['title'];
  description: InstrumentDefinition['description'];
  audience: InstrumentDefinition['audience'];
  itemCount: number;
  origin: InstrumentOrigin;
}

function summary(definition: InstrumentDefinition, origin: InstrumentOrigin): InstrumentSummary {
  return {
    id: definition.id,
    version: definition.version,
    title: definition.title,
    description: definition.description,
    audience: definition.audience,
    itemCount: definition.domains.reduce((n, d) => n + d.items.length, 0),
    origin,
  };
}

/** Stores the instruments that ship with Harbor, if missing. Safe to run at every start, by several processes. */
export async function ensureShippedInstruments(db: Kysely<Database>, now = new Date()): Promise<void> {
  for (const definition of SHIPPED_INSTRUMENTS) {
    await db
      .insertInto('instrument')
      .values({
        id: definition.id,
        version: definition.version,
        definition: JSON.stringify(definition),
        origin: 'shipped',
        imported_at: toStoredTime(now),
        retired_at: null,
      })
      .onConflict((oc) => oc.columns(['id', 'version']).doNothing())
      .execute();
  }
}

/** One version of an instrument, or undefined when Harbor does not have it. */
export async function findInstrument(
  db: Kysely<Database>,
  id: string,
  version: number,
): Promise<InstrumentDefinition | undefined> {
  const key = cacheKey(id, version);
  const cached = cache.get(key);
  if (cached) return cached;
  const row = await db
    .selectFrom('instrument')
    .select('definition')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) return undefined;
  const parsed = parseInstrument(JSON.parse(row.definition));
  if (!parsed.ok) throw new Error(`stored instrument ${key} no longer passes validation`);
  cache.set(key, parsed.instrument);
  return parsed.instrument;
}

/** The instruments offered for new screenings: the newest version of each, unless retired. */
export async function listInstruments(db: Kysely<Database>): Promise<InstrumentSummary[]> {
  const rows = await db
    .selectFrom('instrument')
    .select(['id', 'version', 'origin'])
    .where('retired_at', 'is', null)
    .orderBy('id')
    .orderBy('version', 'desc')
    .execute();
  const newest = rows.filter((row, i) => i === 0 || rows[i - 1]!.id !== row.id);
  const out: InstrumentSummary[] = [];
  for (const row of newest) {
    const definition = await findInstrument(db, row.id, row.version);
    if (definition) out.push(summary(definition, row.origin));
  }
  return out;
}

export type ImportOutcome = { status: 'imported' | 'unchanged'; id: string; version: number };

/** Why an instrument file was refused: every problem, each with where it is. */
export class InstrumentImportError extends Error {
  constructor(
    message: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'InstrumentImportError';
  }
}

/**
 * Imports a definition (already read from JSON). Refused with every problem listed when it is invalid, or when the same
 * id and version already hold a different definition (a change needs a new version number).
 */
export async function importInstrument(db: Kysely<Database>, input: unknown, now = new Date()): Promise<ImportOutcome> {
  const parsed = parseInstrument(input);
  if (!parsed.ok) {
    throw new InstrumentImportError(`the definition has ${parsed.errors.length} problem(s)`, parsed.errors);
  }
  const { instrument } = parsed;
  const text = JSON.stringify(instrument);
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('instrument')
      .select('definition')
      .where('id', '=', instrument.id)
      .where('version', '=', instrument.version)
      .executeTakeFirst();
    if (existing) {
      if (existing.definition === text) return { status: 'unchanged', id: instrument.id, version: instrument.version };
      throw new InstrumentImportError(
        `${instrument.id} version ${instrument.version} already exists with other content`,
        [
          {
            path: 'version',
            message: `version ${instrument.version} of ${instrument.id} is already in use; give the changed definition a higher version number`,
          },
        ],
      );
    }
    await trx
      .insertInto('instrument')
      .values({
        id: instrument.id,
        version: instrument.version,
        definition: text,
        origin: 'imported',
        imported_at: toStoredTime(now),
        retired_at: null,
      })
      .execute();
    return { status: 'imported', id: instrument.id, version: instrument.version };
  });
}

/** An instrument a request names, or a field-level 400 when Harbor does not have that version. */
export async function requireInstrument(
  db: Kysely<Database>,
  id: string,
  version: number,
  path = 'body.instrumentVersion',
): Promise<InstrumentDefinition> {
  const instrument = await findInstrument(db, id, version);
  if (!instrument) {
    throw new HarborError('validation_failed', `unknown instrument ${id}@${version}`, [
      { path, message: 'screening.instrument.unknown' },
    ]);
  }
  return instrument;
}
