import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FLOW_LIFETIME_MS, flowKey, type OidcFlow, openFlow, sealFlow } from './oidc-flow-cookie.js';

const key = flowKey(randomBytes(32));
const flow: OidcFlow = {
  state: 'state-abcdefghijklmnop',
  nonce: 'nonce-abcdefghijklmnop',
  codeVerifier: 'v'.repeat(43),
  expiresAt: Date.now() + FLOW_LIFETIME_MS,
};

describe('the sealed sign-on flow cookie', () => {
  it('opens what it sealed, and hides its content', () => {
    const sealed = sealFlow(key, flow);
    expect(openFlow(key, sealed)).toEqual({ ok: true, flow });
    for (const secret of [flow.state, flow.nonce, flow.codeVerifier]) expect(sealed).not.toContain(secret);
    // A fresh IV each time.
    expect(sealFlow(key, flow)).not.toBe(sealed);
  });

  it('refuses a missing, altered, forged or expired cookie', () => {
    const sealed = sealFlow(key, flow);
    expect(openFlow(key, undefined)).toEqual({ ok: false, problem: 'flow_missing' });
    expect(openFlow(key, '')).toEqual({ ok: false, problem: 'flow_missing' });
    const middle = Math.floor(sealed.length * 0.75);
    const flipped = `${sealed.slice(0, middle)}${sealed[middle] === 'A' ? 'B' : 'A'}${sealed.slice(middle + 1)}`;
    expect(openFlow(key, flipped)).toEqual({ ok: false, problem: 'flow_invalid' });
    expect(openFlow(key, sealed.replace(/^v1/, 'v2'))).toEqual({ ok: false, problem: 'flow_invalid' });
    expect(openFlow(key, `${sealed}.x`)).toEqual({ ok: false, problem: 'flow_invalid' });
    expect(openFlow(key, 'v1.abc.def')).toEqual({ ok: false, problem: 'flow_invalid' });
    expect(openFlow(flowKey(randomBytes(32)), sealed)).toEqual({ ok: false, problem: 'flow_invalid' });
    expect(openFlow(key, sealed, flow.expiresAt)).toEqual({ ok: false, problem: 'flow_expired' });
  });
});
