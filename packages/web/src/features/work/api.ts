import type {
  Deadline,
  Infer,
  NotificationList,
  ResponsePage,
  ScreeningSummary as ScreeningSummarySchema,
  WorkPhone,
} from '@harbor/core';
import { api } from '../../api';

/** Every call the home page makes to the API; the shapes are core's contracts. */

export type DeadlineRow = Infer<typeof Deadline>;
export type NotificationRow = Infer<typeof NotificationList>['items'][number];
export type ResponseRow = Infer<typeof ResponsePage>['items'][number];
export type ScreeningRow = Infer<typeof ScreeningSummarySchema>;

export const listDeadlines = (scope: 'mine' | 'agency', hours: number) =>
  api.get<DeadlineRow[]>(`/api/v1/deadlines?scope=${scope}&hours=${hours}`);

export const listOpenResponses = (limit: number) =>
  api.get<Infer<typeof ResponsePage>>(`/api/v1/responses?status=open&limit=${limit}`);

export const listMyScreenings = () => api.get<ScreeningRow[]>('/api/v1/screenings');

export const listNotifications = () => api.get<Infer<typeof NotificationList>>('/api/v1/notifications');

export const getWorkPhone = () => api.get<Infer<typeof WorkPhone>>('/api/v1/me/work-phone');

export const setWorkPhone = (workPhone: string | null) =>
  api.put<Infer<typeof WorkPhone>>('/api/v1/me/work-phone', { workPhone });
