import { Link } from 'react-router';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';

/** The signed-in home: who you are in Harbor, and where to look after your account. */
export function AppHomePage() {
  const { t } = useMessages();
  const { user, idleTimeoutSeconds } = useSignedIn();
  usePageTitle('page.appHome.title');
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('appHome.heading', { name: user.displayName })}</h1>
      <p className="usa-intro harbor-measure">{t('appHome.lead')}</p>
      <div className="grid-row grid-gap">
        <section className="tablet:grid-col-6 harbor-panel" aria-labelledby="account-heading">
          <h2 id="account-heading">{t('appHome.account.heading')}</h2>
          <dl className="harbor-facts" data-testid="account-facts">
            <dt>{t('appHome.account.role')}</dt>
            <dd data-testid="account-role">{t(`roleName.${user.role}` as AppMessageKey)}</dd>
            <dt>{t('appHome.account.email')}</dt>
            <dd>{user.email}</dd>
            <dt>{t('appHome.account.agency')}</dt>
            <dd data-testid="account-agency">{user.agencyName}</dd>
          </dl>
        </section>
        <section className="tablet:grid-col-6 harbor-panel" aria-labelledby="safety-heading">
          <h2 id="safety-heading">{t('appHome.safety.heading')}</h2>
          <p>{t('appHome.safety.body', { minutes: Math.round(idleTimeoutSeconds / 60) })}</p>
          <p>
            <Link className="usa-button usa-button--outline" to="/app/sessions">
              {t('appHome.safety.link')}
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}
