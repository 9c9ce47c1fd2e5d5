import { HelpFrame } from './help-frame';
import { type HelpSection, HelpSections } from './sections';

const SECTIONS: readonly HelpSection[] = [
  {
    id: 'set',
    heading: 'help.deadlines.set.heading',
    blocks: [
      { p: 'help.deadlines.set.start' },
      { p: 'help.deadlines.set.exact' },
      { p: 'help.deadlines.set.notApplicable' },
    ],
  },
  {
    id: 'deadlines-page',
    heading: 'help.deadlines.page.heading',
    blocks: [{ p: 'help.deadlines.page.list' }, { p: 'help.deadlines.page.done' }],
  },
  {
    id: 'overdue',
    heading: 'help.deadlines.overdue.heading',
    blocks: [
      { p: 'help.deadlines.overdue.who' },
      { p: 'help.deadlines.overdue.where' },
      { p: 'help.deadlines.overdue.safety' },
      { note: 'help.deadlines.overdue.still' },
    ],
  },
  {
    id: 'law',
    heading: 'help.deadlines.law.heading',
    blocks: [
      { p: 'help.deadlines.law.intro' },
      { ul: ['help.deadlines.law.childWelfare', 'help.deadlines.law.hotline'] },
      { verify: 'help.deadlines.law.missing' },
    ],
  },
];

/** /help/deadlines: how due times are set, the deadlines page, escalation and notifications, the law's other clocks. */
export function DeadlinesHelpPage() {
  return (
    <HelpFrame
      page="deadlines"
      appLinks={[
        { to: '/app/deadlines', key: 'help.deadlines.app.deadlines', permission: 'youth.read' },
        { to: '/app/notifications', key: 'help.deadlines.app.notifications', permission: 'youth.read' },
      ]}
      terms={['frp', 'dispositions', 'pc11166', 'pc11166k']}
    >
      <HelpSections sections={SECTIONS} />
    </HelpFrame>
  );
}
