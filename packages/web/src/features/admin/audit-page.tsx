import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import { problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import './audit.css';
import { AuditEntries } from './audit-entries';
import { AuditFilters } from './audit-filters';
import { useAuditLog } from './use-audit-log';

/** The audit log: filters, newest-first entries in words with "older entries", and a CSV export of the same search. */
export function AdminAuditPage() {
  const { t, locale } = useMessages();
  usePageTitle('admin.audit.title');
  const model = useAuditLog();
  const { entries, problem } = model;

  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('admin.audit.title')}</h1>
      <p className="harbor-measure">{t('admin.audit.intro')}</p>
      <AuditFilters model={model} />
      <p>
        <a className="usa-link" href={model.exportPath} download data-testid="audit-csv">
          {t('admin.audit.export')}
        </a>
      </p>

      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt} testId="admin-problem">
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}

      <div aria-live="polite">
        {entries === null ? (
          model.loading && !problem && <p>{t('admin.loading')}</p>
        ) : entries.length === 0 ? (
          <p data-testid="audit-empty">{t('admin.audit.empty')}</p>
        ) : (
          <p data-testid="audit-count">{t('admin.audit.shown', { count: entries.length })}</p>
        )}
      </div>
      {entries && entries.length > 0 && (
        <>
          <AuditEntries entries={entries} youthNames={model.youthNames} agencies={model.agencies} />
          {model.nextBefore !== null && (
            <button
              type="button"
              className="usa-button usa-button--outline"
              disabled={model.loading}
              onClick={model.more}
            >
              {t('admin.audit.older')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
