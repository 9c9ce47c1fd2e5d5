import { useEffect } from 'react';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { ActionKindSelect } from './action-kind-select';
import type { ResponseView } from './api';
import { useEarlierArrest } from './sb1322-forms';
import type { After } from './use-response';

type EarlierArrest = NonNullable<ResponseView['earlierArrests']>[number];

const FIELD_IDS = {
  kind: 'earlier-kind',
  code: 'earlier-code',
  occurredOn: 'earlier-occurred-on',
  agency: 'earlier-agency',
} as const;

/**
 * "Earlier arrests and charges": a record that an arrest, citation or charge already happened (the youth's history,
 * or another agency's action), kept apart from the actions an officer takes now. Each is kept for vacatur and
 * sealing (PC 236.14); one that the law did not allow on its day (SB 1322, or PC 653.22 after its repeal) is marked,
 * and recording it alerts the care team and their supervisors.
 */
export function EarlierArrests({ response, after }: { response: ResponseView; after: After }) {
  const { t, locale } = useMessages();
  const { form, set, today, problems, attempt, submit } = useEarlierArrest(response, after);
  const error = (field: keyof typeof FIELD_IDS) => {
    const problem = problems[field];
    if (!problem) return undefined;
    if (field === 'occurredOn') return t(`responseWeb.day.${problem}`);
    return t(`responseWeb.earlier.${field}Required` as AppMessageKey);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves once per attempt
  useEffect(() => {
    if (!attempt) return;
    const first = (Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[]).find((f) => problems[f]);
    if (first) document.getElementById(FIELD_IDS[first])?.focus();
  }, [attempt]);
  const arrests = response.earlierArrests ?? [];
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  return (
    <section aria-labelledby="earlier-heading" data-testid="earlier-arrests">
      <h2 id="earlier-heading">{t('responseWeb.earlier.heading')}</h2>
      <p className="harbor-measure">{t('responseWeb.earlier.intro')}</p>
      {arrests.length === 0 ? (
        <p>{t('responseWeb.earlier.none')}</p>
      ) : (
        <ul className="usa-list" data-testid="earlier-arrest-list">
          {arrests.map((a: EarlierArrest) => (
            <li key={a.id}>
              {t('responseWeb.earlier.line', {
                day: day(a.occurredOn),
                kind: t(`responseWeb.action.kind.${a.kind}` as AppMessageKey),
                code: a.code,
                agency: a.agency,
              })}
              {a.disposition ? ` ${t('responseWeb.earlier.disposition', { disposition: a.disposition })}` : ''}
              {a.unlawful && <strong> {t(`responseWeb.earlier.unlawful.${a.unlawful}`)}</strong>}
              {a.forVacatur && ` ${t('responseWeb.earlier.vacatur')}`}
            </li>
          ))}
        </ul>
      )}
      <h3 id="earlier-form-heading">{t('responseWeb.earlier.formHeading')}</h3>
      <form
        className="usa-form"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="earlier-form-heading"
        data-testid="earlier-arrest-form"
      >
        <ActionKindSelect
          id={FIELD_IDS.kind}
          label={t('responseWeb.earlier.kind')}
          error={error('kind')}
          value={form.kind}
          onChange={(kind) => set('kind', kind)}
        />
        <TextField
          id={FIELD_IDS.code}
          label={t('responseWeb.earlier.code')}
          value={form.code}
          required
          error={error('code')}
          onChange={(e) => set('code', e.target.value)}
        />
        <TextField
          id={FIELD_IDS.occurredOn}
          type="date"
          label={t('responseWeb.earlier.occurredOn')}
          value={form.occurredOn}
          max={today}
          required
          error={error('occurredOn')}
          onChange={(e) => set('occurredOn', e.target.value)}
        />
        <TextField
          id={FIELD_IDS.agency}
          label={t('responseWeb.earlier.agency')}
          value={form.agency}
          required
          error={error('agency')}
          onChange={(e) => set('agency', e.target.value)}
        />
        <TextField
          id="earlier-disposition"
          label={t('responseWeb.earlier.disposition.label')}
          hint={t('responseWeb.earlier.disposition.hint')}
          value={form.disposition}
          onChange={(e) => set('disposition', e.target.value)}
        />
        <button type="submit" className="usa-button usa-button--outline">
          {t('responseWeb.earlier.submit')}
        </button>
      </form>
    </section>
  );
}
