import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ButtonGroup } from '../../components/button-group';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorSummary } from '../../components/error-summary';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import { type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { listMeetingTypes, type MeetingType, saveMeetingType } from './api';
import {
  EMPTY_MEETING_TYPE,
  type MeetingTypeForm,
  type MeetingTypeProblem,
  meetingTypeProblems,
  problemField,
} from './meeting-type-form';

type Outcome = { ok: true } | { ok: false; problem: Problem };

/** One type's names, or a new type's code and names, with the errors of the last try. */
function TypeFields({
  prefix,
  form,
  problems,
  withId,
  onChange,
}: {
  prefix: string;
  form: MeetingTypeForm;
  problems: MeetingTypeProblem[];
  withId: boolean;
  onChange: (form: MeetingTypeForm) => void;
}) {
  const { t } = useMessages();
  const error = (field: 'id' | 'nameEn' | 'nameEs') => {
    const found = problems.find((p) => (field === 'id' ? p.startsWith('id') : p === field));
    return found ? t(`meetings.types.error.${found}`) : undefined;
  };
  return (
    <>
      {withId && (
        <TextField
          id={`${prefix}-id`}
          label={t('meetings.types.code')}
          hint={t('meetings.types.codeHint')}
          error={error('id')}
          value={form.id}
          onChange={(e) => onChange({ ...form, id: e.target.value })}
          autoComplete="off"
          spellCheck={false}
          maxLength={60}
        />
      )}
      <TextField
        id={`${prefix}-nameEn`}
        label={t('meetings.types.nameEn')}
        error={error('nameEn')}
        value={form.nameEn}
        onChange={(e) => onChange({ ...form, nameEn: e.target.value })}
        autoComplete="off"
        lang="en"
        maxLength={120}
      />
      <TextField
        id={`${prefix}-nameEs`}
        label={t('meetings.types.nameEs')}
        error={error('nameEs')}
        value={form.nameEs}
        onChange={(e) => onChange({ ...form, nameEs: e.target.value })}
        autoComplete="off"
        lang="es"
        maxLength={120}
      />
    </>
  );
}

/**
 * /app/meetings/types (administrators, `mdt.types`): the county's MDT meeting types with their English and Spanish
 * names; renaming one, taking it out of use (the meetings that had it keep it; it is no longer offered when
 * scheduling) or back into use, and adding one. Each form checks itself first and lists its problems.
 */
export function MeetingTypesPage() {
  const { t, locale } = useMessages();
  usePageTitle('meetings.types.title');
  const [types, setTypes] = useState<MeetingType[] | null>(null);
  const [outcome, setOutcome] = useState<{ value: Outcome; key: number } | null>(null);
  const [editing, setEditing] = useState<{ id: string; form: MeetingTypeForm; active: boolean } | null>(null);
  const [adding, setAdding] = useState<MeetingTypeForm>(EMPTY_MEETING_TYPE);
  const [round, setRound] = useState<{ form: 'edit' | 'add'; problems: MeetingTypeProblem[]; key: number } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const tell = useCallback((value: Outcome) => setOutcome((was) => ({ value, key: (was?.key ?? 0) + 1 })), []);

  // Read again in the reader's language: the list's first column is the name in it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: locale decides the language of the answer
  const load = useCallback(async () => {
    const result = await listMeetingTypes();
    if (result.ok) setTypes(result.data.items);
    else tell({ ok: false, problem: problemOf(result) });
  }, [tell, locale]);
  useEffect(() => {
    void load();
  }, [load]);

  const check = (form: 'edit' | 'add', found: MeetingTypeProblem[]) => {
    setRound((was) => ({ form, problems: found, key: (was?.key ?? 0) + 1 }));
    if (found.length > 0) setOutcome(null);
    return found.length === 0;
  };
  const save = async (id: string, body: { nameEn: string; nameEs: string; active: boolean }) => {
    setBusy(true);
    const result = await saveMeetingType(id, {
      nameEn: body.nameEn.trim(),
      nameEs: body.nameEs.trim(),
      active: body.active,
    });
    setBusy(false);
    tell(result.ok ? { ok: true } : { ok: false, problem: problemOf(result) });
    await load();
    return result.ok;
  };
  const submitEdit = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing || !check('edit', meetingTypeProblems(editing.form, null))) return;
    if (await save(editing.id, { ...editing.form, active: editing.active })) {
      const id = editing.id;
      setEditing(null);
      setRound(null);
      requestAnimationFrame(() => document.getElementById(`type-${id}-change`)?.focus());
    }
  };
  const submitAdd = async (event: FormEvent) => {
    event.preventDefault();
    if (
      !check(
        'add',
        meetingTypeProblems(
          adding,
          (types ?? []).map((type) => type.id),
        ),
      )
    )
      return;
    if (await save(adding.id.trim(), { ...adding, active: true })) {
      setAdding(EMPTY_MEETING_TYPE);
      setRound(null);
    }
  };
  const stopEditing = (id: string) => {
    setEditing(null);
    setRound(null);
    requestAnimationFrame(() => document.getElementById(`type-${id}-change`)?.focus());
  };
  const summary = (form: 'edit' | 'add', prefix: string) =>
    round?.form === form &&
    round.problems.length > 0 && (
      <ErrorSummary
        heading={t('meetings.schedule.problems')}
        focusKey={round.key}
        entries={round.problems.map((p) => ({ target: problemField(prefix, p), text: t(`meetings.types.error.${p}`) }))}
        onFollow={(target) => document.getElementById(target)?.focus()}
      />
    );

  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('meetings.types.title')}</h1>
      <p className="harbor-measure">{t('meetings.types.intro')}</p>
      {outcome && (
        <FocusAlert
          type={outcome.value.ok ? 'success' : 'error'}
          heading={t(outcome.value.ok ? 'meetings.saved' : 'meetings.notSaved')}
          focusKey={outcome.key}
          testId="meeting-types-outcome"
        >
          {!outcome.value.ok && <p className="usa-alert__text">{problemText(outcome.value.problem, t, locale)}</p>}
        </FocusAlert>
      )}
      {types === null ? (
        !outcome && <p role="status">{t('meetings.loading')}</p>
      ) : (
        <table
          className="usa-table usa-table--borderless usa-table--stacked-header harbor-table width-full"
          data-testid="meeting-types"
        >
          <caption className="usa-sr-only">{t('meetings.types.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meetings.types.nameEn')}</th>
              <th scope="col">{t('meetings.types.nameEs')}</th>
              <th scope="col">{t('meetings.types.status')}</th>
              <th scope="col">{t('meetings.types.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {types.map((type) => (
              <tr key={type.id} data-testid={`type-${type.id}`}>
                <th scope="row" data-label={t('meetings.types.nameEn')} lang="en">
                  {type.nameEn}
                </th>
                <td data-label={t('meetings.types.nameEs')} lang="es">
                  {type.nameEs}
                </td>
                <td data-label={t('meetings.types.status')}>
                  {t(type.active ? 'meetings.types.inUse' : 'meetings.types.retired')}
                </td>
                <td data-label={t('meetings.types.actions')}>
                  {editing?.id === type.id ? (
                    <form className="usa-form" noValidate onSubmit={(e) => void submitEdit(e)}>
                      {summary('edit', `type-${type.id}`)}
                      <TypeFields
                        prefix={`type-${type.id}`}
                        form={editing.form}
                        problems={round?.form === 'edit' ? round.problems : []}
                        withId={false}
                        onChange={(form) => setEditing({ ...editing, form })}
                      />
                      <CheckboxField
                        id={`type-${type.id}-active`}
                        label={t('meetings.types.offered')}
                        checked={editing.active}
                        onChange={(active) => setEditing({ ...editing, active })}
                      />
                      <ButtonGroup>
                        <button type="submit" className="usa-button" disabled={busy}>
                          {t('meetings.types.save')}
                        </button>
                        <button
                          type="button"
                          className="usa-button usa-button--unstyled"
                          onClick={() => stopEditing(type.id)}
                        >
                          {t('meetings.types.keep')}
                        </button>
                      </ButtonGroup>
                    </form>
                  ) : (
                    <button
                      type="button"
                      id={`type-${type.id}-change`}
                      className="usa-button usa-button--outline"
                      onClick={() => {
                        setRound(null);
                        setEditing({
                          id: type.id,
                          form: { id: type.id, nameEn: type.nameEn, nameEs: type.nameEs },
                          active: type.active,
                        });
                      }}
                    >
                      {t('meetings.types.change')}
                      <span className="usa-sr-only"> {type.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 id="new-type-heading">{t('meetings.types.add')}</h2>
      <form
        className="usa-form"
        noValidate
        aria-labelledby="new-type-heading"
        onSubmit={(e) => void submitAdd(e)}
        data-testid="add-meeting-type"
      >
        {summary('add', 'new-type')}
        <TypeFields
          prefix="new-type"
          form={adding}
          problems={round?.form === 'add' ? round.problems : []}
          withId
          onChange={setAdding}
        />
        <button type="submit" className="usa-button margin-top-3" disabled={busy}>
          {t('meetings.types.addSubmit')}
        </button>
      </form>
    </div>
  );
}
