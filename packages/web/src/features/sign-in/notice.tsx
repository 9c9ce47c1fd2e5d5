import { useMessages } from '../../i18n';
import type { SignInNavigationState } from '../../session-types';

export type ArrivalNotice = SignInNavigationState | { notice: 'restart' };

/**
 * Why the user is on the sign-in page, when there is a reason: they signed out, their session ended or timed out,
 * the page they asked for needs a session, or a half-way sign-in had to start again.
 */
export function SignInNotice({ notice }: { notice: ArrivalNotice }) {
  const { t } = useMessages();
  const content = (() => {
    switch (notice.notice) {
      case 'signedOut':
        return {
          type: 'success',
          heading: t('signIn.notice.signedOut.heading'),
          body: t('signIn.notice.signedOut.body'),
        };
      case 'timedOut':
        return {
          type: 'warning',
          heading: t('signIn.notice.timedOut.heading'),
          body: t('signIn.notice.timedOut.body', { minutes: 'minutes' in notice ? (notice.minutes ?? 15) : 15 }),
        };
      case 'ended':
        return { type: 'warning', heading: t('signIn.notice.ended.heading'), body: t('signIn.notice.ended.body') };
      case 'required':
        return {
          type: 'info',
          heading: t('signIn.notice.required.heading'),
          body: t('signIn.notice.required.body'),
        };
      case 'restart':
        return { type: 'warning', heading: t('signIn.error.heading'), body: t('signIn.restart') };
      default:
        return undefined;
    }
  })();
  if (!content) return null;
  return (
    <div className={`usa-alert usa-alert--${content.type} harbor-alert`} data-testid="sign-in-notice">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{content.heading}</h2>
        <p className="usa-alert__text">{content.body}</p>
      </div>
    </div>
  );
}
