import { defineFeature } from '../../feature-declaration';

/** Joining Harbor with an invitation link (/invitation#TOKEN): name, password, then two-step verification. */
export const invitationFeature = defineFeature({
  name: 'invitation',
  pages: [{ path: 'invitation', load: async () => (await import('./invitation-page')).InvitationPage }],
});
