import { api } from '../../api';
import type { ScreeningSummary, ServerScreening } from '../../offline/api-types';

/**
 * The screening pages' calls to the API. (Sending what waits on the device, and fetching instrument definitions, is
 * the offline layer's: src/offline/queue.ts and instruments.ts.)
 */

/** My drafts and my completed screenings (GET /api/v1/screenings). */
export const listMyScreenings = () => api.get<ScreeningSummary[]>('/api/v1/screenings');

export const getScreening = (id: string) => api.get<ServerScreening>(`/api/v1/screenings/${encodeURIComponent(id)}`);

/** Links a screening of a youth not identified then to the youth's record. */
export const linkScreening = (id: string, youthId: string) =>
  api.post<ServerScreening>(`/api/v1/screenings/${encodeURIComponent(id)}/link`, { youthId });
