import { YOUTH_FIELD_CLASSES } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { ButtonGroup } from '../../components/button-group';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import { type Problem, problemOf, problemText } from '../../problems';
import { updateYouth, type YouthRecord } from './api';
import {
  formOfYouth,
  identifierErrors,
  patchBody,
  serverFieldErrors,
  type YouthForm,
  type YouthFormErrors,
} from './new-youth-form';
import { YouthFormFields } from './youth-form-fields';

/**
 * Changing a youth's record: the fields of the classes the reader may see, sent at the version read. When someone
 * changed the record meanwhile (409), nothing is saved and the reader is told so, with a way to load the record again.
 */
export function YouthEdit({
  youth,
  onSaved,
  onCancel,
  onReload,
}: {
  youth: YouthRecord;
  onSaved: (youth: YouthRecord) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t, locale } = useMessages();
  const [before] = useState<YouthForm>(() => formOfYouth(youth));
  const [form, setForm] = useState<YouthForm>(before);
  const [errors, setErrors] = useState<YouthFormErrors>({});
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);
  const [conflict, setConflict] = useState(0);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found = identifierErrors(form, t);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    const body = patchBody(form, before, youth.fieldClasses, YOUTH_FIELD_CLASSES, youth.version);
    if (Object.keys(body).length === 1) return onCancel();
    setBusy(true);
    const result = await updateYouth(youth.id, body);
    setBusy(false);
    if (result.ok) return onSaved(result.data);
    if (result.kind === 'api' && result.status === 409) return setConflict((n) => n + 1);
    if (result.kind === 'api' && result.error.fields?.length) {
      setErrors(serverFieldErrors(result.error.fields).errors);
    }
    setProblem((was) => ({ value: problemOf(result), attempt: (was?.attempt ?? 0) + 1 }));
  };

  return (
    <section aria-labelledby="youth-edit-heading" data-testid="youth-edit">
      <h2 id="youth-edit-heading">{t('youthPage.edit.heading')}</h2>
      <p className="harbor-measure">{t('youthPage.edit.intro')}</p>
      {conflict > 0 && (
        <FocusAlert
          type="warning"
          heading={t('youthPage.edit.conflict.heading')}
          focusKey={conflict}
          testId="youth-conflict"
        >
          <p className="usa-alert__text">{t('youthPage.edit.conflict.body')}</p>
          <button type="button" className="usa-button margin-top-1" onClick={onReload}>
            {t('youthPage.edit.conflict.reload')}
          </button>
        </FocusAlert>
      )}
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt}>
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}
      <form className="usa-form usa-form--large" onSubmit={(e) => void save(e)} noValidate>
        <YouthFormFields
          form={form}
          set={(field) => (value) => setForm((was) => ({ ...was, [field]: value }))}
          setIdentifiers={(identifiers) => setForm((was) => ({ ...was, identifiers }))}
          setContacts={(contacts) => setForm((was) => ({ ...was, contacts }))}
          errors={errors}
          classes={youth.fieldClasses}
        />
        <ButtonGroup className="margin-top-2">
          <button type="submit" className="usa-button" disabled={busy}>
            {t('youthPage.edit.save')}
          </button>
          <button type="button" className="usa-button usa-button--unstyled" onClick={onCancel}>
            {t('youthPage.cancel')}
          </button>
        </ButtonGroup>
      </form>
    </section>
  );
}
