import type { AgencyKind } from '@harbor/core';
import { api } from '../../api';

/** The set-up page's one call (see packages/server/src/features/auth/schemas.ts). */

export interface SetupRequest {
  token: string;
  email: string;
  displayName: string;
  password: string;
  agencyName: string;
  agencyKind: AgencyKind;
}

/** Creates the first administrator and their agency with the one-time token. */
export const setUpFirstAdministrator = (body: SetupRequest) => api.post<{ email: string }>('/api/v1/auth/setup', body);
