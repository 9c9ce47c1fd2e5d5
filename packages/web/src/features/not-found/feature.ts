import { defineFeature } from '../../feature-declaration';

/** Any address no other page has. */
export const notFoundFeature = defineFeature({
  name: 'not-found',
  pages: [{ path: '*', load: async () => (await import('./not-found-page')).NotFoundPage }],
});
