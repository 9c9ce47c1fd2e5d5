import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import { type Hearing, startReport } from './api';
import { SubmitProblem } from './submit-problem';
import { useSubmit } from './use-submit';

/** The legal bases a progress report may be sent on (W&I 827(a)(1), a court order, consent): never an override. */
const BASES = ['wic_827', 'court_order', 'youth_consent', 'caregiver_consent'] as const;

/**
 * Starts the agency's progress report for a hearing, in English or Spanish, on a legal basis: the server fills it
 * from the record with only the sections the court may receive on that basis; its page is where it is edited.
 */
export function ReportStartForm({ hearing }: { hearing: Hearing }) {
  const { t, locale } = useMessages();
  const navigate = useNavigate();
  const [language, setLanguage] = useState<string>(locale);
  const [basis, setBasis] = useState('');
  const [consentBy, setConsentBy] = useState('');
  const [order, setOrder] = useState('');
  const submit = useSubmit();
  const consent = basis === 'youth_consent' || basis === 'caregiver_consent';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run(
      () =>
        startReport(hearing.id, {
          locale: language as 'en' | 'es',
          basis: {
            basis: basis as (typeof BASES)[number],
            ...(consent ? { consentBy } : {}),
            ...(basis === 'court_order' ? { courtOrderReference: order } : {}),
          },
        }),
      ({ id }) => navigate(`/app/courts/reports/${encodeURIComponent(id)}`),
    );
  };
  return (
    <form className="usa-form harbor-no-print" onSubmit={onSubmit} noValidate data-testid="court-report-start">
      <h5 className="font-sans-sm">{t('courtsWeb.report.startHeading', { day: hearing.hearingOn })}</h5>
      <p className="harbor-measure">{t('courtsWeb.report.startIntro')}</p>
      <SubmitProblem submit={submit} />
      <SelectField
        id={`report-locale-${hearing.id}`}
        label={t('courtsWeb.report.language')}
        choose={t('youthPage.choose')}
        options={[
          { value: 'en', label: 'English' },
          { value: 'es', label: 'Español' },
        ]}
        value={language}
        error={submit.fields.locale}
        onChange={(e) => setLanguage(e.target.value)}
      />
      <SelectField
        id={`report-basis-${hearing.id}`}
        label={t('courtsWeb.report.basis')}
        hint={t('courtsWeb.report.basisHint')}
        choose={t('youthPage.choose')}
        options={BASES.map((b) => ({ value: b, label: t(`courtsWeb.basis.${b}`) }))}
        value={basis}
        error={submit.fields.basis}
        onChange={(e) => setBasis(e.target.value)}
      />
      {consent && (
        <TextField
          id={`report-consent-${hearing.id}`}
          label={t('courtsWeb.report.consentBy')}
          value={consentBy}
          onChange={(e) => setConsentBy(e.target.value)}
        />
      )}
      {basis === 'court_order' && (
        <TextField
          id={`report-order-${hearing.id}`}
          label={t('courtsWeb.report.order')}
          value={order}
          onChange={(e) => setOrder(e.target.value)}
        />
      )}
      <button type="submit" className="usa-button margin-top-2" disabled={submit.busy}>
        {t('courtsWeb.report.startSubmit')}
      </button>
    </form>
  );
}
