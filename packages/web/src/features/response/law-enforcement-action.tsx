import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { ResponseView } from './api';
import { ACTION_KINDS } from './response-actions';
import { useLawEnforcementAction } from './use-report-forms';
import type { After } from './use-response';

/** For law enforcement: an arrest, citation or charge, with its code. */
export function LawEnforcementAction({ response, after }: { response: ResponseView; after: After }) {
  const { t } = useMessages();
  const { kind, setKind, code, setCode, submit } = useLawEnforcementAction(response, after);
  return (
    <section aria-labelledby="action-heading">
      <h2 id="action-heading">{t('responseWeb.action.heading')}</h2>
      <p className="harbor-measure">{t('responseWeb.action.intro')}</p>
      <form className="usa-form" onSubmit={(e) => void submit(e)}>
        <div className="usa-form-group">
          <label className="usa-label" htmlFor="action-kind">
            {t('responseWeb.action.kind')}
          </label>
          <select className="usa-select" id="action-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {ACTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`responseWeb.action.kind.${k}` as AppMessageKey)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="action-code"
          label={t('responseWeb.action.code')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" className="usa-button usa-button--outline">
          {t('responseWeb.action.submit')}
        </button>
      </form>
    </section>
  );
}
