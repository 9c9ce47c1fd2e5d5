import QRCode from 'qrcode';
import { HarborError } from '../../errors.js';
import type { User } from '../../identity/accounts.js';
import type { Session } from '../../identity/sessions.js';
import { encryptTotpSecret, generateTotpSecret, totpUri } from '../../identity/totp.js';
import type { SignInContext } from './context.js';

/** First sign-in: a new TOTP secret (stored encrypted), its otpauth URI and that URI as a QR code (SVG). */
export async function startTotpEnrolment(
  ctx: SignInContext,
  input: { session: Session; user: User },
): Promise<{ secret: string; uri: string; qrSvg: string }> {
  if (input.session.stage !== 'enrolling') throw new HarborError('forbidden', 'not enrolling');
  const secret = generateTotpSecret();
  await ctx.db
    .updateTable('app_user')
    .set({ totp_secret: encryptTotpSecret(ctx.keyring, secret, input.user.id), totp_last_step: null })
    .where('id', '=', input.user.id)
    .where('totp_enrolled_at', 'is', null)
    .execute();
  const uri = totpUri({ secret, account: input.user.email });
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrSvg };
}
