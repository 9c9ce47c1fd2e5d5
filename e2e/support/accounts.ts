import { Secret, TOTP } from 'otpauth';
import type { APIResponse, Browser, BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import type { TestHarbor } from './harbor.js';

export interface Account {
  displayName: string;
  email: string;
  password: string;
  agencyName: string;
  agencyKind: string;
}

export const FIRST_ADMIN: Account = {
  displayName: 'Ana Rivera',
  email: 'ana.rivera@dmh.lacounty.example',
  password: 'lighthouse tide pool harbor',
  agencyName: 'Department of Mental Health',
  agencyKind: 'mental_health',
};

const STEP_MS = 30_000;

/**
 * The user's authenticator app. The server takes a code once per 30-second step and only within one step of its
 * clock, so each code handed out is for a later step than the last one: the current step, else the next (which the
 * server's window accepts); after that it waits for time to catch up.
 */
export class Authenticator {
  private lastStep = Number.NEGATIVE_INFINITY;
  private readonly totp: TOTP;

  constructor(readonly secret: string) {
    this.totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  }

  /** Whether a code is to be had now without waiting for the next 30-second step. */
  ready(): boolean {
    return this.lastStep < Math.floor(Date.now() / STEP_MS) + 1;
  }

  async code(): Promise<string> {
    for (;;) {
      const current = Math.floor(Date.now() / STEP_MS);
      const step = Math.max(this.lastStep + 1, current);
      if (step <= current + 1) {
        this.lastStep = step;
        return this.totp.generate({ timestamp: step * STEP_MS });
      }
      await new Promise((resolve) => setTimeout(resolve, (current + 1) * STEP_MS - Date.now() + 100));
    }
  }

  /** Six digits the server refuses now: no code of the steps it would accept. */
  wrongCode(): string {
    const now = Date.now();
    const valid = new Set([-2, -1, 0, 1, 2].map((k) => this.totp.generate({ timestamp: now + k * STEP_MS })));
    for (let n = 0; ; n++) {
      const candidate = String(n).padStart(6, '0');
      if (!valid.has(candidate)) return candidate;
    }
  }
}

/** Creates the first administrator with the printed set-up link, straight through the API. */
export async function setUpFirstAdministrator(harbor: TestHarbor, account: Account = FIRST_ADMIN): Promise<void> {
  const token = new URL(await harbor.setupLink()).hash.slice(1);
  const response = await fetch(`${harbor.url}/api/v1/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, ...account }),
  });
  if (response.status !== 201) throw new Error(`set-up failed: ${response.status} ${await response.text()}`);
}

/** What a user keeps after setting up two-step verification. */
export interface Enrolled {
  authenticator: Authenticator;
  recoveryCodes: string[];
}

async function json<T>(response: APIResponse, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Signs a browser context in through the API (its request context shares the browser's cookies), so a test can start
 * on a signed-in page. The first time, it enrols the authenticator and returns it with the recovery codes.
 */
export async function signInThroughApi(
  context: BrowserContext,
  harbor: TestHarbor,
  account: Account,
  enrolled?: Enrolled,
): Promise<Enrolled> {
  const api = context.request;
  const signIn = await json<{ stage: string; csrfToken: string }>(
    await api.post(`${harbor.url}/api/v1/auth/sign-in`, { data: { email: account.email, password: account.password } }),
    'sign-in',
  );
  const headers = { 'x-csrf-token': signIn.csrfToken };
  if (signIn.stage === 'enrolling') {
    const { secret } = await json<{ secret: string }>(
      await api.post(`${harbor.url}/api/v1/auth/enrolment`, { headers, data: {} }),
      'enrolment',
    );
    const authenticator = new Authenticator(secret);
    const done = await json<{ recoveryCodes: string[] }>(
      await api.post(`${harbor.url}/api/v1/auth/enrolment/confirm`, {
        headers,
        data: { code: await authenticator.code() },
      }),
      'enrolment confirmation',
    );
    return { authenticator, recoveryCodes: done.recoveryCodes };
  }
  if (!enrolled) throw new Error(`${account.email} has enrolled already: pass its authenticator`);
  // Rather than wait for the authenticator's next step, use one of the recovery codes (each works once).
  const recoveryCode = enrolled.authenticator.ready() ? undefined : enrolled.recoveryCodes.shift();
  await json(
    recoveryCode
      ? await api.post(`${harbor.url}/api/v1/auth/recovery-code`, { headers, data: { code: recoveryCode } })
      : await api.post(`${harbor.url}/api/v1/auth/second-factor`, {
          headers,
          data: { code: await enrolled.authenticator.code() },
        }),
    'second factor',
  );
  return enrolled;
}

/** The status of GET /api/v1/auth/session for a context: 200 signed in (or half-way), 401 no session. */
export async function sessionStatus(context: BrowserContext, harbor: TestHarbor): Promise<number> {
  return (await context.request.get(`${harbor.url}/api/v1/auth/session`)).status();
}

/** The CSRF token of a signed-in context, for state-changing API calls. */
export async function csrfOf(harbor: TestHarbor, context: BrowserContext): Promise<string> {
  const response = await context.request.get(`${harbor.url}/api/v1/auth/session`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** A POST from a signed-in context; the JSON answer after checking the status. */
export async function apiPost<T>(
  harbor: TestHarbor,
  context: BrowserContext,
  path: string,
  data: unknown,
  status = 201,
): Promise<T> {
  const response = await context.request.post(`${harbor.url}${path}`, {
    headers: { 'x-csrf-token': await csrfOf(harbor, context) },
    data,
  });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(status);
  return (await response.json()) as T;
}

/** An administrator's context invites the person into an agency; the person accepts (name and password) through the API. */
export async function createUserThroughApi(
  harbor: TestHarbor,
  admin: BrowserContext,
  account: Account,
  role: string,
  agencyId: string,
): Promise<void> {
  const { link } = await apiPost<{ link: string }>(harbor, admin, '/api/v1/invitations', {
    email: account.email,
    role,
    agencyId,
  });
  const accepted = await fetch(`${harbor.url}/api/v1/invitations/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token: new URL(link).hash.slice(1),
      displayName: account.displayName,
      password: account.password,
    }),
  });
  expect(accepted.status).toBe(201);
}

/** A person for a test, with a password of four words made from the e-mail's name (never on a common-password list). */
export function testAccount(displayName: string, email: string, agencyName: string, agencyKind: string): Account {
  return { displayName, email, password: `${email.split('@')[0]} copper tide harbor`, agencyName, agencyKind };
}

/**
 * Sets up the first administrator, who creates the agencies the people belong to (by name; the administrator's own
 * agency exists already) and invites each person with their role; the people accept through the API.
 */
export async function setUpPeople(
  harbor: TestHarbor,
  browser: Browser,
  people: { account: Account; role: string }[],
): Promise<Record<string, string>> {
  await setUpFirstAdministrator(harbor);
  const admin = await browser.newContext();
  await signInThroughApi(admin, harbor, FIRST_ADMIN);
  const agencies = Object.fromEntries(
    ((await (await admin.request.get(`${harbor.url}/api/v1/agencies`)).json()) as { id: string; name: string }[]).map(
      (a) => [a.name, a.id],
    ),
  );
  for (const { account, role } of people) {
    agencies[account.agencyName] ??= (
      await apiPost<{ id: string }>(harbor, admin, '/api/v1/agencies', {
        name: account.agencyName,
        kind: account.agencyKind,
      })
    ).id;
    await createUserThroughApi(harbor, admin, account, role, agencies[account.agencyName]!);
  }
  await admin.close();
  return agencies;
}
