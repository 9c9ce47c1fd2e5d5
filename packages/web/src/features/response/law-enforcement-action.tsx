import { useEffect } from 'react';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import { ActionKindSelect } from './action-kind-select';
import type { ResponseView } from './api';
import { useLawEnforcementAction } from './use-report-forms';
import type { After } from './use-response';

/**
 * For law enforcement: an arrest, citation or charge taken now, with its code and the day of the conduct (SB 1322
 * counts the youth's age on that day, from the record). No action is chosen in advance. An arrest that already
 * happened is recorded in "Earlier arrests and charges" instead.
 */
export function LawEnforcementAction({ response, after }: { response: ResponseView; after: After }) {
  const { t } = useMessages();
  const { kind, setKind, code, setCode, conductOn, setConductOn, today, problems, attempt, submit } =
    useLawEnforcementAction(response, after);
  const kindError = problems.kind ? t('responseWeb.action.kindRequired') : undefined;
  const codeError = problems.code ? t('responseWeb.action.codeRequired') : undefined;
  const dayError = problems.day ? t(`responseWeb.day.${problems.day}`) : undefined;
  // After a refused submit, the first field with a problem takes focus (its message is read with it).
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves once per attempt
  useEffect(() => {
    if (!attempt) return;
    if (kindError) document.getElementById('action-kind')?.focus();
    else if (codeError) document.getElementById('action-code')?.focus();
    else if (dayError) document.getElementById('action-conduct-on')?.focus();
  }, [attempt]);
  return (
    <section aria-labelledby="action-heading">
      <h2 id="action-heading">{t('responseWeb.action.heading')}</h2>
      <p className="harbor-measure">{t('responseWeb.action.intro')}</p>
      <form className="usa-form" onSubmit={(e) => void submit(e)} noValidate data-testid="action-form">
        <ActionKindSelect
          id="action-kind"
          label={t('responseWeb.action.kind')}
          error={kindError}
          value={kind}
          onChange={setKind}
        />
        <TextField
          id="action-code"
          label={t('responseWeb.action.code')}
          value={code}
          required
          error={codeError}
          onChange={(e) => setCode(e.target.value)}
        />
        <TextField
          id="action-conduct-on"
          type="date"
          label={t('responseWeb.action.conductOn')}
          hint={t('responseWeb.action.conductOnHint')}
          value={conductOn}
          max={today}
          required
          error={dayError}
          onChange={(e) => setConductOn(e.target.value)}
        />
        <button type="submit" className="usa-button usa-button--outline">
          {t('responseWeb.action.submit')}
        </button>
      </form>
    </section>
  );
}
