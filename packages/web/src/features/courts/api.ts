import type {
  AdvanceBody,
  CaseloadView,
  CourtProgramList,
  EndEnrollmentBody,
  EnrollBody,
  EnrollmentList,
  HearingOutcomeBody,
  Infer,
  ProgressReportBody,
  ProgressReportView,
  ReportsDueList,
  ResponseEntryBody,
  ScheduleHearingBody,
} from '@harbor/core';
import { api } from '../../api';

/** Every call the specialty courts' pages make to the API; the shapes are core's contract (packages/core/src/court). */

export type Program = Infer<typeof CourtProgramList>['items'][number];
export type Caseload = Infer<typeof CaseloadView>;
export type Enrollment = Infer<typeof EnrollmentList>['items'][number];
export type Hearing = NonNullable<Enrollment['hearings']>[number];
export type Report = Infer<typeof ProgressReportView>;
export type ReportDue = Infer<typeof ReportsDueList>['items'][number];

const enc = encodeURIComponent;
const enrollmentPath = (id: string) => `/api/v1/court-enrollments/${enc(id)}`;
const reportPath = (id: string) => `/api/v1/court-progress-reports/${enc(id)}`;

export const listPrograms = () => api.get<Infer<typeof CourtProgramList>>('/api/v1/court-programs');
export const getCaseload = (programId: string) =>
  api.get<Caseload>(`/api/v1/court-programs/${enc(programId)}/caseload`);

export const listEnrollments = (youthId: string) =>
  api.get<Infer<typeof EnrollmentList>>(`/api/v1/youth/${enc(youthId)}/court-enrollments`);
export const enroll = (youthId: string, body: Infer<typeof EnrollBody>) =>
  api.post<{ id: string }>(`/api/v1/youth/${enc(youthId)}/court-enrollments`, body);
export const advance = (id: string, body: Infer<typeof AdvanceBody>) =>
  api.post<undefined>(`${enrollmentPath(id)}/advance`, body);
export const endEnrollment = (id: string, body: Infer<typeof EndEnrollmentBody>) =>
  api.post<undefined>(`${enrollmentPath(id)}/end`, body);

export const scheduleHearing = (enrollmentId: string, body: Infer<typeof ScheduleHearingBody>) =>
  api.post<{ id: string }>(`${enrollmentPath(enrollmentId)}/hearings`, body);
export const recordHearing = (id: string, body: Infer<typeof HearingOutcomeBody>) =>
  api.put<{ nextHearingId: string | null }>(`/api/v1/court-hearings/${enc(id)}`, body);

export const logResponse = (enrollmentId: string, body: Infer<typeof ResponseEntryBody>) =>
  api.post<{ id: string }>(`${enrollmentPath(enrollmentId)}/responses`, body);

export const startReport = (hearingId: string, body: Infer<typeof ProgressReportBody>) =>
  api.post<{ id: string }>(`/api/v1/court-hearings/${enc(hearingId)}/progress-reports`, body);
export const listReportsDue = (days: number) =>
  api.get<Infer<typeof ReportsDueList>>(`/api/v1/court-progress-reports/due?days=${days}`);
export const getReport = (id: string) => api.get<Report>(reportPath(id));
export const editReport = (id: string, body: { version: number; sections: Record<string, string> }) =>
  api.put<undefined>(reportPath(id), body);
export const moveReport = (id: string, to: 'sign' | 'send', version: number) =>
  api.post<undefined>(`${reportPath(id)}/${to}`, { version });
/** The PDF's address (a download link: the browser sends the session's cookie). */
export const reportPdfPath = (id: string) => `${reportPath(id)}.pdf`;
