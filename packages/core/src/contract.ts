import type { z } from 'zod';

/** The TypeScript type of a contract's schema (what the server answers or accepts), for the web app's types. */
export type Infer<T extends z.ZodType> = z.infer<T>;

/** A JSON Schema object (for rules across fields that zod checks in code and the API document states). */
export type JsonSchemaObject = Record<string, unknown>;

/**
 * "When the body matches `condition`, it matches `consequence` too", in JSON Schema (an object that names the fields it
 * requires): how the API document states a rule across fields that the server checks in its handler.
 */
export function whenThen(condition: JsonSchemaObject, consequence: JsonSchemaObject): JsonSchemaObject {
  return { anyOf: [{ not: condition }, consequence] };
}
