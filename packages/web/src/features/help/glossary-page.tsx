import { Link } from 'react-router';
import { useMessages } from '../../i18n';
import { GLOSSARY, GLOSSARY_GROUPS, type GlossaryGroup } from './glossary';
import { HelpFrame } from './help-frame';
import { VerifyNote } from './sections';

const GROUPS = Object.keys(GLOSSARY_GROUPS) as GlossaryGroup[];

/** /help/glossary: every term, group by group, each with its source; an entry's heading is a link target. */
export function GlossaryPage() {
  const { t } = useMessages();
  return (
    <HelpFrame page="glossary">
      <p>{t('help.glossary.verifyNote')}</p>
      <ul className="usa-list harbor-help__groups">
        {GROUPS.map((group) => (
          <li key={group}>
            <Link className="usa-link" to={`#group-${group}`}>
              {t(`help.glossary.group.${group}`)}
            </Link>
          </li>
        ))}
      </ul>
      {GROUPS.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{t(`help.glossary.group.${group}`)}</h2>
          {GLOSSARY.filter((entry) => entry.group === group).map((entry) => (
            <div key={entry.id} className="harbor-glossary__entry" data-testid="glossary-entry">
              <h3 id={entry.id}>{t(entry.term)}</h3>
              <p>{t(entry.body)}</p>
              {entry.verify && <VerifyNote text={entry.verify} />}
              <p className="harbor-glossary__source">
                {t('help.glossary.source')} {t(entry.source)}
              </p>
            </div>
          ))}
        </section>
      ))}
    </HelpFrame>
  );
}
