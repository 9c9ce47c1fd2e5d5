// Search by name and date of birth over 1,000,000 youth records (BENCH_YOUTH), through the keyed blind indexes, on
// SQLite: Harbor's search (HMAC of the normalised terms under each key, index lookup, need-to-know for every match,
// decryption of the visible matches, audit entries written durably) against the bare SQL lookup of the same hashes in
// the same database. Records are sealed and indexed with Harbor's own functions, so the rows are what Harbor stores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RolePermissions } from '../packages/server/dist/access/role-permissions.js';
import { auditChainKey } from '../packages/server/dist/audit/index.js';
import { blindIndex } from '../packages/server/dist/crypto/field-encryption.js';
import { Keyring } from '../packages/server/dist/crypto/keys.js';
import { openSqlite } from '../packages/server/dist/db/database.js';
import { newId, toStoredTime } from '../packages/server/dist/db/ids.js';
import { FEATURE_REGISTRY } from '../packages/server/dist/features/index.js';
import { searchYouth } from '../packages/server/dist/features/youth/search-youth.js';
import { EMPTY_YOUTH, sealYouth, youthIndexRows } from '../packages/server/dist/features/youth/youth-data.js';
import { createAgency, createUser } from '../packages/server/dist/identity/accounts.js';
import { buildConfig, migrateToLatest, openDatabase } from '../packages/server/dist/index.js';
import { AgencyKinds, actorFor } from '../packages/server/dist/records/actor.js';
import { RecordsGate } from '../packages/server/dist/records/gate.js';
import { keyringCrypto } from '../packages/server/dist/records/rotate.js';
import { record } from './support.mjs';

const YOUTH = Number(process.env.BENCH_YOUTH ?? 1_000_000);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 300);

const GIVEN = [
  'Maria',
  'José',
  'Ana',
  'Luis',
  'Sofía',
  'Daniel',
  'Camila',
  'Jayden',
  'Aaliyah',
  'Kevin',
  'Mia',
  'Angel',
  'Valeria',
  'Isaiah',
  'Ximena',
  'Jordan',
  'Destiny',
  'Marcus',
  'Emily',
  'Nguyen',
  'Layla',
  'Diego',
  'Zoe',
  'Andrés',
  'Brianna',
  'Elijah',
  'Fatima',
  'Gabriel',
  'Hana',
  'Iván',
];
const FAMILY = [
  'García',
  'Hernández',
  'López',
  'Martínez',
  'González',
  'Rodríguez',
  'Pérez',
  'Sánchez',
  'Ramírez',
  'Torres',
  'Flores',
  'Rivera',
  'Gómez',
  'Díaz',
  'Cruz',
  'Morales',
  'Reyes',
  'Gutiérrez',
  'Ortiz',
  'Chávez',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Davis',
  'Miller',
  'Wilson',
  'Moore',
  'Taylor',
  'Thomas',
  'Jackson',
  'White',
  'Harris',
  'Martin',
  'Thompson',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Kim',
  'Lee',
  'Park',
  'Tran',
  'Le',
  'Pham',
  'Wong',
  'Chen',
  'Singh',
  'Khan',
];

/** A deterministic pseudo-random sequence, so each run builds the same table. */
function generator(seed) {
  let x = seed;
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

function youthNumber(i, pick) {
  const family = `${FAMILY[pick(FAMILY.length)]}${i % 40 === 0 ? '' : ` ${FAMILY[pick(FAMILY.length)]}`}`;
  const year = 2006 + pick(14);
  const date = `${year}-${String(1 + pick(12)).padStart(2, '0')}-${String(1 + pick(28)).padStart(2, '0')}`;
  return { given: GIVEN[pick(GIVEN.length)], family, date };
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-bench-'));
  const config = buildConfig({ HARBOR_DATA_DIR: dir });
  const database = openDatabase(config.database);
  await migrateToLatest(database);
  const agency = await createAgency(database.db, { name: 'DMH', kind: 'mental_health' });
  const user = await createUser(database.db, {
    agencyId: agency.id,
    email: 'bench@county.example',
    displayName: 'Bench',
    role: 'clinician',
    passwordHash: null,
  });
  const keyring = new Keyring(config.secretKey);
  const sealer = keyringCrypto(keyring, FEATURE_REGISTRY);

  // Bulk load through the bare driver in large transactions (the load is set-up, not what is measured).
  const raw = openSqlite(config.database.path);
  const now = toStoredTime(new Date());
  const insertYouth = raw.prepare(
    `insert into youth (id, created_by, created_by_agency_id, version, created_at, updated_at, given_name, family_name,
       names_used, birth_date, gender_identity)
     values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertIndex = raw.prepare('insert into youth_index (youth_id, kind, hash) values (?, ?, ?)');
  const insertMember = raw.prepare(
    `insert into care_team_member (id, youth_id, user_id, agency_id, basis, added_by, added_at)
     values (?, ?, ?, ?, 'creator', ?, ?)`,
  );
  const pick = generator(20261128);
  const probes = [];
  const started = performance.now();
  const batch = raw.transaction((from, to) => {
    for (let i = from; i < to; i++) {
      const person = youthNumber(i, pick);
      const id = newId();
      const data = {
        ...EMPTY_YOUTH,
        legalName: { given: person.given, family: person.family },
        dateOfBirth: person.date,
        genderIdentity: 'not_disclosed',
      };
      const sealed = sealYouth(sealer, id, data);
      insertYouth.run(
        id,
        user.id,
        agency.id,
        now,
        now,
        sealed.given_name,
        sealed.family_name,
        sealed.names_used,
        sealed.birth_date,
        sealed.gender_identity,
      );
      for (const row of youthIndexRows(sealer, id, data)) insertIndex.run(row.youth_id, row.kind, row.hash);
      // The searching clinician is on the care team of one youth in a hundred.
      if (i % 100 === 0) insertMember.run(newId(), id, user.id, agency.id, user.id, now);
      if (i % Math.floor(YOUTH / SEARCHES) === 0) probes.push(person);
    }
  });
  for (let from = 0; from < YOUTH; from += 20_000) batch(from, Math.min(YOUTH, from + 20_000));
  raw.exec('analyze');
  // Fold the write-ahead log into the database file, as SQLite's checkpoints do in normal running.
  raw.pragma('wal_checkpoint(TRUNCATE)');
  const loadSeconds = (performance.now() - started) / 1000;
  process.stdout.write(`  loaded ${YOUTH.toLocaleString('en-US')} youth records in ${loadSeconds.toFixed(0)} s\n`);

  const gate = new RecordsGate({
    database,
    auditKey: auditChainKey(config.secretKey),
    keyring,
    registry: FEATURE_REGISTRY,
  });
  const actor = await actorFor(new AgencyKinds(database.db), new RolePermissions(database.db), user);
  // The baseline: the same hashes, looked up with one prepared statement and nothing else.
  const bare = raw.prepare(
    `select distinct n.youth_id from youth_index n
     where n.kind in ('name', 'name_part') and n.hash = ?
       and n.youth_id in (select d.youth_id from youth_index d where d.kind = 'date' and d.hash = ?)`,
  );
  const harborTimes = [];
  const bareTimes = [];
  for (let round = 0; round < 2; round++) {
    for (const person of probes) {
      // Harbor is given the name as a person would type it: other case, no accents, extra spaces.
      const typed = ` ${person.given.toUpperCase()}   ${person.family.normalize('NFD').replace(/\p{M}/gu, '')} `;
      let t = performance.now();
      const found = await searchYouth({ gate, actor, criteria: { name: typed, dob: person.date } });
      harborTimes.push(performance.now() - t);
      if (found.results.length + found.elsewhere.length === 0) throw new Error('a probe found nothing');
      t = performance.now();
      bare.all(
        blindIndex(keyring, `${person.given} ${person.family}`, 'name'),
        blindIndex(keyring, person.date, 'date'),
      );
      bareTimes.push(performance.now() - t);
    }
  }
  const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
  const label = `search name+dob over ${(YOUTH / 1e6).toLocaleString('en-US')}M youth, SQLite`;
  record(label, 'median ms', quantile(harborTimes, 0.5), quantile(bareTimes, 0.5), false);
  record(label, 'p99 ms', quantile(harborTimes, 0.99), quantile(bareTimes, 0.99), false);
  raw.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
