import { Link } from 'react-router';
import { ButtonGroup } from '../../components/button-group';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import type { Duplicates } from './api';

/**
 * Possible duplicates, before anything is created: the records the user may open, the agencies to call about the
 * others, and creating the record anyway.
 */
export function DuplicatesAlert({
  duplicates,
  busy,
  onCreate,
}: {
  duplicates: Duplicates;
  busy: boolean;
  onCreate: () => void;
}) {
  const { t } = useMessages();
  return (
    <FocusAlert
      type="warning"
      heading={t('youthPage.duplicates.heading')}
      focusKey={duplicates}
      testId="youth-duplicates"
    >
      <p className="usa-alert__text">{t('youthPage.duplicates.why')}</p>
      {duplicates.visible.length > 0 && (
        <>
          <p className="usa-alert__text">{t('youthPage.duplicates.visible')}</p>
          <ul className="usa-list">
            {duplicates.visible.map((d) => (
              <li key={d.id}>
                <Link className="usa-link" to={`/app/youth/${d.id}`}>
                  {d.displayName}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {duplicates.elsewhere.length > 0 && (
        <>
          <p className="usa-alert__text">{t('youthPage.duplicates.elsewhere')}</p>
          <ul className="usa-list" data-testid="youth-duplicates-elsewhere">
            {duplicates.elsewhere.map((d) => (
              <li key={d.agencyId}>{d.agencyName}</li>
            ))}
          </ul>
        </>
      )}
      <ButtonGroup className="margin-top-1">
        <button type="button" className="usa-button" disabled={busy} onClick={onCreate}>
          {t('youthPage.duplicates.create')}
        </button>
        <Link className="usa-button usa-button--outline" to="/app/youth">
          {t('youthPage.cancel')}
        </Link>
      </ButtonGroup>
    </FocusAlert>
  );
}
