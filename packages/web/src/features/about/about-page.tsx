import { useMessages } from '../../i18n';
import { usePageTitle } from '../../use-page-title';

const LANGUAGE_POINTS = [
  'about.language.consent',
  'about.language.person',
  'about.language.terms',
  'about.language.law',
] as const;

const SOURCES = [
  'about.source.factSheet',
  'about.source.protocol',
  'about.source.reporting',
  'about.source.sb855',
  'about.source.sb1322',
  'about.source.wic827',
  'about.source.terminology',
] as const;

export function AboutPage() {
  const { t } = useMessages();
  usePageTitle('page.about.title');
  return (
    <div className="grid-container usa-section">
      <div className="usa-prose">
        <h1>{t('about.heading')}</h1>
        <p className="usa-intro">{t('about.lead')}</p>

        <h2>{t('about.what.heading')}</h2>
        <p>{t('about.what.body')}</p>
        <p>{t('about.what.devices')}</p>

        <h2>{t('about.who.heading')}</h2>
        <p>{t('about.who.body')}</p>
        <p>{t('about.who.youth')}</p>

        <h2>{t('about.language.heading')}</h2>
        <p>{t('about.language.intro')}</p>
        <ul>
          {LANGUAGE_POINTS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>

        <h2>{t('about.screening.heading')}</h2>
        <p>{t('about.screening.body')}</p>

        <h2>{t('about.sources.heading')}</h2>
        <p>{t('about.sources.intro')}</p>
        <ul>
          {SOURCES.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
