import { isIP } from 'node:net';
import { ConfigError } from './config-error.js';

/**
 * Single sign-on through an OpenID Connect identity provider (the county's, for example). Optional: absent when
 * HARBOR_OIDC_ISSUER is unset. The provider proves who someone is; Harbor still decides whether they have an account
 * (invited by an administrator, in an agency), and still asks for the second factor.
 */
export interface OidcConfig {
  /** The provider's Issuer Identifier; its discovery document is at ISSUER/.well-known/openid-configuration. */
  issuer: URL;
  clientId: string;
  /** Never logged. */
  clientSecret: string;
  /** Requested scopes; always includes `openid`. */
  scopes: string[];
  /** Text of the sign-in button (the web app's translated default when absent). */
  label: string | undefined;
}

export const DEFAULT_OIDC_SCOPES = 'openid email profile';

type Env = Record<string, string | undefined>;

const VARIABLES = [
  'HARBOR_OIDC_ISSUER',
  'HARBOR_OIDC_CLIENT_ID',
  'HARBOR_OIDC_CLIENT_SECRET',
  'HARBOR_OIDC_SCOPES',
  'HARBOR_OIDC_LABEL',
] as const;

function read(env: Env, name: (typeof VARIABLES)[number]): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Loopback hosts, where plain http cannot be intercepted on the network (tests, a provider on the same machine). */
function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to refuse control characters.
const CONTROL = /[\u0000-\u001f\u007f]/;
/** RFC 6749 scope-token: printable ASCII except space, `"` and `\`. */
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/;

function parseIssuer(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('HARBOR_OIDC_ISSUER', `must be the identity provider's https:// issuer URL; got "${raw}".`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new ConfigError(
      'HARBOR_OIDC_ISSUER',
      `must start with https:// (plain http:// is allowed only for 127.0.0.1, ::1 or localhost); got "${raw}".`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ConfigError('HARBOR_OIDC_ISSUER', 'must not contain a query, a fragment or credentials.');
  }
  return url;
}

/**
 * Reads the HARBOR_OIDC_* variables. Returns undefined when single sign-on is off (no HARBOR_OIDC_ISSUER and no other
 * HARBOR_OIDC_* variable); throws ConfigError naming the first wrong variable.
 */
export function parseOidcConfig(env: Env): OidcConfig | undefined {
  const issuerRaw = read(env, 'HARBOR_OIDC_ISSUER');
  if (issuerRaw === undefined) {
    const stray = VARIABLES.find((name) => read(env, name) !== undefined);
    if (stray) {
      throw new ConfigError('HARBOR_OIDC_ISSUER', `must be set for single sign-on, since ${stray} is set.`);
    }
    return undefined;
  }
  const issuer = parseIssuer(issuerRaw);

  const clientId = read(env, 'HARBOR_OIDC_CLIENT_ID');
  if (clientId === undefined) {
    throw new ConfigError(
      'HARBOR_OIDC_CLIENT_ID',
      'must be set to the client ID the identity provider issued to Harbor.',
    );
  }
  if (clientId.length > 255 || CONTROL.test(clientId)) {
    throw new ConfigError('HARBOR_OIDC_CLIENT_ID', 'must be at most 255 printable characters.');
  }

  const clientSecret = read(env, 'HARBOR_OIDC_CLIENT_SECRET');
  if (clientSecret === undefined) {
    throw new ConfigError(
      'HARBOR_OIDC_CLIENT_SECRET',
      'must be set to the client secret the identity provider issued to Harbor.',
    );
  }
  if (clientSecret.length > 1024 || CONTROL.test(clientSecret)) {
    throw new ConfigError('HARBOR_OIDC_CLIENT_SECRET', 'must be at most 1024 printable characters.');
  }

  const scopesRaw = read(env, 'HARBOR_OIDC_SCOPES') ?? DEFAULT_OIDC_SCOPES;
  const scopes = [...new Set(scopesRaw.split(/\s+/))];
  if (!scopes.every((scope) => SCOPE_TOKEN.test(scope)) || !scopes.includes('openid')) {
    throw new ConfigError(
      'HARBOR_OIDC_SCOPES',
      `must be scopes separated by spaces, including openid (default "${DEFAULT_OIDC_SCOPES}"); got "${scopesRaw}".`,
    );
  }

  const label = read(env, 'HARBOR_OIDC_LABEL');
  if (label !== undefined && (label.length > 60 || CONTROL.test(label))) {
    throw new ConfigError('HARBOR_OIDC_LABEL', 'must be at most 60 printable characters, such as "County SSO".');
  }

  return { issuer, clientId, clientSecret, scopes, label };
}
