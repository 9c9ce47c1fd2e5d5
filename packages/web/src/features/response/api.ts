import type { ProtocolDefinition, WrittenReportField } from '@harbor/core';
import { api } from '../../api';

/**
 * Every call the response pages make to the API, with the shapes it answers (see
 * packages/server/src/features/response/schemas.ts).
 */

export interface StepView {
  stepId: string;
  ownerRole: string;
  status: 'pending' | 'completed' | 'not_applicable';
  startsAt: string | null;
  dueAt: string | null;
  completedAt: string | null;
  completedByName: string | null;
  note: string | null;
  escalated: boolean;
  mine: boolean;
  version: number;
}

export interface ResponseView {
  id: string;
  youthId: string | null;
  screeningId: string | null;
  protocolId: string;
  protocolVersion: number;
  openedBy: string;
  openedAt: string;
  recoveredAt: string | null;
  facts: { opened_by: string; on_probation: boolean; reporter_is_law_enforcement: boolean };
  version: number;
  access: string;
  steps: StepView[];
  telephoneReports: {
    id: string;
    calledAt: string;
    hotline: string;
    workerName: string;
    referralNumber: string;
    responseCategory: string;
  }[];
  writtenReport: { id: string; submittedAt: string | null; version: number } | null;
  crisis: { openedAt: string; reason: string; plan: Record<string, string> } | null;
}

export interface WrittenReportView {
  fields: Record<WrittenReportField, string>;
  version: number;
  submittedAt: string | null;
}

export interface Deadline {
  responseId: string;
  stepId: string;
  dueAt: string;
  overdue: boolean;
  protocolId: string;
  protocolVersion: number;
}

export interface Note {
  id: string;
  kind: 'step_overdue' | 'step_overdue_supervisor' | 'crisis';
  responseId: string | null;
  createdAt: string;
  readAt: string | null;
}

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
