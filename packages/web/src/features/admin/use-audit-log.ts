import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { roleMay } from '../../permissions';
import { type Problem, problemOf } from '../../problems';
import { useSignedIn } from '../../session';
import {
  type Agency,
  type AuditEntry,
  auditExportPath,
  type Filters,
  listAgencies,
  listUsers,
  searchAudit,
  type UserSummary,
} from './api';

export const NO_FILTERS: Filters = { actorUserId: '', youthId: '', youthRef: '', event: '', from: '', to: '' };

/** The filters an address holds (`?youthId=…` from the break-glass review, a link in the log), the others empty. */
export function filtersIn(params: URLSearchParams): Filters {
  const out = { ...NO_FILTERS };
  for (const key of Object.keys(out) as (keyof Filters)[]) out[key] = params.get(key) ?? '';
  return out;
}

export interface AuditLogModel {
  filters: Filters;
  entries: AuditEntry[] | null;
  /** Names of the youth the reader may see, by id: from the log's answers and from youth picked by name. */
  youthNames: ReadonlyMap<string, string>;
  agencies: Readonly<Record<string, string>>;
  nextBefore: number | null;
  loading: boolean;
  problem: { value: Problem; attempt: number } | null;
  /** The people the reader may list (an administrator: everyone; a supervisor: their agency), for the filter. */
  people: UserSummary[];
  agencyList: Agency[];
  /** Whether the reader may look youth up by name (the youth search; a supervisor, not an administrator). */
  mayFindYouth: boolean;
  search(filters: Filters): void;
  more(): void;
  rememberYouth(id: string, name: string): void;
  exportPath: string;
}

/**
 * The audit log's state: the filters live in the address (so a search can be linked to, and Back goes back), each
 * change loads the first page, "older entries" appends the next one.
 */
export function useAuditLog(): AuditLogModel {
  const info = useSignedIn();
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filters change exactly when the query does
  const filters = useMemo(() => filtersIn(params), [query]);
  const [attempt, setAttempt] = useState(0);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [youthNames, setYouthNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [agencies, setAgencies] = useState<Readonly<Record<string, string>>>({});
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);
  const [people, setPeople] = useState<UserSummary[]>([]);
  const [agencyList, setAgencyList] = useState<Agency[]>([]);

  const remember = useCallback((named: { id: string; displayName?: string | undefined }[]) => {
    setYouthNames((was) => {
      const next = new Map(was);
      for (const y of named) if (y.displayName) next.set(y.id, y.displayName);
      return next;
    });
  }, []);

  // Only the newest request's answer is shown: an earlier search answered later (the first page of the unfiltered log,
  // slow on a busy server) must not replace the one asked for since.
  const latest = useRef(0);
  const load = useCallback(
    async (search: Filters, before?: number) => {
      const asked = ++latest.current;
      setLoading(true);
      const result = await searchAudit(search, before);
      if (asked !== latest.current) return;
      setLoading(false);
      if (!result.ok) {
        setProblem((was) => ({ value: problemOf(result), attempt: (was?.attempt ?? 0) + 1 }));
        return;
      }
      setProblem(null);
      remember(result.data.youth);
      setAgencies((was) => ({ ...was, ...result.data.agencies }));
      setEntries((was) => (before && was ? [...was, ...result.data.entries] : result.data.entries));
      setNextBefore(result.data.nextBefore);
    },
    [remember],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new search (even the same one again) loads page one
  useEffect(() => {
    void load(filters);
  }, [load, filters, attempt]);

  const mayListPeople = roleMay(info.user.role, 'users.invite');
  useEffect(() => {
    if (!mayListPeople) return;
    void listUsers().then((result) => result.ok && setPeople(result.data));
    void listAgencies().then((result) => result.ok && setAgencyList(result.data));
  }, [mayListPeople]);

  const search = useCallback(
    (next: Filters) => {
      const out = new URLSearchParams();
      for (const [key, value] of Object.entries(next)) if (value.trim()) out.set(key, value.trim());
      setParams(out);
      setAttempt((n) => n + 1);
    },
    [setParams],
  );

  return {
    filters,
    entries,
    youthNames,
    agencies,
    nextBefore,
    loading,
    problem,
    people,
    agencyList,
    mayFindYouth: roleMay(info.user.role, 'youth.read'),
    search,
    more: () => {
      if (nextBefore !== null) void load(filters, nextBefore);
    },
    rememberYouth: (id, name) => remember([{ id, displayName: name }]),
    exportPath: auditExportPath(filters),
  };
}
