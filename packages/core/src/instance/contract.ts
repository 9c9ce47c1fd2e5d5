import { z } from 'zod';

/**
 * What the server says about the Harbor instance itself, to anyone (GET /api/v1/instance, no session): whether its
 * database holds the demonstration data of `harbor demo seed`, so that every page of the staff app can say so.
 */
export const InstanceInfo = z.object({
  demo: z
    .object({
      seededAt: z.string().describe('When `harbor demo seed` filled this database'),
    })
    .nullable()
    .describe('Set when this database holds fictional demonstration data, never a county’s own'),
});
export type InstanceInfo = z.infer<typeof InstanceInfo>;
