import { type Locale, type ProtocolDefinition, timeLeft } from '@harbor/core';
import { api } from '../../api';

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

/** "due in 1 h 20 min" / "overdue by 35 min", in words. */
export function dueText(
  dueAt: string,
  now: number,
  t: (
    key: 'responseWeb.dueIn' | 'responseWeb.overdueBy' | 'responseWeb.duration',
    values?: Record<string, number | string>,
  ) => string,
): { text: string; overdue: boolean } {
  const left = timeLeft(new Date(dueAt), new Date(now));
  const duration = t('responseWeb.duration', {
    days: Math.floor(left.minutes / 1440),
    hours: Math.floor((left.minutes % 1440) / 60),
    minutes: left.minutes % 60,
  });
  return left.overdue
    ? { text: t('responseWeb.overdueBy', { duration }), overdue: true }
    : { text: t('responseWeb.dueIn', { duration }), overdue: false };
}

/** A UTC time as a value for <input type="datetime-local"> in the browser's own zone, and back. */
export function toLocalInput(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}
export function fromLocalInput(value: string): string {
  return new Date(value).toISOString();
}

export const stepTitle = (protocol: ProtocolDefinition | null, stepId: string, locale: Locale): string =>
  protocol?.steps.find((s) => s.id === stepId)?.title[locale] ?? stepId;
