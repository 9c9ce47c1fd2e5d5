import type {
  AcceptInvitation as AcceptInvitationSchema,
  Infer,
  InvitationAccepted as InvitationAcceptedSchema,
  InvitationPreview as InvitationPreviewSchema,
} from '@harbor/core';
import { api } from '../../api';

/** The invitation page's calls; the shapes are core's administration and sign-in contracts. */

export type InvitationPreview = Infer<typeof InvitationPreviewSchema>;
export type Acceptance = Infer<typeof AcceptInvitationSchema>;
export type InvitationAccepted = Infer<typeof InvitationAcceptedSchema>;

/** What the invitation is for (address, role, agency); nothing is spent. */
export const previewInvitation = (token: string) =>
  api.post<InvitationPreview>('/api/v1/invitations/preview', { token });

/** Makes the account; the answer opens a half-way session in which two-step verification is set up next. */
export const acceptInvitation = (body: Acceptance) => api.post<InvitationAccepted>('/api/v1/invitations/accept', body);
