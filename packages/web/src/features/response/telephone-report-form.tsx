import { HOTLINES } from '@harbor/core';
import { DateTimeField } from '../../components/date-time-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { ResponseView } from './api';
import { RESPONSE_CATEGORIES, referralAsked } from './response-actions';
import { useTelephoneReport } from './use-report-forms';
import type { After } from './use-response';

/** The mandated reporter's call to the DCFS Child Protection Hotline, recorded with its referral number. */
export function TelephoneReportForm({ response, after }: { response: ResponseView; after: After }) {
  const { t, locale } = useMessages();
  const { form, set, touch, referralError, submit } = useTelephoneReport(response, after);
  const hotline = HOTLINES.find((h) => h.id === 'dcfs_child_protection_hotline')!;
  return (
    <form className="usa-form usa-form--large" onSubmit={(e) => void submit(e)} data-testid="telephone-form">
      <p>
        {t('responseWeb.telephone.call')}{' '}
        <a href={`tel:${hotline.tel}`}>
          {hotline.name[locale]}: {hotline.number}
        </a>
      </p>
      <DateTimeField
        id="telephone-at"
        label={t('responseWeb.telephone.at')}
        value={form.calledAt}
        onChange={set('calledAt')}
      />
      <DateTimeField
        id="telephone-learned-at"
        label={t('responseWeb.telephone.learnedAt')}
        hint={t('responseWeb.telephone.learnedAtHint')}
        value={form.learnedAt}
        onChange={set('learnedAt')}
      />
      <TextField
        id="telephone-worker"
        label={t('responseWeb.telephone.worker')}
        value={form.worker}
        onChange={(e) => set('worker')(e.target.value)}
      />
      <div className="usa-form-group">
        <label className="usa-label" htmlFor="telephone-category">
          {t('responseWeb.telephone.category')}
        </label>
        <select
          className="usa-select"
          id="telephone-category"
          value={form.category}
          onChange={(e) => set('category')(e.target.value)}
        >
          <option value="">{t('responseWeb.choose')}</option>
          {RESPONSE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`responseWeb.category.${c}` as AppMessageKey)}
            </option>
          ))}
        </select>
      </div>
      {/* The hotline gives a 19-digit referral number for Immediate, Five-Day and Evaluated Out only. */}
      {referralAsked(form) && (
        <TextField
          id="telephone-referral"
          label={t('responseWeb.telephone.referral')}
          hint={t('responseWeb.telephone.referralHint')}
          value={form.referral}
          onChange={(e) => set('referral')(e.target.value)}
          onBlur={touch}
          inputMode="numeric"
          autoComplete="off"
          error={referralError}
        />
      )}
      <button type="submit" className="usa-button">
        {t('responseWeb.telephone.submit')}
      </button>
    </form>
  );
}
