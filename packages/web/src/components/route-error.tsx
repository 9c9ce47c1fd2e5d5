import { useRouteError } from 'react-router';
import { useMessages } from '../i18n';
import { usePageTitle } from '../use-page-title';

/**
 * Shown inside the page frame when a page fails to load or render, most often because a route's code could not be
 * fetched (offline, or Harbor was updated meanwhile). Reloading fetches the current version.
 */
export function RouteError() {
  const { t } = useMessages();
  const error = useRouteError();
  usePageTitle('shell.routeError.heading');
  console.warn('Harbor: a page failed to load', error);
  return (
    <div className="grid-container usa-section">
      <div className="usa-alert usa-alert--warning">
        <div className="usa-alert__body">
          <h1 className="usa-alert__heading">{t('shell.routeError.heading')}</h1>
          <p className="usa-alert__text">{t('shell.routeError.body')}</p>
        </div>
      </div>
      <p>
        <button type="button" className="usa-button" onClick={() => window.location.reload()}>
          {t('shell.routeError.reload')}
        </button>
      </p>
    </div>
  );
}
