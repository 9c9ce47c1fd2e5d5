import { YOUTH_RECORD_FIELD_CLASSES } from '@harbor/core';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { displayNameOf, getYouth, type YouthRecord } from './api';
import { BreakGlassRequest } from './break-glass-request';
import { CareTeam } from './care-team';
import { YouthFacts } from './youth-facts';
import { YouthScreenings } from './youth-screenings';

type Load =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; youth: YouthRecord }
  | { state: 'failed'; problem: Problem };

/** /app/youth/:id: a youth's record (the fields the caller's role may see), screenings over time and care team. */
export function YouthPage() {
  const { id = '' } = useParams();
  const { t, locale } = useMessages();
  usePageTitle('youthPage.record.title');
  const [load, setLoad] = useState<Load>({ state: 'loading' });

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
  return (
    <div className="grid-container usa-section harbor-page">
      <h1 data-testid="youth-name">{displayNameOf(youth)}</h1>
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
      <YouthFacts youth={youth} />
      <YouthScreenings youthId={youth.id} />
      <CareTeam youthId={youth.id} readOnly={youth.access === 'break_glass'} />
    </div>
  );
}
