import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';
import { isValidTimeZone } from '@harbor/core';
import { ConfigError } from './config-error.js';
import { type HelpContactConfig, parseHelpContact } from './help-contact.js';
import { type OidcConfig, parseOidcConfig } from './oidc.js';
import { parseReferralClocks, type ReferralClocksConfig } from './referral-clocks.js';

export { ConfigError } from './config-error.js';
export type { HelpContactConfig } from './help-contact.js';

/** Where Harbor keeps its data: an embedded SQLite file, or a PostgreSQL server. */
export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  dataDir: string;
  database: DatabaseConfig;
  host: string;
  port: number;
  /** 32 or more bytes of key material for field encryption and tokens. Never logged. */
  secretKey: Buffer;
  /** Earlier secret keys (HARBOR_PREVIOUS_SECRET_KEYS), still read during a key rotation; new values use secretKey. */
  previousSecretKeys: Buffer[];
  /** Where the secret key came from, for the operator's information. */
  secretKeySource: 'environment' | 'file';
  publicUrl: URL;
  logLevel: LogLevel;
  /** Trust X-Forwarded-* from a reverse proxy or load balancer in front of Harbor. */
  trustProxy: boolean;
  /** Single sign-on through an OpenID Connect provider (HARBOR_OIDC_*); absent when HARBOR_OIDC_ISSUER is unset. */
  oidc?: OidcConfig;
  /** Where escalation e-mail goes out (HARBOR_SMTP_URL, smtp:// or smtps://); absent: notifications in the app only. */
  smtp?: { url: string; from: string };
  /** How often the deadline scheduler looks for due escalations (HARBOR_SCHEDULER_INTERVAL_MS). */
  schedulerIntervalMs: number;
  /** The county's time zone, in which times are shown (HARBOR_TIME_ZONE; deadlines are computed in UTC). */
  timeZone: string;
  /** Where the public site's Quick exit button leads (HARBOR_QUICK_EXIT_URL): a neutral https site. */
  quickExitUrl: string;
  /** Whom staff call about their account, shown on the help pages (HARBOR_HELP_*); absent: supervisor or administrator. */
  helpContact?: HelpContactConfig;
  /** The county's business days to acknowledge a referral and before an unanswered one expires (HARBOR_REFERRAL_*). */
  referralClocks: ReferralClocksConfig;
}

/** The public site's Quick exit destination unless HARBOR_QUICK_EXIT_URL names another: neutral and everyday. */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.google.com/';

export const SECRET_KEY_FILE = 'secret.key';
const MIN_KEY_BYTES = 32;

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return 8080;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError('HARBOR_PORT', `must be a whole number from 0 to 65535 (0 picks a free port); got "${raw}".`);
  }
  return Number(raw);
}

const HOSTNAME =
  /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

function parseHost(raw: string | undefined): string {
  if (raw === undefined) return '127.0.0.1';
  if (isIP(raw) === 0 && !HOSTNAME.test(raw)) {
    throw new ConfigError(
      'HARBOR_HOST',
      `must be an IP address or a host name, such as 127.0.0.1 or 0.0.0.0; got "${raw}".`,
    );
  }
  return raw;
}

function parseDatabase(raw: string | undefined, dataDir: string): DatabaseConfig {
  if (raw === undefined) return { kind: 'sqlite', path: join(dataDir, 'harbor.sqlite') };
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    try {
      const url = new URL(raw);
      if (!url.hostname && !url.searchParams.get('host')) throw new Error('no host');
      if (url.pathname.length <= 1) throw new Error('no database');
    } catch {
      throw new ConfigError(
        'HARBOR_DATABASE_URL',
        'is not a valid PostgreSQL URL; expected postgres://USER:PASSWORD@HOST:5432/DATABASE.',
      );
    }
    return { kind: 'postgres', url: raw };
  }
  const path = raw.replace(/^(sqlite|file):(\/\/)?/i, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && path === raw) {
    throw new ConfigError(
      'HARBOR_DATABASE_URL',
      'must be a postgres:// URL or the path of a SQLite file (optionally written sqlite:PATH); got another kind of URL.',
    );
  }
  if (path === '' || path.includes('\0')) {
    throw new ConfigError('HARBOR_DATABASE_URL', 'names an empty or invalid SQLite file path.');
  }
  return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(path) };
}

function parsePublicUrl(raw: string | undefined, host: string, port: number): URL {
  if (raw === undefined) {
    const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
    return new URL(`http://${isIP(shown) === 6 ? `[${shown}]` : shown}:${port}/`);
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('HARBOR_PUBLIC_URL', `must be an absolute http or https URL; got "${raw}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('HARBOR_PUBLIC_URL', `must start with https:// (or http:// for local use); got "${raw}".`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ConfigError('HARBOR_PUBLIC_URL', 'must not contain a query, a fragment or credentials.');
  }
  return url;
}

function decodeKey(raw: string, variable: string): Buffer {
  const key = /^[0-9a-fA-F]+$/.test(raw) && raw.length % 2 === 0 ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length < MIN_KEY_BYTES || (!/^[0-9a-fA-F]+$/.test(raw) && !/^[A-Za-z0-9+/_-]+=*$/.test(raw))) {
    throw new ConfigError(
      variable,
      `must hold at least ${MIN_KEY_BYTES} random bytes, written as hex or base64 (for example the output of \`openssl rand -base64 32\`).`,
    );
  }
  return key;
}

/** Reads the key file in the data folder, creating it (mode 0600) when absent. */
function loadOrCreateKeyFile(dataDir: string): Buffer {
  const file = join(dataDir, SECRET_KEY_FILE);
  if (!existsSync(file)) {
    const key = randomBytes(MIN_KEY_BYTES);
    writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    return key;
  }
  const mode = statSync(file).mode & 0o777;
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new ConfigError(
      'HARBOR_SECRET_KEY',
      `is read from ${file}, which other users can read (mode ${mode.toString(8)}); run \`chmod 600 ${file}\`.`,
    );
  }
  return decodeKey(readFileSync(file, 'utf8').trim(), `HARBOR_SECRET_KEY (file ${file})`);
}

function parseBoolean(raw: string | undefined, variable: string): boolean {
  if (raw === undefined) return false;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(variable, `must be true or false; got "${raw}".`);
}

/**
 * Builds the configuration from HARBOR_* variables. Creates the data folder (mode 0700) and, with no
 * HARBOR_SECRET_KEY, a secret key file inside it. Throws ConfigError naming the first wrong variable.
 */
export function buildConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const dataDirRaw = read(env, 'HARBOR_DATA_DIR');
  if (dataDirRaw?.includes('\0')) throw new ConfigError('HARBOR_DATA_DIR', 'is not a valid folder path.');
  const dataDir = resolve(cwd, dataDirRaw ?? 'data');
  const port = parsePort(read(env, 'HARBOR_PORT'));
  const host = parseHost(read(env, 'HARBOR_HOST'));
  const database = parseDatabase(read(env, 'HARBOR_DATABASE_URL'), dataDir);
  const publicUrl = parsePublicUrl(read(env, 'HARBOR_PUBLIC_URL'), host, port);
  const logLevelRaw = read(env, 'HARBOR_LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevelRaw)) {
    throw new ConfigError('HARBOR_LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}; got "${logLevelRaw}".`);
  }
  const trustProxy = parseBoolean(read(env, 'HARBOR_TRUST_PROXY'), 'HARBOR_TRUST_PROXY');
  const oidc = parseOidcConfig(env);
  const smtp = parseSmtp(read(env, 'HARBOR_SMTP_URL'), read(env, 'HARBOR_MAIL_FROM'), publicUrl);
  const intervalRaw = read(env, 'HARBOR_SCHEDULER_INTERVAL_MS') ?? '15000';
  if (!/^\d{2,7}$/.test(intervalRaw) || Number(intervalRaw) < 50) {
    throw new ConfigError(
      'HARBOR_SCHEDULER_INTERVAL_MS',
      `must be a number of milliseconds from 50 to 9999999; got "${intervalRaw}".`,
    );
  }
  const timeZone = read(env, 'HARBOR_TIME_ZONE') ?? 'America/Los_Angeles';
  if (!isValidTimeZone(timeZone)) {
    throw new ConfigError(
      'HARBOR_TIME_ZONE',
      `must be an IANA time zone such as America/Los_Angeles; got "${timeZone}".`,
    );
  }
  const quickExitUrl = parseQuickExitUrl(read(env, 'HARBOR_QUICK_EXIT_URL'));
  const helpContact = parseHelpContact(env);
  const referralClocks = parseReferralClocks(env);
  const secretRaw = read(env, 'HARBOR_SECRET_KEY');
  if (secretRaw !== undefined) decodeKey(secretRaw, 'HARBOR_SECRET_KEY');
  const previousSecretKeys = (read(env, 'HARBOR_PREVIOUS_SECRET_KEYS') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '')
    .map((k) => decodeKey(k, 'HARBOR_PREVIOUS_SECRET_KEYS'));

  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new ConfigError('HARBOR_DATA_DIR', `names a folder Harbor cannot create: ${(error as Error).message}`);
  }
  const secretKey = secretRaw !== undefined ? decodeKey(secretRaw, 'HARBOR_SECRET_KEY') : loadOrCreateKeyFile(dataDir);
  return {
    dataDir,
    database,
    host,
    port,
    secretKey,
    previousSecretKeys,
    secretKeySource: secretRaw !== undefined ? 'environment' : 'file',
    publicUrl,
    logLevel: logLevelRaw as LogLevel,
    trustProxy,
    ...(oidc ? { oidc } : {}),
    ...(smtp ? { smtp } : {}),
    schedulerIntervalMs: Number(intervalRaw),
    timeZone,
    quickExitUrl,
    ...(helpContact ? { helpContact } : {}),
    referralClocks,
  };
}

function parseQuickExitUrl(raw: string | undefined): string {
  if (raw === undefined) return DEFAULT_QUICK_EXIT_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'HARBOR_QUICK_EXIT_URL',
      `must be a full address such as https://www.google.com/; got "${raw}".`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError('HARBOR_QUICK_EXIT_URL', `must start with https:// (or http://); got "${url.protocol}//".`);
  }
  return url.href;
}

function parseSmtp(raw: string | undefined, from: string | undefined, publicUrl: URL): Config['smtp'] {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('HARBOR_SMTP_URL', 'must be a URL such as smtp://user:password@mail.example.org:587.');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError('HARBOR_SMTP_URL', `must start with smtp:// or smtps://; got "${url.protocol}//".`);
  }
  const sender = from ?? `Harbor <harbor@${publicUrl.hostname}>`;
  if (!/@/.test(sender)) throw new ConfigError('HARBOR_MAIL_FROM', `must be an e-mail address; got "${sender}".`);
  return { url: raw, from: sender };
}

let loaded: Config | undefined;

/** Loads the configuration once, at start. */
export function loadConfig(env: Env = process.env): Config {
  loaded = buildConfig(env);
  return loaded;
}

/** The configuration loaded at start; throws when loadConfig() has not run. */
export function getConfig(): Config {
  if (!loaded) throw new Error('Configuration not loaded: call loadConfig() at start.');
  return loaded;
}
