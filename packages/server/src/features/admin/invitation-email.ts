import { LOCALES, type Role, translate } from '@harbor/core';
import { type MailMessage, mailTime } from '../../mail/sender.js';

/**
 * The invitation e-mail, in English and Spanish (the person's language is not known yet): who invited them, the
 * role and agency of the account, the link and when it stops working. Nothing about any youth.
 */
export function invitationEmail(input: {
  to: string;
  link: string;
  expiresAt: string;
  inviter: string;
  agency: string;
  role: Role;
  timeZone: string;
}): MailMessage {
  const part = (locale: (typeof LOCALES)[number]) =>
    [
      translate(locale, 'invitation.email.body', {
        inviter: input.inviter,
        role: translate(locale, `roleName.${input.role}`),
        agency: input.agency,
        expires: mailTime(input.expiresAt, locale, input.timeZone),
      }),
      input.link,
      translate(locale, 'invitation.email.notExpected'),
    ].join('\n\n');
  return {
    to: input.to,
    subject: LOCALES.map((locale) => translate(locale, 'invitation.email.subject')).join(' / '),
    text: `${LOCALES.map(part).join('\n\n---\n\n')}\n`,
  };
}
