import { z } from 'zod';

/**
 * The id of a record named in a path (the server makes them UUIDs). A path with another id names nothing: the server
 * answers 404 before any look-up or audit (issue 13, item 12).
 */
export const recordId = z.uuid();

/**
 * The largest version a request may name: a row's version is a PostgreSQL integer, and a larger number in a query
 * fails there (a 500 the API fuzz found); it is a validation error instead.
 */
export const MAX_ROW_VERSION = 2_147_483_647;
