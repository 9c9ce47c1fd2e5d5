import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

export const CSP_REPORT_PATH = '/api/v1/security/csp-reports';

/** The Content-Security-Policy of every Harbor page: only Harbor's own files, no inline script or style. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  reportUri: [CSP_REPORT_PATH],
};

/** What helmet does to a response: a header set (name, value) or removed (name alone), in its order. */
type HeaderStep = readonly [name: string, value?: string];

/**
 * Helmet's answer for Harbor's options, worked out once: with no per-request directive (no nonce, no function) every
 * step is the same for every response, so it is recorded at start from helmet's own middleware and replayed per request.
 */
export function securityHeaderSteps(options: HelmetOptions): HeaderStep[] {
  const csp = options.contentSecurityPolicy;
  const directives = typeof csp === 'object' ? Object.values(csp.directives ?? {}) : [];
  if (
    directives.some(
      (value) => typeof value === 'function' || (Array.isArray(value) && value.some((v) => typeof v === 'function')),
    )
  ) {
    throw new Error('a CSP directive computed per request (a nonce) cannot be worked out once at start');
  }
  const steps: [string, string?][] = [];
  const recorder = {
    setHeader(name: string, value: unknown) {
      if (typeof value !== 'string') throw new Error(`helmet set ${name} to a value that is not a string`);
      steps.push([name, value]);
    },
    removeHeader(name: string) {
      steps.push([name]);
    },
  };
  let finished = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  // Helmet's middleware is synchronous when nothing depends on the request; anything else would not replay.
  if (!finished) throw new Error('helmet did not finish synchronously: its headers depend on the request');
  return steps;
}

/**
 * Security headers on every response: strict CSP, no framing, no sniffing, no referrer, and HSTS
 * when Harbor is served over https (HARBOR_PUBLIC_URL). Helmet's headers are set on the raw response when the request
 * arrives, as @fastify/helmet did, but from the steps worked out once (it rebuilt helmet, CSP included, per request).
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): Promise<void> {
  const steps = securityHeaderSteps({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...CSP_DIRECTIVES, ...(options.https ? { upgradeInsecureRequests: [] } : {}) },
    },
    strictTransportSecurity: options.https ? { maxAge: 63_072_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    xPermittedCrossDomainPolicies: { permittedPolicies: 'none' },
  });
  app.addHook('onRequest', (_request, reply, done) => {
    const raw = reply.raw;
    for (const [name, value] of steps) {
      if (value === undefined) raw.removeHeader(name);
      else raw.setHeader(name, value);
    }
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    done(null, payload);
  });
}

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';
