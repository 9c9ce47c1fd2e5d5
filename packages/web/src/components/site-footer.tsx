import { Link } from 'react-router';
import { HOTLINES_SHOWN } from '../content/hotlines';
import { useMessages } from '../i18n';
import type { AppMessageKey } from '../messages';

/** Crisis and reporting lines, always one tap away, with where the numbers come from. */
export function SiteFooter() {
  const { t, locale } = useMessages();
  return (
    <footer className="usa-footer harbor-footer">
      <section className="usa-footer__primary-section harbor-footer__hotlines" aria-labelledby="footer-hotlines">
        <div className="grid-container">
          <h2 id="footer-hotlines" className="harbor-footer__heading">
            {t('footer.hotlines.heading')}
          </h2>
          <p className="harbor-footer__intro">{t('footer.hotlines.intro')}</p>
          <ul className="usa-list usa-list--unstyled grid-row grid-gap">
            {HOTLINES_SHOWN.map((line) => (
              <li key={line.id} className="tablet:grid-col-6 desktop:grid-col-3 harbor-hotline">
                <p className="harbor-hotline__name">{t(`footer.hotline.${line.id}.name` as AppMessageKey)}</p>
                <p className="harbor-hotline__number">
                  <a className="usa-link" href={`tel:${line.tel}`}>
                    {line.display}
                  </a>
                </p>
                <p className="harbor-hotline__description">
                  {t(`footer.hotline.${line.id}.description` as AppMessageKey)}
                </p>
                {line.more?.map((extra) => (
                  <p key={extra.tel} className="harbor-hotline__more">
                    {t(extra.label)}{' '}
                    <a className="usa-link" href={`tel:${extra.tel}`}>
                      {extra.display}
                    </a>
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </div>
      </section>
      <div className="usa-footer__secondary-section">
        <div className="grid-container">
          <p className="harbor-footer__name">{t('app.name')}</p>
          <p className="harbor-footer__text">{t('footer.about')}</p>
          <p className="harbor-footer__text harbor-footer__source">{t('footer.hotlines.source')}</p>
          <p className="harbor-footer__text">
            <Link className="usa-link" to="/about">
              {t('shell.nav.about')}
            </Link>
          </p>
          <p className="harbor-footer__text">
            {/* The public information site is server-rendered: a full page load, not a client-side route. */}
            <a className="usa-link" href={`/${locale}/`}>
              {t('footer.publicSite')}
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
}
