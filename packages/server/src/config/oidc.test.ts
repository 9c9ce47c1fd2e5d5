import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConfig, ConfigError } from './index.js';
import { parseOidcConfig } from './oidc.js';

const GOOD = {
  HARBOR_OIDC_ISSUER: 'https://login.county.example/realms/staff',
  HARBOR_OIDC_CLIENT_ID: 'harbor',
  HARBOR_OIDC_CLIENT_SECRET: 's3cret-from-the-provider',
};

function variableOf(env: Record<string, string>): string {
  try {
    parseOidcConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.variable;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('single sign-on settings (HARBOR_OIDC_*)', () => {
  it('is off when HARBOR_OIDC_ISSUER is unset or blank', () => {
    expect(parseOidcConfig({})).toBeUndefined();
    expect(parseOidcConfig({ HARBOR_OIDC_ISSUER: '  ' })).toBeUndefined();
    expect(buildConfig({ HARBOR_DATA_DIR: mkdtempSync(join(tmpdir(), 'harbor-oidc-')) }).oidc).toBeUndefined();
  });

  it('reads the provider, the client and the defaults', () => {
    const config = parseOidcConfig(GOOD)!;
    expect(config.issuer.href).toBe('https://login.county.example/realms/staff');
    expect(config).toMatchObject({ clientId: 'harbor', clientSecret: 's3cret-from-the-provider', label: undefined });
    expect(config.scopes).toEqual(['openid', 'email', 'profile']);
    const custom = parseOidcConfig({
      ...GOOD,
      HARBOR_OIDC_SCOPES: ' openid  email ',
      HARBOR_OIDC_LABEL: 'County SSO',
    })!;
    expect(custom.scopes).toEqual(['openid', 'email']);
    expect(custom.label).toBe('County SSO');
    const dir = mkdtempSync(join(tmpdir(), 'harbor-oidc-'));
    expect(buildConfig({ HARBOR_DATA_DIR: dir, ...GOOD }).oidc?.clientId).toBe('harbor');
  });

  it('allows plain http only for a provider on this machine', () => {
    for (const issuer of ['http://127.0.0.1:9000', 'http://localhost:9000/oidc', 'http://[::1]:9000']) {
      expect(parseOidcConfig({ ...GOOD, HARBOR_OIDC_ISSUER: issuer })?.issuer.protocol).toBe('http:');
    }
    for (const issuer of ['http://login.county.example', 'http://10.0.0.5', 'ftp://login.county.example', 'login']) {
      expect(variableOf({ ...GOOD, HARBOR_OIDC_ISSUER: issuer }), issuer).toBe('HARBOR_OIDC_ISSUER');
    }
    expect(variableOf({ ...GOOD, HARBOR_OIDC_ISSUER: 'https://login.example/?x=1' })).toBe('HARBOR_OIDC_ISSUER');
    expect(variableOf({ ...GOOD, HARBOR_OIDC_ISSUER: 'https://user:pw@login.example' })).toBe('HARBOR_OIDC_ISSUER');
  });

  it('names the variable that is missing or wrong', () => {
    const { HARBOR_OIDC_CLIENT_ID: _id, ...noId } = GOOD;
    const { HARBOR_OIDC_CLIENT_SECRET: _secret, ...noSecret } = GOOD;
    expect(variableOf(noId)).toBe('HARBOR_OIDC_CLIENT_ID');
    expect(variableOf(noSecret)).toBe('HARBOR_OIDC_CLIENT_SECRET');
    expect(variableOf({ HARBOR_OIDC_CLIENT_ID: 'harbor' })).toBe('HARBOR_OIDC_ISSUER');
    expect(variableOf({ ...GOOD, HARBOR_OIDC_CLIENT_ID: 'x'.repeat(256) })).toBe('HARBOR_OIDC_CLIENT_ID');
    expect(variableOf({ ...GOOD, HARBOR_OIDC_CLIENT_SECRET: 'a\u0000b' })).toBe('HARBOR_OIDC_CLIENT_SECRET');
    expect(variableOf({ ...GOOD, HARBOR_OIDC_SCOPES: 'email profile' })).toBe('HARBOR_OIDC_SCOPES');
    expect(variableOf({ ...GOOD, HARBOR_OIDC_SCOPES: 'openid "email"' })).toBe('HARBOR_OIDC_SCOPES');
    expect(variableOf({ ...GOOD, HARBOR_OIDC_LABEL: 'x'.repeat(61) })).toBe('HARBOR_OIDC_LABEL');
  });

  it('stops the start with a message naming the variable, never showing the secret', () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-oidc-'));
    expect(() => buildConfig({ HARBOR_DATA_DIR: dir, ...GOOD, HARBOR_OIDC_ISSUER: 'http://idp.example' })).toThrow(
      /^HARBOR_OIDC_ISSUER must start with https:\/\//,
    );
    try {
      parseOidcConfig({ ...GOOD, HARBOR_OIDC_SCOPES: 'profile' });
    } catch (error) {
      expect(String(error)).not.toContain(GOOD.HARBOR_OIDC_CLIENT_SECRET);
    }
  });
});
