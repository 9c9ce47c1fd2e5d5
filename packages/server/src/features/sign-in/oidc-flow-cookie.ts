import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Config } from '../../config/index.js';

/** How long a sign-in at the identity provider may take, from the start to the callback. */
export const FLOW_LIFETIME_MS = 10 * 60_000;

/**
 * What the callback needs to finish a sign-in that this browser started: the state, the nonce and the PKCE code
 * verifier. Kept in the browser itself, in a cookie that Harbor encrypts and authenticates (AES-256-GCM under a key
 * derived from HARBOR_SECRET_KEY), so no server storage is needed and several Harbor processes can share the work.
 * The cookie is HttpOnly and SameSite=Lax (the provider sends the browser back with a top-level GET from another
 * site, which a Strict cookie would not survive), lives 10 minutes and is cleared by the callback, whatever the
 * outcome.
 */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** When the flow stops being accepted (milliseconds since the epoch). */
  expiresAt: number;
}

const Sealed = z.strictObject({
  state: z.string().min(16).max(200),
  nonce: z.string().min(16).max(200),
  codeVerifier: z.string().min(43).max(128),
  expiresAt: z.number().int().positive(),
});

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const AAD = Buffer.from('harbor oidc flow v1', 'utf8');

export function flowCookieName(config: Config): string {
  return config.publicUrl.protocol === 'https:' ? '__Host-harbor-oidc' : 'harbor-oidc';
}

export function flowCookieOptions(config: Config) {
  return {
    path: '/',
    httpOnly: true,
    secure: config.publicUrl.protocol === 'https:',
    sameSite: 'lax' as const,
    maxAge: FLOW_LIFETIME_MS / 1000,
  };
}

/** The key of flow cookies: its own HKDF label, so it can open nothing else Harbor encrypts. */
export function flowKey(secretKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'harbor oidc flow v1', 32));
}

export function sealFlow(key: Buffer, flow: OidcFlow): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(AAD);
  const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

/** Base64url that decodes to exactly these bytes and re-encodes to the same text (no lenient, malleable input). */
function decodeStrict(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

export type FlowProblem = 'flow_missing' | 'flow_invalid' | 'flow_expired';

/** Opens a flow cookie: the flow, or why it cannot be used (absent, altered or forged, too old). */
export function openFlow(
  key: Buffer,
  sealed: string | undefined,
  now = Date.now(),
): { ok: true; flow: OidcFlow } | { ok: false; problem: FlowProblem } {
  if (!sealed) return { ok: false, problem: 'flow_missing' };
  const [version, ivText, bodyText, extra] = sealed.split('.');
  if (version !== VERSION || !ivText || !bodyText || extra !== undefined || sealed.length > 2000) {
    return { ok: false, problem: 'flow_invalid' };
  }
  const iv = decodeStrict(ivText);
  const body = decodeStrict(bodyText);
  if (iv?.length !== IV_BYTES || !body || body.length <= TAG_BYTES) return { ok: false, problem: 'flow_invalid' };
  let parsed: ReturnType<typeof Sealed.safeParse>;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(AAD);
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
    parsed = Sealed.safeParse(JSON.parse(plain.toString('utf8')));
  } catch {
    return { ok: false, problem: 'flow_invalid' };
  }
  if (!parsed.success) return { ok: false, problem: 'flow_invalid' };
  if (now >= parsed.data.expiresAt) return { ok: false, problem: 'flow_expired' };
  return { ok: true, flow: parsed.data };
}
