import { HelpFrame } from './help-frame';
import { type HelpSection, HelpSections } from './sections';

const SECTIONS: readonly HelpSection[] = [
  {
    id: 'need-to-know',
    heading: 'help.youth.needToKnow.heading',
    blocks: [{ p: 'help.youth.needToKnow.who' }, { p: 'help.youth.needToKnow.law' }],
  },
  {
    id: 'care-team',
    heading: 'help.youth.team.heading',
    blocks: [{ p: 'help.youth.team.members' }, { p: 'help.youth.team.search' }, { p: 'help.youth.team.mdt' }],
  },
  {
    id: 'roles',
    heading: 'help.youth.roles.heading',
    blocks: [
      { p: 'help.youth.roles.intro' },
      {
        ul: [
          'help.youth.roles.clinical',
          'help.youth.roles.childWelfare',
          'help.youth.roles.probation',
          'help.youth.roles.court',
          'help.youth.roles.lawEnforcement',
          'help.youth.roles.supervisor',
          'help.youth.roles.noRecords',
        ],
      },
      { p: 'help.youth.roles.reports' },
      { p: 'help.youth.roles.consent' },
    ],
  },
  {
    id: 'break-glass',
    heading: 'help.youth.breakGlass.heading',
    blocks: [
      { p: 'help.youth.breakGlass.intro' },
      { h3: 'help.youth.breakGlass.rightHeading' },
      { ul: ['help.youth.breakGlass.right.danger', 'help.youth.breakGlass.right.noOne'] },
      { h3: 'help.youth.breakGlass.wrongHeading' },
      {
        ul: [
          'help.youth.breakGlass.wrong.curiosity',
          'help.youth.breakGlass.wrong.shortcut',
          'help.youth.breakGlass.wrong.change',
        ],
      },
      { h3: 'help.youth.breakGlass.howHeading' },
      {
        ol: [
          'help.youth.breakGlass.how.reason',
          'help.youth.breakGlass.how.open',
          'help.youth.breakGlass.how.review',
          'help.youth.breakGlass.how.join',
        ],
      },
    ],
  },
];

/** /help/youth-records: need-to-know, care teams, what each role sees, break-glass. */
export function YouthRecordsHelpPage() {
  return (
    <HelpFrame
      page="youthRecords"
      appLinks={[
        { to: '/app/youth', key: 'help.youth.app.list', permission: 'youth.read' },
        { to: '/app/youth/new', key: 'help.youth.app.new', permission: 'youth.write' },
        { to: '/app/admin/break-glass', key: 'help.youth.app.review', permission: 'break_glass.review' },
      ]}
      terms={['careTeam', 'breakGlass', 'fieldClass', 'wic827', 'wic18961_7', 'pc11167d', 'minorConsent', 'mdt']}
    >
      <HelpSections sections={SECTIONS} />
    </HelpFrame>
  );
}
