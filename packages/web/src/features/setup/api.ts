import type { Infer, SetupBody } from '@harbor/core';
import { api } from '../../api';

/** The set-up page's one call; the shape is core's sign-in contract (packages/core/src/sign-in/contract.ts). */

export type SetupRequest = Infer<typeof SetupBody>;

/** Creates the first administrator and their agency with the one-time token. */
export const setUpFirstAdministrator = (body: SetupRequest) => api.post<{ email: string }>('/api/v1/auth/setup', body);
