import { ageOn } from '@harbor/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CheckboxField } from '../../components/checkbox-field';
import { DateTimeField } from '../../components/date-time-field';
import { FindYouth } from '../../components/find-youth';
import { FocusAlert } from '../../components/focus-alert';
import { useCountyZone } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { message, type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { getYouthName, openResponse } from './api';
import { fromLocalInput, toLocalInput } from './response-format';

type Chosen = { id: string; name: string; age: number | null };

/** The youth a response is for, from ?youth=<id> (a youth's page, or a record just created for it). */
function useYouthOfUrl(id: string | null): Chosen | null {
  const [youth, setYouth] = useState<Chosen | null>(null);
  useEffect(() => {
    if (!id) return;
    void getYouthName(id).then((result) => {
      if (!result.ok) return;
      const y = result.data;
      const name = y.legalName ? `${y.legalName.given} ${y.legalName.family}` : (y.namesUsed?.[0] ?? '');
      setYouth({ id, name, age: ageOn(y, new Date()) });
    });
  }, [id]);
  return youth;
}

/**
 * /app/responses/new: open a response where it happens. From a clear-concern screening (?screening=…), for a youth
 * (?youth=…, from the youth's page), or from the home: then say who the youth is (find them, create their record, or
 * not identified yet) and what happened (a recovery, a disclosure, a hotline call).
 */
export function NewResponsePage() {
  const { t, locale } = useMessages();
  usePageTitle('responseWeb.open.title');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const screeningId = params.get('screening');
  const youthFromUrl = useYouthOfUrl(params.get('youth'));
  const [openedBy, setOpenedBy] = useState(screeningId ? 'screening' : 'recovery');
  const zone = useCountyZone();
  const [recoveredAt, setRecoveredAt] = useState(() => toLocalInput(new Date(), zone));
  const [onProbation, setOnProbation] = useState(false);
  const [inChildWelfare, setInChildWelfare] = useState(false);
  const [missingSince, setMissingSince] = useState(() => toLocalInput(new Date(), zone));
  const missing = openedBy === 'ran_from_placement';
  const [who, setWho] = useState<'find' | 'unidentified' | null>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [problem, setProblem] = useState<{ value: Problem; key: number } | null>(null);
  const youth = chosen ?? (who === null ? youthFromUrl : null);
  const asksWho = !screeningId && !params.get('youth');

  const fail = (value: Problem) => setProblem((was) => ({ value, key: (was?.key ?? 0) + 1 }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!screeningId && !youth && who !== 'unidentified') return fail(message('responseWeb.open.needYouth'));
    const result = await openResponse({
      openedBy,
      ...(screeningId && openedBy === 'screening' ? { screeningId } : {}),
      ...(youth ? { youthId: youth.id } : {}),
      ...(openedBy === 'recovery' ? { recoveredAt: fromLocalInput(recoveredAt, zone) } : {}),
      // The 24-hour reports of a youth missing from care run from when the worker learned of it.
      ...(missing ? { learnedAt: fromLocalInput(missingSince, zone) } : {}),
      onProbation,
      inChildWelfare: missing || inChildWelfare,
    });
    if (result.ok) navigate(`/app/responses/${result.data.id}`);
    else fail(problemOf(result));
  };
  const kinds = screeningId ? ['screening'] : ['recovery', 'disclosure', 'hotline_call', 'ran_from_placement'];
  const forText = (y: Chosen) =>
    y.age === null
      ? t('responseWeb.open.for', { name: y.name })
      : t('responseWeb.open.forAge', { name: y.name, age: y.age });
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('responseWeb.open.title')}</h1>
      <p className="usa-intro harbor-measure">{t('responseWeb.open.intro')}</p>
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.key}>
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}
      {youth && (
        <div className="usa-summary-box margin-bottom-2" data-testid="response-for">
          <div className="usa-summary-box__body">
            <p className="usa-summary-box__text text-bold">{forText(youth)}</p>
            {asksWho || chosen ? (
              <button
                type="button"
                className="usa-button usa-button--unstyled"
                onClick={() => {
                  setChosen(null);
                  setWho('find');
                }}
              >
                {t('responseWeb.open.change')}
              </button>
            ) : null}
          </div>
        </div>
      )}
      {asksWho && !youth && (
        <section aria-labelledby="who-heading">
          <h2 id="who-heading">{t('responseWeb.open.who')}</h2>
          <fieldset className="usa-fieldset">
            <legend className="usa-sr-only">{t('responseWeb.open.who')}</legend>
            <div className="usa-radio">
              <input
                className="usa-radio__input"
                type="radio"
                id="who-find"
                name="who"
                checked={who === 'find'}
                onChange={() => setWho('find')}
              />
              <label className="usa-radio__label" htmlFor="who-find">
                {t('responseWeb.open.whoFind')}
              </label>
            </div>
            <div className="usa-radio">
              <input
                className="usa-radio__input"
                type="radio"
                id="who-unidentified"
                name="who"
                checked={who === 'unidentified'}
                onChange={() => setWho('unidentified')}
              />
              <label className="usa-radio__label" htmlFor="who-unidentified">
                {t('responseWeb.open.whoUnidentified')}
              </label>
            </div>
          </fieldset>
          <p>
            <Link className="usa-link" to="/app/youth/new?then=response">
              {t('responseWeb.open.whoNew')}
            </Link>
          </p>
          {who === 'find' && (
            <FindYouth
              idPrefix="open"
              heading={t('responseWeb.open.findHeading')}
              chooseLabel={(name) => t('responseWeb.open.choose', { name })}
              onChoose={(y) => {
                setChosen(y);
                setWho(null);
              }}
            />
          )}
        </section>
      )}
      <form className="usa-form usa-form--large" onSubmit={(e) => void submit(e)}>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">{t('responseWeb.open.how')}</legend>
          {kinds.map((k) => (
            <div className="usa-radio" key={k}>
              <input
                className="usa-radio__input"
                type="radio"
                id={`opened-${k}`}
                name="openedBy"
                value={k}
                checked={openedBy === k}
                onChange={() => setOpenedBy(k)}
              />
              <label className="usa-radio__label" htmlFor={`opened-${k}`}>
                {t(`responseWeb.openedBy.${k}` as AppMessageKey)}
              </label>
            </div>
          ))}
        </fieldset>
        {openedBy === 'recovery' && (
          <DateTimeField
            id="recovered-at"
            label={t('responseWeb.open.recoveredAt')}
            value={recoveredAt}
            onChange={setRecoveredAt}
          />
        )}
        {missing && (
          <DateTimeField
            id="missing-since"
            label={t('responseWeb.open.missingSince')}
            hint={t('responseWeb.open.missingHint')}
            value={missingSince}
            onChange={setMissingSince}
          />
        )}
        {!missing && (
          <CheckboxField
            id="in-child-welfare"
            label={t('responseWeb.open.inChildWelfare')}
            checked={inChildWelfare}
            onChange={setInChildWelfare}
          />
        )}
        <CheckboxField
          id="on-probation"
          label={t('responseWeb.open.onProbation')}
          checked={onProbation}
          onChange={setOnProbation}
        />
        <button type="submit" className="usa-button margin-top-2">
          {t('responseWeb.open.submit')}
        </button>
      </form>
    </div>
  );
}
