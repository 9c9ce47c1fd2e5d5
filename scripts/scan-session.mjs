#!/usr/bin/env node
// Signs one person in to a running Harbor through the API (password, then the current TOTP code) and prints the two
// headers an outside scanner needs to act as them: the session cookie and the CSRF token. For scanning a local
// demonstration Harbor (docs/security.md, "Scanning a running Harbor"); never point it at real data.
//
//   node scripts/scan-session.mjs URL EMAIL PASSWORD TOTP_SECRET
//
// Prints, one per line: `Cookie: harbor=…` and `x-csrf-token: …`.
import { totpCodeAt, totpStep } from '../packages/server/dist/identity/totp.js';

const [url, email, password, secret] = process.argv.slice(2);
if (!url || !email || !password || !secret) {
  console.error('usage: node scripts/scan-session.mjs URL EMAIL PASSWORD TOTP_SECRET (run `npm run build` first)');
  process.exit(2);
}
const origin = new URL(url).origin;

async function post(path, body, headers = {}) {
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text}`);
  return { response, body: text ? JSON.parse(text) : undefined };
}

/** The session cookie an answer set. */
function sessionCookie(response) {
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .find((pair) => pair.startsWith('harbor='));
  if (!cookie) throw new Error('the answer set no session cookie');
  return cookie;
}

const signIn = await post('/api/v1/auth/sign-in', { email, password });
// The second factor starts a new session (the half-way one ends): its cookie and CSRF token are the ones to use.
const done = await post(
  '/api/v1/auth/second-factor',
  { code: totpCodeAt(secret, totpStep()) },
  { cookie: sessionCookie(signIn.response), 'x-csrf-token': signIn.body.csrfToken },
);
console.log(`Cookie: ${sessionCookie(done.response)}`);
console.log(`x-csrf-token: ${done.body.csrfToken}`);
