import { HelpFrame } from './help-frame';
import { type HelpSection, HelpSections } from './sections';

const SECTIONS: readonly HelpSection[] = [
  {
    id: 'search',
    heading: 'help.directory.search.heading',
    blocks: [{ p: 'help.directory.search.filters' }, { p: 'help.directory.search.language' }],
  },
  {
    id: 'service',
    heading: 'help.directory.service.heading',
    blocks: [{ p: 'help.directory.service.facts' }, { note: 'help.directory.service.confidential' }],
  },
  {
    id: 'practices',
    heading: 'help.directory.practices.heading',
    blocks: [{ p: 'help.directory.practices.list' }, { p: 'help.directory.practices.current' }],
  },
  {
    id: 'edit',
    heading: 'help.directory.edit.heading',
    blocks: [{ p: 'help.directory.edit.who' }, { p: 'help.directory.edit.retire' }, { p: 'help.directory.edit.files' }],
  },
];

/** /help/directory: finding a service, a service's page, practices and certified clinicians, keeping it up to date. */
export function DirectoryHelpPage() {
  return (
    <HelpFrame
      page="directory"
      appLinks={[{ to: '/app/directory', key: 'help.directory.app.directory' }]}
      terms={['ebp', 'csec', 'referral']}
    >
      <HelpSections sections={SECTIONS} />
    </HelpFrame>
  );
}
