import type { Answers, InstrumentDefinition } from '@harbor/core';
import { useEffect, useRef } from 'react';
import { ButtonGroup } from '../../components/button-group';
import { useMessages } from '../../i18n';
import type { Conflict } from '../../offline/records';
import { differingItems } from './conflict';
import { answerInWords, inLocale } from './text';

/**
 * A draft changed on the server since this device last had it: both versions side by side, item by item, and the
 * user's choice. Nothing is overwritten until they choose.
 */
export function ConflictPanel({
  instrument,
  mine,
  conflict,
  busy,
  onKeepMine,
  onTakeServer,
}: {
  instrument: InstrumentDefinition;
  mine: Answers;
  conflict: Conflict;
  busy: boolean;
  onKeepMine: () => void;
  onTakeServer: () => void;
}) {
  const { t, locale } = useMessages();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const differing = differingItems(instrument, mine, conflict.serverAnswers);
  const completed = conflict.serverStatus === 'completed';
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="usa-alert usa-alert--warning harbor-alert harbor-conflict"
      aria-labelledby="conflict-heading"
      data-testid="conflict"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="conflict-heading">
          {t('screeningForm.conflict.heading')}
        </h2>
        <p className="usa-alert__text">
          {completed ? t('screeningForm.conflict.completedBody') : t('screeningForm.conflict.body')}
        </p>
        <table className="usa-table usa-table--borderless usa-table--stacked harbor-conflict__table">
          <caption id="conflict-caption">{t('screeningForm.conflict.caption', { count: differing.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('screeningForm.conflict.question')}</th>
              <th scope="col">{t('screeningForm.conflict.mine')}</th>
              <th scope="col">{t('screeningForm.conflict.server')}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((item) => (
              <tr key={item.id} data-testid="conflict-row" data-item={item.id}>
                <th scope="row" data-label={t('screeningForm.conflict.question')}>
                  {inLocale(item.text, locale)}
                </th>
                <td data-label={t('screeningForm.conflict.mine')} data-testid="conflict-mine">
                  {answerInWords(item, mine[item.id], t, locale)}
                </td>
                <td data-label={t('screeningForm.conflict.server')} data-testid="conflict-server">
                  {answerInWords(item, conflict.serverAnswers[item.id], t, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ButtonGroup>
          {!completed && (
            <button type="button" className="usa-button" disabled={busy} onClick={onKeepMine}>
              {t('screeningForm.conflict.keepMine')}
            </button>
          )}
          <button type="button" className="usa-button usa-button--outline" disabled={busy} onClick={onTakeServer}>
            {completed ? t('screeningForm.conflict.openServer') : t('screeningForm.conflict.takeServer')}
          </button>
        </ButtonGroup>
      </div>
    </section>
  );
}
