import { defineFeature } from '../../feature-declaration';

/** A forgotten password: asking for a reset link (/forgot-password) and choosing a new password (/reset-password). */
export const passwordResetFeature = defineFeature({
  name: 'password-reset',
  pages: [
    { path: 'forgot-password', load: async () => (await import('./forgot-password-page')).ForgotPasswordPage },
    { path: 'reset-password', load: async () => (await import('./reset-password-page')).ResetPasswordPage },
  ],
});
