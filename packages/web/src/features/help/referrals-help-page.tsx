import { HelpFrame } from './help-frame';
import { type HelpSection, HelpSections } from './sections';

const SECTIONS: readonly HelpSection[] = [
  {
    id: 'make',
    heading: 'help.referrals.make.heading',
    blocks: [
      { p: 'help.referrals.make.start' },
      { p: 'help.referrals.make.draft' },
      { p: 'help.referrals.make.eligibility' },
    ],
  },
  {
    id: 'basis',
    heading: 'help.referrals.basis.heading',
    blocks: [
      { p: 'help.referrals.basis.intro' },
      {
        ul: [
          'help.referrals.basis.youth',
          'help.referrals.basis.caregiver',
          'help.referrals.basis.mdt',
          'help.referrals.basis.wic827',
          'help.referrals.basis.override',
        ],
      },
    ],
  },
  {
    id: 'shared',
    heading: 'help.referrals.shared.heading',
    blocks: [{ p: 'help.referrals.shared.what' }, { p: 'help.referrals.shared.when' }],
  },
  {
    id: 'contact',
    heading: 'help.referrals.contact.heading',
    blocks: [{ note: 'help.referrals.contact.direct' }, { p: 'help.referrals.contact.notices' }],
  },
  {
    id: 'follow',
    heading: 'help.referrals.follow.heading',
    blocks: [
      { p: 'help.referrals.follow.status' },
      { p: 'help.referrals.follow.clocks' },
      { p: 'help.referrals.follow.expire' },
    ],
  },
];

/** /help/referrals: making a referral, the basis for sharing, what the receiving agency sees, safe contact, follow-up. */
export function ReferralsHelpPage() {
  return (
    <HelpFrame
      page="referrals"
      appLinks={[
        { to: '/app/referrals', key: 'help.referrals.app.referrals', permission: 'youth.read' },
        { to: '/app/directory', key: 'help.referrals.app.directory' },
      ]}
      terms={['referral', 'wic827', 'wic18961_7', 'minorConsent', 'advocate']}
    >
      <HelpSections sections={SECTIONS} />
    </HelpFrame>
  );
}
