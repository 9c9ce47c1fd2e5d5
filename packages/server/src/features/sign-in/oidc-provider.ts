import * as client from 'openid-client';
import type { OidcConfig } from '../../config/oidc.js';
import type { OidcFlow } from './oidc-flow-cookie.js';

/** Why a single sign-on did not work, as written to the audit trail (a fixed set, never the provider's own text). */
export type OidcFailureReason =
  | 'provider_unavailable'
  | 'flow_missing'
  | 'flow_invalid'
  | 'flow_expired'
  | 'bad_request'
  | 'state_mismatch'
  | 'idp_error'
  | 'token_invalid'
  | 'unknown_user'
  | 'email_unverified'
  | 'linked_elsewhere'
  | 'link_conflict'
  | 'disabled'
  | 'locked'
  | 'internal_error';

/** A refused single sign-on. `cause` is for the server log only. */
export class OidcFailure extends Error {
  constructor(
    readonly reason: OidcFailureReason,
    options?: { cause?: unknown; user?: { id: string; agency_id: string } },
  ) {
    super(`single sign-on refused: ${reason}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OidcFailure';
    this.user = options?.user;
  }
  readonly user: { id: string; agency_id: string } | undefined;
}

/** Who the identity provider says signed in: its issuer and subject, and the e-mail address when Harbor needs it. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  /** The e-mail address and whether the provider verified it: from the ID token, else from the UserInfo endpoint. */
  email(): Promise<{ email: string | undefined; verified: boolean }>;
}

/** The provider's metadata is fetched again after this long, so a change of endpoints is picked up without a restart. */
const DISCOVERY_TTL_MS = 60 * 60_000;
/** Harbor waits this long for the provider at each step. */
const TIMEOUT_SECONDS = 10;

/**
 * The identity provider as openid-client sees it: discovery (cached), the authorization request (authorization code
 * with PKCE S256, state and nonce) and the callback (code exchange; openid-client checks the ID token's signature,
 * issuer, audience, nonce and expiry).
 */
export class OidcProviderClient {
  #cached: { configuration: client.Configuration; at: number } | undefined;
  #pending: Promise<client.Configuration> | undefined;

  constructor(
    private readonly settings: OidcConfig,
    readonly redirectUri: string,
  ) {}

  /**
   * Discovery, cached for an hour; a failure is not cached, so the next sign-in tries again (a failed refresh keeps
   * the previous metadata).
   */
  async configuration(now = Date.now()): Promise<client.Configuration> {
    if (this.#cached && now - this.#cached.at < DISCOVERY_TTL_MS) return this.#cached.configuration;
    this.#pending ??= this.#discover()
      .then((configuration) => {
        this.#cached = { configuration, at: Date.now() };
        return configuration;
      })
      .finally(() => {
        this.#pending = undefined;
      });
    try {
      return await this.#pending;
    } catch (cause) {
      // A provider briefly unreachable at refresh time: keep using what it said last, and ask again in a minute.
      if (this.#cached) {
        this.#cached.at = Date.now() - DISCOVERY_TTL_MS + 60_000;
        return this.#cached.configuration;
      }
      throw new OidcFailure('provider_unavailable', { cause });
    }
  }

  #discover(): Promise<client.Configuration> {
    const secret = this.settings.clientSecret;
    const basic = client.ClientSecretBasic(secret);
    const post = client.ClientSecretPost(secret);
    // client_secret_basic, the OpenID Connect default, unless the provider says it only takes client_secret_post.
    const clientAuth: client.ClientAuth = (as, metadata, body, headers) => {
      const methods = as.token_endpoint_auth_methods_supported;
      const useBasic = !methods || methods.includes('client_secret_basic') || !methods.includes('client_secret_post');
      (useBasic ? basic : post)(as, metadata, body, headers);
    };
    return client.discovery(
      this.settings.issuer,
      this.settings.clientId,
      { client_secret: secret, redirect_uris: [this.redirectUri], response_types: ['code'] },
      clientAuth,
      {
        timeout: TIMEOUT_SECONDS,
        // The configuration allows plain http for loopback issuers only (tests, a provider on the same machine).
        ...(this.settings.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
      },
    );
  }

  /** A new authorization request: where to send the browser, and what the callback will need to check. */
  async start(): Promise<{ url: URL; flow: Omit<OidcFlow, 'expiresAt'> }> {
    const configuration = await this.configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const flow = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: this.settings.scopes.join(' '),
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url, flow };
  }

  /**
   * Finishes the sign-in from the callback's query string: exchanges the code (with the PKCE verifier) and validates
   * the ID token. Throws OidcFailure('token_invalid') on any refusal.
   */
  async finish(query: URLSearchParams, flow: OidcFlow): Promise<ProviderIdentity> {
    const configuration = await this.configuration();
    const callbackUrl = new URL(this.redirectUri);
    callbackUrl.search = query.toString();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    let claims: client.IDToken;
    try {
      tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      claims = idToken;
    } catch (cause) {
      throw new OidcFailure('token_invalid', { cause });
    }
    const subject = claims.sub;
    const accessToken = tokens.access_token;
    return {
      issuer: claims.iss,
      subject,
      async email() {
        if (typeof claims.email === 'string') {
          return { email: claims.email, verified: claims.email_verified === true };
        }
        // Many providers put the e-mail address in the UserInfo answer only.
        if (!accessToken || !configuration.serverMetadata().userinfo_endpoint) {
          return { email: undefined, verified: false };
        }
        try {
          const info = await client.fetchUserInfo(configuration, accessToken, subject);
          return {
            email: typeof info.email === 'string' ? info.email : undefined,
            verified: info.email_verified === true,
          };
        } catch (cause) {
          throw new OidcFailure('token_invalid', { cause });
        }
      },
    };
  }
}
