import type {
  Deadline as DeadlineSchema,
  Infer,
  NotificationView,
  ResponsePage,
  ResponseViewBody,
  WrittenReportView as WrittenReportBody,
  WrittenReportField,
} from '@harbor/core';
import { api } from '../../api';

/** Every call the response pages make to the API; the shapes are core's contract (packages/core/src/response). */

export type ResponseView = ResponseViewBody;
export type StepView = ResponseView['steps'][number];
export type TelephoneReportView = ResponseView['telephoneReports'][number];
export type WrittenReportView = WrittenReportBody;
export type Deadline = Infer<typeof DeadlineSchema>;
export type Note = Infer<typeof NotificationView>;
export type ResponseLine = Infer<typeof ResponsePage>['items'][number];

/** What the list of responses is filtered by. */
export interface ResponseFilters {
  scope: 'mine' | 'agency';
  status: 'open' | 'closed' | 'all';
  overdue: boolean;
  openedBy: string[];
  youthId: string | null;
}

/** A page of the responses I (or, for supervisors, my agency) work on. */
export function listResponses(filters: ResponseFilters, cursor: string | null, limit = 20) {
  const query = new URLSearchParams({ scope: filters.scope, status: filters.status, limit: String(limit) });
  if (filters.overdue) query.set('overdue', 'true');
  for (const kind of filters.openedBy) query.append('openedBy', kind);
  if (filters.youthId) query.set('youthId', filters.youthId);
  if (cursor) query.set('cursor', cursor);
  return api.get<Infer<typeof ResponsePage>>(`/api/v1/responses?${query}`);
}

export const getYouthName = (id: string) =>
  api.get<{
    legalName?: { given: string; family: string } | null;
    namesUsed?: string[];
    dateOfBirth?: string | null;
    estimatedAge?: number | null;
    ageEstimatedOn?: string | null;
  }>(`/api/v1/youth/${encodeURIComponent(id)}`);

/** A protocol version (immutable, so kept once fetched): shared with the home and the youth's timeline. */
export { protocolOf } from '../../protocols';

const responsePath = (id: string) => `/api/v1/responses/${encodeURIComponent(id)}`;
const stepPath = (id: string, stepId: string) => `${responsePath(id)}/steps/${encodeURIComponent(stepId)}`;

export const getResponse = (id: string) => api.get<ResponseView>(responsePath(id));

/** Opens a response (POST /api/v1/responses); the body says how it came about. */
export const openResponse = (body: Record<string, unknown>) => api.post<{ id: string }>('/api/v1/responses', body);

export const completeStep = (
  id: string,
  stepId: string,
  body: { version: number; completedAt: string; note?: string },
) => api.post(`${stepPath(id, stepId)}/complete`, body);

export const markStepNotApplicable = (
  id: string,
  stepId: string,
  body: { version: number; reason: string; madeBy?: string; madeAt?: string },
) => api.post(`${stepPath(id, stepId)}/not-applicable`, body);

export const declineStep = (id: string, stepId: string, body: { version: number; declinedAt: string; note?: string }) =>
  api.post(`${stepPath(id, stepId)}/declined`, body);

export const recordLearnedAt = (id: string, body: { version: number; learnedAt: string }) =>
  api.put(`${responsePath(id)}/learned-at`, body);

export const recordRecovery = (id: string, body: { version: number; recoveredAt: string }) =>
  api.put(`${responsePath(id)}/recovery`, body);

export const recordTelephoneReport = (id: string, body: Record<string, unknown>) =>
  api.post(`${responsePath(id)}/telephone-report`, body);

/** The written report's address; its PDF is at the same address with `.pdf`. */
export const writtenReportPath = (id: string) => `${responsePath(id)}/written-report`;

export const getWrittenReport = (id: string) => api.get<WrittenReportView>(writtenReportPath(id));

export const saveWrittenReport = (
  id: string,
  body: { fields: Record<WrittenReportField, string>; version: number; submittedAt?: string },
) => api.put(writtenReportPath(id), body);

export const recordAction = (id: string, body: { kind: string; code: string; conductOn?: string }) =>
  api.post(`${responsePath(id)}/actions`, body);

/** An arrest, citation or charge that already happened (SB 1322; PC 236.14 vacatur and sealing). */
export const recordEarlierArrest = (
  id: string,
  body: { kind: string; code: string; occurredOn: string; agency: string; disposition?: string },
) => api.post(`${responsePath(id)}/earlier-arrests`, body);

export const openCrisis = (id: string) => api.post(`${responsePath(id)}/crisis`, { reason: 'crisis' });

export const saveCrisisPlan = (id: string, body: { version: number; plan: Record<string, string> }) =>
  api.put(`${responsePath(id)}/crisis-plan`, body);

export const listDeadlines = (scope: 'mine' | 'agency', hours: number) =>
  api.get<Deadline[]>(`/api/v1/deadlines?scope=${scope}&hours=${hours}`);

export const listNotifications = () => api.get<{ unread: number; items: Note[] }>('/api/v1/notifications');

export const markNotificationRead = (id: string) => api.post(`/api/v1/notifications/${id}/read`);

export const markAllNotificationsRead = () => api.post<{ unread: number }>('/api/v1/notifications/read-all');
