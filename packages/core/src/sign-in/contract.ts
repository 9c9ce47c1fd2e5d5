import { z } from 'zod';
import { AGENCY_KINDS } from '../access/agencies.js';
import { ROLES } from '../access/roles.js';
import { LOCALES } from '../i18n/locales.js';
import { recordId } from '../record-id.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy.js';

/** The sign-in API's requests and answers (zod): the server validates and documents with them, the web app takes its types from them. */

const email = z.string().trim().min(3).max(254).email();
/** Length limits are the policy's job (counted in code points); this only bounds the request. */
const password = z.string().min(1).max(1024);
/**
 * A new password: the request bound above, the policy's length (password-policy.ts, checked by the server with its
 * own message) documented. JSON Schema counts code points too; the policy counts them after NFC normalisation.
 */
export const NewPassword = password.meta({
  minLength: PASSWORD_MIN_LENGTH,
  maxLength: PASSWORD_MAX_LENGTH,
  description: `A new password: ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters (code points after NFC normalisation); common and breached passwords are refused`,
});
const code = z.string().trim().min(1).max(40);

export const SignInBody = z.strictObject({ email, password });
export const CodeBody = z.strictObject({ code });
export const SetupBody = z.strictObject({
  token: z.string().min(10).max(100),
  email,
  displayName: z.string().trim().min(1).max(200),
  password: NewPassword,
  agencyName: z.string().trim().min(2).max(200),
  agencyKind: z.enum(AGENCY_KINDS),
});

export const PasswordChange = z.strictObject({ currentPassword: password, newPassword: NewPassword });

export const PasswordResetInfo = z.object({
  byEmail: z.boolean().describe('Harbor can e-mail a reset link (HARBOR_SMTP_URL is set); else ask an administrator.'),
});
export const PasswordResetRequest = z.strictObject({ email });
export const PasswordResetRequested = z
  .object({ accepted: z.literal(true) })
  .describe('The same answer whether or not the address has an account.');
export const PasswordReset = z.strictObject({ token: z.string().min(10).max(100), password: NewPassword });
export const PasswordResetDone = z.object({ email: z.string() });

export const SessionStage = z.enum(['password', 'enrolling', 'active']);

export const SignInResult = z.object({
  stage: SessionStage.describe('What comes next: the second factor, TOTP enrolment, or nothing (signed in).'),
  csrfToken: z.string().describe('Send back in the X-CSRF-Token header of every state-changing request.'),
});

/** An accepted invitation: the new account, signed in half-way (two-step verification is set up next). */
export const InvitationAccepted = SignInResult.extend({ email: z.string() });

export const SessionInfo = z.object({
  stage: SessionStage,
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
  timeZone: z.string().describe('The county time zone the app shows times in (HARBOR_TIME_ZONE)'),
  idleExpiresAt: z.string().describe('When the session ends if no further request comes (this request counts)'),
  expiresAt: z.string().describe('The absolute end of the session'),
  user: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    agencyId: z.string(),
    agencyName: z.string(),
    locale: z.enum(LOCALES),
  }),
});

export const Enrolment = z.object({
  secret: z.string().describe('Base32 secret, for typing into the app by hand.'),
  uri: z.string().describe('otpauth:// URI, the content of the QR code.'),
  qrSvg: z.string().describe('The QR code as an SVG document.'),
});

export const EnrolmentDone = SignInResult.extend({
  recoveryCodes: z.array(z.string()).length(10).describe('Shown once; each works once.'),
});

export const OpenSession = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

export const SessionId = z.strictObject({ id: recordId });

// Single sign-on (OpenID Connect).
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
