import { HelpFrame } from './help-frame';
import { type HelpSection, HelpSections } from './sections';

const SECTIONS: readonly HelpSection[] = [
  {
    id: 'never-proof',
    heading: 'help.screening.proof.heading',
    blocks: [
      { p: 'help.screening.proof.body' },
      { p: 'help.screening.proof.hidden' },
      { note: 'help.screening.proof.victim' },
    ],
  },
  {
    id: 'screenings',
    heading: 'help.screening.kinds.heading',
    blocks: [{ p: 'help.screening.kinds.intro' }, { ul: ['help.screening.kinds.brief', 'help.screening.kinds.staff'] }],
  },
  {
    id: 'levels',
    heading: 'help.screening.levels.heading',
    blocks: [
      { p: 'help.screening.levels.intro' },
      { ul: ['help.screening.levels.clear', 'help.screening.levels.possible', 'help.screening.levels.none'] },
    ],
  },
  {
    id: 'answers',
    heading: 'help.screening.answers.heading',
    blocks: [{ p: 'help.screening.answers.team' }, { p: 'help.screening.answers.correct' }],
  },
  {
    id: 'offline',
    heading: 'help.screening.offline.heading',
    blocks: [
      {
        ol: [
          'help.screening.offline.prepare',
          'help.screening.offline.kept',
          'help.screening.offline.result',
          'help.screening.offline.signOut',
          'help.screening.offline.conflict',
        ],
      },
      { note: 'help.screening.offline.report' },
    ],
  },
];

/** /help/screening: never proof, the levels of concern, who sees the answers, offline on a phone. */
export function ScreeningHelpPage() {
  return (
    <HelpFrame
      page="screening"
      appLinks={[
        { to: '/app/screenings', key: 'help.screening.app.list', permission: 'youth.write' },
        { to: '/app/screenings/new', key: 'help.screening.app.new', permission: 'youth.write' },
      ]}
      terms={['levelOfConcern', 'pc11166', 'csec', 'careTeam', 'fieldClass']}
    >
      <HelpSections sections={SECTIONS} />
    </HelpFrame>
  );
}
