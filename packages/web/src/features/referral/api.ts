import type {
  CreateReferralBody,
  Infer,
  ReferralAction,
  ReferralTransitionBody,
  ReferralView as ReferralViewSchema,
  SendReferralBody,
  ServiceDetail,
  UpdateReferralDraftBody,
  Youth,
} from '@harbor/core';
import { api } from '../../api';

/** Every call the referral pages make to the API; the shapes are core's contract (packages/core/src/referral). */

export type ReferralView = Infer<typeof ReferralViewSchema>;
export type NewReferral = Infer<typeof CreateReferralBody>;
type Transition = Infer<typeof ReferralTransitionBody>;

const referralPath = (id: string) => `/api/v1/referrals/${encodeURIComponent(id)}`;

/** Creates the referral as a draft (its page then shows the eligibility the server found). */
export const createReferral = (body: NewReferral) =>
  api.post<{ id: string; version: number }>('/api/v1/referrals', body);

export const getReferral = (id: string) => api.get<ReferralView>(referralPath(id));

/** Changes a draft at the version read (409 when it moved on or was sent meanwhile). */
export const updateReferral = (id: string, body: Infer<typeof UpdateReferralDraftBody>) =>
  api.put<undefined>(referralPath(id), body);

/** Sends a draft (a supervisor may override the service's eligibility, with the reason). */
export const sendReferral = (id: string, body: Infer<typeof SendReferralBody>) =>
  api.post<undefined>(`${referralPath(id)}/send`, body);

/** Any other action of either side (accept, hold, reject, start, complete, fail, cancel, entered in error). */
export const actOnReferral = (id: string, action: Exclude<ReferralAction, 'send'>, body: Transition) =>
  api.post<undefined>(`${referralPath(id)}/${action.replaceAll('_', '-')}`, body);

/** The youth and the service the form names (a read of the youth's record, through the gate, audited). */
export const getYouthForReferral = (id: string) =>
  api.get<Infer<typeof Youth>>(`/api/v1/youth/${encodeURIComponent(id)}`);
export const getServiceForReferral = (id: string) =>
  api.get<Infer<typeof ServiceDetail>>(`/api/v1/directory/services/${encodeURIComponent(id)}`);
