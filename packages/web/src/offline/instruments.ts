import type { InstrumentDefinition } from '@harbor/core';
import { api } from '../api';
import type { InstrumentSummary } from './api-types';
import { offlineDb } from './db';

/**
 * Instrument definitions kept on the device, so the form opens and scores without a network. A stored (id, version)
 * never changes on the server, so a definition once fetched is kept as it is; the list of offered instruments is
 * replaced each time the screenings page loads with a network.
 */

const OFFERED = 'instruments.offered';
const definitionKey = (id: string, version: number) => `${id}@${version}`;

/** Definitions this page already read, by id@version. */
const memory = new Map<string, InstrumentDefinition>();

/**
 * A definition as the server sends it. The server checked it completely (parseInstrument) when it was imported and
 * checks it again when it reads it; here only its outline is checked. (Running the zod checks in the browser would make
 * zod probe for eval, which the Content-Security-Policy forbids.)
 */
function accept(value: unknown): InstrumentDefinition | null {
  if (typeof value !== 'object' || value === null) return null;
  const d = value as Partial<InstrumentDefinition>;
  const ok =
    typeof d.id === 'string' &&
    typeof d.version === 'number' &&
    Array.isArray(d.domains) &&
    d.domains.every((domain) => Array.isArray(domain?.items)) &&
    Array.isArray(d.scoring?.rules);
  return ok ? (value as InstrumentDefinition) : null;
}

async function storedDefinition(id: string, version: number): Promise<InstrumentDefinition | null> {
  const key = definitionKey(id, version);
  const known = memory.get(key);
  if (known) return known;
  try {
    const value = await (await offlineDb()).get('instruments', key);
    const definition = value === undefined ? null : accept(value);
    if (definition) memory.set(key, definition);
    return definition;
  } catch {
    return null;
  }
}

async function fetchDefinition(id: string, version: number): Promise<InstrumentDefinition | null> {
  const result = await api.get<unknown>(
    `/api/v1/instruments/${encodeURIComponent(id)}/versions/${encodeURIComponent(String(version))}`,
  );
  if (!result.ok) return null;
  const definition = accept(result.data);
  if (!definition) return null;
  memory.set(definitionKey(id, version), definition);
  try {
    await (await offlineDb()).put('instruments', definition, definitionKey(id, version));
  } catch {
    // kept in memory for this page at least
  }
  return definition;
}

/** One version of an instrument: from the device when it is there, else from the server (then kept). */
export async function loadInstrument(id: string, version: number): Promise<InstrumentDefinition | null> {
  return (await storedDefinition(id, version)) ?? (await fetchDefinition(id, version));
}

export interface OfferedInstruments {
  instruments: InstrumentSummary[];
  /** False when the list comes from the device because the server could not be reached. */
  fresh: boolean;
}

/**
 * The instruments offered for new screenings. With a network, asks the server and stores the list and every offered
 * definition on the device; without one, answers from the device (null when nothing was ever stored).
 */
export async function offeredInstruments(): Promise<OfferedInstruments | null> {
  const result = await api.get<InstrumentSummary[]>('/api/v1/instruments');
  if (result.ok) {
    const ready: InstrumentSummary[] = [];
    for (const summary of result.data) {
      if (await loadInstrument(summary.id, summary.version)) ready.push(summary);
    }
    try {
      await (await offlineDb()).put('meta', ready, OFFERED);
    } catch {
      // storage unavailable: the list still shows
    }
    return { instruments: ready, fresh: true };
  }
  try {
    const stored = (await (await offlineDb()).get('meta', OFFERED)) as InstrumentSummary[] | undefined;
    return stored ? { instruments: stored, fresh: false } : null;
  } catch {
    return null;
  }
}

/** Forgets the definitions this page holds in memory (after the device's data was deleted). */
export function forgetInstruments(): void {
  memory.clear();
}
