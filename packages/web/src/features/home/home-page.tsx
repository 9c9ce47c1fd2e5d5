import { Link } from 'react-router';
import { ButtonGroup } from '../../components/button-group';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { useSession } from '../../session';
import { usePageTitle } from '../../use-page-title';

const TASKS = ['identify', 'report', 'respond', 'coordinate'] as const;

export function HomePage() {
  const { t } = useMessages();
  const { state } = useSession();
  usePageTitle('page.home.title');
  return (
    <>
      <section className="usa-section harbor-intro">
        <div className="grid-container">
          <h1 className="harbor-intro__heading">{t('home.heading')}</h1>
          <p className="usa-intro">{t('home.lead')}</p>
          <p className="harbor-measure">{t('home.anyYouth')}</p>
        </div>
      </section>
      <section className="usa-section harbor-section--tight" aria-labelledby="home-tasks">
        <div className="grid-container">
          <h2 id="home-tasks">{t('home.tasks.heading')}</h2>
          <ul className="usa-card-group">
            {TASKS.map((task) => (
              <li key={task} className="usa-card tablet:grid-col-6 desktop:grid-col-3">
                <div className="usa-card__container">
                  <div className="usa-card__header">
                    <h3 className="usa-card__heading">{t(`home.${task}.heading` as AppMessageKey)}</h3>
                  </div>
                  <div className="usa-card__body">
                    <p>{t(`home.${task}.body` as AppMessageKey)}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <section className="usa-section harbor-section--tight">
        <div className="grid-container">
          <div className="usa-alert usa-alert--info">
            <div className="usa-alert__body">
              <h2 className="usa-alert__heading">{t('home.signInNotice.heading')}</h2>
              <p className="usa-alert__text">
                {state.status === 'signedIn'
                  ? t('home.signInNotice.signedIn', { name: state.info.user.displayName })
                  : t('home.signInNotice.body')}
              </p>
            </div>
          </div>
          <ButtonGroup className="harbor-actions">
            {state.status === 'signedIn' ? (
              <Link className="usa-button" to="/app">
                {t('home.signInNotice.goToApp')}
              </Link>
            ) : (
              <Link className="usa-button" to="/sign-in">
                {t('signIn.heading')}
              </Link>
            )}
            <Link className="usa-button usa-button--outline" to="/about">
              {t('home.learnMore')}
            </Link>
          </ButtonGroup>
          <p className="harbor-sources">{t('home.sources')}</p>
        </div>
      </section>
    </>
  );
}
