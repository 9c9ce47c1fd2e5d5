import { type InstrumentDefinition, parseInstrument, SHIPPED_INSTRUMENTS } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { InstrumentOrigin } from '../../db/tables/screening.js';
import { DefinitionStore } from '../../definitions/definition-store.js';
import { HarborError } from '../../errors.js';

/**
 * Screening instruments as data. A stored (id, version) is never changed: a county changes an instrument by importing
 * a new version, which then replaces the older one for new screenings (old screenings keep the version they used).
 */
export const instruments = new DefinitionStore<InstrumentDefinition>(
  'instrument',
  (input) => {
    const parsed = parseInstrument(input);
    return parsed.ok ? { ok: true, value: parsed.instrument } : parsed;
  },
  SHIPPED_INSTRUMENTS,
);

export interface InstrumentSummary {
  id: string;
  version: number;
  title: InstrumentDefinition['title'];
  description: InstrumentDefinition['description'];
  audience: InstrumentDefinition['audience'];
  itemCount: number;
  origin: InstrumentOrigin;
}

/** The instruments offered for new screenings: the newest version of each, unless retired. */
export async function listInstruments(db: Kysely<Database>): Promise<InstrumentSummary[]> {
  return (await instruments.newest(db, { skipRetired: true })).map(({ definition, origin }) => ({
    id: definition.id,
    version: definition.version,
    title: definition.title,
    description: definition.description,
    audience: definition.audience,
    itemCount: definition.domains.reduce((n, d) => n + d.items.length, 0),
    origin,
  }));
}

/** An instrument a request names, or a field-level 400 when Harbor does not have that version. */
export async function requireInstrument(
  db: Kysely<Database>,
  id: string,
  version: number,
  path = 'body.instrumentVersion',
): Promise<InstrumentDefinition> {
  const instrument = await instruments.find(db, id, version);
  if (!instrument) {
    throw new HarborError('validation_failed', `unknown instrument ${id}@${version}`, [
      { path, message: 'screening.instrument.unknown' },
    ]);
  }
  return instrument;
}
