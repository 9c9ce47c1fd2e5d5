import { Link } from 'react-router';
import { useMessages } from '../../i18n';
import { usePageTitle } from '../../use-page-title';
import { StartScreening } from './start-screening';
import { useOffered } from './use-offered';
import './screening.css';

/** /app/screenings/new — start a screening (for the youth given in the URL, or a youth not identified yet). */
export function NewScreeningPage() {
  const { t } = useMessages();
  usePageTitle('screeningForm.start.heading');
  const offered = useOffered();
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('screeningForm.start.heading')}</h1>
      <StartScreening headingLevel={null} offered={offered} />
      <p>
        <Link className="usa-link" to="/app/screenings">
          {t('screeningForm.backToList')}
        </Link>
      </p>
    </div>
  );
}
