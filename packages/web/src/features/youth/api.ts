import type {
  CareTeamMember as CareTeamMemberSchema,
  DirectoryEntry,
  DuplicateConflict,
  Infer,
  ResponseSummary as ResponseSummarySchema,
  Timeline,
  Youth,
  YouthSearchResult as YouthSearchResultSchema,
  YouthSummary as YouthSummarySchema,
} from '@harbor/core';
import { api } from '../../api';
import type { ScreeningSummary } from '../../offline/api-types';

/** Every call the youth pages make to the API; the shapes are core's contract (packages/core/src/youth/contract.ts). */

/** A youth's record as GET /api/v1/youth/:id returns it: only the fields of the classes the caller may see. */
export type YouthRecord = Infer<typeof Youth>;
export type YouthSummary = Infer<typeof YouthSummarySchema>;
export type Duplicates = Infer<typeof DuplicateConflict>['error']['duplicates'];
export type CareTeamMember = Infer<typeof CareTeamMemberSchema>;
export type YouthSearchResult = Infer<typeof YouthSearchResultSchema>;

/** A staff member found in the directory, to add to a care team. */
export type DirectoryUser = Infer<typeof DirectoryEntry>;

const youthPath = (id: string) => `/api/v1/youth/${encodeURIComponent(id)}`;

/** The youth on my care teams, a page at a time. */
export const listMyYouth = (cursor: string | null) =>
  api.get<{ items: YouthSummary[]; nextCursor: string | null }>(
    `/api/v1/youth/mine${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
  );

/** A search by name and date of birth (need-to-know applies: others' youth are only counted by agency). */
export function searchYouth(name: string, dob: string) {
  const query = new URLSearchParams();
  if (name) query.set('name', name);
  if (dob) query.set('dob', dob);
  return api.get<YouthSearchResult>(`/api/v1/youth?${query}`);
}

/** Creates a record; a 409 names possible duplicates unless `confirmNotDuplicate` is sent. */
export const createYouth = (body: Record<string, unknown>) => api.post<{ id: string }>('/api/v1/youth', body);

export const getYouth = (id: string) => api.get<YouthRecord>(youthPath(id));

/** Changes the record at the version read (409 when someone changed it meanwhile). */
export const updateYouth = (id: string, body: Record<string, unknown>) => api.patch<YouthRecord>(youthPath(id), body);

export type YouthResponse = Infer<typeof ResponseSummarySchema>;
export const listYouthResponses = (id: string) => api.get<YouthResponse[]>(`${youthPath(id)}/responses`);

export type TimelineEntry = Infer<typeof Timeline>['entries'][number];
export const getTimeline = (id: string) => api.get<Infer<typeof Timeline>>(`${youthPath(id)}/timeline`);

export const listYouthScreenings = (id: string) => api.get<ScreeningSummary[]>(`${youthPath(id)}/screenings`);

export const getCareTeam = (id: string) => api.get<CareTeamMember[]>(`${youthPath(id)}/care-team`);

export const addCareTeamMember = (id: string, userId: string, basis: string) =>
  api.post(`${youthPath(id)}/care-team`, { userId, basis });

export const removeCareTeamMember = (id: string, memberId: string) =>
  api.delete(`${youthPath(id)}/care-team/${memberId}`);

export const searchDirectory = (query: string) =>
  api.get<DirectoryUser[]>(`/api/v1/users/directory?q=${encodeURIComponent(query)}`);

/** Emergency access to a youth not on my care teams, for 60 minutes, with the reason written down. */
export const breakGlass = (id: string, reason: string) => api.post(`${youthPath(id)}/break-glass`, { reason });

export const displayNameOf = (y: Pick<YouthSummary, 'legalName' | 'namesUsed'>): string =>
  y.legalName ? `${y.legalName.given} ${y.legalName.family}` : (y.namesUsed?.[0] ?? '—');
