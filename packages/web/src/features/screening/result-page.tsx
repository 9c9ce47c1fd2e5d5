import type { InstrumentDefinition } from '@harbor/core';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FindYouth } from '../../components/find-youth';
import { FocusAlert } from '../../components/focus-alert';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { ServerScreening } from '../../offline/api-types';
import { loadInstrument } from '../../offline/instruments';
import { roleMay } from '../../permissions';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { resumeDraft, startCorrection } from './actions';
import { getScreening, linkScreening } from './api';
import { ResultView } from './result-view';
import { inLocale } from './text';
import { youthText } from './use-youth-name';
import './screening.css';

type ServerLoad =
  | { kind: 'loading' }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'ready'; screening: ServerScreening; instrument: InstrumentDefinition };

/** /app/screenings/:id — a screening the server has: a completed one's result (read-only), or a draft to resume. */
export function ScreeningResultPage() {
  const { t, locale } = useMessages();
  const countyTime = useCountyTime();
  usePageTitle('screeningForm.result.title');
  const { id = '' } = useParams();
  const info = useSignedIn();
  const owner = info.user.id;
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState<ServerLoad>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [linkProblem, setLinkProblem] = useState<{ problem: Problem; attempt: number } | null>(null);
  const [linked, setLinked] = useState<{ name: string; attempt: number } | null>(null);
  const mayWrite = roleMay(info.user.role, 'youth.write');

  const load = useCallback(async () => {
    const result = await getScreening(id);
    if (!result.ok) {
      setLoaded({ kind: 'problem', problem: problemOf(result) });
      return;
    }
    const screening = result.data;
    if (screening.status === 'draft') {
      const local = await resumeDraft(owner, screening);
      navigate(`/app/screenings/edit/${encodeURIComponent(local.localId)}`, { replace: true });
      return;
    }
    const instrument = await loadInstrument(screening.instrumentId, screening.instrumentVersion);
    if (!instrument) {
      setLoaded({ kind: 'problem', problem: { kind: 'network' } });
      return;
    }
    setLoaded({ kind: 'ready', screening, instrument });
  }, [id, owner, navigate]);

  useEffect(() => {
    void load();
  }, [load]);

  const correct = async (screening: ServerScreening) => {
    setBusy(true);
    const local = await startCorrection(owner, screening);
    navigate(`/app/screenings/edit/${encodeURIComponent(local.localId)}`);
  };

  const link = async (youth: { id: string; name: string }) => {
    if (busy) return;
    setBusy(true);
    const result = await linkScreening(id, youth.id);
    setBusy(false);
    if (result.ok) {
      setLinkProblem(null);
      setLinked((n) => ({ name: youth.name, attempt: (n?.attempt ?? 0) + 1 }));
      await load();
    } else setLinkProblem((was) => ({ problem: problemOf(result), attempt: (was?.attempt ?? 0) + 1 }));
  };

  if (loaded.kind !== 'ready') {
    return (
      <div className="grid-container usa-section harbor-page">
        <h1>{t('screeningForm.result.title')}</h1>
        {loaded.kind === 'loading' ? (
          <p role="status">{t('shell.loading')}</p>
        ) : (
          <FocusAlert type="error" heading={t('screeningForm.result.loadProblem')} testId="result-problem">
            <p className="usa-alert__text">
              {loaded.problem.kind === 'network'
                ? t('screeningForm.result.offline')
                : problemText(loaded.problem, t, locale)}
            </p>
          </FocusAlert>
        )}
        <p>
          <Link className="usa-link" to="/app/screenings">
            {t('screeningForm.backToList')}
          </Link>
        </p>
      </div>
    );
  }

  const { screening, instrument } = loaded;
  return (
    <div className="grid-container usa-section harbor-page harbor-screening">
      <h1>{t('screeningForm.result.title')}</h1>
      <p className="harbor-lead">{inLocale(instrument.title, locale)}</p>
      <dl className="harbor-facts harbor-facts--inline" data-testid="screening-facts">
        <dt>{t('screeningForm.facts.youth')}</dt>
        <dd data-testid="screening-youth">
          {screening.youthId && screening.youth ? (
            <Link className="usa-link" to={`/app/youth/${encodeURIComponent(screening.youthId)}`}>
              {youthText(screening.youthId, screening.youth, t)}
            </Link>
          ) : (
            youthText(screening.youthId, screening.youth, t)
          )}
        </dd>
        <dt>{t('screeningForm.facts.completed')}</dt>
        <dd>
          {t('screeningForm.facts.completedBy', {
            name: screening.completedByName ?? '',
            when: screening.completedAt ? countyTime(screening.completedAt) : '',
          })}
        </dd>
        <dt>{t('screeningForm.facts.status')}</dt>
        <dd data-testid="record-status">{t('screeningForm.status.sent')}</dd>
      </dl>
      {screening.corrects && (
        <div className="usa-alert usa-alert--info usa-alert--slim" data-testid="corrects">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {t('screeningForm.correction.isCorrection', { reason: screening.correctionReason ?? '' })}{' '}
              <Link className="usa-link" to={`/app/screenings/${encodeURIComponent(screening.corrects)}`}>
                {t('screeningForm.correction.original')}
              </Link>
            </p>
          </div>
        </div>
      )}
      {screening.correctedBy && (
        <div className="usa-alert usa-alert--warning usa-alert--slim" data-testid="corrected-by">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {t('screeningForm.correction.wasCorrected')}{' '}
              <Link className="usa-link" to={`/app/screenings/${encodeURIComponent(screening.correctedBy)}`}>
                {t('screeningForm.correction.newest')}
              </Link>
            </p>
          </div>
        </div>
      )}
      {linked && (
        <FocusAlert
          type="success"
          heading={t('screeningForm.link.done', { name: linked.name })}
          focusKey={linked.attempt}
          testId="link-done"
        />
      )}
      <ResultView
        instrument={instrument}
        data={{
          level: screening.level ?? 'none',
          reasons: screening.result?.reasons ?? [],
          domains: screening.result?.domains ?? [],
          safety: screening.safety,
          answers: screening.answers,
          answersHidden: screening.answersHidden,
          screeningId: screening.id,
        }}
      />

      {mayWrite && !screening.correctedBy && screening.answersHidden && (
        <p data-testid="correction-ask-clinician">{t('screeningForm.correction.askClinician')}</p>
      )}
      {mayWrite && !screening.correctedBy && !screening.answersHidden && (
        <section aria-labelledby="correct-heading">
          <h2 id="correct-heading">{t('screeningForm.correction.heading')}</h2>
          <p>{t('screeningForm.correction.intro')}</p>
          <button
            type="button"
            className="usa-button usa-button--outline"
            onClick={() => void correct(screening)}
            disabled={busy}
          >
            {t('screeningForm.correction.start')}
          </button>
        </section>
      )}

      {mayWrite && screening.youthId === null && screening.createdBy === owner && (
        <section aria-labelledby="link-heading">
          <h2 id="link-heading">{t('screeningForm.link.heading')}</h2>
          {linkProblem && (
            <FocusAlert type="error" heading={t('screeningForm.errors.heading')} focusKey={linkProblem.attempt}>
              <p className="usa-alert__text">{problemText(linkProblem.problem, t, locale)}</p>
            </FocusAlert>
          )}
          <p className="harbor-measure">{t('screeningForm.link.intro')}</p>
          <FindYouth
            idPrefix="link"
            heading={t('screeningForm.link.find')}
            chooseLabel={(name) => t('screeningForm.link.choose', { name })}
            onChoose={(youth) => void link(youth)}
          />
        </section>
      )}
      <p>
        <Link className="usa-link" to="/app/screenings">
          {t('screeningForm.backToList')}
        </Link>
      </p>
    </div>
  );
}
