import { useState } from 'react';
import { SelectField } from '../../components/select-field';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { addNote, NOTE_CLASSES, type NoteClass, type OpenEntry } from './api';
import type { EntryProps } from './entry-props';
import { TextForm } from './text-form';
import { useSend } from './use-send';

/**
 * The notes about the youth the reader's classes include (the server leaves out the others), each with its class; a
 * new note names who may read it, among the classes the writer sees.
 */
export function EntryNotes({ meeting, entry, reload }: EntryProps & { entry: OpenEntry }) {
  const { t } = useMessages();
  const time = useCountyTime();
  const { sent, busy, send } = useSend(reload);
  const [fieldClass, setFieldClass] = useState<NoteClass | ''>('');
  const [missing, setMissing] = useState(false);
  const editable = meeting.status === 'scheduled' && meeting.may.edit;
  const classes = NOTE_CLASSES.filter((c) => entry.classes.includes(c));
  const classId = `${entry.entryId}-note-class`;
  return (
    <div data-testid="entry-notes">
      <h4>{t('meetings.notes.heading')}</h4>
      {entry.notes.length === 0 ? (
        <p>{t('meetings.notes.none')}</p>
      ) : (
        <ul className="harbor-lines">
          {entry.notes.map((n) => (
            <li key={n.id} data-testid="entry-note">
              <span className="usa-tag harbor-tag">{t(`meetings.fieldClass.${n.fieldClass}`)}</span> {n.text}
              <span className="harbor-line__meta">{t('meetings.by', { name: n.by.name, time: time(n.at) })}</span>
            </li>
          ))}
        </ul>
      )}
      {editable && classes.length > 0 && (
        <TextForm
          id={`${entry.entryId}-note`}
          label={t('meetings.notes.text')}
          submit={t('meetings.notes.add')}
          sent={sent}
          busy={busy}
          check={() => {
            setMissing(!fieldClass);
            return fieldClass ? null : classId;
          }}
          onSend={async (text) => {
            if (!fieldClass) return false;
            const ok = await send(() => addNote(meeting.id, entry.entryId, text, fieldClass), 'meetings.notes.added');
            if (ok) setFieldClass('');
            return ok;
          }}
        >
          <SelectField
            id={classId}
            label={t('meetings.notes.class')}
            hint={t('meetings.notes.classHint')}
            choose={t('meetings.field.choose')}
            options={classes.map((c) => ({ value: c, label: t(`meetings.fieldClass.${c}`) }))}
            error={missing ? t('meetings.error.fieldClass') : undefined}
            value={fieldClass}
            onChange={(e) => setFieldClass(e.target.value as NoteClass)}
          />
        </TextForm>
      )}
    </div>
  );
}
