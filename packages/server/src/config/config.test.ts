import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConfig, ConfigError, getConfig, SECRET_KEY_FILE } from './index.js';

const dir = () => mkdtempSync(join(tmpdir(), 'harbor-config-'));
const KEY = 'a'.repeat(64);

function errorOf(env: Record<string, string>): ConfigError {
  try {
    buildConfig({ HARBOR_DATA_DIR: dir(), ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('runs on SQLite in ./data with a generated owner-only key when nothing is set', () => {
    const cwd = dir();
    const config = buildConfig({}, cwd);
    expect(config.dataDir).toBe(join(cwd, 'data'));
    expect(config.database).toEqual({ kind: 'sqlite', path: join(cwd, 'data', 'harbor.sqlite') });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8080, logLevel: 'info', secretKeySource: 'file' });
    expect(config.publicUrl.toString()).toBe('http://127.0.0.1:8080/');
    const keyFile = join(cwd, 'data', SECRET_KEY_FILE);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(config.secretKey.length).toBe(32);
    // The same key comes back on the next start.
    expect(buildConfig({}, cwd).secretKey.equals(config.secretKey)).toBe(true);
  });

  it('refuses a key file other users can read', () => {
    const cwd = dir();
    buildConfig({}, cwd);
    chmodSync(join(cwd, 'data', SECRET_KEY_FILE), 0o644);
    expect(() => buildConfig({}, cwd)).toThrow(/HARBOR_SECRET_KEY.*chmod 600/);
  });

  it('takes every setting from HARBOR_* variables', () => {
    const data = dir();
    const config = buildConfig({
      HARBOR_DATA_DIR: data,
      HARBOR_DATABASE_URL: 'postgres://harbor:pw@db.internal:5432/harbor',
      HARBOR_HOST: '0.0.0.0',
      HARBOR_PORT: '9000',
      HARBOR_SECRET_KEY: KEY,
      HARBOR_PUBLIC_URL: 'https://harbor.county.example/',
      HARBOR_LOG_LEVEL: 'warn',
      HARBOR_TRUST_PROXY: 'true',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://harbor:pw@db.internal:5432/harbor' });
    expect(config).toMatchObject({ host: '0.0.0.0', port: 9000, logLevel: 'warn', trustProxy: true });
    expect(config.secretKey.toString('hex')).toBe(KEY);
    expect(config.secretKeySource).toBe('environment');
    expect(config.publicUrl.protocol).toBe('https:');
    expect(() => readFileSync(join(data, SECRET_KEY_FILE))).toThrow();
  });

  it('accepts a SQLite path with or without a sqlite: prefix', () => {
    const data = dir();
    expect(buildConfig({ HARBOR_DATA_DIR: data, HARBOR_DATABASE_URL: 'sqlite:/tmp/x.db' }).database).toEqual({
      kind: 'sqlite',
      path: '/tmp/x.db',
    });
    expect(buildConfig({ HARBOR_DATA_DIR: data, HARBOR_DATABASE_URL: '/tmp/y.db' }).database).toEqual({
      kind: 'sqlite',
      path: '/tmp/y.db',
    });
  });

  it.each([
    ['HARBOR_PORT', 'abc'],
    ['HARBOR_PORT', '70000'],
    ['HARBOR_PORT', '-1'],
    ['HARBOR_PORT', '80.5'],
    ['HARBOR_HOST', 'not a host!'],
    ['HARBOR_DATABASE_URL', 'postgres://'],
    ['HARBOR_DATABASE_URL', 'mysql://x@y/z'],
    ['HARBOR_SECRET_KEY', 'short'],
    ['HARBOR_SECRET_KEY', 'not base64 at all, with spaces and more than thirty-two characters'],
    ['HARBOR_PUBLIC_URL', 'harbor.example'],
    ['HARBOR_PUBLIC_URL', 'ftp://harbor.example'],
    ['HARBOR_PUBLIC_URL', 'https://harbor.example/?x=1'],
    ['HARBOR_LOG_LEVEL', 'loud'],
    ['HARBOR_TRUST_PROXY', 'maybe'],
    ['HARBOR_TIME_ZONE', 'Mars/Olympus_Mons'],
    ['HARBOR_SMTP_URL', 'http://mail.example'],
    ['HARBOR_SMTP_URL', 'not a url'],
    ['HARBOR_SCHEDULER_INTERVAL_MS', 'soon'],
  ])('stops on a wrong %s (%s) with a message naming it', (variable, value) => {
    const error = errorOf({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(variable)).toBe(true);
  });

  it('does not reveal the secret key in its error message', () => {
    const secret = 'Zm9vYmFy';
    expect(errorOf({ HARBOR_SECRET_KEY: secret }).message).not.toContain(secret);
  });

  it('reads previous secret keys, comma-separated, for a key rotation', () => {
    const old = Buffer.alloc(32, 3);
    const config = buildConfig({
      HARBOR_DATA_DIR: dir(),
      HARBOR_SECRET_KEY: KEY,
      HARBOR_PREVIOUS_SECRET_KEYS: ` ${old.toString('base64')} , ${'b'.repeat(64)},`,
    });
    expect(config.previousSecretKeys.map((k) => k.toString('hex'))).toEqual([old.toString('hex'), 'b'.repeat(64)]);
    expect(buildConfig({ HARBOR_DATA_DIR: dir() }).previousSecretKeys).toEqual([]);
    const error = errorOf({ HARBOR_PREVIOUS_SECRET_KEYS: `${KEY},short` });
    expect(error.variable).toBe('HARBOR_PREVIOUS_SECRET_KEYS');
    expect(error.message).not.toContain(KEY);
  });

  it('getConfig fails loudly before loadConfig', () => {
    expect(() => getConfig()).toThrow(/not loaded/);
  });

  it('ignores empty variables', () => {
    const data = dir();
    writeFileSync(join(data, 'marker'), '');
    expect(buildConfig({ HARBOR_DATA_DIR: data, HARBOR_PORT: '', HARBOR_HOST: '  ' })).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
    });
  });
});
