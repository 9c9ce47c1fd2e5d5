import { z } from 'zod';
import { GENDER_IDENTITIES, IDENTIFIER_KINDS, PLACEMENT_KINDS, YOUTH_RECORD_FIELD_CLASSES } from '../access/fields.js';
import { whenThen } from '../contract.js';
import { multiline } from '../input-text.js';
import { MAX_ROW_VERSION, recordId } from '../record-id.js';

/**
 * The youth API's requests and answers (zod): the server validates and documents with them, the web app takes its
 * types from them.
 */

/** Why someone is on a youth's care team (W&I 827 and 18961.7: the basis of every disclosure). */
export const CARE_TEAM_BASES = ['creator', 'court_order', 'mdt', 'consent', 'protocol_response'] as const;
export type CareTeamBasis = (typeof CARE_TEAM_BASES)[number];

export const YouthId = z.strictObject({ id: recordId });
export const MemberParams = z.strictObject({ id: recordId, memberId: recordId });

const ACCESS = z
  .enum(['care_team', 'agency_supervisor', 'break_glass', 'referral', 'mdt_disclosure'])
  .describe('Why the caller may see this record');
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const isoDate = z.iso.date().describe('yyyy-mm-dd');

const LegalName = z.strictObject({ given: text(100), family: text(100) });
const Identifier = z.strictObject({
  kind: z.enum(IDENTIFIER_KINDS),
  value: text(100),
  agencyId: z.string().min(1).max(64).describe('The agency that issued the number'),
});
const Placement = z.strictObject({ kind: z.enum(PLACEMENT_KINDS), detail: optionalText(500) });
const Contact = z.strictObject({
  name: text(200),
  relationship: text(100),
  phone: optionalText(40),
  address: optionalText(300),
});

/** The fields of a youth's record, each optional (a PATCH sends those it changes; null clears). */
const youthFields = {
  legalName: LegalName,
  namesUsed: z.array(text(100)).max(20).describe('Aliases and street names the youth is known by'),
  dateOfBirth: isoDate.nullable(),
  estimatedAge: z.number().int().min(0).max(30).nullable().describe('Years, when the date of birth is not known'),
  ageEstimatedOn: isoDate.nullable().describe('When the age was estimated (defaults to today)'),
  genderIdentity: z.enum(GENDER_IDENTITIES).nullable(),
  pronouns: optionalText(40),
  preferredLanguage: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .nullable()
    .describe('A language tag, e.g. es, en, zh-Hant'),
  identifiers: z.array(Identifier).max(20),
  placement: Placement.nullable().describe('Current placement or living situation'),
  contacts: z.array(Contact).max(20),
};

/** A new record: the legal name is required, everything else may follow later. */
export const NewYouthBody = z
  .strictObject(youthFields)
  .partial()
  .required({ legalName: true })
  .extend({
    confirmNotDuplicate: z
      .boolean()
      .optional()
      .describe('Create the record even though possible duplicates were reported (a 409 answer lists them)'),
  })
  // The server's rule (youth-rules.ts checkRecord), documented: a date of birth or an estimated age, not both.
  .meta({
    anyOf: [
      { required: ['dateOfBirth'], properties: { dateOfBirth: { type: 'string' }, estimatedAge: { type: 'null' } } },
      { required: ['estimatedAge'], properties: { estimatedAge: { type: 'integer' }, dateOfBirth: { type: 'null' } } },
    ],
  });
export type NewYouthBody = z.infer<typeof NewYouthBody>;

/** A change: the fields sent are changed (null clears one), the others stay. */
export const YouthPatchBody = z
  .strictObject(youthFields)
  .partial()
  .extend({
    version: z
      .number()
      .int()
      .min(1)
      .max(MAX_ROW_VERSION)
      .describe('The version the change is based on (409 when the record moved on)'),
  });
export type YouthPatchBody = z.infer<typeof YouthPatchBody>;

const recordMeta = {
  id: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  access: ACCESS,
};

const LegalNameOut = z.object({ given: z.string(), family: z.string() });
const identityOut = {
  legalName: LegalNameOut.nullable().optional(),
  namesUsed: z.array(z.string()).optional(),
  dateOfBirth: z.string().nullable().optional(),
  estimatedAge: z.number().int().nullable().optional(),
  ageEstimatedOn: z.string().nullable().optional(),
};

/** A youth's record; only the fields of the classes the caller's role may see are present. */
export const Youth = z.object({
  ...recordMeta,
  createdAt: z.string(),
  createdByAgencyId: z.string(),
  fieldClasses: z
    .array(z.enum(YOUTH_RECORD_FIELD_CLASSES))
    .describe("The classes of the record's fields shown to (and changeable by) the caller"),
  ...identityOut,
  genderIdentity: z.enum(GENDER_IDENTITIES).nullable().optional(),
  pronouns: z.string().nullable().optional(),
  preferredLanguage: z.string().nullable().optional(),
  identifiers: z
    .array(z.object({ kind: z.enum(IDENTIFIER_KINDS), value: z.string(), agencyId: z.string() }))
    .optional(),
  placement: z
    .object({ kind: z.enum(PLACEMENT_KINDS), detail: z.string().nullable() })
    .nullable()
    .optional(),
  contacts: z
    .array(
      z.object({
        name: z.string(),
        relationship: z.string(),
        phone: z.string().nullable(),
        address: z.string().nullable(),
      }),
    )
    .optional(),
});

/** A line of a list or search result: who the youth is, no more. */
export const YouthSummary = z.object({ ...recordMeta, ...identityOut });

export const YouthListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(200).optional().describe('The nextCursor of the previous page'),
});

export const YouthPage = z.object({
  items: z.array(YouthSummary),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page'),
});

export const YouthSearchQuery = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('A legal name or a name used; case and accents ignored (name, dob or both: at least one)'),
  dob: isoDate.optional().describe('A date of birth (name, dob or both: at least one)'),
});

export const YouthSearchResult = z.object({
  results: z.array(YouthSummary).describe('Matching youth the caller has need-to-know for'),
  elsewhere: z
    .array(z.object({ agencyName: z.string(), count: z.number().int() }))
    .describe('Matching youth outside need-to-know: how many, per agency on their care team (whom to call)'),
});

export const DuplicateConflict = z
  .object({
    error: z.object({
      code: z.literal('conflict'),
      message: z.string(),
      duplicates: z.object({
        visible: z
          .array(z.object({ id: z.string(), displayName: z.string() }))
          .describe('Possible duplicates the caller may open'),
        elsewhere: z
          .array(z.object({ agencyId: z.string(), agencyName: z.string() }))
          .describe('Agencies that know a possible duplicate the caller may not see: whom to contact'),
      }),
    }),
  })
  .describe('Possible duplicates (same name and date of birth, or name and compatible age); nothing was created');

export const DirectoryQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(2)
    .max(100)
    .describe(
      'In my agency: the start of a name (any word of it) or of an e-mail address. In another: the start of the given and family names (3 letters each), or the whole e-mail address',
    ),
});

export const DirectoryEntry = z.object({
  id: z.string(),
  displayName: z.string(),
  role: z.string().optional().describe('For someone of my agency only'),
  agencyId: z.string(),
  agencyName: z.string(),
});

export const CareTeamMember = z.object({
  id: z.string(),
  userId: z.string(),
  displayName: z.string(),
  role: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  email: z.string().describe('Whom to write to about the youth'),
  workPhone: z.string().nullable().describe('Whom to call: the work phone the member gave, when they gave one'),
  basis: z.enum(CARE_TEAM_BASES),
  addedAt: z.string(),
});

export const AddMemberBody = z.strictObject({
  userId: recordId,
  basis: z.enum(CARE_TEAM_BASES).exclude(['creator']),
});

export const BreakGlassBody = z.strictObject({
  reason: multiline(
    z.string().trim().min(20).max(2000).describe('Why this emergency access is needed (kept in the audit trail)'),
  ),
});

/** What a reviewing supervisor concluded about a break-glass access: it was justified, or someone must follow up. */
export const BREAK_GLASS_DISPOSITIONS = ['justified', 'follow_up'] as const;
export type BreakGlassDisposition = (typeof BREAK_GLASS_DISPOSITIONS)[number];

/** A reviewing agency's current disposition of one access (one per agency; its history is in the audit trail). */
export const BreakGlassReview = z.object({
  disposition: z.enum(BREAK_GLASS_DISPOSITIONS),
  note: z.string().optional().describe('The reviewer’s note (may describe the youth: encrypted, audited when read)'),
  reviewedBy: z.string(),
  reviewerName: z.string(),
  reviewedAt: z.string(),
  version: z.number().int().describe('Send it back to change the review (409 when someone changed it since)'),
});

export const BreakGlassGrant = z.object({
  id: z.string(),
  youthId: z.string(),
  youthRef: z.string().describe('The short reference of the youth’s record (9F3A-27C1)'),
  youthName: z
    .string()
    .optional()
    .describe('How the youth is named (their identity: the reviewer’s agency is on the team)'),
  userId: z.string(),
  userName: z.string(),
  userAgencyId: z.string(),
  userAgencyName: z.string(),
  active: z.boolean().describe('The 60 minutes have not passed yet'),
  reason: z.string().optional(),
  grantedAt: z.string(),
  expiresAt: z.string(),
  review: BreakGlassReview.nullable().describe('My agency’s disposition; null while the access waits for review'),
});

export const BreakGlassReviewBody = z
  .strictObject({
    version: z
      .number()
      .int()
      .min(0)
      .max(MAX_ROW_VERSION)
      .describe('The version of the review read; 0 when there was none yet'),
    disposition: z.enum(BREAK_GLASS_DISPOSITIONS),
    note: multiline(z.string().trim().max(2000))
      .default('')
      .describe('What was found or what must be followed up (required for follow_up)'),
  })
  // record-break-glass-review.ts: a follow-up has a note.
  .meta(
    whenThen(
      { properties: { disposition: { const: 'follow_up' } }, required: ['disposition'] },
      { properties: { note: { pattern: '\\S' } }, required: ['note'] },
    ),
  );
