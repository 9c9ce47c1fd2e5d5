// A signed-in staff member for the Lighthouse runs on the staff app: the first administrator of an empty Harbor,
// created with its one-time set-up token and signed in through the API (password, then enrolling an authenticator),
// as a browser would. Used by `npm run lighthouse` and e2e/lighthouse.e2e.test.ts.
import { Secret, TOTP } from 'otpauth';

export const LIGHTHOUSE_ADMIN = {
  displayName: 'Lena Ortiz',
  email: 'lena.ortiz@dmh.lacounty.example',
  password: 'lighthouse harbor copper tide',
  agencyName: 'Department of Mental Health',
  agencyKind: 'mental_health',
};

/**
 * Creates the first administrator with `setupToken` on the Harbor at `base` and signs in; resolves with the
 * session's `Cookie` header (`harbor=...`) and its CSRF token. The session is complete (both factors).
 */
export async function staffSession(base, setupToken, account = LIGHTHOUSE_ADMIN) {
  const cookies = new Map();
  const call = async (path, body, csrfToken) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(cookies.size > 0 ? { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      },
      body: JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const value = pair.slice(at + 1);
      if (value) cookies.set(pair.slice(0, at), value);
      else cookies.delete(pair.slice(0, at));
    }
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  await call('/api/v1/auth/setup', { token: setupToken, ...account });
  const { csrfToken, stage } = await call('/api/v1/auth/sign-in', { email: account.email, password: account.password });
  if (stage !== 'enrolling') throw new Error(`sign-in: stage ${stage}, expected enrolling`);
  const { secret } = await call('/api/v1/auth/enrolment', {}, csrfToken);
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  const done = await call('/api/v1/auth/enrolment/confirm', { code: totp.generate() }, csrfToken);
  return {
    cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    csrfToken: done.csrfToken ?? csrfToken,
  };
}
