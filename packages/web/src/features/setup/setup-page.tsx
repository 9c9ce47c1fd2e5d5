import { Link } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import { problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { SetupForm } from './setup-form';
import { useSetup } from './use-setup';

/** First-time set-up: the link Harbor prints on an empty database creates the first administrator. */
export function SetupPage() {
  const { t, locale } = useMessages();
  usePageTitle('page.setup.title');
  const setup = useSetup();

  if (setup.created) {
    return (
      <div className="grid-container usa-section harbor-page">
        <div className="grid-row">
          <div className="tablet:grid-col-8 desktop:grid-col-6">
            <h1>{t('setupPage.heading')}</h1>
            <FocusAlert
              type="success"
              heading={t('setupPage.done.heading')}
              focusKey={setup.created}
              testId="setup-alert"
            >
              <p className="usa-alert__text">{t('setupPage.done.body', { email: setup.created })}</p>
            </FocusAlert>
            <p>
              <Link className="usa-button" to="/sign-in">
                {t('setupPage.done.signIn')}
              </Link>
            </p>
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className="grid-container usa-section harbor-page">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t('setupPage.heading')}</h1>
          {!setup.token ? (
            <div className="usa-alert usa-alert--warning harbor-alert" data-testid="setup-alert">
              <div className="usa-alert__body">
                <h2 className="usa-alert__heading">{t('setupPage.noToken.heading')}</h2>
                <p className="usa-alert__text">{t('setupPage.noToken.body')}</p>
              </div>
            </div>
          ) : (
            <>
              <p>{t('setupPage.intro')}</p>
              {setup.outcome && (
                <FocusAlert
                  type="error"
                  heading={t('setupPage.error.heading')}
                  focusKey={setup.outcome.attempt}
                  testId="setup-alert"
                >
                  <p className="usa-alert__text">{problemText(setup.outcome.problem, t, locale)}</p>
                </FocusAlert>
              )}
              <SetupForm setup={setup} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
