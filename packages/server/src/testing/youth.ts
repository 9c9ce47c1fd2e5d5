import { randomInt } from 'node:crypto';

/**
 * A valid body for POST /api/v1/youth, for tests that need a youth record. Each call gives another (fictional) youth,
 * so two calls do not trip the duplicate check; pass `overrides` to choose any field.
 */
export function sampleYouthInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const n = randomInt(1_000_000);
  return {
    legalName: { given: 'Test', family: `Youth ${n}` },
    namesUsed: [],
    dateOfBirth: `${2008 + (n % 8)}-0${1 + (n % 9)}-1${n % 10}`,
    genderIdentity: 'not_disclosed',
    preferredLanguage: 'en',
    ...overrides,
  };
}
