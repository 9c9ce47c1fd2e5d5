import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Validator } from '@seriousme/openapi-schema-validator';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditChainKey, verifyAudit } from '../../audit/index.js';
import { createAgency, createUser, type User } from '../../identity/accounts.js';
import { totpCodeAt, totpStep } from '../../identity/totp.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';

/**
 * Single sign-on against a real OpenID provider (oidc-provider) started here on 127.0.0.1, driven like a browser:
 * every redirect followed by hand, cookies kept per host, the provider's sign-in and consent forms submitted.
 */

const CLIENT_ID = 'harbor-test';
const CLIENT_SECRET = 'a client secret for these tests only, 7f3a';

/** People the identity provider knows: its subject (the account id) and what it says about them. */
interface IdpAccount {
  email: string;
  emailVerified: boolean;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** A free port on 127.0.0.1 (Harbor's public URL must be known before the app is built). */
async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

interface IdentityProvider {
  issuer: string;
  accounts: Map<string, IdpAccount>;
  close(): Promise<void>;
}

async function startIdentityProvider(redirectUri: string): Promise<IdentityProvider> {
  const server = createServer();
  const port = await listen(server);
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, IdpAccount>();
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: account.email, email_verified: account.emailVerified };
        },
      };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    pkce: { methods: ['S256'], required: () => true },
    cookies: { keys: [randomUUID()] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    jwks: { keys: [{ ...signingKey, kid: 'test-signing-key', use: 'sig', alg: 'RS256' }] },
    features: { devInteractions: { enabled: true } },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    accounts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A minimal browser: cookies per host (name and path), redirects followed one by one, forms posted. */
class Browser {
  readonly jar = new Map<string, Map<string, { name: string; value: string; path: string }>>();

  cookie(origin: string, name: string): string | undefined {
    const host = new URL(origin).host;
    return [...(this.jar.get(host)?.values() ?? [])].find((c) => c.name === name)?.value;
  }

  setCookie(origin: string, name: string, value: string, path = '/'): void {
    const host = new URL(origin).host;
    const cookies = this.jar.get(host) ?? new Map();
    cookies.set(`${name};${path}`, { name, value, path });
    this.jar.set(host, cookies);
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    const cookies = [...(this.jar.get(target.host)?.values() ?? [])].filter((c) => target.pathname.startsWith(c.path));
    const headers: Record<string, string> = { accept: 'text/html' };
    if (cookies.length > 0) headers.cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      headers,
      redirect: 'manual',
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const line of response.headers.getSetCookie()) this.#store(target, line);
    return response;
  }

  #store(target: URL, line: string): void {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    const value = pair.slice(at + 1);
    let path = '/';
    let expired = value === '';
    for (const attribute of attributes) {
      const [key = '', val = ''] = attribute.split('=');
      if (key.toLowerCase() === 'path') path = val || '/';
      if (key.toLowerCase() === 'max-age' && Number(val) <= 0) expired = true;
      if (key.toLowerCase() === 'expires' && Date.parse(val) <= Date.now()) expired = true;
    }
    const cookies = this.jar.get(target.host) ?? new Map();
    if (expired) cookies.delete(`${name};${path}`);
    else cookies.set(`${name};${path}`, { name, value, path });
    this.jar.set(target.host, cookies);
  }

  /**
   * Goes to a URL and follows redirects until a page answers, or until `stop` says so for the next address (so a test
   * can alter it). Returns where it ended and the last response.
   */
  async go(
    url: string,
    options: { form?: Record<string, string>; stop?: (next: URL) => boolean } = {},
  ): Promise<{ url: string; response: Response; stoppedAt?: string }> {
    let current = url;
    let response = await this.request(current, {
      method: options.form ? 'POST' : 'GET',
      ...(options.form ? { form: options.form } : {}),
    });
    for (let hops = 0; response.status >= 300 && response.status < 400; hops++) {
      if (hops > 20) throw new Error('too many redirects');
      const next = new URL(response.headers.get('location') ?? '', current);
      if (options.stop?.(next)) return { url: current, response, stoppedAt: next.href };
      current = next.href;
      response = await this.request(current);
    }
    return { url: current, response };
  }
}

for (const dialect of DIALECTS) {
  describe(`single sign-on with OpenID Connect [${dialect}]`, () => {
    let idp: IdentityProvider;
    let h: TestApp;
    let harbor: string;
    let agencyId: string;

    beforeAll(async () => {
      const port = await freePort();
      harbor = `http://127.0.0.1:${port}`;
      idp = await startIdentityProvider(`${harbor}/api/v1/auth/oidc/callback`);
      h = await createTestApp(dialect, {
        env: {
          HARBOR_PUBLIC_URL: harbor,
          HARBOR_OIDC_ISSUER: idp.issuer,
          HARBOR_OIDC_CLIENT_ID: CLIENT_ID,
          HARBOR_OIDC_CLIENT_SECRET: CLIENT_SECRET,
          HARBOR_OIDC_LABEL: 'County SSO',
        },
      });
      await h.app.listen({ host: '127.0.0.1', port });
      agencyId = (await createAgency(h.t.database.db, { name: 'DMH', kind: 'mental_health' })).id;
    });
    afterAll(async () => {
      await h?.close();
      await idp?.close();
    });

    const db = () => h.t.database.db;
    const signInPage = (query: string) => `${harbor}/sign-in?${query}`;

    async function harborUser(email: string, idpAccount?: string, emailVerified = true): Promise<User> {
      const user = await createUser(db(), {
        agencyId,
        email,
        displayName: email.split('@')[0]!,
        role: 'clinician',
        passwordHash: null,
      });
      if (idpAccount) idp.accounts.set(idpAccount, { email, emailVerified });
      return user;
    }

    /**
     * Signs in at Harbor through the provider: start, the provider's sign-in form (as `account`), its consent form,
     * back to Harbor's callback. Returns where the browser ended.
     */
    async function signInThroughProvider(
      browser: Browser,
      account: string,
      options: { stop?: (next: URL) => boolean; abort?: boolean } = {},
    ) {
      let page = await browser.go(`${harbor}/api/v1/auth/oidc/start`, options.stop ? { stop: options.stop } : {});
      for (let step = 0; step < 4 && page.url.startsWith(idp.issuer) && page.response.status === 200; step++) {
        const html = await page.response.text();
        const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
        const prompt = /name="prompt" value="([a-z]+)"/.exec(html)?.[1];
        expect(action, html).toBeDefined();
        const submit = new URL(action!.replaceAll('&amp;', '&'), page.url).href;
        const go = options.stop ? { stop: options.stop } : {};
        if (options.abort) {
          page = await browser.go(`${submit}/abort`, go);
        } else if (prompt === 'login') {
          page = await browser.go(submit, { ...go, form: { prompt: 'login', login: account, password: 'anything' } });
        } else {
          page = await browser.go(submit, { ...go, form: { prompt: 'consent' } });
        }
        if (page.stoppedAt) break;
      }
      return page;
    }

    async function sessionOf(browser: Browser) {
      const token = browser.cookie(harbor, 'harbor');
      if (!token) return undefined;
      const res = await h.app.inject({ url: '/api/v1/auth/session', headers: { cookie: `harbor=${token}` } });
      return res.statusCode === 200
        ? { token, ...(res.json() as { stage: string; csrfToken: string; user: { id: string } }) }
        : undefined;
    }

    async function lastFailure() {
      const row = await db()
        .selectFrom('audit_event')
        .selectAll()
        .where('event', '=', 'auth.sign_in.failed')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      return { ...row, details: JSON.parse(row.details) as Record<string, unknown> };
    }

    async function expectRefused(page: { url: string }, browser: Browser, reason: string, actor?: string) {
      expect(page.url).toBe(signInPage('sso=failed'));
      expect(browser.cookie(harbor, 'harbor')).toBeUndefined();
      expect(browser.cookie(harbor, 'harbor-oidc')).toBeUndefined();
      const failure = await lastFailure();
      expect(failure.details).toEqual({ method: 'oidc', reason });
      expect(failure.outcome).toBe('failure');
      expect(failure.actor_user_id).toBe(actor ?? null);
    }

    it('tells the web app that single sign-on is offered, and documents its routes', async () => {
      const info = await h.app.inject({ url: '/api/v1/auth/oidc' });
      expect(info.statusCode).toBe(200);
      expect(info.json()).toEqual({ enabled: true, label: 'County SSO' });
      const spec = (await h.app.inject({ url: '/api/openapi.json' })).json();
      const result = await new Validator().validate(spec);
      expect(result.errors ?? []).toEqual([]);
      expect(Object.keys(spec.paths)).toEqual(
        expect.arrayContaining(['/api/v1/auth/oidc', '/api/v1/auth/oidc/start', '/api/v1/auth/oidc/callback']),
      );
    });

    it('starts with PKCE, state and nonce, keeping them in a short-lived HttpOnly SameSite=Lax cookie', async () => {
      const start = await new Browser().request(`${harbor}/api/v1/auth/oidc/start`);
      expect(start.status).toBe(302);
      const location = new URL(start.headers.get('location')!);
      expect(location.origin).toBe(idp.issuer);
      expect(location.searchParams.get('client_id')).toBe(CLIENT_ID);
      expect(location.searchParams.get('redirect_uri')).toBe(`${harbor}/api/v1/auth/oidc/callback`);
      expect(location.searchParams.get('response_type')).toBe('code');
      expect(location.searchParams.get('scope')).toBe('openid email profile');
      expect(location.searchParams.get('code_challenge_method')).toBe('S256');
      for (const name of ['code_challenge', 'state', 'nonce']) expect(location.searchParams.get(name)).toBeTruthy();
      const cookie = start.headers.getSetCookie().find((line) => line.startsWith('harbor-oidc='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Max-Age=600/);
      // The cookie is sealed: neither the state nor the nonce can be read from it.
      expect(cookie).not.toContain(location.searchParams.get('state')!);
      expect(cookie).not.toContain(location.searchParams.get('nonce')!);
    });

    let linked: User;
    let totpSecret = '';

    it('signs a known user in half-way, links the identity, and still requires the second factor', async () => {
      linked = await harborUser('Ana.Reyes@county.example', 'idp-ana');
      const browser = new Browser();
      const page = await signInThroughProvider(browser, 'idp-ana');
      expect(page.url).toBe(signInPage('continue=second-factor'));
      expect(browser.cookie(harbor, 'harbor-oidc')).toBeUndefined();
      const session = await sessionOf(browser);
      expect(session?.stage).toBe('enrolling');
      expect(session?.user.id).toBe(linked.id);

      const stored = await db()
        .selectFrom('app_user')
        .selectAll()
        .where('id', '=', linked.id)
        .executeTakeFirstOrThrow();
      expect(stored).toMatchObject({ oidc_issuer: idp.issuer, oidc_subject: 'idp-ana', version: linked.version + 1 });
      const link = await db()
        .selectFrom('audit_event')
        .selectAll()
        .where('event', '=', 'admin.user.updated')
        .where('record_id', '=', linked.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(link.details)).toEqual({ oidc: 'linked' });
      expect(link.actor_user_id).toBe(linked.id);
      // No success is recorded until the second factor is proven.
      const succeeded = await db()
        .selectFrom('audit_event')
        .select('seq')
        .where('event', '=', 'auth.sign_in.succeeded')
        .where('actor_user_id', '=', linked.id)
        .execute();
      expect(succeeded).toEqual([]);

      // The half-way session cannot reach signed-in routes; TOTP enrolment finishes the sign-in.
      const cookie = `harbor=${session!.token}`;
      const headers = { cookie, 'x-csrf-token': session!.csrfToken };
      expect((await h.app.inject({ url: '/api/v1/auth/sessions', headers: { cookie } })).statusCode).toBe(401);
      const enrolment = await h.app.inject({ method: 'POST', url: '/api/v1/auth/enrolment', headers, payload: {} });
      expect(enrolment.statusCode, enrolment.body).toBe(200);
      totpSecret = enrolment.json().secret;
      const done = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/enrolment/confirm',
        headers,
        payload: { code: totpCodeAt(totpSecret, totpStep()) },
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().stage).toBe('active');
    });

    it('finds the user by subject the next time, even after an e-mail change, and asks for the code', async () => {
      await db()
        .updateTable('app_user')
        .set({ email: 'ana.reyes-moreno@county.example' })
        .where('id', '=', linked.id)
        .execute();
      const browser = new Browser();
      const page = await signInThroughProvider(browser, 'idp-ana');
      expect(page.url).toBe(signInPage('continue=second-factor'));
      const session = await sessionOf(browser);
      expect(session).toMatchObject({ stage: 'password', user: { id: linked.id } });
      const links = await db()
        .selectFrom('audit_event')
        .select('seq')
        .where('event', '=', 'admin.user.updated')
        .where('record_id', '=', linked.id)
        .execute();
      expect(links).toHaveLength(1);
      const code = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/second-factor',
        headers: { cookie: `harbor=${session!.token}`, 'x-csrf-token': session!.csrfToken },
        payload: { code: totpCodeAt(totpSecret, totpStep() + 1) },
      });
      expect(code.statusCode, code.body).toBe(200);
      expect(code.json().stage).toBe('active');
    });

    it('refuses someone with no Harbor account, creating nobody', async () => {
      idp.accounts.set('idp-stranger', { email: 'stranger@elsewhere.example', emailVerified: true });
      const before = await db().selectFrom('app_user').select('id').execute();
      const browser = new Browser();
      await expectRefused(await signInThroughProvider(browser, 'idp-stranger'), browser, 'unknown_user');
      expect(await db().selectFrom('app_user').select('id').execute()).toHaveLength(before.length);
    });

    it('refuses an e-mail address the provider has not verified, and links nothing', async () => {
      const user = await harborUser('unverified@county.example', 'idp-unverified', false);
      const browser = new Browser();
      await expectRefused(await signInThroughProvider(browser, 'idp-unverified'), browser, 'email_unverified', user.id);
      const stored = await db().selectFrom('app_user').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
      expect(stored.oidc_subject).toBeNull();
    });

    it('refuses a disabled user, and a locked one', async () => {
      const disabled = await harborUser('disabled@county.example', 'idp-disabled');
      await db().updateTable('app_user').set({ status: 'disabled' }).where('id', '=', disabled.id).execute();
      const a = new Browser();
      await expectRefused(await signInThroughProvider(a, 'idp-disabled'), a, 'disabled', disabled.id);
      const locked = await harborUser('locked@county.example', 'idp-locked');
      const until = new Date(Date.now() + 10 * 60_000).toISOString();
      await db().updateTable('app_user').set({ locked_until: until }).where('id', '=', locked.id).execute();
      const b = new Browser();
      await expectRefused(await signInThroughProvider(b, 'idp-locked'), b, 'locked', locked.id);
      const stored = await db()
        .selectFrom('app_user')
        .select('oidc_subject')
        .where('id', '=', locked.id)
        .executeTakeFirstOrThrow();
      expect(stored.oidc_subject).toBeNull();
    });

    it('refuses a callback whose state was tampered with', async () => {
      await harborUser('tamper@county.example', 'idp-tamper');
      const browser = new Browser();
      const callback = (next: URL) => next.href.startsWith(`${harbor}/api/v1/auth/oidc/callback`);
      const page = await signInThroughProvider(browser, 'idp-tamper', { stop: callback });
      const tampered = new URL(page.stoppedAt!);
      expect(tampered.searchParams.get('code')).toBeTruthy();
      tampered.searchParams.set('state', `${tampered.searchParams.get('state')}x`);
      await expectRefused(await browser.go(tampered.href), browser, 'state_mismatch');
    });

    it('refuses a tampered or missing flow cookie, and a callback replayed once the cookie is spent', async () => {
      await harborUser('cookie@county.example', 'idp-cookie');
      const callback = (next: URL) => next.href.startsWith(`${harbor}/api/v1/auth/oidc/callback`);
      const browser = new Browser();
      const page = await signInThroughProvider(browser, 'idp-cookie', { stop: callback });
      const sealed = browser.cookie(harbor, 'harbor-oidc')!;
      const middle = Math.floor(sealed.length * 0.75);
      const flipped = `${sealed.slice(0, middle)}${sealed[middle] === 'A' ? 'B' : 'A'}${sealed.slice(middle + 1)}`;
      browser.setCookie(harbor, 'harbor-oidc', flipped);
      await expectRefused(await browser.go(page.stoppedAt!), browser, 'flow_invalid');
      // The cookie was cleared by that callback: the same answer again finds no flow.
      await expectRefused(await browser.go(page.stoppedAt!), browser, 'flow_missing');
      const stranger = new Browser();
      await expectRefused(await stranger.go(page.stoppedAt!), stranger, 'flow_missing');
    });

    it('refuses when the person cancels at the provider', async () => {
      await harborUser('cancel@county.example', 'idp-cancel');
      const browser = new Browser();
      await expectRefused(await signInThroughProvider(browser, 'idp-cancel', { abort: true }), browser, 'idp_error');
    });

    it('keeps the audit chain intact and never logs codes, tokens or cookies', async () => {
      const result = await verifyAudit(db(), auditChainKey(h.config.secretKey));
      expect(result.problems).toEqual([]);
      const logs = h.logs.join('\n');
      expect(logs).not.toMatch(/code=|id_token|access_token|harbor-oidc=|"cookie"/);
      expect(logs).not.toContain(CLIENT_SECRET);
    });
  });

  describe(`single sign-on with the provider unreachable [${dialect}]`, () => {
    let h: TestApp;
    beforeAll(async () => {
      h = await createTestApp(dialect, {
        env: {
          HARBOR_OIDC_ISSUER: `http://127.0.0.1:${await freePort()}`,
          HARBOR_OIDC_CLIENT_ID: CLIENT_ID,
          HARBOR_OIDC_CLIENT_SECRET: CLIENT_SECRET,
        },
      });
    });
    afterAll(() => h.close());

    it('sends the browser back to the sign-in page and audits why', async () => {
      const res = await h.app.inject({ url: '/api/v1/auth/oidc/start' });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe(`${h.config.publicUrl.origin}/sign-in?sso=failed`);
      expect(res.headers['set-cookie']).toBeUndefined();
      const row = await h.t.database.db
        .selectFrom('audit_event')
        .select('details')
        .where('event', '=', 'auth.sign_in.failed')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(row.details)).toEqual({ method: 'oidc', reason: 'provider_unavailable' });
      expect((await h.app.inject({ url: '/api/v1/auth/oidc' })).json()).toEqual({ enabled: true, label: null });
    });
  });

  describe(`single sign-on switched off [${dialect}]`, () => {
    let h: TestApp;
    beforeAll(async () => {
      h = await createTestApp(dialect);
    });
    afterAll(() => h.close());

    it('offers no single sign-on routes when HARBOR_OIDC_ISSUER is unset', async () => {
      expect(h.config.oidc).toBeUndefined();
      for (const url of ['/api/v1/auth/oidc', '/api/v1/auth/oidc/start', '/api/v1/auth/oidc/callback?code=x&state=y']) {
        const res = await h.app.inject({ url });
        expect(res.statusCode, url).toBe(404);
      }
    });
  });
}
