import { mayWrite as accessMayWrite, ageOn, YOUTH_RECORD_FIELD_CLASSES } from '@harbor/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ButtonGroup } from '../../components/button-group';
import { FocusAlert } from '../../components/focus-alert';
import { OnThisPage } from '../../components/on-this-page';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { roleMay } from '../../permissions';
import { usePrintMark } from '../../print-mark';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { YouthSections } from '../../youth-sections';
import { displayNameOf, getYouth, type YouthRecord } from './api';
import { BreakGlassRequest } from './break-glass-request';
import { CareTeam } from './care-team';
import { usePageParts } from './shared-parts';
import { YouthEdit } from './youth-edit';
import { YouthFacts } from './youth-facts';
import { YouthReferrals } from './youth-referrals';
import { YouthResponses } from './youth-responses';
import { YouthScreenings } from './youth-screenings';
import { YouthTimeline } from './youth-timeline';

type Load =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; youth: YouthRecord }
  | { state: 'failed'; problem: Problem };

/** The youth's age beside the date of birth (or the estimate), as the record's header says it. */
export function bornText(youth: YouthRecord, t: ReturnType<typeof useMessages>['t']): string | null {
  const age = ageOn(youth, new Date());
  if (youth.dateOfBirth && age !== null) return t('youthPage.record.born', { date: youth.dateOfBirth, age });
  if (age !== null) return t('youthPage.record.aboutAge', { age });
  return null;
}

/**
 * /app/youth/:id: a youth's record (the fields the caller's role may see) with the age, what the reader can do
 * (open a response, change the record, print it), the responses, the timeline, screenings over time and the care
 * team with whom to call, with links to each section at the top (a long page on a phone). Printed, it is marked confidential (W&I 827) on every page and shows no navigation.
 */
export function YouthPage() {
  const { id = '' } = useParams();
  const { t, locale } = useMessages();
  usePageTitle('youthPage.record.title');
  usePrintMark(t('print.confidential'));
  const info = useSignedIn();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(0);
  const page = useRef<HTMLDivElement>(null);
  const parts = usePageParts(id, load.state === 'ready' ? load.youth.access : null);

  const refresh = useCallback(async () => {
    const result = await getYouth(id);
    if (result.ok) setLoad({ state: 'ready', youth: result.data });
    else if (result.kind === 'api' && result.status === 404) setLoad({ state: 'missing' });
    else setLoad({ state: 'failed', problem: problemOf(result) });
  }, [id]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (load.state === 'loading')
    return (
      <p role="status" className="grid-container usa-section">
        {t('admin.loading')}
      </p>
    );
  if (load.state === 'missing') return <BreakGlassRequest id={id} onOpened={() => void refresh()} />;
  if (load.state === 'failed') {
    return (
      <div className="grid-container usa-section harbor-page">
        <FocusAlert type="error" heading={t('admin.error.heading')}>
          <p className="usa-alert__text">{problemText(load.problem, t, locale)}</p>
        </FocusAlert>
      </div>
    );
  }
  const { youth } = load;
  const hidden = YOUTH_RECORD_FIELD_CLASSES.filter((c) => !youth.fieldClasses.includes(c));
  // The server refuses a change from break-glass and referral access (core's mayWrite): no control offers one.
  const mayWrite = accessMayWrite(youth.access) && roleMay(info.user.role, 'youth.write');
  const born = bornText(youth, t);
  const age = ageOn(youth, new Date());
  return (
    <div className="grid-container usa-section harbor-page" ref={page}>
      <p className="harbor-print-mark" data-testid="print-mark">
        {t('print.confidential')}
      </p>
      <h1 data-testid="youth-name">{displayNameOf(youth)}</h1>
      {born && (
        <p className="usa-intro" data-testid="youth-age">
          {born}
        </p>
      )}
      {saved > 0 && !editing && (
        <FocusAlert type="success" heading={t('youthPage.edit.saved')} focusKey={saved} testId="youth-saved" />
      )}
      {youth.access === 'break_glass' && (
        <div className="usa-alert usa-alert--warning usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('youthPage.record.breakGlass')}</p>
          </div>
        </div>
      )}
      {hidden.length > 0 && (
        <p className="harbor-measure" data-testid="youth-hidden-classes">
          {t('youthPage.record.hidden', {
            classes: hidden.map((c) => t(`youth.fieldClass.${c}` as AppMessageKey)).join(', '),
          })}
        </p>
      )}
      <section aria-labelledby="youth-actions-heading" className="harbor-no-print">
        <h2 id="youth-actions-heading" className="usa-sr-only">
          {t('youthPage.actions.heading')}
        </h2>
        <ButtonGroup>
          {mayWrite && (
            <Link
              className="usa-button"
              to={`/app/responses/new?youth=${encodeURIComponent(youth.id)}`}
              data-testid="youth-open-response"
            >
              {t('youthPage.actions.openResponse')}
            </Link>
          )}
          {mayWrite && (
            <Link
              className="usa-button usa-button--outline"
              to={`/app/directory?pick=${encodeURIComponent(youth.id)}${age === null ? '' : `&age=${age}`}`}
              data-testid="youth-refer"
            >
              {t('referralWeb.refer')}
            </Link>
          )}
          {mayWrite && !editing && (
            <button
              type="button"
              className="usa-button usa-button--outline"
              onClick={() => {
                setSaved(0);
                setEditing(true);
              }}
            >
              {t('youthPage.actions.edit')}
            </button>
          )}
          <button type="button" className="usa-button usa-button--outline" onClick={() => window.print()}>
            {t('youthPage.actions.print')}
          </button>
        </ButtonGroup>
      </section>
      <OnThisPage root={page} label={t('youthPage.onThisPage')} />
      {editing ? (
        <YouthEdit
          youth={youth}
          onSaved={(updated) => {
            setLoad({ state: 'ready', youth: updated });
            setEditing(false);
            setSaved((n) => n + 1);
          }}
          onCancel={() => setEditing(false)}
          onReload={() => {
            setEditing(false);
            void refresh().then(() => setEditing(true));
          }}
        />
      ) : (
        <YouthFacts youth={youth} />
      )}
      {parts.responses && <YouthResponses youthId={youth.id} />}
      <YouthReferrals youthId={youth.id} />
      {parts.features && <YouthSections youthId={youth.id} mayWrite={mayWrite} />}
      {parts.timeline && <YouthTimeline key={`${youth.id}-${youth.version}`} youthId={youth.id} />}
      {parts.screenings && <YouthScreenings youthId={youth.id} mayStart={mayWrite} />}
      {parts.careTeam && <CareTeam youthId={youth.id} readOnly={!accessMayWrite(youth.access)} />}
    </div>
  );
}
