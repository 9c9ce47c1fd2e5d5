import { fromZonedInput } from '../protocol/clock.js';
import { wallTimeOf } from '../protocol/wall-time.js';
import type { ReferralStatus } from './status.js';

/**
 * The clocks of a referral, counted from the moment it is sent (requested):
 * - acknowledge: the receiving agency accepts, waitlists or rejects it within a county-set number of business days
 *   (default one: the same time on the next working day, Monday to Friday, on the county's clock);
 * - first contact: for a CSEC-specialised service, the protocol's 72 hours (LA CSEC First Responder Protocol:
 *   specialized services within 72 hours), until the service starts;
 * - expiry: a referral nobody acknowledged within a county-set number of business days (default five) expires: it
 *   fails with the reason "no response", and the referrer is told.
 * Pure: the server passes `now`, the tests pass any clock.
 */
export interface ReferralClockSettings {
  acknowledgeBusinessDays: number;
  expireBusinessDays: number;
  firstContactHours: number;
  timeZone: string;
}

export const DEFAULT_REFERRAL_CLOCKS: Omit<ReferralClockSettings, 'timeZone'> = {
  acknowledgeBusinessDays: 1,
  expireBusinessDays: 5,
  firstContactHours: 72,
};

/** The same wall time `days` working days (Monday to Friday) later, on the zone's clock. */
export function addBusinessDays(start: Date, days: number, timeZone: string): Date {
  const [date, time] = wallTimeOf(start, timeZone).split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  let counted = 0;
  while (counted < days) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) counted += 1;
  }
  return fromZonedInput(`${day.toISOString().slice(0, 10)}T${time}`, timeZone);
}

export interface ReferralClocks {
  acknowledgeDueAt: Date;
  /** Null when the service is not CSEC-specialised (no protocol clock for first contact). */
  firstContactDueAt: Date | null;
  expiresAt: Date;
}

export function referralClocks(
  sentAt: Date,
  csecSpecialised: boolean,
  settings: ReferralClockSettings,
): ReferralClocks {
  return {
    acknowledgeDueAt: addBusinessDays(sentAt, settings.acknowledgeBusinessDays, settings.timeZone),
    firstContactDueAt: csecSpecialised ? new Date(sentAt.getTime() + settings.firstContactHours * 3600_000) : null,
    expiresAt: addBusinessDays(sentAt, settings.expireBusinessDays, settings.timeZone),
  };
}

/** The clocks that still run in a status: acknowledgement until acknowledged, first contact until the service starts. */
export function runningClocks(status: ReferralStatus): {
  acknowledge: boolean;
  firstContact: boolean;
  expiry: boolean;
} {
  return {
    acknowledge: status === 'requested',
    firstContact: status === 'requested' || status === 'accepted' || status === 'on_hold',
    expiry: status === 'requested',
  };
}

/** Whether an unacknowledged referral has expired at `now`. */
export function hasExpired(status: ReferralStatus, expiresAt: Date | null, now: Date): boolean {
  return runningClocks(status).expiry && expiresAt !== null && now >= expiresAt;
}

/** The figures of one referral, in whole minutes from the moment it was sent (null: not reached yet). */
export interface ReferralFigures {
  minutesToAcknowledge: number | null;
  minutesToAccept: number | null;
  minutesToFirstService: number | null;
}

const ACKNOWLEDGING: readonly ReferralStatus[] = ['accepted', 'on_hold', 'rejected'];

/** The figures from the referral's events (each status it moved to, and when). */
export function referralFigures(events: readonly { to: ReferralStatus; at: Date }[]): ReferralFigures {
  const sorted = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const sent = sorted.find((e) => e.to === 'requested')?.at;
  const since = (match: (to: ReferralStatus) => boolean) => {
    if (!sent) return null;
    const event = sorted.find((e) => e.at >= sent && match(e.to));
    return event ? Math.floor((event.at.getTime() - sent.getTime()) / 60_000) : null;
  };
  return {
    minutesToAcknowledge: since((to) => ACKNOWLEDGING.includes(to)),
    minutesToAccept: since((to) => to === 'accepted'),
    minutesToFirstService: since((to) => to === 'in_progress'),
  };
}

/**
 * The notifications a referral's clocks make (never holding a youth's data: they name the referral): the receiving
 * agency's supervisors and the referrer when the acknowledgement or the first contact is overdue; the referrer when
 * an unanswered referral expires.
 */
export const REFERRAL_NOTIFICATION_KINDS = [
  'referral_acknowledge_overdue',
  'referral_first_contact_overdue',
  'referral_expired',
] as const;
export type ReferralNotificationKind = (typeof REFERRAL_NOTIFICATION_KINDS)[number];

/** The messages of each kind's e-mail (`referral.email.<key>.subject` and `.body`). */
export const REFERRAL_EMAIL_KEYS: Readonly<Record<ReferralNotificationKind, string>> = {
  referral_acknowledge_overdue: 'acknowledgeOverdue',
  referral_first_contact_overdue: 'firstContactOverdue',
  referral_expired: 'expired',
};

export function isReferralNotification(kind: string): kind is ReferralNotificationKind {
  return Object.hasOwn(REFERRAL_EMAIL_KEYS, kind);
}
