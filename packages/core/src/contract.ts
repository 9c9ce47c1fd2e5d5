import type { z } from 'zod';

/** The TypeScript type of a contract's schema (what the server answers or accepts), for the web app's types. */
export type Infer<T extends z.ZodType> = z.infer<T>;
