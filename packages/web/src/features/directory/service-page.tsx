import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { roleMay } from '../../permissions';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { getService, type ServiceDetail } from './api';
import { BedsForm } from './beds-form';
import { Localised } from './service-card';
import { ServiceDetails } from './service-details';
import { ServiceEditor } from './service-editor';
import { ServiceHistory } from './service-history';
import { statusName } from './service-words';

type Load = { state: 'loading' } | { state: 'missing' } | { state: 'ready' } | { state: 'failed'; problem: Problem };
/** The last change's outcome, kept as a message key so that a language switch translates it too. */
type Flash = { type: 'success' | 'warning'; key: number; text: AppMessageKey } | null;

/**
 * /app/directory/:id: a service with what a worker needs to decide and to call (telephones are tel: links). With
 * ?pick=<youth> it offers "Refer to this service". Editors (directory.edit) change it and read its change history.
 */
export function ServicePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const pick = params.get('pick');
  const from = (useLocation().state as { from?: string } | null)?.from;
  const { t, locale } = useMessages();
  usePageTitle('directoryWeb.service.title');
  const info = useSignedIn();
  const mayEdit = roleMay(info.user.role, 'directory.edit');
  const [service, setService] = useState<ServiceDetail | null>(null);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [editing, setEditing] = useState(false);
  const [flash, setFlash] = useState<Flash>(null);
  const say = (type: 'success' | 'warning', text: AppMessageKey) =>
    setFlash((was) => ({ type, text, key: (was?.key ?? 0) + 1 }));
  /** After a change is saved: the service read again, then the confirmation (the history reads again with it). */
  const saved = () => void refresh().then(() => say('success', 'directoryWeb.edit.saved'));

  // Read again when the language changes: texts come in the reader's language (a reviewed translation) or English.
  // biome-ignore lint/correctness/useExhaustiveDependencies: locale decides the language of the answer
  const refresh = useCallback(async () => {
    const result = await getService(id);
    if (result.ok) {
      setService(result.data);
      setLoad({ state: 'ready' });
    } else if (result.kind === 'api' && result.status === 404) setLoad({ state: 'missing' });
    else setLoad({ state: 'failed', problem: problemOf(result) });
  }, [id, locale]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (load.state === 'loading')
    return (
      <p role="status" className="grid-container usa-section">
        {t('directoryWeb.loading')}
      </p>
    );
  if (load.state !== 'ready' || !service) {
    return (
      <div className="grid-container usa-section harbor-page">
        <h1>{t('directoryWeb.service.title')}</h1>
        <FocusAlert type="error" heading={t('admin.error.heading')}>
          <p className="usa-alert__text">
            {load.state === 'failed' ? problemText(load.problem, t, locale) : t('directoryWeb.service.notFound')}
          </p>
        </FocusAlert>
      </div>
    );
  }
  // A service no longer offered (HSDS status) is shown, and never referred to.
  const retired = service.status !== 'active';
  const referable = Boolean(pick) && !retired && service.agencyId !== null;
  return (
    <div className="grid-container usa-section harbor-page">
      <p className="harbor-no-print">
        <Link
          className="usa-link"
          to={from ?? (pick ? `/app/directory?pick=${encodeURIComponent(pick)}` : '/app/directory')}
        >
          {t('directoryWeb.service.back')}
        </Link>
      </p>
      <h1 data-testid="service-name">
        <Localised value={service.name} />
      </h1>
      <p className="usa-intro">{t('directoryWeb.service.by', { organization: service.organizationName.text })}</p>
      {flash && <FocusAlert type={flash.type} heading={t(flash.text)} focusKey={flash.key} testId="service-flash" />}
      {service.alert && (
        <div className="usa-alert usa-alert--warning usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              <Localised value={service.alert} />
            </p>
          </div>
        </div>
      )}
      {retired && (
        <p className="harbor-measure" data-testid="service-retired">
          <strong>{statusName(service.status, t)}.</strong> {t('directoryWeb.status.retiredNote')}
        </p>
      )}
      {pick && !retired && service.agencyId === null && (
        <p className="harbor-measure">{t('directoryWeb.pick.noAgency')}</p>
      )}
      {(referable || (mayEdit && !editing)) && (
        <p className="harbor-no-print">
          {referable && (
            <Link
              className="usa-button"
              to={`/app/referrals/new?youth=${encodeURIComponent(pick ?? '')}&service=${encodeURIComponent(service.id)}`}
              data-testid="service-refer"
            >
              {t('directoryWeb.pick.refer')}
            </Link>
          )}
          {mayEdit && !editing && (
            <button
              type="button"
              className="usa-button usa-button--outline"
              onClick={() => {
                setFlash(null);
                setEditing(true);
              }}
            >
              {t('directoryWeb.edit.open')}
            </button>
          )}
        </p>
      )}
      {editing ? (
        <ServiceEditor
          service={service}
          onSaved={() => {
            setEditing(false);
            saved();
          }}
          onCancel={() => setEditing(false)}
          onConflict={() => {
            setEditing(false);
            void refresh().then(() => say('warning', 'directoryWeb.edit.conflict'));
          }}
        />
      ) : (
        <ServiceDetails service={service} />
      )}
      {mayEdit && !editing && service.emergencyBeds !== null && <BedsForm serviceId={service.id} onSaved={saved} />}
      {mayEdit && <ServiceHistory serviceId={service.id} refreshKey={flash?.key ?? 0} />}
    </div>
  );
}
