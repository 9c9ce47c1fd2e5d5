import type { DirectoryEntry, Infer } from '@harbor/core';
import { api } from '../../api';

/** Every call the meetings pages make to the API (docs/mdt-api.md; the shapes are core's MDT contract). */

export type MeetingRole = 'chair' | 'member' | 'guest';
export type Attendance = 'present' | 'absent' | 'excused';
export type NoteClass = 'protocol' | 'clinical' | 'safety';
export type DisclosureBasis = 'wic_827' | 'mdt_18961_7' | 'court_order' | 'youth_consent' | 'caregiver_consent';
export const DISCLOSURE_BASES: readonly DisclosureBasis[] = [
  'wic_827',
  'mdt_18961_7',
  'court_order',
  'youth_consent',
  'caregiver_consent',
];
export const NOTE_CLASSES: readonly NoteClass[] = ['protocol', 'clinical', 'safety'];
export const ATTENDANCES: readonly Attendance[] = ['present', 'absent', 'excused'];

export interface MeetingType {
  id: string;
  name: string;
  active: boolean;
}
export interface Person {
  userId: string;
  name: string;
}
export interface MeetingLine {
  id: string;
  type: { id: string; name: string };
  startsAt: string;
  durationMinutes: number;
  place: string | null;
  link: string | null;
  chair: Person;
  status: 'scheduled' | 'signed' | 'cancelled';
  myRole: MeetingRole;
  youthCount: number;
}
export interface Attendee {
  userId: string;
  name: string;
  agencyName: string;
  staffRole: string;
  meetingRole: MeetingRole;
  attendance: Attendance | null;
}
export interface RestrictedEntry {
  entryId: string;
  restricted: true;
}
export interface OpenEntry {
  entryId: string;
  restricted: false;
  youthId: string;
  displayName: string;
  classes: string[];
  via: 'access' | 'disclosure';
  agenda: { id: string; kind: string; text: string; dueAt?: string | null; link?: string | null }[];
  notes: { id: string; fieldClass: NoteClass; text: string; by: Person; at: string }[];
  decisions: { id: string; text: string; by: Person; at: string }[];
  actions: { id: string; text: string; owner: Person; dueAt: string; doneAt: string | null; doneBy: Person | null }[];
  disclosures: { id: string; basis: DisclosureBasis; to: 'all' | string[]; classes: string[]; at: string; by: Person }[];
}
export type Entry = RestrictedEntry | OpenEntry;
export interface MeetingView {
  id: string;
  type: { id: string; name: string };
  startsAt: string;
  durationMinutes: number;
  place: string | null;
  link: string | null;
  status: MeetingLine['status'];
  chair: Person;
  attendees: Attendee[];
  entries: Entry[];
  addenda: { id: string; entryId: string | null; text: string; by: Person; at: string }[];
  signedAt: string | null;
  signedBy: Person | null;
  may: { edit: boolean; sign: boolean; addYouth: boolean; disclose: boolean };
}
export interface NewMeeting {
  typeId: string;
  startsAt: string;
  durationMinutes: number;
  place?: string;
  link?: string;
}
export interface DisclosureBody {
  basis: DisclosureBasis;
  to: 'all' | string[];
  classes: string[];
  reportedAt?: string;
  goodCauseUntil?: string;
  goodCauseReason?: string;
  orderNumber?: string;
  orderDate?: string;
  consentBy?: string;
  purpose?: string;
  until?: string;
}

const meetingPath = (id: string) => `/api/v1/mdt/meetings/${encodeURIComponent(id)}`;
const entryPath = (id: string, entryId: string) => `${meetingPath(id)}/entries/${encodeURIComponent(entryId)}`;

export const listMeetingTypes = () => api.get<{ items: MeetingType[] }>('/api/v1/mdt/meeting-types');
export const listMyMeetings = () => api.get<{ items: MeetingLine[] }>('/api/v1/mdt/meetings');
export const createMeeting = (body: NewMeeting) => api.post<{ id: string }>('/api/v1/mdt/meetings', body);
export const getMeeting = (id: string) => api.get<MeetingView>(meetingPath(id));
/** The calendar invitation's address (an .ics file with no youth data), for a download link. */
export const invitationHref = (id: string) => `${meetingPath(id)}/invitation.ics`;

export const addAttendee = (id: string, userId: string, meetingRole: MeetingRole) =>
  api.post<undefined>(`${meetingPath(id)}/attendees`, { userId, meetingRole });
export const setAttendance = (id: string, userId: string, attendance: Attendance) =>
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
