import { Link } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { PasswordField } from '../../components/password-field';
import { TextField } from '../../components/text-field';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import type { Field } from './invitation-checks';
import { useInvitation } from './use-invitation';

/**
 * Joining Harbor with the link an administrator or supervisor sent (/invitation#TOKEN): what the account is for,
 * then a name and a password; two-step verification is set up next, on the sign-in page.
 */
export function InvitationPage() {
  const { t, locale } = useMessages();
  const countyTime = useCountyTime();
  usePageTitle('page.invitation.title');
  const model = useInvitation();
  const fieldError = (field: Field) => {
    const problem = model.problems[field];
    return problem ? problemText(problem, t, locale) : undefined;
  };

  const body = (() => {
    if (model.accepted) {
      return (
        <>
          <FocusAlert
            type="success"
            heading={t('invitationPage.done.heading')}
            focusKey={model.accepted}
            testId="invitation-alert"
          >
            <p className="usa-alert__text">{t('invitationPage.done.body', { email: model.accepted })}</p>
          </FocusAlert>
          <p>
            <Link className="usa-button" to="/sign-in" replace>
              {t('invitationPage.done.continue')}
            </Link>
          </p>
        </>
      );
    }
    if (model.signedInAs) {
      return (
        <div className="usa-alert usa-alert--warning harbor-alert" data-testid="invitation-alert">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('invitationPage.signedIn.heading')}</h2>
            <p className="usa-alert__text">{t('invitationPage.signedIn.body', { name: model.signedInAs })}</p>
          </div>
        </div>
      );
    }
    switch (model.preview.status) {
      case 'none':
        return (
          <div className="usa-alert usa-alert--warning harbor-alert" data-testid="invitation-alert">
            <div className="usa-alert__body">
              <h2 className="usa-alert__heading">{t('invitationPage.noToken.heading')}</h2>
              <p className="usa-alert__text">{t('invitationPage.noToken.body')}</p>
            </div>
          </div>
        );
      case 'loading':
        return (
          <p className="harbor-loading" role="status">
            {t('invitationPage.loading')}
          </p>
        );
      case 'problem':
        return (
          <FocusAlert type="error" heading={t('invitationPage.invalid.heading')} testId="invitation-alert">
            <p className="usa-alert__text">{problemText(model.preview.problem, t, locale)}</p>
          </FocusAlert>
        );
      case 'open': {
        const { invitation } = model.preview;
        return (
          <>
            <p className="harbor-measure">{t('invitationPage.intro')}</p>
            <dl className="harbor-facts" data-testid="invitation-facts">
              <dt>{t('invitationPage.facts.email')}</dt>
              <dd>{invitation.email}</dd>
              <dt>{t('invitationPage.facts.role')}</dt>
              <dd>{t(`roleName.${invitation.role}` as AppMessageKey)}</dd>
              <dt>{t('invitationPage.facts.agency')}</dt>
              <dd>{invitation.agencyName}</dd>
              <dt>{t('invitationPage.facts.until')}</dt>
              <dd>{countyTime(invitation.expiresAt)}</dd>
            </dl>
            {model.outcome && (
              <FocusAlert
                type="error"
                heading={t('invitationPage.error.heading')}
                focusKey={model.outcome.attempt}
                testId="invitation-alert"
              >
                <p className="usa-alert__text">{problemText(model.outcome.problem, t, locale)}</p>
              </FocusAlert>
            )}
            <form className="usa-form usa-form--large" noValidate onSubmit={model.onSubmit}>
              {/* The account's address, for the browser's password manager to save the new password with. */}
              <input type="hidden" name="username" autoComplete="username" value={invitation.email} readOnly />
              <TextField
                id="displayName"
                name="displayName"
                label={t('invitationPage.name.label')}
                hint={t('invitationPage.name.hint')}
                error={fieldError('displayName')}
                autoComplete="name"
                maxLength={200}
                value={model.values.displayName}
                onChange={model.set('displayName')}
              />
              <PasswordField
                id="password"
                kind="new"
                label={t('invitationPage.password.label')}
                hint={t('password.new.hint')}
                error={fieldError('password')}
                value={model.values.password}
                onChange={model.set('password')}
              />
              <button type="submit" className="usa-button" disabled={model.submitting}>
                {model.submitting ? t('invitationPage.submitting') : t('invitationPage.submit')}
              </button>
            </form>
          </>
        );
      }
    }
  })();

  return (
    <div className="grid-container usa-section harbor-page">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t('invitationPage.heading')}</h1>
          {body}
        </div>
      </div>
    </div>
  );
}
