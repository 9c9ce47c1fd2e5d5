import { DateTimeField } from '../../components/date-time-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { ScheduleForm, ScheduleProblem } from './schedule-form';

/**
 * A meeting's when and where: the date and time on the county's clock, the length, the place and the video link, with
 * the errors of the last try. The ids are `<prefix>-starts`, `-duration`, `-place` and `-link` (the error summary's
 * targets). Shared by scheduling a meeting and moving one.
 */
export function WhenWhereFields({
  prefix,
  form,
  problems,
  checked,
  set,
}: {
  prefix: string;
  form: ScheduleForm;
  problems: readonly ScheduleProblem[];
  checked: boolean;
  set: <K extends keyof ScheduleForm>(key: K, value: ScheduleForm[K]) => void;
}) {
  const { t } = useMessages();
  const error = (p: ScheduleProblem) => (problems.includes(p) ? t(`meetings.error.${p}`) : undefined);
  return (
    <>
      <DateTimeField
        id={`${prefix}-starts`}
        label={t('meetings.field.startsAt')}
        value={form.startsAt}
        error={error('startsAt')}
        checked={checked}
        onChange={(v) => set('startsAt', v)}
      />
      <TextField
        id={`${prefix}-duration`}
        label={t('meetings.field.duration')}
        hint={t('meetings.field.durationHint')}
        inputMode="numeric"
        inputClassName="usa-input--small"
        error={error('duration')}
        value={form.duration}
        onChange={(e) => set('duration', e.target.value)}
      />
      <TextField
        id={`${prefix}-place`}
        label={t('meetings.field.place')}
        hint={t('meetings.field.placeHint')}
        maxLength={200}
        value={form.place}
        onChange={(e) => set('place', e.target.value)}
      />
      <TextField
        id={`${prefix}-link`}
        label={t('meetings.field.link')}
        hint={t('meetings.field.linkHint')}
        type="url"
        maxLength={500}
        error={error('link')}
        value={form.link}
        onChange={(e) => set('link', e.target.value)}
      />
    </>
  );
}
