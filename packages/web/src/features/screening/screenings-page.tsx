import { useMessages } from '../../i18n';
import { usePageTitle } from '../../use-page-title';
import { DeviceRecords } from './device-records';
import { ServerLists } from './server-lists';
import { StartScreening } from './start-screening';
import { titlesOf, useOffered } from './use-offered';
import './screening.css';

/** /app/screenings — start a screening; what waits on this device; my drafts and unlinked screenings. */
export function ScreeningsPage() {
  const { t, locale } = useMessages();
  usePageTitle('screeningForm.list.title');
  const offered = useOffered();
  const titles = titlesOf(offered, locale);
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('screeningForm.list.title')}</h1>
      <p className="usa-intro harbor-measure">{t('screeningForm.list.intro')}</p>
      <StartScreening headingLevel={2} offered={offered} />
      <DeviceRecords titles={titles} />
      <ServerLists titles={titles} />
    </div>
  );
}
