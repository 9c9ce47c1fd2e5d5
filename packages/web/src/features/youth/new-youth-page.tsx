import { ErrorSummary } from '../../components/error-summary';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import { problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { DuplicatesAlert } from './duplicates-alert';
import { useNewYouth } from './use-new-youth';
import { YouthFormFields } from './youth-form-fields';

/** /app/youth/new: a new youth record; possible duplicates are shown before anything is created. */
export function NewYouthPage() {
  const { t, locale } = useMessages();
  usePageTitle('youthPage.new.title');
  const youth = useNewYouth();
  const { summary, problem, duplicates } = youth;

  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('youthPage.new.title')}</h1>
      <p className="usa-intro harbor-measure">{t('youthPage.new.intro')}</p>
      {summary && (
        <ErrorSummary
          heading={t('youthPage.error.heading', { count: summary.entries.length })}
          entries={summary.entries}
          focusKey={summary.round}
          onFollow={(target) => document.getElementById(target)?.focus()}
        />
      )}
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt}>
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}
      {duplicates && <DuplicatesAlert duplicates={duplicates} busy={youth.busy} onCreate={youth.createAnyway} />}
      <form className="usa-form usa-form--large" onSubmit={youth.onSubmit} noValidate>
        <YouthFormFields
          form={youth.form}
          set={youth.set}
          setIdentifiers={youth.setIdentifiers}
          setContacts={youth.setContacts}
          errors={youth.errors}
        />
        <button type="submit" className="usa-button" disabled={youth.busy}>
          {t('youthPage.new.submit')}
        </button>
      </form>
    </div>
  );
}
