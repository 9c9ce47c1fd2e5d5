import type {
  Attendance,
  CreateMeetingBody,
  DirectoryEntry,
  DisclosureBody as DisclosureBodySchema,
  Infer,
  LegalBasis,
  MdtCreated,
  MeetingList,
  MeetingRole,
  MeetingTypeList,
  MeetingView as MeetingViewSchema,
  NoteClass,
  RescheduleMeetingBody,
} from '@harbor/core';
import { api } from '../../api';

/** Every call the meetings pages make to the API; the shapes are core's MDT contract (packages/core/src/mdt). */

export type MeetingType = Infer<typeof MeetingTypeList>['items'][number];
export type MeetingLine = Infer<typeof MeetingList>['items'][number];
export type MeetingView = Infer<typeof MeetingViewSchema>;
export type Attendee = MeetingView['attendees'][number];
export type Entry = MeetingView['entries'][number];
export type OpenEntry = Extract<Entry, { restricted: false }>;
export type NewMeeting = Infer<typeof CreateMeetingBody>;
export type MeetingMove = Infer<typeof RescheduleMeetingBody>;
export type DisclosureBody = Infer<typeof DisclosureBodySchema>;
export type DisclosureBasis = Exclude<LegalBasis, 'override'>;
export type { Attendance, MeetingRole, NoteClass };

/** The legal bases of a disclosure at a meeting: every basis of a referral but `override`, which a meeting refuses. */
export const DISCLOSURE_BASES: readonly DisclosureBasis[] = [
  'wic_827',
  'mdt_18961_7',
  'court_order',
  'youth_consent',
  'caregiver_consent',
];
export { ATTENDANCE_VALUES as ATTENDANCES, DISCLOSABLE_CLASSES, NOTE_CLASSES } from '@harbor/core';

const meetingPath = (id: string) => `/api/v1/mdt/meetings/${encodeURIComponent(id)}`;
const entryPath = (id: string, entryId: string) => `${meetingPath(id)}/entries/${encodeURIComponent(entryId)}`;

export const listMeetingTypes = () => api.get<{ items: MeetingType[] }>('/api/v1/mdt/meeting-types');
export const listMyMeetings = () => api.get<{ items: MeetingLine[] }>('/api/v1/mdt/meetings');
export const createMeeting = (body: NewMeeting) => api.post<Infer<typeof MdtCreated>>('/api/v1/mdt/meetings', body);
export const getMeeting = (id: string) => api.get<MeetingView>(meetingPath(id));
export const moveMeeting = (id: string, body: MeetingMove) => api.put<undefined>(`${meetingPath(id)}/schedule`, body);
export const saveMeetingType = (id: string, body: { nameEn: string; nameEs: string; active: boolean }) =>
  api.put<undefined>(`/api/v1/mdt/meeting-types/${encodeURIComponent(id)}`, body);
/** The calendar invitation's address (an .ics file with no youth data), for a download link. */
export const invitationHref = (id: string) => `${meetingPath(id)}/invitation.ics`;

export const addAttendee = (id: string, userId: string, meetingRole: Exclude<MeetingRole, 'chair'>) =>
  api.post<undefined>(`${meetingPath(id)}/attendees`, { userId, meetingRole });
export const removeAttendee = (id: string, userId: string) =>
  api.delete<undefined>(`${meetingPath(id)}/attendees/${encodeURIComponent(userId)}`);
export const setAttendance = (id: string, userId: string, attendance: Attendance | null) =>
  api.put<undefined>(`${meetingPath(id)}/attendees/${encodeURIComponent(userId)}/attendance`, { attendance });

export const addEntry = (id: string, youthId: string) =>
  api.post<{ entryId: string }>(`${meetingPath(id)}/entries`, { youthId });
export const addAgendaItem = (id: string, entryId: string, text: string) =>
  api.post<unknown>(`${entryPath(id, entryId)}/items`, { text });
export const addNote = (id: string, entryId: string, text: string, fieldClass: NoteClass) =>
  api.post<unknown>(`${entryPath(id, entryId)}/notes`, { text, fieldClass });
export const addDecision = (id: string, entryId: string, text: string) =>
  api.post<unknown>(`${entryPath(id, entryId)}/decisions`, { text });
export const addAction = (id: string, entryId: string, body: { text: string; ownerUserId: string; dueAt: string }) =>
  api.post<unknown>(`${entryPath(id, entryId)}/actions`, body);
export const markActionDone = (actionId: string) =>
  api.post<unknown>(`/api/v1/mdt/actions/${encodeURIComponent(actionId)}/done`, {});
export const disclose = (id: string, entryId: string, body: DisclosureBody) =>
  api.post<unknown>(`${entryPath(id, entryId)}/disclosures`, body);

export const signMinutes = (id: string) => api.post<unknown>(`${meetingPath(id)}/sign`, {});
export const addAddendum = (id: string, text: string, entryId: string | null) =>
  api.post<unknown>(`${meetingPath(id)}/addenda`, entryId ? { text, entryId } : { text });
export const cancelMeeting = (id: string) => api.post<unknown>(`${meetingPath(id)}/cancel`, {});

/** Colleagues to invite (the staff directory: of another agency only by name and agency). */
export type StaffMember = Infer<typeof DirectoryEntry>;
export const searchStaff = (query: string) =>
  api.get<StaffMember[]>(`/api/v1/users/directory?q=${encodeURIComponent(query)}`);
