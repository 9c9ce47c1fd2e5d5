import { defineFeature } from '../../feature-declaration';

/** Creating the first administrator with the one-time link Harbor prints at its first start (/setup). */
export const setupFeature = defineFeature({
  name: 'setup',
  pages: [{ path: 'setup', load: async () => (await import('./setup-page')).SetupPage }],
});
