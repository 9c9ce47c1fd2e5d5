import { z } from 'zod';
import { whenThen } from '../contract.js';
import { COURT_NOTIFICATION_KINDS } from '../court/clocks.js';
import { CourtReportDeadline } from '../court/contract.js';
import { multiline } from '../input-text.js';
import { MDT_NOTIFICATION_KINDS } from '../mdt/constants.js';
import { OPENED_BY } from '../protocol/opened-by.js';
import {
  HOTLINE_DISPOSITIONS,
  REFERRAL_DISPOSITIONS,
  REFERRAL_NUMBER_PATTERN,
  WRITTEN_REPORT_FIELDS,
} from '../protocol/reports.js';
import { REPORT_RECIPIENTS, WRITTEN_REPORT_LONG_FIELDS, WRITTEN_REPORT_METHODS } from '../protocol/written-report.js';
import { MAX_ROW_VERSION, recordId } from '../record-id.js';
import { REFERRAL_NOTIFICATION_KINDS } from '../referral/clocks.js';

/**
 * The response API's requests and answers (zod): the server validates and documents with them, the web app takes its
 * types from them. Fields a reader may not see (docs/security.md) are left out of an answer, so they are optional.
 */

const instant = z.iso
  .datetime({ offset: true })
  .describe('An ISO 8601 time with its offset, e.g. 2026-11-28T10:05:00Z');

export const ResponseId = z.strictObject({ id: recordId });
export const StepParams = z.strictObject({ id: recordId, stepId: z.string().min(1).max(64) });

/** A response opened from a screening names it (open-response.ts). */
const SCREENING_NAMED = whenThen(
  { properties: { openedBy: { const: 'screening' } }, required: ['openedBy'] },
  { properties: { screeningId: { type: 'string' } }, required: ['screeningId'] },
);

export const OpenResponseBody = z
  .strictObject({
    openedBy: z.enum(OPENED_BY),
    // UUIDs: another id would reach the records gate and its audit, which refuse it (a 500 before).
    youthId: recordId.nullable().optional(),
    screeningId: recordId.nullable().optional(),
    recoveredAt: instant.nullable().optional().describe('When the youth was recovered or identified (defaults to now)'),
    learnedAt: instant
      .nullable()
      .optional()
      .describe(
        'When the reporter received the information (PC 11166(a)); defaults to the earliest of the recovery, the opening and the screening',
      ),
    onProbation: z.boolean().default(false),
    inChildWelfare: z
      .boolean()
      .default(false)
      .describe(
        'The youth receives child welfare services (a dependent, or in foster care); always true for ran_from_placement',
      ),
  })
  .meta(SCREENING_NAMED);

export const DeclinedStepBody = z.strictObject({
  version: z.number().int().positive().max(MAX_ROW_VERSION),
  declinedAt: instant.optional().describe('When the youth declined (defaults to now; never in the future)'),
  note: multiline(z.string().trim().max(2000)).optional(),
});

export const LearnedAtBody = z.strictObject({
  version: z.number().int().positive().max(MAX_ROW_VERSION),
  learnedAt: instant.describe('When the reporter received the information (PC 11166(a)); never later than the call'),
});

export const RecoveryBody = z.strictObject({
  version: z.number().int().positive().max(MAX_ROW_VERSION),
  recoveredAt: instant.describe('When the youth was recovered (never in the future)'),
});

export const CompleteStepBody = z.strictObject({
  version: z.number().int().positive().max(MAX_ROW_VERSION),
  completedAt: instant.optional().describe('When it was done (defaults to now; never in the future)'),
  note: multiline(z.string().trim().max(2000)).optional(),
});

/** Who made the telephone report when it was not this response's call: a colleague, the county's online system, police. */
export const REPORT_MADE_BY = ['colleague', 'online_system', 'law_enforcement'] as const;

export const NotApplicableBody = z.strictObject({
  version: z.number().int().positive().max(MAX_ROW_VERSION),
  reason: multiline(z.string().trim().min(5).max(2000)),
  /** For the telephone report (required there): who made the report instead, and when (PC 11166(a)). */
  madeBy: z.enum(REPORT_MADE_BY).optional(),
  madeAt: instant.optional(),
});

/** The recipients of a telephone report that are not the hotline: no disposition, no referral number. */
export const NOT_TO_HOTLINE = [
  'law_enforcement',
  'other',
] as const satisfies readonly (typeof REPORT_RECIPIENTS)[number][];

export const TelephoneReportBody = z
  .strictObject({
    calledAt: instant,
    hotline: z.enum(REPORT_RECIPIENTS),
    workerName: z.string().trim().min(1).max(200),
    referralNumber: z
      .string()
      .trim()
      .max(40)
      .default('')
      .describe('The 19-digit referral number, for the dispositions that give one (Immediate, Five-Day, Evaluated Out)')
      .meta({ pattern: REFERRAL_NUMBER_PATTERN }),
    responseCategory: z
      .enum(HOTLINE_DISPOSITIONS)
      .optional()
      .describe('The hotline’s disposition; none for a report to law enforcement'),
    learnedAt: instant
      .optional()
      .describe('When the reporter received the information (PC 11166(a)); never later than the call'),
  })
  // The server's rules across fields (record-telephone-report.ts), documented: a report to the hotline has its
  // disposition, and one that gives a referral number has the number (checked whenever given).
  .meta({
    allOf: [
      {
        anyOf: [
          { properties: { hotline: { enum: [...NOT_TO_HOTLINE] } }, required: ['hotline'] },
          { properties: { responseCategory: { type: 'string' } }, required: ['responseCategory'] },
        ],
      },
      whenThen(
        {
          properties: {
            hotline: { not: { enum: [...NOT_TO_HOTLINE] } },
            responseCategory: { enum: [...REFERRAL_DISPOSITIONS] },
          },
          required: ['hotline', 'responseCategory'],
        },
        { properties: { referralNumber: { pattern: '\\d' } }, required: ['referralNumber'] },
      ),
    ],
  });

const day = z.iso.date().describe('A calendar day in the county, YYYY-MM-DD');

export const ActionBody = z.strictObject({
  kind: z.enum(['arrest', 'citation', 'charge']),
  code: z.string().trim().min(1).max(200).describe('The code section or charge, e.g. PC 647(b)'),
  ageYears: z
    .number()
    .int()
    .min(0)
    .max(30)
    .nullable()
    .optional()
    .describe('Only for a youth with no age on record: taken as an estimate (below 20 counts as a minor)'),
  conductOn: day.optional().describe('The day of the conduct in the county (defaults to today there)'),
});

/** An arrest, citation or charge that already happened (SB 1322; PC 236.14 vacatur and sealing). */
export const EarlierArrestBody = z.strictObject({
  kind: z.enum(['arrest', 'citation', 'charge']),
  code: z.string().trim().min(1).max(200).describe('The code section or charge, e.g. PC 647(b)'),
  occurredOn: day.describe('The day it happened, in the county'),
  agency: z.string().trim().min(1).max(200).describe('The agency that made it'),
  disposition: z.string().trim().max(500).optional().describe('What became of it, if known'),
});

export const EarlierArrest = z.object({
  id: z.string(),
  kind: z.enum(['arrest', 'citation', 'charge']),
  code: z.string(),
  occurredOn: z.string(),
  agency: z.string(),
  disposition: z.string().nullable(),
  unlawful: z
    .enum(['sb1322_minor', 'pc653_22_repealed'])
    .nullable()
    .describe('The rule it broke when it was made (SB 1322 for a minor; PC 653.22 after its repeal), else null'),
  forVacatur: z.boolean().describe('Names PC 647(b) or 653.22: may be vacated and sealed (PC 236.14)'),
  recordedAt: z.string(),
});

export const EarlierArrestsQuery = z.strictObject({
  forVacatur: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: only those a court may vacate and seal under PC 236.14 (naming PC 647(b) or 653.22)'),
});

export const EarlierArrestList = z.object({
  items: z.array(EarlierArrest).optional().describe('Left out for a reader who may not see the protocol class'),
});

export const CrisisBody = z.strictObject({ reason: multiline(z.string().trim().min(3).max(500)) });

export const CrisisPlanBody = z.strictObject({
  version: z.number().int().positive().max(MAX_ROW_VERSION),
  // Any of the plan's parts, as far as it is written (a plan is built up over time).
  plan: z.partialRecord(
    z.enum(['warningSigns', 'copingSteps', 'safePeople', 'safePlace', 'professionals', 'meansSafety']),
    multiline(z.string().max(2000)),
  ),
});

// A field a client leaves out is empty: every field but the reporter's and the suspicion's is "if known" (PC
// 11167(a)), and a client made before a field was added still saves.
const reportFields = z.strictObject(
  Object.fromEntries(
    WRITTEN_REPORT_FIELDS.map((f) => {
      const text = z.string().max(4000);
      return [f, (WRITTEN_REPORT_LONG_FIELDS.includes(f) ? multiline(text) : text).default('')];
    }),
  ) as Record<(typeof WRITTEN_REPORT_FIELDS)[number], z.ZodDefault<z.ZodString>>,
);

export const WrittenReportBody = z.strictObject({
  fields: reportFields,
  version: z.number().int().min(0).max(MAX_ROW_VERSION),
  submittedAt: instant.optional().describe('Marks the report submitted at this time (completes the step)'),
  sentVia: z
    .enum(WRITTEN_REPORT_METHODS)
    .optional()
    .describe('With submittedAt: how it was sent (fax, e-mail, the county’s online system, mail, in person)'),
});

export const WrittenReport = z.object({
  id: z.string().nullable(),
  fields: reportFields.optional().describe('The report: for the reporter, their supervisors and child welfare'),
  submittedAt: z.string().nullable(),
  sentVia: z
    .enum(WRITTEN_REPORT_METHODS)
    .nullable()
    .optional()
    .describe('How it was sent, once sent (with the report: for the reporter, their supervisors and child welfare)'),
  version: z.number().int(),
});

export const DeadlinesQuery = z.strictObject({
  scope: z.enum(['mine', 'agency']).default('mine'),
  hours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(72),
});

/** How a line names a youth (identity: shown only to readers who may see the youth). */
const YouthNamed = z
  .object({ initials: z.string().describe('e.g. M. J. H.'), age: z.number().int().nullable() })
  .describe('Left out for a youth not identified yet');

/** Who owns a step by name: the person it is assigned to, or the opener for the opener's steps; else null (a role). */
const ownerName = z.string().nullable();

/** A protocol step that is due: a line of the deadlines view. */
export const StepDeadline = z.object({
  kind: z.literal('step'),
  responseId: z.string(),
  youthId: z.string().nullable(),
  youth: YouthNamed.optional(),
  openerName: z.string().describe('Who opened the response (names an unidentified youth’s response)'),
  ownerName,
  stepId: z.string(),
  ownerRole: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  protocolId: z.string(),
  protocolVersion: z.number().int(),
});

/**
 * A referral's clock that is due: its acknowledgement, or its first contact (72 hours, CSEC-specialised services).
 * `side` says whether the caller's agency receives it (must act) or referred it (is waiting on the receiving agency).
 */
export const ReferralDeadline = z.object({
  kind: z.literal('referral'),
  referralId: z.string(),
  youthId: z.string(),
  youth: YouthNamed.optional(),
  clock: z.enum(['acknowledge', 'first_contact']),
  side: z.enum(['act', 'wait']),
  serviceName: z.string(),
  receivingAgencyName: z.string(),
  referrerName: z.string().nullable(),
  dueAt: z.string(),
  overdue: z.boolean(),
});

/**
 * An MDT meeting's action item due or overdue (its owner's, or for a supervisor their agency's): the meeting it came
 * from, the youth (for readers who may see them), the item's text (protocol class) and its owner. The owner's own item
 * about a youth they may not read outside the meeting comes without youth or text: the meeting's page shows what a
 * disclosure there opened.
 */
export const MdtActionDeadline = z.object({
  kind: z.literal('mdt_action'),
  actionId: z.string(),
  meetingId: z.string(),
  youthId: z.string().optional(),
  youth: YouthNamed.optional(),
  text: z.string().optional(),
  ownerName: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
});

/**
 * A line of the deadlines view: a protocol step, a referral's clock, a progress report to the court or an MDT action
 * item (`kind`).
 */
export const Deadline = z.discriminatedUnion('kind', [
  StepDeadline,
  ReferralDeadline,
  CourtReportDeadline,
  MdtActionDeadline,
]);

const Step = z.object({
  stepId: z.string(),
  position: z.number().int(),
  ownerRole: z.string(),
  ownerAgencyKind: z.string().nullable(),
  ownerUserId: z.string().nullable(),
  status: z.enum(['pending', 'completed', 'not_applicable', 'declined']),
  startsAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  completedByName: z.string().nullable(),
  note: z.string().nullable().optional().describe('Left out when the note is of a class the caller may not see'),
  escalated: z.boolean(),
  mine: z.boolean().describe('The caller owns this pending step'),
  version: z.number().int(),
});

export const ResponseView = z.object({
  id: z.string(),
  youthId: z.string().nullable(),
  youth: z
    .object({ name: z.string(), age: z.number().int().nullable() })
    .optional()
    .describe('Whom the response is about (identity); left out for a youth not identified yet'),
  openerName: z.string(),
  screeningId: z.string().nullable(),
  protocolId: z.string(),
  protocolVersion: z.number().int(),
  openedBy: z.string(),
  openerUserId: z.string(),
  openedAt: z.string(),
  recoveredAt: z.string().nullable(),
  learnedAt: z.string().nullable(),
  reportMadeElsewhere: z.object({ by: z.enum(REPORT_MADE_BY), at: z.string() }).nullable(),
  facts: z.object({
    opened_by: z.enum(OPENED_BY),
    on_probation: z.boolean(),
    reporter_is_law_enforcement: z.boolean(),
    in_child_welfare: z.boolean().optional(),
  }),
  status: z.string(),
  version: z.number().int(),
  access: z.string(),
  steps: z.array(Step),
  telephoneReports: z
    .array(
      z.object({
        id: z.string(),
        calledAt: z.string(),
        hotline: z.string().optional(),
        workerName: z.string().optional(),
        referralNumber: z.string().optional(),
        responseCategory: z.string().optional(),
      }),
    )
    .describe(
      'That a report was made and when, for everyone; the rest for the reporter, their supervisors and child welfare (PC 11167(d))',
    ),
  writtenReport: z.object({ id: z.string(), submittedAt: z.string().nullable(), version: z.number().int() }).nullable(),
  crisis: z
    .object({
      openedAt: z.string(),
      openedBy: z.string(),
      reason: z.string().optional(),
      plan: z.record(z.string(), z.string()).optional(),
    })
    .nullable()
    .describe('The safety step; its reason and plan for those who act on it with the youth'),
  safetyNotifies: z
    .array(z.string())
    .describe('While the safety step is not open: the clinicians on the care team that opening it notifies, by name'),
  earlierArrests: z
    .array(EarlierArrest)
    .optional()
    .describe('The youth’s earlier arrests, citations and charges, newest first (left out for an unidentified youth)'),
});

export const ProtocolParams = z.strictObject({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().positive().max(1_000_000),
});

export const ResponseSummary = z.object({
  id: z.string(),
  opened_by: z.string(),
  opened_at: z.string(),
  status: z.string().describe('open while a step is pending, else closed'),
  screening_id: z.string().nullable(),
  opener_name: z.string(),
  pending_steps: z.number().int(),
  overdue_steps: z.number().int(),
});

export const ResponsesQuery = z.strictObject({
  scope: z.enum(['mine', 'agency']).default('mine').describe('agency: for supervisors'),
  status: z.enum(['open', 'closed', 'all']).default('all').describe('open: a step is still pending'),
  overdue: z.enum(['true', 'false']).optional().describe('true: only responses with an overdue step'),
  openedBy: z
    .union([z.enum(OPENED_BY), z.array(z.enum(OPENED_BY)).max(OPENED_BY.length)])
    .optional()
    .describe('What opened it; repeat for several'),
  youthId: recordId.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(200).optional().describe('The nextCursor of the previous page'),
});

export const ResponseListItem = z.object({
  id: z.string(),
  youthId: z.string().nullable(),
  youth: YouthNamed.optional(),
  openerName: z.string(),
  openedBy: z.enum(OPENED_BY),
  openedAt: z.string(),
  status: z.enum(['open', 'closed']),
  pendingSteps: z.number().int(),
  overdueSteps: z.number().int(),
  nextDueAt: z.string().nullable(),
});

export const ResponsePage = z.object({
  items: z.array(ResponseListItem),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page'),
});

export const NotificationView = z.object({
  id: z.string(),
  kind: z.enum([
    'step_overdue',
    'step_overdue_supervisor',
    'crisis',
    'unlawful_arrest',
    'deadline_earlier',
    ...REFERRAL_NOTIFICATION_KINDS,
    ...COURT_NOTIFICATION_KINDS,
    ...MDT_NOTIFICATION_KINDS,
  ]),
  responseId: z.string().nullable(),
  referralId: z.string().nullable().optional().describe('The referral a referral’s clock is about'),
  mdtMeetingId: z.string().nullable().optional().describe('The MDT meeting a reminder or an action item is about'),
  youthId: z.string().nullable(),
  youth: YouthNamed.optional(),
  openerName: z.string().nullable(),
  stepId: z.string().nullable(),
  ownerRole: z.string().nullable(),
  ownerName,
  dueAt: z.string().nullable().describe('When the step was due (how late it is)'),
  stepDone: z.boolean().describe('The step has been done (or found not applicable) since'),
  protocolId: z.string().nullable(),
  protocolVersion: z.number().int().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const NotificationList = z.object({ unread: z.number().int(), items: z.array(NotificationView) });

export type ResponseViewBody = z.infer<typeof ResponseView>;
export type WrittenReportView = z.infer<typeof WrittenReport>;

export const UnreadCount = z.object({ unread: z.number().int() });
