import { Link } from 'react-router';
import { useMessages } from '../../i18n';
import { usePageTitle } from '../../use-page-title';

export function NotFoundPage() {
  const { t } = useMessages();
  usePageTitle('page.notFound.title');
  return (
    <div className="grid-container usa-section">
      <div className="usa-prose">
        <h1>{t('notFound.heading')}</h1>
        <p>{t('notFound.body')}</p>
        <p>
          <Link className="usa-link" to="/staff">
            {t('notFound.home')}
          </Link>
        </p>
      </div>
    </div>
  );
}
