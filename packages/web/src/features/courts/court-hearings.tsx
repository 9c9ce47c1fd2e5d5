import { HEARING_TYPES } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { type Enrollment, type Hearing, scheduleHearing } from './api';
import { ColumnHeads } from './column-heads';
import { HearingRecordForm } from './hearing-record-form';
import { ReportStartForm } from './report-start-form';
import { SubmitProblem } from './submit-problem';
import { useCountyToday, useSubmit } from './use-submit';

/**
 * The hearing calendar of an enrollment (STAR sits weekly): each hearing's day, department and type, who appeared,
 * the outcome, the next date and when the agencies' reports are due; scheduling one; recording one; starting the
 * agency's progress report for one.
 */
export function CourtHearings(props: { enrollment: Enrollment; mayWrite: boolean; onChanged: () => Promise<void> }) {
  const { t } = useMessages();
  const { enrollment: e } = props;
  const hearings = e.hearings ?? [];
  const [open, setOpen] = useState<{ hearing: string; form: 'record' | 'report' } | null>(null);
  const writable = props.mayWrite && e.status === 'active';
  const col = {
    day: t('courtsWeb.hearing.day'),
    department: t('courtsWeb.hearing.department'),
    type: t('courtsWeb.hearing.type'),
    appeared: t('courtsWeb.hearing.appeared'),
    outcome: t('courtsWeb.hearing.outcome'),
    next: t('courtsWeb.hearing.next'),
    due: t('courtsWeb.hearing.reportsDue'),
  };
  const toggle = (hearing: Hearing, form: 'record' | 'report') =>
    setOpen((o) => (o?.hearing === hearing.id && o.form === form ? null : { hearing: hearing.id, form }));
  return (
    <section aria-labelledby={`court-hearings-${e.id}`} data-testid="court-hearings">
      <h4 id={`court-hearings-${e.id}`}>{t('courtsWeb.hearing.heading')}</h4>
      {hearings.length === 0 ? (
        <p>{t('courtsWeb.hearing.none')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <ColumnHeads
            caption={t('courtsWeb.hearing.heading')}
            columns={[...Object.values(col), ...(writable ? [t('admin.users.actions')] : [])]}
          />
          <tbody>
            {hearings.map((h) => (
              <tr key={h.id} data-testid="court-hearing">
                <th scope="row" data-label={col.day}>
                  {h.hearingOn}
                </th>
                <td data-label={col.department}>{h.department}</td>
                <td data-label={col.type}>{t(`court.hearingType.${h.type}` as AppMessageKey)}</td>
                <td data-label={col.appeared}>
                  {(h.appeared ?? []).map((r) => t(`court.appeared.${r}` as AppMessageKey)).join(', ') || '—'}
                </td>
                <td data-label={col.outcome} data-testid="court-hearing-outcome">
                  {h.outcome ? t(`court.outcome.${h.outcome}` as AppMessageKey) : t('courtsWeb.hearing.notRecorded')}
                </td>
                <td data-label={col.next}>{h.nextOn ?? '—'}</td>
                <td data-label={col.due}>{h.reportsDueOn ?? '—'}</td>
                {writable && (
                  <td data-label={t('admin.users.actions')}>
                    {!h.outcome && (
                      <>
                        <button
                          type="button"
                          className="usa-button usa-button--unstyled display-block"
                          aria-expanded={open?.hearing === h.id && open.form === 'record'}
                          onClick={() => toggle(h, 'record')}
                        >
                          {t('courtsWeb.hearing.record', { day: h.hearingOn })}
                        </button>
                        <button
                          type="button"
                          className="usa-button usa-button--unstyled display-block"
                          aria-expanded={open?.hearing === h.id && open.form === 'report'}
                          onClick={() => toggle(h, 'report')}
                        >
                          {t('courtsWeb.report.start', { day: h.hearingOn })}
                        </button>
                      </>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {writable &&
        open &&
        hearings
          .filter((h) => h.id === open.hearing)
          .map((h) =>
            open.form === 'record' ? (
              <HearingRecordForm
                key={h.id}
                hearing={h}
                onRecorded={async () => {
                  setOpen(null);
                  await props.onChanged();
                }}
              />
            ) : (
              <ReportStartForm key={h.id} hearing={h} />
            ),
          )}
      {writable && <ScheduleForm enrollmentId={e.id} onScheduled={props.onChanged} />}
    </section>
  );
}

function ScheduleForm(props: { enrollmentId: string; onScheduled: () => Promise<void> }) {
  const { t } = useMessages();
  const [hearingOn, setHearingOn] = useState(useCountyToday());
  const [department, setDepartment] = useState('');
  const [type, setType] = useState('review');
  const submit = useSubmit();
  const id = props.enrollmentId;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run(
      () => scheduleHearing(id, { hearingOn, department, type: type as (typeof HEARING_TYPES)[number] }),
      props.onScheduled,
    );
  };
  return (
    <form className="usa-form harbor-no-print" onSubmit={onSubmit} noValidate data-testid="court-schedule">
      <h5 className="font-sans-sm">{t('courtsWeb.schedule.heading')}</h5>
      <SubmitProblem submit={submit} />
      <TextField
        id={`court-hearing-on-${id}`}
        type="date"
        label={t('courtsWeb.hearing.day')}
        value={hearingOn}
        error={submit.fields.hearingOn}
        onChange={(e) => setHearingOn(e.target.value)}
      />
      <TextField
        id={`court-department-${id}`}
        label={t('courtsWeb.hearing.department')}
        hint={t('courtsWeb.schedule.departmentHint')}
        value={department}
        error={submit.fields.department}
        onChange={(e) => setDepartment(e.target.value)}
      />
      <SelectField
        id={`court-hearing-type-${id}`}
        label={t('courtsWeb.hearing.type')}
        choose={t('youthPage.choose')}
        options={HEARING_TYPES.map((h) => ({ value: h, label: t(`court.hearingType.${h}` as AppMessageKey) }))}
        value={type}
        error={submit.fields.type}
        onChange={(e) => setType(e.target.value)}
      />
      <button type="submit" className="usa-button usa-button--outline margin-top-2" disabled={submit.busy}>
        {t('courtsWeb.schedule.submit')}
      </button>
    </form>
  );
}
