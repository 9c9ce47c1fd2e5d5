import { get } from 'node:http';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerSecurityHeaders, securityHeaderSteps } from './security-headers.js';

const CSP =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';manifest-src 'self';worker-src 'self';object-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none';report-uri /api/v1/security/csp-reports";

/** What @fastify/helmet answered with Harbor's options (recorded before the headers were worked out once at start). */
const HELMET_HEADERS = [
  ['Content-Security-Policy', CSP],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

async function rawHeadersOf(https: boolean): Promise<[string, string][]> {
  const app = Fastify();
  await registerSecurityHeaders(app, { https });
  app.get('/x', async () => ({ ok: true }));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const raw = await new Promise<string[]>((resolve, reject) =>
      get(`${url}/x`, (res) => {
        res.resume();
        resolve(res.rawHeaders);
      }).on('error', reject),
    );
    const pairs: [string, string][] = [];
    for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i] ?? '', raw[i + 1] ?? '']);
    return pairs;
  } finally {
    await app.close();
  }
}

describe('security headers', () => {
  it('sends on plain http the headers helmet gave, in its order and spelling, and the permissions policy', async () => {
    const headers = await rawHeadersOf(false);
    expect(headers.slice(0, HELMET_HEADERS.length)).toEqual(HELMET_HEADERS);
    expect(headers).toContainEqual([
      'permissions-policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    ]);
    expect(headers.map(([name]) => name.toLowerCase())).not.toContain('strict-transport-security');
  });

  it('adds HSTS and upgrade-insecure-requests over https', async () => {
    const headers = await rawHeadersOf(true);
    expect(headers).toContainEqual(['Content-Security-Policy', `${CSP};upgrade-insecure-requests`]);
    expect(headers).toContainEqual(['Strict-Transport-Security', 'max-age=63072000; includeSubDomains']);
  });

  it('refuses at start a policy that would differ per request, which cannot be worked out once', () => {
    const nonce = () => "'nonce-x'";
    expect(() =>
      securityHeaderSteps({ contentSecurityPolicy: { useDefaults: false, directives: { scriptSrc: [nonce] } } }),
    ).toThrow(/per request/);
  });
});
