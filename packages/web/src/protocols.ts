import type { Locale, ProtocolDefinition } from '@harbor/core';
import { api } from './api';

/**
 * Response protocols as the pages that name steps need them (the deadlines, a response, the home, the timeline): a
 * version is immutable, so it is kept once fetched.
 */

const protocolCache = new Map<string, ProtocolDefinition>();

export async function protocolOf(id: string, version: number): Promise<ProtocolDefinition | null> {
  const key = `${id}@${version}`;
  const cached = protocolCache.get(key);
  if (cached) return cached;
  const result = await api.get<ProtocolDefinition>(`/api/v1/protocols/${encodeURIComponent(id)}/versions/${version}`);
  if (!result.ok) return null;
  protocolCache.set(key, result.data);
  return result.data;
}

/** The protocols of these rows, by `id@version`. */
export async function protocolsOf(
  rows: readonly { protocolId: string | null; protocolVersion: number | null }[],
): Promise<Map<string, ProtocolDefinition>> {
  const found = new Map<string, ProtocolDefinition>();
  for (const row of rows) {
    if (!row.protocolId || row.protocolVersion === null) continue;
    const key = `${row.protocolId}@${row.protocolVersion}`;
    if (found.has(key)) continue;
    const protocol = await protocolOf(row.protocolId, row.protocolVersion);
    if (protocol) found.set(key, protocol);
  }
  return found;
}

export const stepTitle = (protocol: ProtocolDefinition | null | undefined, stepId: string, locale: Locale): string =>
  protocol?.steps.find((s) => s.id === stepId)?.title[locale] ?? stepId;
