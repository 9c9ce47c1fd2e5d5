import { z } from 'zod';
import { multiline } from '../input-text.js';
import { MAX_ROW_VERSION, recordId } from '../record-id.js';
import { SharingBasisBody } from '../referral/contract.js';
import { EXIT_REASONS } from './enrollment.js';
import { APPEARANCE_ROLES, HEARING_OUTCOMES, HEARING_TYPES } from './hearings.js';
import { RESPONSE_ENTRY_CLASSES, RESPONSE_KINDS } from './response-log.js';

/** The specialty courts' API requests and answers (zod). Hidden classes are left out of answers: fields optional. */

const version = z.number().int().positive().max(MAX_ROW_VERSION);
const day = z.iso.date().describe('A calendar day in the county, YYYY-MM-DD');
const text = (max: number) => multiline(z.string().trim().min(1).max(max));

export const EnrollmentId = z.strictObject({ id: recordId });
export const HearingId = z.strictObject({ id: recordId });
export const CourtProgramParams = z.strictObject({ id: z.string().trim().min(1).max(60) });

export const EnrollBody = z.strictObject({
  programId: z.string().trim().min(1).max(60),
  enrolledOn: day,
  youthAgreed: z.boolean().describe('Enrollment is voluntary: the youth agreed'),
  offeredAtDisposition: z.boolean().default(false).describe('STAR is offered at disposition'),
  probationOfficerId: recordId.nullable().optional().describe('The dedicated probation officer (a user)'),
});

export const AdvanceBody = z.strictObject({
  version,
  teamDecision: text(1000).describe('What the team decided, and who'),
  courtOrdered: z
    .boolean()
    .default(false)
    .describe('The court advanced the youth although the phase rules are not all met'),
});

export const EndEnrollmentBody = z.strictObject({
  version,
  endedOn: day,
  graduated: z.boolean(),
  reason: z.enum(EXIT_REASONS).optional().describe('Required unless graduated'),
  note: multiline(z.string().trim().max(1000)).optional(),
});

export const ScheduleHearingBody = z.strictObject({
  hearingOn: day,
  department: z.string().trim().min(1).max(60).describe('The court department, e.g. "Dept. 260"'),
  type: z.enum(HEARING_TYPES),
});

export const HearingOutcomeBody = z.strictObject({
  version,
  appeared: z.array(z.enum(APPEARANCE_ROLES)).max(APPEARANCE_ROLES.length),
  outcome: z.enum(HEARING_OUTCOMES),
  nextOn: day
    .nullable()
    .optional()
    .describe('The next hearing; on a weekly program, left out schedules it a week later'),
});

export const ResponseEntryBody = z.strictObject({
  kind: z.enum(RESPONSE_KINDS),
  occurredOn: day,
  behaviour: text(2000),
  response: text(2000),
  teamDecision: text(1000),
  fieldClass: z.enum(RESPONSE_ENTRY_CLASSES).default('protocol').describe('clinical: about treatment'),
});

export const ProgressReportBody = z.strictObject({
  locale: z.enum(['en', 'es']),
  basis: SharingBasisBody.extend({
    consentBy: z
      .string()
      .trim()
      .max(200)
      .nullable()
      .optional()
      .describe('Consent: whose consent (the youth, a parent)'),
  }),
});

export const ProgressReportEditBody = z.strictObject({
  version,
  sections: z.record(z.string().max(60), multiline(z.string().trim().max(4000))),
});

export const ProgressReportStatusBody = z.strictObject({ version });

const Created = z.object({ id: z.string() });

export { Created as CourtCreated };

export const PhaseEntryView = z.object({
  phaseId: z.string(),
  enteredOn: z.string(),
  teamDecision: z.string().nullable(),
});

export const HearingView = z.object({
  id: z.string(),
  version: z.number(),
  hearingOn: z.string(),
  department: z.string(),
  type: z.enum(HEARING_TYPES),
  appeared: z.array(z.enum(APPEARANCE_ROLES)).optional(),
  outcome: z.enum(HEARING_OUTCOMES).nullable().optional(),
  nextOn: z.string().nullable().optional(),
  reportsDueOn: z.string().optional(),
});

export const ResponseEntryView = z.object({
  id: z.string(),
  kind: z.enum(RESPONSE_KINDS).optional(),
  occurredOn: z.string().optional(),
  behaviour: z.string().optional(),
  response: z.string().optional(),
  teamDecision: z.string().optional(),
});

export const EnrollmentView = z.object({
  id: z.string(),
  version: z.number(),
  programId: z.string(),
  status: z.enum(['active', 'graduated', 'exited']).optional(),
  phaseId: z.string().optional(),
  enrolledOn: z.string().optional(),
  endedOn: z.string().nullable().optional(),
  exitReason: z.enum(EXIT_REASONS).nullable().optional(),
  probationOfficer: z.object({ userId: z.string(), name: z.string() }).nullable().optional(),
  phases: z.array(PhaseEntryView).optional(),
  hearings: z.array(HearingView).optional(),
  responses: z.array(ResponseEntryView).optional(),
});
export const EnrollmentList = z.object({ items: z.array(EnrollmentView) });

export const CaseloadView = z.object({
  programId: z.string(),
  cap: z.number().nullable(),
  officers: z.array(
    z.object({
      officerId: z.string(),
      name: z.string(),
      active: z.number(),
      cap: z.number().nullable(),
      over: z.boolean(),
      overBy: z.number(),
      remaining: z.number().nullable(),
    }),
  ),
});

export const CourtProgramList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      version: z.number(),
      court: z.enum(['delinquency', 'dependency']),
      name: z.string(),
      hearingCadenceDays: z.number().nullable(),
      caseloadCap: z.number().nullable(),
      reportDueDaysBefore: z.number(),
      phases: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
});

export const ProgressReportId = z.strictObject({ id: recordId });

export const ProgressReportView = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(['draft', 'signed', 'sent']),
  locale: z.enum(['en', 'es']),
  dueOn: z.string(),
  overdue: z.boolean(),
  signedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  agency: z.object({ id: z.string(), name: z.string() }),
  author: z.object({ userId: z.string(), name: z.string() }),
  youthName: z.string().optional(),
  program: z.object({ id: z.string(), name: z.string() }).optional(),
  phase: z.string().optional(),
  hearing: z.object({ id: z.string(), hearingOn: z.string(), department: z.string() }).optional(),
  basis: z.looseObject({ basis: z.string() }).optional(),
  sections: z.array(z.object({ id: z.string(), text: z.string().optional() })),
});

export const ReportsDueQuery = z.strictObject({
  days: z.coerce.number().int().min(1).max(90).default(14).describe('Hearings up to this many days ahead'),
});

export const ReportsDueList = z.object({
  items: z.array(
    z.object({
      youthId: z.string(),
      youth: z.object({ initials: z.string() }).optional(),
      hearing: z
        .object({ id: z.string(), hearingOn: z.string(), department: z.string(), programId: z.string() })
        .optional(),
      dueOn: z.string().optional(),
      overdue: z.boolean().optional(),
      report: z
        .object({ id: z.string(), status: z.enum(['draft', 'signed']) })
        .nullable()
        .optional(),
    }),
  ),
});

/**
 * A progress report due to the court: a line of the deadlines view. `dueAt` is when it becomes late (the end of its
 * due day in the county); `report` is the agency's report when started (not sent yet).
 */
export const CourtReportDeadline = z.object({
  kind: z.literal('court_report'),
  hearingId: z.string(),
  youthId: z.string(),
  youth: z.object({ initials: z.string(), age: z.number().int().nullable() }).optional(),
  programId: z.string(),
  hearingOn: z.string(),
  dueOn: z.string(),
  report: z.object({ id: z.string(), status: z.enum(['draft', 'signed']) }).nullable(),
  dueAt: z.string(),
  overdue: z.boolean(),
});
