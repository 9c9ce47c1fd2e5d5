import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ButtonGroup } from '../../components/button-group';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { roleMay } from '../../permissions';
import { problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { getWorkPhone, setWorkPhone } from './api';
import { HOME_SECTIONS } from './home-sections';

/** The signed-in home: my work (steps due and overdue, responses, screenings, notifications), then my account. */
export function MyWorkPage() {
  const { t } = useMessages();
  const { user, idleTimeoutSeconds } = useSignedIn();
  usePageTitle('page.appHome.title');
  const sections = HOME_SECTIONS.filter(
    (s) => (!s.permission || roleMay(user.role, s.permission)) && (!s.supervisorOnly || user.role === 'supervisor'),
  );
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('appHome.heading', { name: user.displayName })}</h1>
      <p className="usa-intro harbor-measure">{t('appHome.lead')}</p>
      {roleMay(user.role, 'youth.write') && (
        <section aria-labelledby="start-heading" className="harbor-panel">
          <h2 id="start-heading" className="usa-sr-only">
            {t('work.start.heading')}
          </h2>
          <p className="harbor-measure">{t('work.start.responseHint')}</p>
          <ButtonGroup>
            <Link className="usa-button" to="/app/responses/new" data-testid="home-open-response">
              {t('work.start.response')}
            </Link>
            <Link className="usa-button usa-button--outline" to="/app/screenings/new">
              {t('work.start.screening')}
            </Link>
            <Link className="usa-button usa-button--outline" to="/app/directory" data-testid="home-directory">
              {t('referralWeb.home.directory')}
            </Link>
          </ButtonGroup>
        </section>
      )}
      {sections.map(({ id, Component }) => (
        <Component key={id} />
      ))}
      <div className="grid-row grid-gap">
        <section className="tablet:grid-col-6 harbor-panel" aria-labelledby="account-heading">
          <h2 id="account-heading">{t('appHome.account.heading')}</h2>
          <dl className="harbor-facts" data-testid="account-facts">
            <dt>{t('appHome.account.role')}</dt>
            <dd data-testid="account-role">{t(`roleName.${user.role}` as AppMessageKey)}</dd>
            <dt>{t('appHome.account.email')}</dt>
            <dd>{user.email}</dd>
            <dt>{t('appHome.account.agency')}</dt>
            <dd data-testid="account-agency">{user.agencyName}</dd>
          </dl>
          <WorkPhoneForm />
        </section>
        <section className="tablet:grid-col-6 harbor-panel" aria-labelledby="safety-heading">
          <h2 id="safety-heading">{t('appHome.safety.heading')}</h2>
          <p>{t('appHome.safety.body', { minutes: Math.round(idleTimeoutSeconds / 60) })}</p>
          <p>
            <Link className="usa-button usa-button--outline" to="/app/sessions">
              {t('appHome.safety.link')}
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}

/** The person's work phone, which the care teams they are on see beside their e-mail. */
function WorkPhoneForm() {
  const { t, locale } = useMessages();
  const [phone, setPhone] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    void getWorkPhone().then((result) => setPhone(result.ok ? (result.data.workPhone ?? '') : ''));
  }, []);
  if (phone === null) return null;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    const result = await setWorkPhone(phone.trim() || null);
    if (result.ok) {
      setError(undefined);
      setNotice(t('work.phone.saved'));
    } else setError(problemText(problemOf(result), t, locale));
  };
  return (
    <form className="usa-form" onSubmit={(e) => void save(e)} noValidate>
      <TextField
        id="work-phone"
        label={t('work.phone.label')}
        hint={t('work.phone.hint')}
        type="tel"
        autoComplete="tel"
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={error}
      />
      <button type="submit" className="usa-button usa-button--outline">
        {t('work.phone.save')}
      </button>
      <p role="status">{notice}</p>
    </form>
  );
}
