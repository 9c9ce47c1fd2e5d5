import { HelpFrame } from './help-frame';
import { type HelpSection, HelpSections } from './sections';

const SECTIONS: readonly HelpSection[] = [
  {
    id: 'invitations',
    heading: 'help.admin.invite.heading',
    blocks: [
      {
        ul: ['help.admin.invite.who', 'help.admin.invite.link', 'help.admin.invite.first', 'help.admin.invite.again'],
      },
    ],
  },
  {
    id: 'roles',
    heading: 'help.admin.roles.heading',
    blocks: [
      { p: 'help.admin.roles.decide' },
      { link: 'help.youth.roles.heading', to: '/help/youth-records#roles' },
      { p: 'help.admin.roles.fit' },
    ],
  },
  {
    id: 'passwords',
    heading: 'help.admin.secrets.heading',
    blocks: [{ ul: ['help.admin.secrets.password', 'help.admin.secrets.code', 'help.admin.secrets.recovery'] }],
  },
  {
    id: 'trouble',
    heading: 'help.admin.trouble.heading',
    blocks: [
      {
        ul: [
          'help.admin.trouble.locked',
          'help.admin.trouble.reset',
          'help.admin.trouble.lost',
          'help.admin.trouble.leave',
        ],
      },
      { contact: true },
      { note: 'help.admin.trouble.never' },
    ],
  },
  {
    id: 'supervisors',
    heading: 'help.admin.supervisors.heading',
    blocks: [
      {
        ul: ['help.admin.supervisors.breakGlass', 'help.admin.supervisors.audit', 'help.admin.supervisors.deadlines'],
      },
    ],
  },
];

/** /help/administration: invitations, roles, passwords and two-step verification, resets, supervisors' reviews. */
export function AdministrationHelpPage() {
  return (
    <HelpFrame
      page="administration"
      appLinks={[
        { to: '/app/admin/users', key: 'help.admin.app.users', permission: 'users.invite' },
        { to: '/app/admin/roles', key: 'help.admin.app.roles', permission: 'roles.read' },
        { to: '/app/admin/break-glass', key: 'help.admin.app.breakGlass', permission: 'break_glass.review' },
        { to: '/app/admin/audit', key: 'help.admin.app.audit', permission: 'audit.read' },
        { to: '/app/sessions', key: 'help.admin.app.sessions' },
      ]}
      terms={['breakGlass', 'careTeam', 'fieldClass']}
    >
      <HelpSections sections={SECTIONS} />
    </HelpFrame>
  );
}
