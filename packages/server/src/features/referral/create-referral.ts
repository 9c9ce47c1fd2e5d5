import type { CreateReferralBody } from '@harbor/core';
import type { z } from 'zod';
import { newId, toStoredTime } from '../../db/ids.js';
import { versionedInsertColumns } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { serviceFacts } from '../directory/service-facts.js';
import { draftColumns, eligibilityOf } from './draft-columns.js';
import { insertReferral, insertReferralEvent } from './queries.js';

/**
 * Drafts a referral of a youth on the caller's care team to a service of the directory, received by the Harbor
 * agency its organisation names. Nothing is shared until it is sent.
 */
export async function createReferral(input: {
  gate: RecordsGate;
  actor: Actor;
  body: z.output<typeof CreateReferralBody>;
}): Promise<{ id: string; version: number }> {
  const { gate, actor, body } = input;
  return gate.write(
    actor,
    { youthId: body.youthId },
    {
      action: 'create_referral',
      recordType: 'referral',
      run: async (h) => {
        const service = await serviceFacts(h.db, body.serviceId, h.now);
        if (!service) {
          throw new HarborError('validation_failed', 'no such service', [
            { path: 'body.serviceId', message: 'referral.service.notFound' },
          ]);
        }
        if (service.status !== 'active') {
          throw new HarborError('validation_failed', 'the service is retired', [
            { path: 'body.serviceId', message: 'referral.service.retired' },
          ]);
        }
        if (!service.agencyId) {
          throw new HarborError('validation_failed', 'no agency receives this service', [
            { path: 'body.serviceId', message: 'referral.service.noAgency' },
          ]);
        }
        const id = newId();
        const now = toStoredTime(h.now);
        const columns = draftColumns(h, id, body);
        await insertReferral(h.db, {
          id,
          youth_id: body.youthId,
          service_id: service.serviceId,
          service_name: service.serviceName,
          organization_name: service.organizationName,
          csec_specialised: service.csecSpecialised ? 1 : 0,
          referring_user_id: actor.userId,
          referring_agency_id: actor.agencyId,
          receiving_agency_id: service.agencyId,
          status: 'draft',
          closure_reason: null,
          ...columns,
          // What the draft's page shows before sending (checked again when it is sent).
          eligibility_reasons: JSON.stringify(await eligibilityOf(h, body.youthId, service, columns)),
          eligibility_override_by: null,
          eligibility_override_reason: null,
          eligibility_override_at: null,
          sent_at: null,
          acknowledge_due_at: null,
          first_contact_due_at: null,
          expires_at: null,
          closed_at: null,
          acknowledge_escalated_at: null,
          first_contact_escalated_at: null,
          ...versionedInsertColumns(h.now),
        });
        await insertReferralEvent(h.db, {
          id: newId(),
          referral_id: id,
          at: now,
          action: 'create',
          from_status: null,
          to_status: 'draft',
          actor_user_id: actor.userId,
          actor_agency_id: actor.agencyId,
          closure_reason: null,
          note: null,
        });
        h.record({
          event: 'referral.created',
          youthId: body.youthId,
          recordType: 'referral',
          recordId: id,
          outcome: 'success',
          details: { basis: body.basis.basis, urgency: body.urgency },
        });
        return { id, version: 1 };
      },
    },
  );
}
