import { z } from 'zod';

/**
 * The id of a record named in a path (the server makes them UUIDs). A path with another id names nothing: the server
 * answers 404 before any look-up or audit (issue 13, item 12).
 */
export const recordId = z.uuid();
