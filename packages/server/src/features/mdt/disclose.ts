import { checkDisclosureBasis, type DisclosableClass, disclosureWindowEnd, type LegalBasis } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import type { MdtEntryTable } from '../../db/tables/mdt.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { conflicting, entryTarget, type MeetingFound, refused, requireEditable } from './mdt-rules.js';
import { insertDisclosure } from './queries.js';

export interface DisclosureRequest {
  basis: LegalBasis;
  to: 'all' | string[];
  classes: DisclosableClass[];
  reportedAt?: string | undefined;
  goodCauseUntil?: string | undefined;
  goodCauseReason?: string | undefined;
  orderNumber?: string | undefined;
  orderDate?: string | undefined;
  consentBy?: string | undefined;
  purpose?: string | undefined;
  until?: string | undefined;
}

const date = (value: string | undefined) => (value ? new Date(value) : null);

/**
 * Discloses a youth's roster entry at a meeting to its attendees (all, or those listed), in field classes, on a legal
 * basis (core's checkDisclosureBasis: W&I 827(a)(1), W&I 18961.7 within its window, a court order, consent until its
 * end; never an override). Identity always goes with it: the attendees must know whom it is about. The discloser
 * may change the youth's records and discloses only classes they see. Every disclosure is a row and an audit entry;
 * a refusal is audited too, and shares nothing.
 */
export async function disclose(input: {
  gate: RecordsGate;
  actor: Actor;
  meetingId: string;
  entryId: string;
  body: DisclosureRequest;
}): Promise<string> {
  const { gate, actor, meetingId, entryId, body } = input;
  const found: { entry?: MdtEntryTable; meeting?: MeetingFound } = {};
  return gate.write(actor, entryTarget(actor, meetingId, entryId, found), {
    action: 'mdt_disclose',
    run: async (h) => {
      const meeting = found.meeting!;
      const youthId = found.entry!.youth_id;
      requireEditable(meeting);
      const basis = {
        basis: body.basis,
        reportedAt: date(body.reportedAt),
        goodCauseUntil: date(body.goodCauseUntil),
        goodCauseReason: body.goodCauseReason ?? null,
        orderNumber: body.orderNumber ?? null,
        orderDate: body.orderDate ?? null,
        consentBy: body.consentBy ?? null,
        purpose: body.purpose ?? null,
        until: date(body.until),
      };
      const refusal = checkDisclosureBasis(basis, h.now);
      if (refusal) {
        h.refuse({
          event: 'mdt.disclosure_refused',
          youthId,
          recordType: 'mdt_entry',
          recordId: entryId,
          outcome: 'denied',
          details: { basis: body.basis, reason: refusal, meeting_id: meetingId },
        });
        throw refusal.startsWith('mdt.') ? conflicting(refusal) : refused('body', refusal);
      }
      const classes = [...new Set<DisclosableClass>(['identity', ...body.classes])];
      if (classes.some((c) => !h.classes.has(c))) throw refused('body.classes', 'mdt.disclosure.classNotVisible');
      const others = meeting.attendees.map((a) => a.user_id).filter((id) => id !== actor.userId);
      const to = body.to === 'all' ? others : [...new Set(body.to)];
      if (to.some((id) => !others.includes(id))) throw refused('body.to', 'mdt.disclosure.notAttendee');
      const id = newId();
      const windowEnd = disclosureWindowEnd(basis);
      const detail = {
        goodCauseReason: basis.goodCauseReason ?? undefined,
        orderNumber: basis.orderNumber ?? undefined,
        orderDate: basis.orderDate ?? undefined,
        consentBy: basis.consentBy ?? undefined,
        purpose: basis.purpose ?? undefined,
        until: body.until ? toStoredTime(new Date(body.until)) : undefined,
      };
      await insertDisclosure(
        h.db,
        {
          id,
          meeting_id: meetingId,
          entry_id: entryId,
          youth_id: youthId,
          basis: body.basis,
          to_all: body.to === 'all' ? 1 : 0,
          classes: JSON.stringify(classes),
          reported_at: basis.reportedAt ? toStoredTime(basis.reportedAt) : null,
          window_ends_at: windowEnd ? toStoredTime(windowEnd) : null,
          basis_detail: h.seal('mdt_disclosure', 'basis_detail', id, JSON.stringify(detail)),
          by_user_id: actor.userId,
          at: toStoredTime(h.now),
        },
        to,
      );
      h.record({
        event: 'mdt.disclosed',
        youthId,
        recordType: 'mdt_disclosure',
        recordId: id,
        outcome: 'success',
        details: { basis: body.basis, classes: classes.join(','), recipients: to.length, meeting_id: meetingId },
      });
      return id;
    },
  });
}
