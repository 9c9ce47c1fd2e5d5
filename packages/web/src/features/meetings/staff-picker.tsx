import { useState } from 'react';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { type MeetingRole, type StaffMember, searchStaff } from './api';

type Invited = Exclude<MeetingRole, 'chair'>;
const ROLES: readonly Invited[] = ['member', 'guest'];

/**
 * Finding a colleague (of any agency) in the staff directory and choosing their part in the meeting: the person and
 * the part are chosen each time, nothing for the person. `onAdd` says whether they were added (the choice is then
 * cleared).
 */
export function StaffPicker({
  idPrefix,
  onAdd,
  busy,
}: {
  idPrefix: string;
  onAdd: (person: StaffMember, meetingRole: Invited) => Promise<boolean> | boolean;
  busy?: boolean;
}) {
  const { t } = useMessages();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<StaffMember[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [role, setRole] = useState('');
  const [missing, setMissing] = useState<{ person?: string; role?: string }>({});

  const search = async (event: { preventDefault: () => void }) => {
    event.preventDefault();
    if (query.trim().length < 2) return;
    const result = await searchStaff(query.trim());
    setFound(result.ok ? result.data : []);
    setChosen('');
    setMissing({});
  };
  const add = async () => {
    const person = found?.find((p) => p.id === chosen);
    setMissing({
      ...(person ? {} : { person: t('meetings.error.person') }),
      ...(role ? {} : { role: t('meetings.error.meetingRole') }),
    });
    if (!person || !role) {
      document.getElementById(person ? `${idPrefix}-role` : `${idPrefix}-person`)?.focus();
      return;
    }
    if (await onAdd(person, role as Invited)) {
      setChosen('');
      setRole('');
    }
  };

  return (
    <div data-testid={`${idPrefix}-picker`}>
      <search aria-label={t('meetings.staff.find')}>
        <div className="usa-form">
          <TextField
            id={`${idPrefix}-query`}
            label={t('meetings.staff.find')}
            hint={t('meetings.staff.findHint')}
            value={query}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void search(e);
            }}
          />
          <button type="button" className="usa-button usa-button--outline" onClick={(e) => void search(e)}>
            {t('meetings.staff.search')}
          </button>
        </div>
      </search>
      {found && found.length === 0 && <p role="status">{t('meetings.staff.nobody')}</p>}
      {found && found.length > 0 && (
        <div className="usa-form">
          <SelectField
            id={`${idPrefix}-person`}
            label={t('meetings.staff.person')}
            choose={t('meetings.field.choose')}
            options={found.map((p) => ({
              value: p.id,
              label: [p.displayName, p.role && t(`roleName.${p.role}` as AppMessageKey), p.agencyName]
                .filter(Boolean)
                .join(' · '),
            }))}
            error={missing.person}
            value={chosen}
            onChange={(e) => setChosen(e.target.value)}
          />
          <SelectField
            id={`${idPrefix}-role`}
            label={t('meetings.staff.meetingRole')}
            choose={t('meetings.field.choose')}
            options={ROLES.map((r) => ({ value: r, label: t(`meetings.role.${r}`) }))}
            error={missing.role}
            value={role}
            onChange={(e) => setRole(e.target.value)}
          />
          <button type="button" className="usa-button" disabled={busy} onClick={() => void add()}>
            {t('meetings.staff.add')}
          </button>
        </div>
      )}
    </div>
  );
}
