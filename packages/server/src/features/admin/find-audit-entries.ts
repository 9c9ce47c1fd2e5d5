import { type AuditQuery, type Infer, parseYouthRecordReference } from '@harbor/core';
import { type AuditPage, searchAudit } from '../../audit/index.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { youthIdsWithReference } from '../youth/youth-facts.js';
import { auditScope } from './admin-caller.js';

export type AuditFilters = Infer<typeof AuditQuery>;

/**
 * One page of the audit trail the reader may search (an administrator: everything; a supervisor: what their agency's
 * people did, and what was done to their agency's youth), filtered. A short record reference stands for the records
 * whose id ends with it (usually one).
 */
export async function findAuditEntries(input: {
  services: Services;
  actor: Actor;
  filters: AuditFilters;
}): Promise<AuditPage> {
  const { services, actor } = input;
  const { youthRef, ...filters } = input.filters;
  const db = services.database.db;
  let youthIds: string[] | undefined;
  if (youthRef !== undefined) {
    const suffix = parseYouthRecordReference(youthRef);
    youthIds = suffix ? await youthIdsWithReference(db, suffix) : [];
    if (youthIds.length === 0) return { entries: [], nextBefore: null };
  }
  return searchAudit(db, { ...filters, ...(youthIds ? { youthIds } : {}) }, await auditScope(services, actor));
}
