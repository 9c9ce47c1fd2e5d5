import { HelpFrame } from './help-frame';
import { DEFAULT_LINES } from './phones';
import { type HelpSection, HelpSections } from './sections';

const SECTIONS: readonly HelpSection[] = [
  { id: 'report', heading: 'help.responses.report.heading', blocks: [{ p: 'help.responses.report.body' }] },
  {
    id: 'clocks',
    heading: 'help.responses.clocks.heading',
    blocks: [
      {
        ol: [
          'help.responses.clocks.telephone',
          'help.responses.clocks.onScene',
          'help.responses.clocks.written',
          'help.responses.clocks.health',
          'help.responses.clocks.advocate',
        ],
      },
      { note: 'help.responses.clocks.yours' },
      { p: 'help.responses.clocks.crossReport' },
    ],
  },
  {
    id: 'written-report',
    heading: 'help.responses.written.heading',
    blocks: [
      { p: 'help.responses.written.prepared' },
      { p: 'help.responses.written.send' },
      { p: 'help.responses.written.confidential' },
    ],
  },
  {
    id: 'sb-1322',
    heading: 'help.responses.sb1322.heading',
    blocks: [{ p: 'help.responses.sb1322.law' }, { p: 'help.responses.sb1322.officer' }],
  },
  {
    id: 'safety',
    heading: 'help.responses.safety.heading',
    blocks: [
      { p: 'help.responses.safety.open' },
      { p: 'help.responses.safety.plan' },
      { note: 'help.responses.safety.call' },
    ],
  },
];

/** /help/responses: the protocol's clocks, the telephone and written reports, SB 1322, the safety step. */
export function ResponsesHelpPage() {
  return (
    <HelpFrame
      page="responses"
      appLinks={[
        { to: '/app/responses/new', key: 'help.responses.app.new', permission: 'youth.write' },
        { to: '/app/deadlines', key: 'help.responses.app.deadlines', permission: 'youth.read' },
      ]}
      terms={[
        'frp',
        'pc11166',
        'pc11166k',
        'pc11167a',
        'pc11167d',
        'ss8572',
        'referral',
        'dispositions',
        'sb1322',
        'wic300b2',
        'advocate',
        'mart',
        'marc',
        'mdt',
      ]}
      lines={[...DEFAULT_LINES, 'national_human_trafficking_hotline']}
    >
      <HelpSections sections={SECTIONS} />
    </HelpFrame>
  );
}
