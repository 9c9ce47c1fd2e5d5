import { type FormEvent, useState } from 'react';
import { DateTimeField } from '../../components/date-time-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useCountyTime, useCountyZone } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { DISCLOSABLE_CLASSES, DISCLOSURE_BASES, disclose, type OpenEntry } from './api';
import { ChoiceGroup } from './choice-group';
import {
  type DisclosureForm,
  type DisclosureProblem,
  disclosureProblems,
  disclosureRequest,
  disclosureWindow,
  EMPTY_DISCLOSURE,
} from './disclosure-form';
import type { EntryProps } from './entry-props';
import { SentAlert } from './sent-alert';
import { useSend } from './use-send';

/** Where each problem sends focus. */
const FIELD: Record<DisclosureProblem, string> = {
  basis: 'basis',
  to: 'to',
  classes: 'classes',
  reportedAt: 'reported',
  goodCauseReason: 'good-cause-reason',
  orderNumber: 'order-number',
  orderDate: 'order-date',
  consentBy: 'consent-by',
  purpose: 'purpose',
  until: 'until',
};

/**
 * The disclosures of the youth at this meeting (what, to whom, on which basis, when, by whom) and, for a member who
 * sees the youth, disclosing to attendees: the legal basis with its own fields (the 18961.7 window shown as it is
 * typed), to whom, and which classes of the record. A refusal (outside the window, a consent ended) shows the
 * server's message.
 */
export function EntryDisclosures({ meeting, entry, reload }: EntryProps & { entry: OpenEntry }) {
  const { t } = useMessages();
  const time = useCountyTime();
  const zone = useCountyZone();
  const { sent, busy, send } = useSend(reload);
  const [form, setForm] = useState<DisclosureForm>(EMPTY_DISCLOSURE);
  const [tried, setTried] = useState(false);
  const set = <K extends keyof DisclosureForm>(key: K, value: DisclosureForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const mayDisclose = meeting.status === 'scheduled' && meeting.may.disclose && entry.via === 'access';
  const p = `${entry.entryId}-disclose`;
  const problems = tried ? disclosureProblems(form, zone) : [];
  const error = (k: DisclosureProblem) => (problems.includes(k) ? t(`meetings.error.${k}`) : undefined);
  const names = new Map(meeting.attendees.map((a) => [a.userId, a.name]));
  const classText = (cs: readonly string[]) => cs.map((c) => t(`meetings.fieldClass.${c}` as AppMessageKey)).join(', ');
  const windowEnd = form.basis === 'mdt_18961_7' ? disclosureWindow(form, zone) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const found = disclosureProblems(form, zone);
    if (found[0]) {
      const target = FIELD[found[0]];
      const first = ['basis', 'to', 'classes'].includes(target)
        ? document.querySelector<HTMLInputElement>(`input[name="${p}-${target}"]`)
        : document.getElementById(`${p}-${target}`);
      first?.focus();
      return;
    }
    if (
      await send(() => disclose(meeting.id, entry.entryId, disclosureRequest(form, zone)), 'meetings.disclosures.done')
    ) {
      setForm(EMPTY_DISCLOSURE);
      setTried(false);
    }
  };

  return (
    <div data-testid="entry-disclosures">
      <h4>{t('meetings.disclosures.heading')}</h4>
      {entry.disclosures.length === 0 ? (
        <p>{t('meetings.disclosures.none')}</p>
      ) : (
        <ul className="harbor-lines">
          {entry.disclosures.map((d) => (
            <li key={d.id} data-testid="entry-disclosure">
              {t('meetings.disclosures.line', {
                classes: classText(d.classes),
                to: d.to === 'all' ? t('meetings.disclosures.toAll') : d.to.map((u) => names.get(u) ?? '—').join(', '),
                basis: t(`meetings.basis.${d.basis}` as AppMessageKey),
              })}
              <span className="harbor-line__meta">{t('meetings.by', { name: d.by.name, time: time(d.at) })}</span>
            </li>
          ))}
        </ul>
      )}
      {mayDisclose && (
        <form
          className="usa-form harbor-no-print"
          noValidate
          onSubmit={(e) => void submit(e)}
          data-testid="disclose-form"
        >
          <h5 className="usa-legend harbor-legend">{t('meetings.disclosures.form')}</h5>
          <p className="usa-hint">{t('meetings.disclosures.intro')}</p>
          <SentAlert sent={sent} testId="disclose-outcome" />
          <ChoiceGroup
            name={`${p}-basis`}
            legend={t('meetings.disclosures.basis')}
            error={error('basis')}
            chosen={form.basis ? [form.basis] : []}
            options={DISCLOSURE_BASES.map((b) => ({ value: b, label: t(`meetings.basis.${b}`) }))}
            onChange={([b]) => set('basis', (b ?? '') as DisclosureForm['basis'])}
          />
          {form.basis === 'mdt_18961_7' && (
            <>
              <DateTimeField
                id={`${p}-reported`}
                label={t('meetings.field.reportedAt')}
                value={form.reportedAt}
                error={error('reportedAt')}
                onChange={(v) => set('reportedAt', v)}
              />
              {windowEnd && (
                <p
                  className={windowEnd.getTime() < Date.now() ? 'harbor-overdue' : undefined}
                  aria-live="polite"
                  data-testid="disclose-window"
                >
                  {t(windowEnd.getTime() < Date.now() ? 'meetings.field.windowOver' : 'meetings.field.window', {
                    time: time(windowEnd.toISOString()),
                  })}
                </p>
              )}
              <DateTimeField
                id={`${p}-good-cause-until`}
                label={t('meetings.field.goodCauseUntil')}
                value={form.goodCauseUntil}
                onChange={(v) => set('goodCauseUntil', v)}
              />
              {form.goodCauseUntil && (
                <TextAreaField
                  id={`${p}-good-cause-reason`}
                  label={t('meetings.field.goodCauseReason')}
                  maxLength={2000}
                  rows={2}
                  error={error('goodCauseReason')}
                  value={form.goodCauseReason}
                  onChange={(e) => set('goodCauseReason', e.target.value)}
                />
              )}
            </>
          )}
          {form.basis === 'court_order' && (
            <>
              <TextField
                id={`${p}-order-number`}
                label={t('meetings.field.orderNumber')}
                maxLength={100}
                error={error('orderNumber')}
                value={form.orderNumber}
                onChange={(e) => set('orderNumber', e.target.value)}
              />
              <TextField
                id={`${p}-order-date`}
                label={t('meetings.field.orderDate')}
                type="date"
                error={error('orderDate')}
                value={form.orderDate}
                onChange={(e) => set('orderDate', e.target.value)}
              />
            </>
          )}
          {(form.basis === 'youth_consent' || form.basis === 'caregiver_consent') && (
            <>
              <TextField
                id={`${p}-consent-by`}
                label={t('meetings.field.consentBy')}
                maxLength={200}
                error={error('consentBy')}
                value={form.consentBy}
                onChange={(e) => set('consentBy', e.target.value)}
              />
              <TextField
                id={`${p}-purpose`}
                label={t('meetings.field.purpose')}
                maxLength={500}
                error={error('purpose')}
                value={form.purpose}
                onChange={(e) => set('purpose', e.target.value)}
              />
              <DateTimeField
                id={`${p}-until`}
                label={t('meetings.field.until')}
                error={error('until')}
                value={form.until}
                onChange={(v) => set('until', v)}
              />
            </>
          )}
          <ChoiceGroup
            name={`${p}-to`}
            legend={t('meetings.disclosures.to')}
            error={error('to')}
            chosen={form.toAll ? [form.toAll] : []}
            options={[
              { value: 'all', label: t('meetings.disclosures.toEveryone') },
              { value: 'chosen', label: t('meetings.disclosures.toChosen') },
            ]}
            onChange={([v]) => set('toAll', (v ?? '') as DisclosureForm['toAll'])}
          />
          {form.toAll === 'chosen' && (
            <ChoiceGroup
              name={`${p}-attendees`}
              legend={t('meetings.disclosures.attendees')}
              multiple
              chosen={form.to}
              options={meeting.attendees.map((a) => ({
                value: a.userId,
                label: t('meetings.staff.line', { name: a.name, agency: a.agencyName }),
              }))}
              onChange={(to) => set('to', to)}
            />
          )}
          <ChoiceGroup
            name={`${p}-classes`}
            legend={t('meetings.disclosures.classes')}
            error={error('classes')}
            multiple
            chosen={form.classes}
            options={DISCLOSABLE_CLASSES.filter((c) => entry.classes.includes(c)).map((c) => ({
              value: c,
              label: t(`meetings.fieldClass.${c}`),
            }))}
            onChange={(classes) => set('classes', classes as DisclosureForm['classes'])}
          />
          <button type="submit" className="usa-button margin-top-2" disabled={busy} data-testid="disclose-submit">
            {t('meetings.disclosures.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
