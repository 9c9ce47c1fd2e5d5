import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMessages } from '../../i18n';
import { usePageTitle } from '../../use-page-title';
import { type Caseload, getCaseload, listPrograms, type Program } from './api';
import { ColumnHeads } from './column-heads';

/**
 * /app/courts: the specialty court programs (STAR: delinquency, weekly hearings, caseloads of at most 25; DREAM:
 * dependency, modelled on STAR; FACTS.md, "Specialty courts") with their phases, and, for probation and the court,
 * each program's probation caseloads: the cap and who is over it (counts only, no youth's data).
 */
export function CourtsPage() {
  const { t } = useMessages();
  usePageTitle('courtsWeb.title');
  const [programs, setPrograms] = useState<Program[] | null>(null);
  const [caseloads, setCaseloads] = useState<Record<string, Caseload>>({});
  useEffect(() => {
    void listPrograms().then(async (result) => {
      const items = result.ok ? result.data.items : [];
      setPrograms(items);
      const found: Record<string, Caseload> = {};
      for (const p of items) {
        // Caseloads are for probation and the court: the others get none (404) and see the programs only.
        const c = await getCaseload(p.id);
        if (c.ok) found[p.id] = c.data;
      }
      setCaseloads(found);
    });
  }, []);
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('courtsWeb.title')}</h1>
      <p className="usa-intro harbor-measure">{t('courtsWeb.intro')}</p>
      <p>
        <Link className="usa-link" to="/app/courts/reports">
          {t('courtsWeb.reports.link')}
        </Link>
      </p>
      {programs === null ? (
        <p role="status">{t('admin.loading')}</p>
      ) : (
        programs.map((p) => (
          <section key={p.id} aria-labelledby={`program-${p.id}`} data-testid="court-program">
            <h2 id={`program-${p.id}`}>{p.name}</h2>
            <ul className="usa-list">
              <li>{t(`courtsWeb.program.court.${p.court}`)}</li>
              <li>
                {p.hearingCadenceDays === null
                  ? t('courtsWeb.program.noCadence')
                  : t('courtsWeb.program.cadence', { days: p.hearingCadenceDays })}
              </li>
              <li>
                {p.caseloadCap === null
                  ? t('courtsWeb.program.noCap')
                  : t('courtsWeb.program.cap', { cap: p.caseloadCap })}
              </li>
              <li>{t('courtsWeb.program.reportDue', { days: p.reportDueDaysBefore })}</li>
            </ul>
            <h3>{t('courtsWeb.phases.heading')}</h3>
            <ol className="usa-list">
              {p.phases.map((phase) => (
                <li key={phase.id}>{phase.name}</li>
              ))}
            </ol>
            {caseloads[p.id] && <CaseloadTable caseload={caseloads[p.id]!} programName={p.name} />}
          </section>
        ))
      )}
    </div>
  );
}

function CaseloadTable({ caseload, programName }: { caseload: Caseload; programName: string }) {
  const { t } = useMessages();
  const over = caseload.officers.filter((o) => o.over);
  const col = {
    officer: t('courtsWeb.caseload.officer'),
    active: t('courtsWeb.caseload.active'),
    cap: t('courtsWeb.caseload.capColumn'),
    state: t('courtsWeb.caseload.state'),
  };
  return (
    <div data-testid="court-caseload">
      <h3>{t('courtsWeb.caseload.heading')}</h3>
      <p data-testid="court-caseload-summary">
        {caseload.cap === null
          ? t('courtsWeb.caseload.noCap')
          : over.length === 0
            ? t('courtsWeb.caseload.noneOver', { cap: caseload.cap })
            : t('courtsWeb.caseload.over', { cap: caseload.cap, count: over.length })}
      </p>
      {caseload.officers.length === 0 ? (
        <p>{t('courtsWeb.caseload.none')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <ColumnHeads
            caption={t('courtsWeb.caseload.caption', { program: programName })}
            columns={Object.values(col)}
          />
          <tbody>
            {caseload.officers.map((o) => (
              <tr key={o.officerId} data-testid="court-caseload-officer">
                <th scope="row" data-label={col.officer}>
                  {o.name}
                </th>
                <td data-label={col.active}>{o.active}</td>
                <td data-label={col.cap}>{o.cap ?? '—'}</td>
                <td data-label={col.state}>
                  {o.over ? (
                    <strong className="text-error-dark">{t('courtsWeb.caseload.overBy', { count: o.overBy })}</strong>
                  ) : o.remaining === null ? (
                    '—'
                  ) : (
                    t('courtsWeb.caseload.remaining', { count: o.remaining })
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
