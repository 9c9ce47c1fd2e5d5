import { Link } from 'react-router';
import { useMessages } from '../../i18n';
import { HelpFrame } from './help-frame';
import { HELP_PAGE_LIST } from './pages';
import { type HelpSection, HelpSections } from './sections';

const ABOUT: readonly HelpSection[] = [
  {
    id: 'what',
    heading: 'help.index.what.heading',
    blocks: [{ p: 'help.index.what.body' }, { p: 'help.index.what.values' }],
  },
];

/** Whom to ask, and the usual problems: the part a person locked out comes for (linked from the sign-in page). */
const ACCOUNT: readonly HelpSection[] = [
  {
    id: 'account',
    heading: 'help.index.account.heading',
    blocks: [
      { p: 'help.index.account.intro' },
      { ul: ['help.index.account.supervisor', 'help.index.account.admin'] },
      { contact: true },
      { p: 'help.index.account.never' },
      { h3: 'help.index.problems.heading' },
      {
        ul: [
          'help.index.problems.locked',
          'help.index.problems.phone',
          'help.index.problems.password',
          'help.index.problems.invitation',
          'help.index.problems.signedOut',
          'help.index.problems.stolen',
        ],
      },
      { link: 'help.index.account.more', to: '/help/administration' },
    ],
  },
];

/** /help: what Harbor is for, its areas, and account problems. Open to anyone, signed in or not. */
export function HelpIndexPage() {
  const { t } = useMessages();
  return (
    <HelpFrame
      page="index"
      appLinks={[
        { to: '/app', key: 'help.index.app.home' },
        { to: '/app/sessions', key: 'help.index.app.sessions' },
      ]}
    >
      <HelpSections sections={ABOUT} />
      <section aria-labelledby="areas">
        <h2 id="areas">{t('help.index.areas.heading')}</h2>
        <ul className="usa-list usa-list--unstyled harbor-help__areas">
          {HELP_PAGE_LIST.filter((entry) => entry.id !== 'index').map((entry) => (
            <li key={entry.id}>
              <Link className="usa-link text-bold" to={entry.path}>
                {t(entry.title)}
              </Link>
              <p>{t(entry.summary)}</p>
            </li>
          ))}
        </ul>
      </section>
      <HelpSections sections={ACCOUNT} />
    </HelpFrame>
  );
}
