import { FocusAlert } from '../../components/focus-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { problemText } from '../../problems';
import { BASES, useCareTeam } from './use-care-team';

/** The care team: who may see the youth's record and on what basis; managing it for those who may. */
export function CareTeam({ youthId, readOnly }: { youthId: string; readOnly: boolean }) {
  const { t, locale } = useMessages();
  const countyTime = useCountyTime();
  const team = useCareTeam(youthId, readOnly);
  return (
    <section aria-labelledby="youth-team-heading">
      <h2 id="youth-team-heading">{t('youthPage.section.team')}</h2>
      <p className="harbor-measure">{t('youthPage.team.intro')}</p>
      {team.problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={team.problem.attempt}>
          <p className="usa-alert__text">{problemText(team.problem.value, t, locale)}</p>
        </FocusAlert>
      )}
      <p role="status" className="usa-sr-only-focusable">
        {team.notice ?? ''}
      </p>
      {team.members && (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full" data-testid="care-team">
          <caption>{t('youthPage.team.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('youthPage.name')}</th>
              <th scope="col">{t('youthPage.team.role')}</th>
              <th scope="col">{t('youthPage.team.agency')}</th>
              <th scope="col">{t('youthPage.team.contact')}</th>
              <th scope="col">{t('youthPage.team.basis')}</th>
              <th scope="col">{t('youthPage.team.since')}</th>
              {team.mayManage && (
                <th scope="col" className="harbor-no-print">
                  {t('admin.users.actions')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {team.members.map((m) => (
              <tr key={m.id} data-testid="care-team-member">
                <th scope="row" data-label={t('youthPage.name')}>
                  {m.displayName}
                </th>
                <td data-label={t('youthPage.team.role')}>{t(`roleName.${m.role}` as AppMessageKey)}</td>
                <td data-label={t('youthPage.team.agency')}>{m.agencyName}</td>
                <td data-label={t('youthPage.team.contact')} data-testid="care-team-contact">
                  {m.workPhone ? (
                    <a className="usa-link display-block" href={`tel:${m.workPhone.replace(/[^0-9+]/g, '')}`}>
                      {m.workPhone}
                    </a>
                  ) : (
                    <span className="display-block">{t('youthPage.team.noPhone')}</span>
                  )}
                  <a className="usa-link display-block" href={`mailto:${m.email}`}>
                    {m.email}
                  </a>
                </td>
                <td data-label={t('youthPage.team.basis')}>{t(`youthPage.basis.${m.basis}` as AppMessageKey)}</td>
                <td data-label={t('youthPage.team.since')}>{countyTime(m.addedAt)}</td>
                {team.mayManage && (
                  <td data-label={t('admin.users.actions')} className="harbor-no-print">
                    {m.userId !== team.me && (
                      <button
                        type="button"
                        className="usa-button usa-button--unstyled"
                        onClick={() => void team.remove(m)}
                      >
                        {t('youthPage.team.remove', { name: m.displayName })}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {team.mayManage && (
        <div className="margin-top-2 harbor-no-print">
          <h3>{t('youthPage.team.addHeading')}</h3>
          <form className="usa-form" onSubmit={(e) => void team.search(e)}>
            <TextField
              id="team-directory"
              label={t('youthPage.team.find')}
              hint={t('youthPage.team.findHint')}
              value={team.query}
              onChange={(e) => team.setQuery(e.target.value)}
              autoComplete="off"
            />
            <button type="submit" className="usa-button usa-button--outline">
              {t('youthPage.team.search')}
            </button>
          </form>
          {team.found && team.found.length === 0 && <p role="status">{t('youthPage.team.nobody')}</p>}
          {team.found && team.found.length > 0 && (
            <div className="usa-form">
              <SelectField
                id="team-person"
                label={t('youthPage.team.person')}
                choose={t('youthPage.choose')}
                options={team.found.map((u) => ({
                  value: u.id,
                  // Someone of another agency is listed by name and agency only.
                  label: [u.displayName, u.role && t(`roleName.${u.role}` as AppMessageKey), u.agencyName]
                    .filter(Boolean)
                    .join(' · '),
                }))}
                error={team.missing.person}
                value={team.chosen}
                onChange={(e) => team.setChosen(e.target.value)}
              />
              <SelectField
                id="team-basis"
                label={t('youthPage.team.basis')}
                choose={t('youthPage.choose')}
                options={BASES.map((b) => ({ value: b, label: t(`youthPage.basis.${b}` as AppMessageKey) }))}
                error={team.missing.basis}
                value={team.basis}
                onChange={(e) => team.setBasis(e.target.value)}
              />
              <button type="button" className="usa-button" onClick={() => void team.add()}>
                {t('youthPage.team.add')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
