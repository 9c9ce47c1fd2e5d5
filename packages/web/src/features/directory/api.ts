import type {
  ChangeHistory,
  Infer,
  ServiceDetail as ServiceDetailSchema,
  ServiceSearchPage,
  UpdateServiceBody,
} from '@harbor/core';
import { api } from '../../api';

/** Every call the directory pages make to the API; the shapes are core's contract (packages/core/src/directory). */

export type SearchPage = Infer<typeof ServiceSearchPage>;
export type ServiceLine = SearchPage['items'][number];
export type ServiceDetail = Infer<typeof ServiceDetailSchema>;
export type ChangeEntry = Infer<typeof ChangeHistory>['items'][number];
export type ServiceChanges = Infer<typeof UpdateServiceBody>;

const servicePath = (id: string) => `/api/v1/directory/services/${encodeURIComponent(id)}`;

/** A page of the services that match the filters (the query string of the search page, as the API reads it). */
export const searchServices = (query: URLSearchParams) => api.get<SearchPage>(`/api/v1/directory/services?${query}`);

export const getService = (id: string) => api.get<ServiceDetail>(servicePath(id));

/** What an edit answers: the entry and its new version. */
type Saved = { id: string; version: number };

/** Changes the service at the version read (409 when someone changed it meanwhile). */
export const updateService = (id: string, body: ServiceChanges) => api.patch<Saved>(servicePath(id), body);

/** Sets how many emergency beds are free now (the time is the server's). */
export const setBedsAvailable = (id: string, bedsAvailable: number) =>
  api.put<Saved>(`${servicePath(id)}/beds`, { bedsAvailable });

/** Every change to the service's fields (and to its profile), with who made it and when. */
export const getChanges = (entity: 'service' | 'profile', id: string) =>
  api.get<Infer<typeof ChangeHistory>>(`/api/v1/directory/changes?entity=${entity}&id=${encodeURIComponent(id)}`);
