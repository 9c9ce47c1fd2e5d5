import { type Permission, ROLES, type Role } from '@harbor/core';
import { useEffect, useState } from 'react';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { listRolePermissions } from './api';
import { ScrollRegion } from './scroll-region';

/** Read-only table: which role holds which permission. */
export function AdminRolesPage() {
  const { t, locale } = useMessages();
  usePageTitle('admin.roles.title');
  const [table, setTable] = useState<Record<Role, Permission[]> | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    void listRolePermissions().then((result) => {
      if (result.ok) setTable(result.data);
      else setProblem(problemOf(result));
    });
  }, []);
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('admin.roles.title')}</h1>
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={1}>
          <p className="usa-alert__text">{problemText(problem, t, locale)}</p>
        </FocusAlert>
      )}
      {table === null ? (
        !problem && <p role="status">{t('admin.loading')}</p>
      ) : (
        <ScrollRegion label={t('admin.roles.caption')}>
          <table className="usa-table usa-table--borderless" data-testid="roles-table">
            <caption>{t('admin.roles.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.roles.role')}</th>
                <th scope="col">{t('admin.roles.permissions')}</th>
              </tr>
            </thead>
            <tbody>
              {ROLES.map((role) => (
                <tr key={role}>
                  <th scope="row">{t(`roleName.${role}` as AppMessageKey)}</th>
                  <td>
                    {(table[role] ?? []).length === 0
                      ? t('admin.roles.none')
                      : (table[role] ?? []).map((p) => t(`admin.permission.${p}` as AppMessageKey)).join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
