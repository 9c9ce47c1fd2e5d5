import { z } from 'zod';
import { whenThen } from '../contract.js';
import { multiline } from '../input-text.js';
import { MAX_ROW_VERSION, recordId } from '../record-id.js';
import { LEGAL_BASES, REFERRAL_SECTION_NAMES } from './sharing.js';
import {
  CLOSURE_REASONS,
  REFERRAL_ACTION_NAMES,
  REFERRAL_EVENT_ACTIONS,
  REFERRAL_SIDES,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
} from './status.js';

/**
 * The referral API's requests and answers (zod): the server validates and documents with them, the web app takes its
 * types from them. What a reader may not see (the field classes, and for the receiving agency the sections not
 * shared) is left out of an answer, so such fields are optional.
 */

const instant = z.iso
  .datetime({ offset: true })
  .describe('An ISO 8601 time with its offset, e.g. 2026-12-02T10:05:00Z');
const version = z.number().int().positive().max(MAX_ROW_VERSION);
const note = multiline(z.string().trim().max(2000));

export const ReferralId = z.strictObject({ id: recordId });
export const YouthReferralsParams = z.strictObject({ id: recordId });

export const SharingBasisBody = z
  .strictObject({
    basis: z.enum(LEGAL_BASES),
    mdtReportedAt: instant
      .nullable()
      .optional()
      .describe('mdt_18961_7: when the child abuse report was made (the MDT shares for 30 days after it, W&I 18961.7)'),
    mdtExtendedUntil: instant
      .nullable()
      .optional()
      .describe('mdt_18961_7: the end of a window extended for good cause'),
    mdtGoodCause: multiline(z.string().trim().max(1000)).nullable().optional(),
    overrideReason: multiline(z.string().trim().max(1000))
      .nullable()
      .optional()
      .describe('override: why the information is shared without another basis (required)'),
    courtOrderReference: z.string().trim().max(200).nullable().optional().describe('court_order: the order, as cited'),
  })
  .meta({
    allOf: [
      whenThen(
        { properties: { basis: { const: 'mdt_18961_7' } }, required: ['basis'] },
        { properties: { mdtReportedAt: { type: 'string' } }, required: ['mdtReportedAt'] },
      ),
      whenThen(
        { properties: { basis: { const: 'override' } }, required: ['basis'] },
        { properties: { overrideReason: { type: 'string', minLength: 1 } }, required: ['overrideReason'] },
      ),
      whenThen(
        { properties: { basis: { const: 'court_order' } }, required: ['basis'] },
        { properties: { courtOrderReference: { type: 'string', minLength: 1 } }, required: ['courtOrderReference'] },
      ),
    ],
  });

/**
 * How the receiving agency may reach the youth. An exploiter may hold the youth's phone: "do not contact the youth
 * directly" sends every contact through the safe contact or, without one, through the referrer.
 */
export const ContactPreferencesBody = z.strictObject({
  doNotContactYouthDirectly: z.boolean(),
  safeContact: z
    .strictObject({
      name: z.string().trim().min(1).max(200),
      relationship: z.string().trim().max(200).default(''),
      phone: z.string().trim().min(3).max(40),
    })
    .nullable()
    .optional(),
  note: multiline(z.string().trim().max(1000)).optional().describe('When and how to call, what to say (or not)'),
});

export const CreateReferralBody = z.strictObject({
  youthId: recordId,
  serviceId: recordId.describe('A service of the directory'),
  reason: multiline(z.string().trim().min(3).max(4000)).describe('Why the youth is referred, for the receiving agency'),
  urgency: z.enum(REFERRAL_URGENCIES).default('routine'),
  basis: SharingBasisBody,
  sections: z
    .array(z.enum(REFERRAL_SECTION_NAMES))
    .max(REFERRAL_SECTION_NAMES.length)
    .default([])
    .describe('The parts of the record the receiving agency may see while the referral is open (identity always)'),
  contact: ContactPreferencesBody,
  youthArea: z.string().trim().max(200).nullable().optional().describe('Where the youth lives, for the service area'),
  youthRunaway: z
    .boolean()
    .nullable()
    .optional()
    .describe('Whether the youth is on runaway or AWOL status, for services that refuse it'),
});

/** A draft changed before it is sent (every field of the draft but its youth and service, at the version read). */
export const UpdateReferralDraftBody = CreateReferralBody.omit({ youthId: true, serviceId: true }).extend({ version });

export const SendReferralBody = z.strictObject({
  version,
  eligibilityOverride: multiline(z.string().trim().min(5).max(1000))
    .optional()
    .describe('A supervisor sends a referral the service’s eligibility refuses, with the reason (audited)'),
});

export const ReferralTransitionBody = z.strictObject({
  version,
  note: note.optional(),
  closureReason: z.enum(CLOSURE_REASONS).optional().describe('Required when the referral closes'),
});

const Person = z.object({ userId: z.string(), name: z.string() });
const AgencyRef = z.object({ id: z.string(), name: z.string() });

export const EligibilityReasonView = z.object({
  key: z.string().describe('A message key of core’s referral messages'),
  values: z.record(z.string(), z.union([z.string(), z.number()])).describe('The message’s values'),
});

export const ReferralEvent = z.object({
  at: z.string(),
  action: z.enum(REFERRAL_EVENT_ACTIONS),
  from: z.enum(REFERRAL_STATUSES).nullable(),
  to: z.enum(REFERRAL_STATUSES),
  by: Person.nullable().describe('Null for Harbor itself (an expiry)'),
  agency: AgencyRef.nullable(),
  closureReason: z.enum(CLOSURE_REASONS).nullable(),
  note: z.string().optional(),
});

const YouthNaming = z.object({
  name: z.string().optional(),
  initials: z.string().optional(),
  age: z.number().nullable().optional(),
});

export const ReferralView = z.object({
  id: z.string(),
  version: z.number(),
  youthId: z.string(),
  youth: YouthNaming.optional(),
  service: z.object({ id: z.string(), name: z.string(), organizationName: z.string() }),
  referringAgency: AgencyRef,
  receivingAgency: AgencyRef.nullable(),
  referredBy: Person,
  status: z.enum(REFERRAL_STATUSES),
  urgency: z.enum(REFERRAL_URGENCIES),
  closureReason: z.enum(CLOSURE_REASONS).nullable(),
  reason: z.string().optional(),
  basis: z
    .object({
      basis: z.enum(LEGAL_BASES),
      mdtReportedAt: z.string().nullable(),
      mdtWindowEndsAt: z.string().nullable(),
      overrideReason: z.string().nullable(),
      courtOrderReference: z.string().nullable(),
    })
    .optional(),
  sections: z.array(z.enum(REFERRAL_SECTION_NAMES)),
  contact: z
    .object({
      doNotContactYouthDirectly: z.boolean(),
      safeContact: z.object({ name: z.string(), relationship: z.string(), phone: z.string() }).nullable(),
      note: z.string(),
    })
    .optional(),
  youthArea: z.string().nullable().optional().describe('Where the youth lives, as the referrer gave it'),
  youthRunaway: z.boolean().nullable().optional().describe('On runaway or AWOL status, as the referrer gave it'),
  eligibility: z
    .object({
      reasons: z.array(EligibilityReasonView).describe('Why the youth did not fit the service when it was sent'),
      override: z.object({ by: Person, reason: z.string(), at: z.string() }).nullable(),
    })
    .optional(),
  clocks: z.object({
    sentAt: z.string().nullable(),
    acknowledgeDueAt: z.string().nullable(),
    firstContactDueAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
  }),
  figures: z.object({
    minutesToAcknowledge: z.number().nullable(),
    minutesToAccept: z.number().nullable(),
    minutesToFirstService: z.number().nullable(),
  }),
  sides: z.array(z.enum(REFERRAL_SIDES)).describe('The sides the caller acts for'),
  actions: z.array(z.enum(REFERRAL_ACTION_NAMES)).describe('What the caller may do now'),
  events: z.array(ReferralEvent),
});

export const ReferralListItem = ReferralView.pick({
  id: true,
  version: true,
  youthId: true,
  youth: true,
  service: true,
  referringAgency: true,
  receivingAgency: true,
  status: true,
  urgency: true,
  closureReason: true,
  clocks: true,
  sides: true,
  actions: true,
  sections: true,
});

export const ReferralList = z.object({ items: z.array(ReferralListItem) });

/** "Waiting on me" (the receiving agency's queue) or "waiting on others" (what my agency sent, still open). */
export const ReferralQueueQuery = z.strictObject({
  status: z.enum(REFERRAL_STATUSES).optional(),
});
