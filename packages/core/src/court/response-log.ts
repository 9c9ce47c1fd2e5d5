import type { FieldClass } from '../access/fields.js';

/**
 * The response log of a specialty court: what the team answered a youth's behaviour with. Each entry holds the
 * behaviour, the response, the day and the team's decision.
 * - incentive: recognition of progress (praise from the bench, a certificate, fewer hearings);
 * - sanction: a consequence of a lapse (an essay, more contact, community service);
 * - service_change: a service added, changed or ended.
 */
export const RESPONSE_KINDS = ['incentive', 'sanction', 'service_change'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

/**
 * An entry is of the protocol class (the court and the care team read it), unless it is about mental-health or
 * health treatment: then clinical, and the court liaison does not see it (W&I 5328; Family Code 6924 for a minor's
 * own consent to treatment).
 */
export const RESPONSE_ENTRY_CLASSES = ['protocol', 'clinical'] as const satisfies readonly FieldClass[];
export type ResponseEntryClass = (typeof RESPONSE_ENTRY_CLASSES)[number];

/** The last sanction among entries (for the phase rules), or null. */
export function lastSanctionAt(entries: readonly { kind: ResponseKind; occurredOn: string }[]): Date | null {
  const days = entries.filter((e) => e.kind === 'sanction').map((e) => e.occurredOn);
  if (days.length === 0) return null;
  return new Date(`${days.sort().at(-1)}T00:00:00Z`);
}
