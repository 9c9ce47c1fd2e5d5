import { hasExpired } from '@harbor/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/index.js';
import type { Database } from '../../db/schema.js';
import type { ReferralTable } from '../../db/tables/referral.js';
import { HarborError } from '../../errors.js';
import { insertNotification } from '../response/queries.js';
import {
  activeRecipients,
  expiredReferrals,
  loadReferral,
  markClockEscalated,
  overdueAcknowledgements,
  overdueFirstContacts,
} from './queries.js';
import { changeStatus } from './referral-rules.js';

const BATCH = 50;

/** An expiry writes no note: nothing is sealed. */
const noSeal = (): never => {
  throw new Error('an expiry seals nothing');
};

/**
 * One pass of a referral's clocks, run by the deadline scheduler (features/escalation) beside the protocol steps'
 * escalations, with the same notifications and their e-mail (which never hold a youth's data: they name the
 * referral). In order: an unanswered referral whose time is up expires (failed, "no response") and tells the
 * referrer; an overdue acknowledgement, then an overdue first contact (72 hours, CSEC-specialised services), notify
 * the receiving agency's supervisors and the referrer, once each. Each referral is one transaction with its audit
 * entry; a referral another process handled meanwhile is left alone. Returns how many referrals it acted on.
 */
export async function runReferralClocks(input: { db: Kysely<Database>; auditKey: Buffer; now: Date }): Promise<number> {
  const { db, auditKey, now } = input;
  let done = 0;
  for (const row of await expiredReferrals(db, now, BATCH)) {
    if (await expire(db, auditKey, row.id, now)) done++;
  }
  for (const [clock, find] of [
    ['acknowledge', overdueAcknowledgements],
    ['first_contact', overdueFirstContacts],
  ] as const) {
    for (const row of await find(db, now, BATCH)) {
      if (await escalate(db, auditKey, row, clock, now)) done++;
    }
  }
  return done;
}

async function expire(db: Kysely<Database>, auditKey: Buffer, id: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await loadReferral(trx, id);
    if (!row || !hasExpired(row.status, row.expires_at ? new Date(row.expires_at) : null, now)) return false;
    try {
      await changeStatus(
        trx,
        noSeal,
        null,
        row,
        row.version,
        { action: 'expire', to: 'failed', closureReason: 'no_response_expired' },
        now,
      );
    } catch (error) {
      // Answered or expired by someone else meanwhile.
      if (error instanceof HarborError && error.code === 'conflict') return false;
      throw error;
    }
    const recipients = await activeRecipients(trx, { userIds: [row.referring_user_id], supervisorsOf: [] });
    await notify(trx, recipients, 'referral_expired', row, now);
    await appendAudit(
      trx,
      auditKey,
      {
        event: 'referral.expired',
        youthId: row.youth_id,
        recordType: 'referral',
        recordId: row.id,
        outcome: 'success',
        details: { recipients: recipients.length },
      },
      now,
    );
    return true;
  });
}

async function escalate(
  db: Kysely<Database>,
  auditKey: Buffer,
  row: ReferralTable,
  clock: 'acknowledge' | 'first_contact',
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await markClockEscalated(trx, row.id, clock, now))) return false;
    const recipients = await activeRecipients(trx, {
      userIds: [row.referring_user_id],
      supervisorsOf: [row.receiving_agency_id],
    });
    const kind = clock === 'acknowledge' ? 'referral_acknowledge_overdue' : 'referral_first_contact_overdue';
    await notify(trx, recipients, kind, row, now);
    await appendAudit(
      trx,
      auditKey,
      {
        event: 'referral.escalated',
        youthId: row.youth_id,
        recordType: 'referral',
        recordId: row.id,
        outcome: 'success',
        details: { clock, recipients: recipients.length },
      },
      now,
    );
    return true;
  });
}

async function notify(
  trx: Kysely<Database>,
  userIds: readonly string[],
  kind: 'referral_acknowledge_overdue' | 'referral_first_contact_overdue' | 'referral_expired',
  row: ReferralTable,
  now: Date,
): Promise<void> {
  for (const userId of userIds) {
    await insertNotification(
      trx,
      { user_id: userId, kind, response_id: null, response_step_id: null, referral_id: row.id },
      now,
    );
  }
}
