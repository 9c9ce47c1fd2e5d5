import { Link } from 'react-router';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AuditEntry } from './api';
import { describeEntry } from './audit-words';

/**
 * The entries of the audit log, newest first, in words: when, what happened (and how it ended when it did not
 * succeed), who (and their agency), whom or which youth it was about, and the details labelled. The table wraps its
 * text to the page's width and stacks on a phone: no column is cut off or scrolled.
 */
export function AuditEntries({
  entries,
  youthNames,
  agencies,
}: {
  entries: AuditEntry[];
  youthNames: ReadonlyMap<string, string>;
  agencies: Readonly<Record<string, string>>;
}) {
  const { t, locale } = useMessages();
  const countyTime = useCountyTime();
  const ctx = { t, locale, agencies };
  const column = {
    at: t('admin.audit.at'),
    what: t('admin.audit.what'),
    who: t('admin.audit.actor'),
    about: t('admin.audit.about'),
    details: t('admin.audit.details'),
  };
  return (
    <table
      className="usa-table usa-table--borderless usa-table--stacked harbor-audit-table width-full"
      data-testid="audit-table"
    >
      <caption>{t('admin.audit.caption')}</caption>
      <colgroup>
        <col className="harbor-audit-table__at" />
        <col className="harbor-audit-table__what" />
        <col className="harbor-audit-table__who" />
        <col className="harbor-audit-table__about" />
        <col className="harbor-audit-table__details" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{column.at}</th>
          <th scope="col">{column.what}</th>
          <th scope="col">{column.who}</th>
          <th scope="col">{column.about}</th>
          <th scope="col">{column.details}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const words = describeEntry(ctx, entry, youthNames);
          return (
            <tr key={entry.seq} data-testid="audit-row" data-seq={entry.seq}>
              <th scope="row" data-label={column.at} className="text-normal">
                <time dateTime={entry.at}>{countyTime(entry.at)}</time>
              </th>
              <td data-label={column.what}>
                <span data-testid="audit-event">{words.what}</span>
                {words.outcome && (
                  <>
                    {' '}
                    <span className="usa-tag text-no-uppercase harbor-audit-outcome" data-testid="audit-outcome">
                      {words.outcome}
                    </span>
                  </>
                )}
              </td>
              <td data-label={column.who} data-testid="audit-actor">
                {words.who}
                {words.whoAgency && (
                  <>
                    <br />
                    <span className="harbor-audit-muted">{words.whoAgency}</span>
                  </>
                )}
              </td>
              <td data-label={column.about} data-testid="audit-about">
                {words.aboutPerson && <span className="display-block">{words.aboutPerson}</span>}
                {words.aboutYouth && entry.youthId && (
                  <Link
                    className="usa-link display-block"
                    to={`/app/admin/audit?youthId=${encodeURIComponent(entry.youthId)}`}
                    data-testid="audit-youth"
                  >
                    {words.aboutYouth.label}
                    <span className="usa-sr-only"> {t('admin.audit.onlyThisYouth')}</span>
                  </Link>
                )}
              </td>
              <td data-label={column.details}>
                {(words.details.length > 0 || words.fields || words.address) && (
                  <dl className="harbor-audit-details">
                    {words.details.map((d) => (
                      <div key={d.key}>
                        <dt>{d.label}:</dt> <dd>{d.value}</dd>
                      </div>
                    ))}
                    {words.fields && (
                      <div>
                        <dt>{t('admin.audit.fields')}:</dt>{' '}
                        <dd>
                          <code className="harbor-audit-fields">{words.fields}</code>
                        </dd>
                      </div>
                    )}
                    {words.address && (
                      <div>
                        <dt>{t('admin.audit.address')}:</dt> <dd>{words.address}</dd>
                      </div>
                    )}
                  </dl>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
