import {
  type ClosureReason,
  mayWrite,
  type ReferralEventAction,
  type ReferralSide,
  type ReferralStatus,
  sharesRecord,
} from '@harbor/core';
import type { Kysely } from 'kysely';
import { newId, toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import type { ReferralTable } from '../../db/tables/referral.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { Access, Located, RecordHandle } from '../../records/gate.js';
import { insertReferralEvent, loadReferral, updateReferralRow } from './queries.js';

/** The gate's target of one referral: the referral's youth decides need-to-know. */
export function referralTarget(id: string, found: { row?: ReferralTable }) {
  return {
    recordType: 'referral',
    recordId: id,
    locate: async (db: Kysely<Database>): Promise<Located | undefined> => {
      const row = await loadReferral(db, id);
      if (!row) return undefined;
      found.row = row;
      return { youthId: row.youth_id };
    },
  };
}

/**
 * The sides an actor acts for on a referral: the referring agency's people who may change the youth's records (care
 * team, agency supervisors), and the receiving agency's people while the referral is open.
 */
export function sidesOf(actor: Actor, access: Access, row: ReferralTable): Set<ReferralSide> {
  const sides = new Set<ReferralSide>();
  if (actor.agencyId === row.referring_agency_id && access !== 'referral' && mayWrite(access)) sides.add('referring');
  if (actor.agencyId === row.receiving_agency_id && sharesRecord(row.status)) sides.add('receiving');
  return sides;
}

/**
 * The gate lets a receiving agency in when any open referral of the youth goes to it; this referral must be one: to
 * that agency and open. Anything else is as if it did not exist (404), and the denial is audited.
 */
export function requireVisible(h: RecordHandle, row: ReferralTable, action: string): void {
  if (h.access !== 'referral') return;
  if (row.receiving_agency_id === h.actor.agencyId && sharesRecord(row.status)) return;
  h.refuse({
    event: 'access.denied',
    youthId: row.youth_id,
    recordType: 'referral',
    recordId: row.id,
    outcome: 'denied',
    details: { action },
  });
  throw new HarborError('not_found', `no open referral ${row.id} to the actor's agency`);
}

export interface StatusChange {
  action: ReferralEventAction;
  to: ReferralStatus;
  note?: string | null | undefined;
  closureReason?: ClosureReason | null | undefined;
  changes?: Partial<ReferralTable>;
}

/**
 * Moves a referral to another status: the event (who, which agency, when, a note sealed), the row (at the version the
 * caller read) and the audit entry. `actor` null: Harbor itself (an expiry).
 */
export async function changeStatus(
  db: Kysely<Database>,
  seal: RecordHandle['seal'],
  actor: Pick<Actor, 'userId' | 'agencyId'> | null,
  row: ReferralTable,
  version: number,
  change: StatusChange,
  now: Date,
): Promise<number> {
  const closing = change.closureReason ? { closure_reason: change.closureReason, closed_at: toStoredTime(now) } : {};
  const next = await updateReferralRow(db, row.id, version, { ...change.changes, status: change.to, ...closing }, now);
  const eventId = newId();
  const note = change.note?.trim();
  await insertReferralEvent(db, {
    id: eventId,
    referral_id: row.id,
    at: toStoredTime(now),
    action: change.action,
    from_status: row.status,
    to_status: change.to,
    actor_user_id: actor?.userId ?? null,
    actor_agency_id: actor?.agencyId ?? null,
    closure_reason: change.closureReason ?? null,
    note: note ? seal('referral_event', 'note', eventId, note) : null,
  });
  return next;
}

/** The audit entry of a status change (no youth data in its details). */
export function statusChanged(row: ReferralTable, change: StatusChange) {
  return {
    event: 'referral.status_changed' as const,
    youthId: row.youth_id,
    recordType: 'referral',
    recordId: row.id,
    outcome: 'success' as const,
    details: {
      action: change.action,
      from: row.status,
      to: change.to,
      ...(change.closureReason ? { closure_reason: change.closureReason } : {}),
    },
  };
}
