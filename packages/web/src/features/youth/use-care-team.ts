import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useMessages } from '../../i18n';
import { roleMay } from '../../permissions';
import { type Problem, problemOf } from '../../problems';
import { useSignedIn } from '../../session';
import {
  addCareTeamMember,
  type CareTeamMember,
  type DirectoryUser,
  getCareTeam,
  removeCareTeamMember,
  searchDirectory,
} from './api';

/** Why a person is on the care team (the need-to-know basis), as offered when adding one. */
export const BASES = ['court_order', 'mdt', 'consent', 'protocol_response'] as const;

/**
 * A youth's care team: its members, and for those who may manage it (never in a read-only emergency access) finding
 * a colleague in the directory, adding them with a basis, removing a member.
 */
export function useCareTeam(youthId: string, readOnly: boolean) {
  const { t } = useMessages();
  const info = useSignedIn();
  const mayManage = !readOnly && roleMay(info.user.role, 'care_team.manage');
  const [members, setMembers] = useState<CareTeamMember[] | null>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<DirectoryUser[] | null>(null);
  // Nothing chosen in advance, after a search nor after someone is added: the person and the basis are chosen each time.
  const [chosen, setChosen] = useState('');
  const [basis, setBasis] = useState('');
  const [missing, setMissing] = useState<{ person?: string; basis?: string }>({});
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fail = useCallback((value: Problem) => setProblem((was) => ({ value, attempt: (was?.attempt ?? 0) + 1 })), []);

  const load = useCallback(async () => {
    const result = await getCareTeam(youthId);
    if (result.ok) setMembers(result.data);
    else fail(problemOf(result));
  }, [youthId, fail]);
  useEffect(() => {
    void load();
  }, [load]);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (query.trim().length < 2) return;
    const result = await searchDirectory(query.trim());
    if (!result.ok) return fail(problemOf(result));
    setFound(result.data);
    setChosen('');
    setMissing({});
  };

  const add = async () => {
    setMissing({
      ...(chosen ? {} : { person: t('youthPage.team.personRequired') }),
      ...(basis ? {} : { basis: t('youthPage.team.basisRequired') }),
    });
    if (!chosen || !basis) {
      document.getElementById(chosen ? 'team-basis' : 'team-person')?.focus();
      return;
    }
    const result = await addCareTeamMember(youthId, chosen, basis);
    if (!result.ok) return fail(problemOf(result));
    const person = found?.find((u) => u.id === chosen);
    setNotice(t('youthPage.team.added', { name: person?.displayName ?? '' }));
    setFound(null);
    setQuery('');
    setChosen('');
    setBasis('');
    await load();
  };

  const remove = async (member: CareTeamMember) => {
    if (!window.confirm(t('youthPage.team.confirmRemove', { name: member.displayName }))) return;
    const result = await removeCareTeamMember(youthId, member.id);
    if (!result.ok) return fail(problemOf(result));
    setNotice(t('youthPage.team.removed', { name: member.displayName }));
    await load();
  };

  return {
    mayManage,
    me: info.user.id,
    members,
    query,
    setQuery,
    found,
    chosen,
    setChosen,
    basis,
    setBasis,
    /** What the add form lacks (the person, the basis), after an attempt to add. */
    missing,
    problem,
    notice,
    search,
    add,
    remove,
  };
}
