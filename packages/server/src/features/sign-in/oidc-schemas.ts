import { z } from 'zod';

export const OidcInfo = z.object({
  enabled: z.boolean().describe('Single sign-on is configured (always true here: the route exists only then).'),
  label: z.string().nullable().describe('Text of the sign-in button (HARBOR_OIDC_LABEL); null for the default text.'),
});

/** The authorization response (RFC 6749 §4.1.2, RFC 9207 `iss`); other parameters a provider adds are let through. */
export const CallbackQuery = z.looseObject({
  code: z.string().max(2048).optional(),
  state: z.string().max(512).optional(),
  iss: z.string().max(2048).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(2048).optional(),
  session_state: z.string().max(2048).optional(),
});

export const Redirect = z
  .null()
  .describe('A redirect (Location header): to the identity provider, or back to the web app’s sign-in page.');
