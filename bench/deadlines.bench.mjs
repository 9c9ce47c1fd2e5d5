// The deadlines view over 100,000 open responses (BENCH_RESPONSES), on SQLite: Harbor's `deadlines` (the caller's own
// steps: assigned to them, or owned by their role on responses they opened or whose youth's care team they are on; due
// within 72 hours or overdue; most urgent first; 200 rows) against the same query written by hand and run as one
// prepared statement through the bare driver, in the same database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RolePermissions } from '../packages/server/dist/access/role-permissions.js';
import { auditChainKey } from '../packages/server/dist/audit/index.js';
import { Keyring } from '../packages/server/dist/crypto/keys.js';
import { openSqlite } from '../packages/server/dist/db/database.js';
import { newId, toStoredTime } from '../packages/server/dist/db/ids.js';
import { FEATURE_REGISTRY } from '../packages/server/dist/features/index.js';
import { listDeadlines } from '../packages/server/dist/features/response/list-deadlines.js';
import { protocols } from '../packages/server/dist/features/response/response-rules.js';
import { createAgency, createUser } from '../packages/server/dist/identity/accounts.js';
import { buildConfig, migrateToLatest, openDatabase } from '../packages/server/dist/index.js';
import { AgencyKinds, actorFor } from '../packages/server/dist/records/actor.js';
import { RecordsGate } from '../packages/server/dist/records/gate.js';
import { record } from './support.mjs';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const RAW = `
  select s.response_id, r.youth_id, s.step_id, s.owner_role, s.due_at, r.protocol_id, r.protocol_version
  from response_step s join response r on r.id = s.response_id
  where s.status = 'pending' and s.due_at is not null and s.due_at <= ?
    and (s.owner_user_id = ? or (s.owner_user_id is null and s.owner_role = ? and (
      r.opener_user_id = ? or r.youth_id in (
        select m.youth_id from care_team_member m where m.user_id = ? and m.removed_at is null))))
  order by s.due_at, s.id limit 200`;

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-bench-'));
  const config = buildConfig({ HARBOR_DATA_DIR: dir });
  const database = openDatabase(config.database);
  await migrateToLatest(database);
  await protocols.ensureShipped(database.db);
  const agency = await createAgency(database.db, { name: 'DCFS', kind: 'child_welfare' });
  const user = await createUser(database.db, {
    agencyId: agency.id,
    email: 'bench@county.example',
    displayName: 'Bench',
    role: 'social_worker',
    passwordHash: null,
  });
  const other = await createUser(database.db, {
    agencyId: agency.id,
    email: 'other@county.example',
    displayName: 'Other',
    role: 'social_worker',
    passwordHash: null,
  });

  const raw = openSqlite(config.database.path);
  const now = Date.now();
  const at = toStoredTime(new Date(now));
  const insertYouth = raw.prepare(
    'insert into youth (id, created_by, created_by_agency_id, version, created_at, updated_at) values (?, ?, ?, 1, ?, ?)',
  );
  const insertMember = raw.prepare(
    `insert into care_team_member (id, youth_id, user_id, agency_id, basis, added_by, added_at)
     values (?, ?, ?, ?, 'creator', ?, ?)`,
  );
  const insertResponse = raw.prepare(
    `insert into response (id, youth_id, screening_id, protocol_id, protocol_version, opened_by, opener_user_id,
       opener_agency_id, opened_at, recovered_at, facts, status, crisis_plan, version, created_at, updated_at)
     values (?, ?, null, 'la-county-first-responder', 1, 'disclosure', ?, ?, ?, null, '{}', 'open', null, 1, ?, ?)`,
  );
  const insertStep = raw.prepare(
    `insert into response_step (id, response_id, step_id, position, owner_role, owner_agency_kind, owner_user_id, status,
       starts_at, due_at, completed_by, completed_at, note, version, created_at, updated_at)
     values (?, ?, ?, ?, ?, null, ?, 'pending', ?, ?, null, null, null, 1, ?, ?)`,
  );
  const youth = [];
  const load = raw.transaction(() => {
    // 2,000 youth; the benchmark's social worker is on the care team of half of them.
    for (let i = 0; i < 2000; i++) {
      const id = newId();
      youth.push(id);
      insertYouth.run(id, other.id, agency.id, at, at);
      if (i % 2 === 0) insertMember.run(newId(), id, user.id, agency.id, user.id, at);
    }
    for (let i = 0; i < RESPONSES; i++) {
      const id = newId();
      const opener = i % 10 === 0 ? user.id : other.id;
      insertResponse.run(id, youth[i % youth.length], opener, agency.id, at, at, at);
      // Three open steps with due times spread from 5 days ago to 25 days ahead.
      const steps = [
        ['telephone-report', 'opener', opener],
        ['specialized-services', 'social_worker', null],
        ['health-evaluation', 'health_provider', null],
      ];
      steps.forEach(([stepId, role, owner], position) => {
        const due = toStoredTime(new Date(now + (((i * 7 + position * 13) % 720) - 120) * 3600_000));
        insertStep.run(newId(), id, stepId, position, role, owner, at, due, at, at);
      });
    }
  });
  load();
  raw.exec('analyze');
  raw.pragma('wal_checkpoint(TRUNCATE)');

  const gate = new RecordsGate({
    database,
    auditKey: auditChainKey(config.secretKey),
    keyring: new Keyring(config.secretKey),
    registry: FEATURE_REGISTRY,
    now: () => new Date(now),
  });
  const actor = await actorFor(new AgencyKinds(database.db), new RolePermissions(database.db), user);
  const bare = raw.prepare(RAW);
  const until = toStoredTime(new Date(now + 72 * 3600_000));
  const harborTimes = [];
  const bareTimes = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    bare.all(until, user.id, user.role, user.id, user.id);
    bareTimes.push(performance.now() - t);
    t = performance.now();
    rows = (await listDeadlines({ gate, actor, scope: 'mine', hours: 72 })).length;
    harborTimes.push(performance.now() - t);
  }
  if (rows === 0) throw new Error('the deadlines view found nothing: the benchmark measures nothing');
  const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
  const label = `deadlines view (mine, 72 h, 200 rows) over ${(RESPONSES / 1000).toLocaleString('en-US')}k open responses, SQLite`;
  record(label, 'median ms', quantile(harborTimes, 0.5), quantile(bareTimes, 0.5), false);
  record(label, 'p99 ms', quantile(harborTimes, 0.99), quantile(bareTimes, 0.99), false);
  raw.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
