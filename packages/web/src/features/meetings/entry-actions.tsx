import { resolveWallTime } from '@harbor/core';
import { useState } from 'react';
import { DateTimeField } from '../../components/date-time-field';
import { SelectField } from '../../components/select-field';
import { useCountyTime, useCountyZone } from '../../county-time';
import { useMessages } from '../../i18n';
import { addAction, markActionDone, type OpenEntry } from './api';
import type { EntryProps } from './entry-props';
import { SentAlert } from './sent-alert';
import { TextForm } from './text-form';
import { useSend } from './use-send';

/**
 * The action items for the youth: what, whose (an attendee), due when (on the county's clock), and done when and by
 * whom. They are also lines of the deadlines view and escalate when overdue. Their owner or the chair marks one done.
 */
export function EntryActions({ meeting, entry, reload }: EntryProps & { entry: OpenEntry }) {
  const { t } = useMessages();
  const time = useCountyTime();
  const zone = useCountyZone();
  const adding = useSend(reload);
  const marking = useSend(reload);
  const [owner, setOwner] = useState('');
  const [dueAt, setDueAt] = useState('');
  const [missing, setMissing] = useState<{ owner?: boolean; dueAt?: boolean }>({});
  const editable = meeting.status === 'scheduled' && meeting.may.edit;
  const ownerId = `${entry.entryId}-action-owner`;
  const dueId = `${entry.entryId}-action-due`;
  const due = resolveWallTime(dueAt, zone);
  return (
    <div data-testid="entry-actions">
      <h4>{t('meetings.actions.heading')}</h4>
      <SentAlert sent={marking.sent} />
      {entry.actions.length === 0 ? (
        <p>{t('meetings.actions.none')}</p>
      ) : (
        <ul className="harbor-lines">
          {entry.actions.map((a) => {
            const overdue = !a.doneAt && Date.parse(a.dueAt) < Date.now();
            return (
              <li key={a.id} data-testid="entry-action">
                {a.text}
                {overdue && <span className="usa-tag harbor-tag margin-left-1">{t('meetings.actions.overdue')}</span>}
                <span className="harbor-line__meta">
                  {t('meetings.actions.line', { owner: a.owner.name, time: time(a.dueAt) })}
                </span>
                {a.doneAt ? (
                  <span className="harbor-line__meta" data-testid="entry-action-done">
                    {t('meetings.actions.done', { time: time(a.doneAt), name: a.doneBy?.name ?? '—' })}
                  </span>
                ) : (
                  editable && (
                    <button
                      type="button"
                      className="usa-button usa-button--unstyled harbor-no-print"
                      disabled={marking.busy}
                      onClick={() => void marking.send(() => markActionDone(a.id), 'meetings.actions.doneSaved')}
                    >
                      {t('meetings.actions.markDone', { text: a.text })}
                    </button>
                  )
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editable && (
        <TextForm
          id={`${entry.entryId}-action`}
          label={t('meetings.actions.text')}
          submit={t('meetings.actions.add')}
          sent={adding.sent}
          busy={adding.busy}
          check={() => {
            setMissing({ owner: !owner, dueAt: !due.ok });
            return !owner ? ownerId : due.ok ? null : dueId;
          }}
          onSend={async (text) => {
            if (!owner || !due.ok) return false;
            const body = { text, ownerUserId: owner, dueAt: due.instant.toISOString() };
            const ok = await adding.send(() => addAction(meeting.id, entry.entryId, body), 'meetings.actions.added');
            if (ok) {
              setOwner('');
              setDueAt('');
            }
            return ok;
          }}
        >
          <SelectField
            id={ownerId}
            label={t('meetings.actions.owner')}
            choose={t('meetings.field.choose')}
            options={meeting.attendees.map((a) => ({
              value: a.userId,
              label: t('meetings.staff.line', { name: a.name, agency: a.agencyName }),
            }))}
            error={missing.owner ? t('meetings.error.owner') : undefined}
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
          />
          <DateTimeField
            id={dueId}
            label={t('meetings.actions.dueAt')}
            value={dueAt}
            error={missing.dueAt && !due.ok ? t('meetings.error.dueAt') : undefined}
            onChange={setDueAt}
          />
        </TextForm>
      )}
    </div>
  );
}
