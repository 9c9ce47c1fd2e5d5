import { defineFeature } from '../../feature-declaration';

/**
 * Referrals of a youth to a service of the directory, with a closed loop: the referral form (from the youth's page,
 * through the directory's pick mode) and a referral's page with its status, events, clocks and each side's actions.
 * The youth's page and My Harbor list them (src/referral-lines.tsx).
 */
export const referralFeature = defineFeature({
  name: 'referral',
  appPages: [
    { path: 'referrals', load: async () => (await import('./referrals-page')).ReferralsPage },
    { path: 'referrals/new', load: async () => (await import('./new-referral-page')).NewReferralPage },
    { path: 'referrals/:id/edit', load: async () => (await import('./new-referral-page')).NewReferralPage },
    { path: 'referrals/:id', load: async () => (await import('./referral-page')).ReferralPage },
  ],
});
