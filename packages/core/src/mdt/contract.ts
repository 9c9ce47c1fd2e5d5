import { z } from 'zod';
import { whenThen } from '../contract.js';
import { multiline } from '../input-text.js';
import { recordId } from '../record-id.js';
import { LEGAL_BASES } from '../referral/sharing.js';
import {
  AGENDA_KINDS,
  ATTENDANCE_VALUES,
  DISCLOSABLE_CLASSES,
  ENTRY_VIA,
  MEETING_ROLES,
  MEETING_STATUSES,
  NOTE_CLASSES,
} from './constants.js';

/**
 * The MDT meetings API's requests and answers (zod; docs/mdt-api.md). A roster entry the reader may not see is
 * `{ entryId, restricted: true }` and nothing else: no name, no id, no content, no count.
 */

const instant = z.iso
  .datetime({ offset: true })
  .describe('An ISO 8601 time with its offset, e.g. 2026-12-02T10:05:00Z');
const day = z.iso.date().describe('A calendar day, YYYY-MM-DD');
const text = (max: number) => multiline(z.string().trim().min(1).max(max));
const typeId = z
  .string()
  .trim()
  .max(60)
  .regex(/^[a-z0-9_]{1,60}$/)
  .describe('A meeting type id, e.g. case_review');

export const MeetingIdParams = z.strictObject({ id: recordId });
export const MeetingTypeParams = z.strictObject({ id: typeId });
export const MeetingAttendeeParams = z.strictObject({ id: recordId, userId: recordId });
export const MeetingEntryParams = z.strictObject({ id: recordId, entryId: recordId });
export const MdtActionParams = z.strictObject({ id: recordId });
export const YouthMdtParams = z.strictObject({ id: recordId });

export const MeetingTypeBody = z.strictObject({
  nameEn: z.string().trim().min(1).max(120),
  nameEs: z.string().trim().min(1).max(120),
  active: z.boolean(),
});

export const MeetingsQuery = z.strictObject({
  from: instant.optional().describe('Meetings starting at or after this time'),
  to: instant.optional().describe('Meetings starting before this time'),
});

export const CreateMeetingBody = z.strictObject({
  typeId,
  startsAt: instant,
  durationMinutes: z.number().int().min(5).max(600),
  place: z.string().trim().max(300).nullable().optional(),
  link: z
    .url({ protocol: /^https$/ })
    .max(2000)
    .nullable()
    .optional()
    .describe('An https address of the video call'),
  chairUserId: recordId.optional().describe('The chair (a staff member); the creator by default'),
});

/** A scheduled meeting's new time, length and place or link (the chair, before sign-off); the type and chair stay. */
export const RescheduleMeetingBody = CreateMeetingBody.pick({
  startsAt: true,
  durationMinutes: true,
  place: true,
  link: true,
});

export const AddAttendeeBody = z.strictObject({
  userId: recordId,
  meetingRole: z.enum(MEETING_ROLES).exclude(['chair']),
});

export const AttendanceBody = z.strictObject({ attendance: z.enum(ATTENDANCE_VALUES).nullable() });

export const AddEntryBody = z.strictObject({ youthId: recordId });

export const AgendaItemBody = z.strictObject({ text: text(2000) });

export const NoteBody = z.strictObject({ text: text(8000), fieldClass: z.enum(NOTE_CLASSES) });

export const DecisionBody = z.strictObject({ text: text(4000) });

export const MdtActionBody = z.strictObject({
  text: text(2000),
  ownerUserId: recordId.describe('An attendee of the meeting'),
  dueAt: instant,
});

export const DisclosureBody = z
  .strictObject({
    basis: z.enum(LEGAL_BASES).describe('override is refused at a meeting (409 mdt.disclosure.overrideNotAllowed)'),
    to: z
      .union([z.literal('all'), z.array(recordId).min(1).max(100)])
      .describe('All attendees, or the listed attendees'),
    classes: z.array(z.enum(DISCLOSABLE_CLASSES)).min(1).max(DISCLOSABLE_CLASSES.length),
    reportedAt: instant.optional().describe('mdt_18961_7: when the child abuse report was made (30 days after it)'),
    goodCauseUntil: instant.optional().describe('mdt_18961_7: the end of a window extended for good cause'),
    goodCauseReason: multiline(z.string().trim().max(1000)).optional(),
    orderNumber: z.string().trim().max(200).optional().describe('court_order: the order’s number (JV-570, CRC 5.552)'),
    orderDate: day.optional().describe('court_order: the order’s date'),
    consentBy: z.string().trim().max(200).optional().describe('consent: whose consent'),
    purpose: multiline(z.string().trim().max(1000)).optional().describe('consent: for what'),
    until: instant.optional().describe('consent: until when (refused after it)'),
  })
  .meta({
    allOf: [
      whenThen({ properties: { basis: { const: 'mdt_18961_7' } }, required: ['basis'] }, { required: ['reportedAt'] }),
      whenThen(
        { properties: { basis: { const: 'court_order' } }, required: ['basis'] },
        { required: ['orderNumber', 'orderDate'] },
      ),
      whenThen(
        { properties: { basis: { enum: ['youth_consent', 'caregiver_consent'] } }, required: ['basis'] },
        { required: ['consentBy', 'purpose', 'until'] },
      ),
    ],
  });

export const AddendumBody = z.strictObject({ text: text(4000), entryId: recordId.optional() });

export const GoalBody = z.strictObject({
  text: text(2000).describe('In the youth’s own words'),
  saidOn: day,
});

// Answers

const Person = z.object({ userId: z.string(), name: z.string() });
const TypeRef = z.object({ id: z.string(), name: z.string() });

export const MdtCreated = z.object({ id: z.string() });
export const EntryCreated = z.object({ entryId: z.string() });

export const MeetingTypeView = z.object({
  id: z.string(),
  name: z.string().describe('In the caller’s language'),
  nameEn: z.string(),
  nameEs: z.string(),
  active: z.boolean(),
});
export const MeetingTypeList = z.object({ items: z.array(MeetingTypeView) });

export const MeetingListItem = z.object({
  id: z.string(),
  type: TypeRef,
  startsAt: z.string(),
  durationMinutes: z.number(),
  place: z.string().nullable(),
  link: z.string().nullable(),
  chair: Person,
  status: z.enum(MEETING_STATUSES),
  myRole: z.enum(MEETING_ROLES),
  youthCount: z.number(),
});
export const MeetingList = z.object({ items: z.array(MeetingListItem) });

export const AttendeeView = z.object({
  userId: z.string(),
  name: z.string(),
  agencyName: z.string(),
  staffRole: z.string(),
  meetingRole: z.enum(MEETING_ROLES),
  attendance: z.enum(ATTENDANCE_VALUES).nullable(),
});

export const AgendaItemView = z.object({
  id: z.string(),
  kind: z.enum(AGENDA_KINDS),
  text: z.string(),
  dueAt: z.string().optional(),
  link: z.string().optional().describe('A path of the staff app, e.g. /app/responses/…'),
});

export const NoteView = z.object({
  id: z.string(),
  fieldClass: z.enum(NOTE_CLASSES),
  text: z.string(),
  by: Person,
  at: z.string(),
});

export const DecisionView = z.object({ id: z.string(), text: z.string(), by: Person, at: z.string() });

export const ActionView = z.object({
  id: z.string(),
  text: z.string(),
  owner: Person,
  dueAt: z.string(),
  doneAt: z.string().nullable(),
  doneBy: Person.nullable(),
});

export const EntryDisclosureView = z.object({
  id: z.string(),
  basis: z.enum(LEGAL_BASES),
  to: z.union([z.literal('all'), z.array(z.string())]),
  classes: z.array(z.enum(DISCLOSABLE_CLASSES)),
  at: z.string(),
  by: Person,
});

export const AddendumView = z.object({
  id: z.string(),
  entryId: z.string().nullable(),
  text: z.string(),
  by: Person,
  at: z.string(),
});

export const RestrictedEntry = z.object({ entryId: z.string(), restricted: z.literal(true) });

export const OpenEntry = z.object({
  entryId: z.string(),
  restricted: z.literal(false),
  youthId: z.string(),
  displayName: z.string(),
  classes: z.array(z.string()).describe('The field classes the reader sees of this youth here'),
  via: z.enum(ENTRY_VIA),
  agenda: z.array(AgendaItemView),
  notes: z.array(NoteView),
  decisions: z.array(DecisionView),
  actions: z.array(ActionView),
  disclosures: z.array(EntryDisclosureView),
  addenda: z.array(AddendumView).describe('Addenda to this entry after sign-off'),
});

export const RosterEntry = z.union([RestrictedEntry, OpenEntry]);

export const MeetingView = z.object({
  id: z.string(),
  type: TypeRef,
  startsAt: z.string(),
  durationMinutes: z.number(),
  place: z.string().nullable(),
  link: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  chair: Person,
  attendees: z.array(AttendeeView),
  entries: z.array(RosterEntry),
  addenda: z.array(AddendumView),
  signedAt: z.string().nullable(),
  signedBy: Person.nullable(),
  may: z.object({ edit: z.boolean(), sign: z.boolean(), addYouth: z.boolean(), disclose: z.boolean() }),
});

export const YouthDisclosureItem = z.object({
  at: z.string(),
  to: z.array(z.object({ name: z.string(), agencyName: z.string() })),
  classes: z.array(z.enum(DISCLOSABLE_CLASSES)),
  basis: z.enum(LEGAL_BASES),
  basisDetail: z
    .object({
      reportedAt: z.string().optional(),
      windowEndsAt: z.string().optional(),
      goodCauseReason: z.string().optional(),
      orderNumber: z.string().optional(),
      orderDate: z.string().optional(),
      consentBy: z.string().optional(),
      purpose: z.string().optional(),
      until: z.string().optional(),
    })
    .describe('The basis’s facts as recorded'),
  meeting: z.object({ id: z.string(), typeName: z.string(), startsAt: z.string() }).nullable(),
  court: z
    .object({ programName: z.string(), hearingOn: z.string(), department: z.string() })
    .nullable()
    .describe('A progress report sent to the court for this hearing (then `meeting` is null)'),
  by: Person,
});
export const YouthDisclosureList = z.object({ items: z.array(YouthDisclosureItem) });

export const GoalView = z.object({ id: z.string(), text: z.string(), saidOn: z.string(), by: Person, at: z.string() });
export const GoalList = z.object({ items: z.array(GoalView) });
