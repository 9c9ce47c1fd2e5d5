import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../../testing/app.js';
import type { SignedInUser } from '../../testing/users.js';

/** The courts' tests call the API as one of their people, and expect a status (the answer's JSON back). */
export function courtCaller<Who extends string>(app: () => TestApp, people: Record<Who, SignedInUser>) {
  const call = (who: Who, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, lang = 'en') =>
    app().app.inject({
      method,
      url,
      headers: { ...people[who].headers, 'accept-language': lang },
      ...(payload ? { payload } : {}),
    });
  // biome-ignore lint/suspicious/noExplicitAny: answers are read as JSON of many shapes
  const ok = async (res: Promise<LightMyRequestResponse>, status = 200): Promise<any> => {
    const done = await res;
    expect(done.statusCode, done.body).toBe(status);
    return done.body ? done.json() : null;
  };
  /** The message of a refusal's first field. */
  const firstField = (res: LightMyRequestResponse) => res.json().error.fields[0].message as string;
  return { call, ok, firstField };
}
