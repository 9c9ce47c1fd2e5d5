import { RolePermissions } from '../../access/role-permissions.js';
import { appendAudit, auditChainKey } from '../../audit/index.js';
import type { Config } from '../../config/index.js';
import { Keyring } from '../../crypto/keys.js';
import type { HarborDatabase } from '../../db/database.js';
import { countUsers } from '../../identity/accounts.js';
import { AgencyKinds, actorFor } from '../../records/actor.js';
import type { FeatureRegistry } from '../../records/declaration.js';
import { RecordsGate } from '../../records/gate.js';
import { currentProtocol, protocols } from '../response/response-rules.js';
import { instruments } from '../screening/instruments.js';
import { countYouth } from '../youth/queries.js';
import { createDemoAccounts, type DemoCredentials, prepareCredentials } from './accounts.js';
import { Acting } from './acting.js';
import type { PersonKey } from './cast.js';
import { DEMO_INSTRUMENTS, DEMO_PROTOCOL, writeCounty } from './county.js';
import { completeDemoMarker, demoMarker, insertDemoMarker } from './queries.js';
import { DemoClock, Timeline } from './timeline.js';

/**
 * `harbor demo seed`: fills an empty Harbor database with a fictional county (agencies, staff of every role, youth,
 * screenings and responses at every stage over the last days) so a county can evaluate Harbor in minutes.
 *
 * - Refused, changing nothing, unless the database holds no agency, person or youth (or is already a demonstration).
 * - Marked as a demonstration (`demo_marker`) in the transaction that checks it is empty and creates the accounts, so
 *   the staff app's banner shows from then on; the mark is completed when the last record is in.
 * - On a demonstration database it adds nothing: it says when that one was seeded (its passwords were printed then).
 * - Every youth record, screening and response is written by the use case the API calls, as the fictional person who
 *   would make it, through the records gate: encrypted, indexed, need-to-know and field classes applied, audited.
 */

/** Bumped when the demonstration county changes in a way a reader of the marker should know about. */
export const DEMO_SEED_VERSION = 1;

/** The first account is made this long before now; the work of the week follows. */
const ACCOUNTS_BEFORE_MS = 8 * 24 * 3600_000;

/** A refusal: one line an operator can act on; nothing was written. */
export class DemoSeedRefused extends Error {
  override readonly name = 'DemoSeedRefused';
}

export type DemoSeedResult =
  | {
      outcome: 'seeded';
      seededAt: string;
      credentials: DemoCredentials[];
      counts: DemoCounts;
    }
  | { outcome: 'already'; seededAt: string };

export interface DemoCounts {
  agencies: number;
  people: number;
  youth: number;
  screenings: number;
  responses: number;
}

/** What holds a county's own data: any of it and the seed is refused. */
async function whatIsThere(database: HarborDatabase): Promise<{ agencies: number; people: number; youth: number }> {
  const db = database.db;
  const agencies = await db
    .selectFrom('agency')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { agencies: Number(agencies.n), people: await countUsers(db), youth: await countYouth(db) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function refuseUnlessEmpty(found: { agencies: number; people: number; youth: number }): void {
  if (found.agencies === 0 && found.people === 0 && found.youth === 0) return;
  throw new DemoSeedRefused(
    `this database already holds ${plural(found.agencies, 'agency', 'agencies')}, ` +
      `${plural(found.people, 'account', 'accounts')} and ${plural(found.youth, 'youth record', 'youth records')}: ` +
      'harbor demo seed fills only an empty database, never a county’s own. Nothing was changed.',
  );
}

async function refuseIfUnfinished(database: HarborDatabase): Promise<{ seededAt: string } | undefined> {
  const marker = await demoMarker(database.db);
  if (!marker) return undefined;
  if (!marker.completed_at) {
    throw new DemoSeedRefused(
      `an earlier harbor demo seed on this database (started ${marker.started_at}) has not finished: it is still ` +
        'running, or it stopped half-way (then seed a new, empty database). Nothing was changed.',
    );
  }
  return { seededAt: marker.started_at };
}

/** The definitions the stories are written for: the shipped protocol must be the one new responses run. */
async function refuseOtherDefinitions(database: HarborDatabase): Promise<void> {
  await instruments.ensureShipped(database.db);
  await protocols.ensureShipped(database.db);
  const protocol = await currentProtocol(database.db);
  if (protocol.id !== DEMO_PROTOCOL.id || protocol.version !== DEMO_PROTOCOL.version) {
    throw new DemoSeedRefused(
      `new responses here run ${protocol.id} version ${protocol.version}, and the demonstration is written for ` +
        `${DEMO_PROTOCOL.id} version ${DEMO_PROTOCOL.version}; seed a new, empty database. Nothing was changed.`,
    );
  }
  for (const instrument of DEMO_INSTRUMENTS) {
    if (!(await instruments.find(database.db, instrument.id, instrument.version))) {
      throw new DemoSeedRefused(`the screening instrument ${instrument.id} v${instrument.version} is missing.`);
    }
  }
}

/**
 * Seeds the demonstration county (see the module's comment). The database must be migrated; `registry` is every
 * feature's declaration (features/index.ts), which the records gate works from.
 */
export async function seedDemo(input: {
  config: Config;
  database: HarborDatabase;
  registry: FeatureRegistry;
  now?: Date;
}): Promise<DemoSeedResult> {
  const { config, database, registry } = input;
  const now = input.now ?? new Date();
  const already = await refuseIfUnfinished(database);
  if (already) return { outcome: 'already', ...already };
  try {
    refuseUnlessEmpty(await whatIsThere(database));
  } catch (error) {
    // A seed started at the same moment may have written its mark and its people between the two looks: say so.
    if (await demoMarker(database.db)) {
      throw new DemoSeedRefused('another harbor demo seed began on this database meanwhile. Nothing was changed.');
    }
    throw error;
  }
  await refuseOtherDefinitions(database);

  const auditKey = auditChainKey(config.secretKey);
  const keyring = Keyring.fromConfig(config);
  const passwords = await prepareCredentials();
  const start = new Date(now.getTime() - ACCOUNTS_BEFORE_MS);

  // The mark, the check and the accounts in one transaction: the mark first (a write, which takes SQLite's lock; its
  // primary key stops a second seed), then the check again, in case someone signed up meanwhile.
  const accounts = await database.db.transaction().execute(async (trx) => {
    try {
      await insertDemoMarker(trx, DEMO_SEED_VERSION, now);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new DemoSeedRefused('another harbor demo seed began on this database meanwhile. Nothing was changed.');
      }
      throw error;
    }
    const agencies = await trx
      .selectFrom('agency')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    refuseUnlessEmpty({ agencies: Number(agencies.n), people: await countUsers(trx), youth: await countYouth(trx) });
    return createDemoAccounts(trx, { auditKey, keyring, passwords, at: start });
  });

  const clock = new DemoClock(start);
  const gate = new RecordsGate({ database, auditKey, keyring, registry, now: clock.now });
  const permissions = new RolePermissions(database.db);
  const agencyKinds = new AgencyKinds(database.db);
  const people = {} as Parameters<typeof writeCounty>[2];
  for (const [key, user] of Object.entries(accounts.users) as [PersonKey, (typeof accounts.users)[PersonKey]][]) {
    people[key] = await actorFor(agencyKinds, permissions, user);
  }
  const timeline = new Timeline(clock, database, auditKey);
  const acting = new Acting(gate);
  writeCounty(timeline, acting, people, now);
  try {
    await timeline.run(now);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${reason}. This database now holds part of the demonstration and is marked as demonstration data; ` +
        'seed a new, empty database.',
      { cause: error },
    );
  }

  const counts: DemoCounts = {
    agencies: Object.keys(accounts.agencies).length,
    people: accounts.credentials.length,
    ...acting.made,
  };
  await database.db.transaction().execute(async (trx) => {
    await completeDemoMarker(trx, clock.now());
    await appendAudit(
      trx,
      auditKey,
      {
        event: 'admin.demo.seeded',
        recordType: 'demo_marker',
        outcome: 'success',
        details: { seed_version: DEMO_SEED_VERSION, ...counts },
      },
      clock.now(),
    );
  });
  return { outcome: 'seeded', seededAt: now.toISOString(), credentials: accounts.credentials, counts };
}
