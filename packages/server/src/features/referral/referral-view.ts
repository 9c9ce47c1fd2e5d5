import {
  allowedActions,
  type EligibilityReason,
  REFERRAL_SECTION_NAMES,
  type ReferralSection,
  referralFigures,
} from '@harbor/core';
import type { ReferralTable } from '../../db/tables/referral.js';
import { classed } from '../../records/classed.js';
import type { Access, RecordHandle } from '../../records/gate.js';
import { userNames } from '../screening/queries.js';
import type { YouthLabel } from '../youth/youth-facts.js';
import { agencyNames, eventsOf } from './queries.js';
import { sidesOf } from './referral-rules.js';

type Opener = Pick<RecordHandle, 'open'>;

const sectionsOf = (row: ReferralTable): ReferralSection[] => {
  const stored = JSON.parse(row.sections) as string[];
  return REFERRAL_SECTION_NAMES.filter((name) => stored.includes(name));
};

function openJson<T>(h: Opener, column: keyof ReferralTable & string, row: ReferralTable): T | null {
  const stored = row[column as keyof ReferralTable];
  return typeof stored === 'string' ? (JSON.parse(h.open('referral', column, row.id, stored)) as T) : null;
}

/**
 * What a line of a list shows: the youth (identity), the service, the agencies, status, urgency, clocks, sides, and the
 * sections shared (the youth's page, read through a referral, asks only for those).
 */
export function referralLine(
  h: Pick<RecordHandle, 'actor'>,
  access: Access,
  row: ReferralTable,
  names: { youth: YouthLabel | undefined; agencies: Map<string, string> },
) {
  const sides = sidesOf(h.actor, access, row);
  return {
    id: row.id,
    version: row.version,
    youthId: row.youth_id,
    ...(names.youth
      ? { youth: classed('identity', { name: names.youth.name, initials: names.youth.initials, age: names.youth.age }) }
      : {}),
    service: { id: row.service_id, name: row.service_name, organizationName: row.organization_name },
    referringAgency: { id: row.referring_agency_id, name: names.agencies.get(row.referring_agency_id) ?? '' },
    receivingAgency: { id: row.receiving_agency_id, name: names.agencies.get(row.receiving_agency_id) ?? '' },
    status: row.status,
    urgency: row.urgency,
    closureReason: row.closure_reason,
    clocks: {
      sentAt: row.sent_at,
      acknowledgeDueAt: row.acknowledge_due_at,
      firstContactDueAt: row.first_contact_due_at,
      expiresAt: row.expires_at,
    },
    sides: [...sides],
    actions: allowedActions(row.status, sides),
    sections: sectionsOf(row),
  };
}

/** One referral as the reader may see it: its line, why, the basis, what it shares, contact, eligibility, events. */
export async function referralView(
  h: Pick<RecordHandle, 'db' | 'open' | 'actor' | 'access'>,
  row: ReferralTable,
  youth: YouthLabel | undefined,
) {
  const events = await eventsOf(h.db, row.id);
  const agencies = await agencyNames(h.db, [row.referring_agency_id, row.receiving_agency_id]);
  const people = await userNames(h.db, [row.referring_user_id, row.eligibility_override_by]);
  const detail = openJson<{ goodCause?: string; overrideReason?: string; courtOrderReference?: string }>(
    h,
    'basis_detail',
    row,
  );
  const safeContact = openJson<{ name: string; relationship: string; phone: string }>(h, 'safe_contact', row);
  const reasons = row.eligibility_reasons ? (JSON.parse(row.eligibility_reasons) as EligibilityReason[]) : [];
  const override =
    row.eligibility_override_by && row.eligibility_override_reason && row.eligibility_override_at
      ? {
          by: { userId: row.eligibility_override_by, name: people.get(row.eligibility_override_by) ?? '' },
          reason: h.open('referral', 'eligibility_override_reason', row.id, row.eligibility_override_reason),
          at: row.eligibility_override_at,
        }
      : null;
  return {
    ...referralLine(h, h.access, row, { youth, agencies }),
    referredBy: { userId: row.referring_user_id, name: people.get(row.referring_user_id) ?? '' },
    reason: classed('protocol', h.open('referral', 'reason', row.id, row.reason), { author: row.referring_user_id }),
    basis: classed('protocol', {
      basis: row.basis,
      mdtReportedAt: row.mdt_reported_at,
      mdtWindowEndsAt: row.mdt_window_ends_at,
      overrideReason: detail?.overrideReason ?? null,
      courtOrderReference: detail?.courtOrderReference ?? null,
    }),
    contact: classed('contact', {
      doNotContactYouthDirectly: row.do_not_contact_directly === 1,
      safeContact,
      note: row.contact_note ? h.open('referral', 'contact_note', row.id, row.contact_note) : '',
    }),
    // What the eligibility was checked with: a draft's form is filled with them again.
    youthArea: classed('contact', row.youth_area),
    youthRunaway: classed('protocol', row.youth_runaway === null ? null : row.youth_runaway === 1),
    eligibility: classed('protocol', { reasons, override }),
    figures: referralFigures(events.map((e) => ({ to: e.to_status, at: new Date(e.at) }))),
    events: events.map((e) => ({
      at: e.at,
      action: e.action,
      from: e.from_status,
      to: e.to_status,
      by: e.actor_user_id ? { userId: e.actor_user_id, name: e.actor_name ?? '' } : null,
      agency: e.actor_agency_id ? { id: e.actor_agency_id, name: e.agency_name ?? '' } : null,
      closureReason: e.closure_reason,
      ...(e.note
        ? { note: classed('protocol', h.open('referral_event', 'note', e.id, e.note), { author: e.actor_user_id }) }
        : {}),
    })),
  };
}
