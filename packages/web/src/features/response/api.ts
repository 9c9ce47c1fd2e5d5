import type {
  Deadline as DeadlineSchema,
  Infer,
  NotificationView,
  ProtocolDefinition,
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

const protocolCache = new Map<string, ProtocolDefinition>();

/** A protocol version (immutable, so kept once fetched). */
export async function protocolOf(id: string, version: number): Promise<ProtocolDefinition | null> {
  const key = `${id}@${version}`;
  const cached = protocolCache.get(key);
  if (cached) return cached;
  const result = await api.get<ProtocolDefinition>(`/api/v1/protocols/${encodeURIComponent(id)}/versions/${version}`);
  if (!result.ok) return null;
  protocolCache.set(key, result.data);
  return result.data;
}

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

export const markStepNotApplicable = (id: string, stepId: string, body: { version: number; reason: string }) =>
  api.post(`${stepPath(id, stepId)}/not-applicable`, body);

export const recordTelephoneReport = (id: string, body: Record<string, unknown>) =>
  api.post(`${responsePath(id)}/telephone-report`, body);

/** The written report's address; its PDF is at the same address with `.pdf`. */
export const writtenReportPath = (id: string) => `${responsePath(id)}/written-report`;

export const getWrittenReport = (id: string) => api.get<WrittenReportView>(writtenReportPath(id));

export const saveWrittenReport = (
  id: string,
  body: { fields: Record<WrittenReportField, string>; version: number; submittedAt?: string },
) => api.put(writtenReportPath(id), body);

export const recordAction = (id: string, body: { kind: string; code: string }) =>
  api.post(`${responsePath(id)}/actions`, body);

export const openCrisis = (id: string) => api.post(`${responsePath(id)}/crisis`, { reason: 'crisis' });

export const saveCrisisPlan = (id: string, body: { version: number; plan: Record<string, string> }) =>
  api.put(`${responsePath(id)}/crisis-plan`, body);

export const listDeadlines = (scope: 'mine' | 'agency', hours: number) =>
  api.get<Deadline[]>(`/api/v1/deadlines?scope=${scope}&hours=${hours}`);

export const listNotifications = () => api.get<{ unread: number; items: Note[] }>('/api/v1/notifications');

export const markNotificationRead = (id: string) => api.post(`/api/v1/notifications/${id}/read`);
