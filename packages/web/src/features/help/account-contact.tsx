import { useMessages } from '../../i18n';
import { useHelpContact } from './use-help-contact';

/** The county's Harbor help for account problems (HARBOR_HELP_*), when it set one; nothing otherwise. */
export function AccountContact() {
  const { t } = useMessages();
  const contact = useHelpContact();
  if (!contact) return null;
  return (
    <div className="usa-summary-box harbor-help__contact" data-testid="help-contact">
      <div className="usa-summary-box__body">
        <h3 className="usa-summary-box__heading">{t('help.contact.county')}</h3>
        <div className="usa-summary-box__text">
          {contact.name && <p>{contact.name}</p>}
          <ul className="usa-list usa-list--unstyled">
            {contact.phone && (
              <li>
                {t('help.contact.phone')}{' '}
                <a className="usa-link" href={`tel:${contact.phone.tel}`}>
                  {contact.phone.display}
                </a>
              </li>
            )}
            {contact.email && (
              <li>
                {t('help.contact.email')}{' '}
                <a className="usa-link harbor-help__email" href={`mailto:${contact.email}`}>
                  {contact.email}
                </a>
              </li>
            )}
          </ul>
        </div>
      </div>
    </div>
  );
}
