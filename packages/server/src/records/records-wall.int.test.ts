import { randomUUID } from 'node:crypto';
import { LA_COUNTY_FIRST_RESPONDER, SHIPPED_INSTRUMENTS } from '@harbor/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hotlineIds } from '../features/directory/ship-hotlines.js';
import { FEATURE_REGISTRY } from '../features/index.js';
import type { YouthDataAnswer } from '../http/access.js';
import { answersFor } from '../testing/answers.js';
import { createTestApp } from '../testing/app.js';
import { DIALECTS } from '../testing/databases.js';
import { buildWorld, INITIALS, type Person, SECRET, type World } from '../testing/world.js';
import { sampleYouthInput } from '../testing/youth.js';
import { shownFieldNames } from './classed.js';

/**
 * The wall, tested from outside: every API route that answers with a youth's data writes an audit entry naming
 * exactly the fields it returned (driven over every such route, for every person of the test world, not a hand-picked
 * few); every other route is scanned for a youth's data and must hold none; every encrypted value in the database is
 * in a column some feature declares.
 */

const BRIEF = SHIPPED_INSTRUMENTS.find((i) => i.audience === 'brief')!;
const PEOPLE: Person[] = [
  'clinician',
  'dmhSupervisor',
  'socialWorker',
  'cwSupervisor',
  'deputy',
  'deputy2',
  'sheriffSupervisor',
  'advocate',
  'healthProvider',
  'liaison',
  'visitor',
  'outsider',
  'receiver',
  'admin',
];
const READ_EVENTS = [
  'youth.read',
  'screening.read',
  'response.read',
  'referral.read',
  'court.read',
  'mdt.read',
  'mdt.goals_read',
];

interface Route {
  method: string;
  url: string;
  youthData: YouthDataAnswer | undefined;
}

for (const dialect of DIALECTS) {
  describe(`the records wall [${dialect}]`, () => {
    let w: World;
    let routes: Route[];
    beforeAll(async () => {
      w = await buildWorld(await createTestApp(dialect));
      const seen = new Set<string>();
      routes = w.h.app.harborRoutes
        .filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api/v1/'))
        .map((r) => ({ method: r.method, url: r.url, youthData: r.options.config?.youthData }))
        .filter((r) => !seen.has(`${r.method} ${r.url}`) && seen.add(`${r.method} ${r.url}`));
    });
    afterAll(() => w.h.close());

    /** A concrete address for a route of the test world; a route it does not know fails the test (add it here). */
    const concrete = (url: string): string => {
      const ids: Record<string, string> = {
        '/api/v1/youth/': w.youthId,
        '/api/v1/screenings/': w.screeningId,
        '/api/v1/responses/': w.responseId,
        '/api/v1/users/': w.people.socialWorker.user.id,
        '/api/v1/agencies/': w.agencies.dcfs,
        '/api/v1/instruments/': BRIEF.id,
        '/api/v1/protocols/': LA_COUNTY_FIRST_RESPONDER.id,
        '/api/v1/auth/sessions/': randomUUID(),
        '/api/v1/notifications/': randomUUID(),
        '/api/v1/break-glass/': w.grantId,
        '/api/v1/referrals/': w.referralId,
        '/api/v1/directory/': hotlineIds({ id: 'lifeline_988' }).service,
        '/api/v1/court-programs/': 'star',
        '/api/v1/court-progress-reports/': w.courtReportId,
        '/api/v1/mdt/meetings/': w.meetingId,
      };
      const prefix = Object.keys(ids).find((p) => url.startsWith(p));
      let out = url;
      if (out.includes(':id')) {
        expect(prefix, `the wall test has no record for ${url}`).toBeDefined();
        out = out.replace(':id', ids[prefix!]!);
      }
      out = out
        .replace(':version', url.includes('instruments') ? String(BRIEF.version) : '1')
        .replace(':stepId', 'health-evaluation')
        .replace(':memberId', randomUUID());
      expect(out, `the wall test cannot fill in ${url}`).not.toMatch(/:\w/);
      return out;
    };
    const query = (url: string) =>
      url === '/api/v1/youth'
        ? '?name=quintanilla'
        : url === '/api/v1/deadlines'
          ? '?hours=2000'
          : url === '/api/v1/users/directory'
            ? '?q=world'
            : '';

    const maxSeq = async () =>
      Number(
        (
          await w.h.t.database.db
            .selectFrom('audit_event')
            .select((eb) => eb.fn.max('seq').as('n'))
            .executeTakeFirstOrThrow()
        ).n ?? 0,
      );
    const readsSince = async (who: Person, seq: number) =>
      (
        await w.h.t.database.db
          .selectFrom('audit_event')
          .selectAll()
          .where('seq', '>', seq)
          .where('actor_user_id', '=', w.people[who].user.id)
          .orderBy('seq')
          .execute()
      )
        .filter((r) => READ_EVENTS.includes(r.event))
        .map((r) => ({ ...r, fields: JSON.parse(r.fields) as string[] }));

    /** Elements of the list an answer holds at a key ('' = the answer is the list). */
    const itemsOf = (body: unknown, key: string): unknown[] =>
      (key === '' ? body : (body as Record<string, unknown>)[key]) as unknown[];

    /**
     * The youth a CSV export names, one per youth, as the JSON answer would show them (`{ id, displayName }`): the
     * rows whose `column` (the youth's name) is filled in.
     */
    const youthNamedInCsv = (csv: string, column: string): unknown[] => {
      const rows = parseCsv(csv);
      const header = rows[0] ?? [];
      const [idAt, nameAt] = [header.indexOf('youth_id'), header.indexOf(column)];
      expect(idAt, 'the export has a youth_id column').toBeGreaterThanOrEqual(0);
      expect(nameAt, `the export has a ${column} column`).toBeGreaterThanOrEqual(0);
      const named = new Map<string, string>();
      for (const row of rows.slice(1)) if (row[nameAt]) named.set(row[idAt]!, row[nameAt]!);
      return [...named].map(([id, displayName]) => ({ id, displayName }));
    };

    it('audits every read of a youth’s data naming exactly the fields returned, route by route, person by person', async () => {
      const reading = routes.filter((r) => r.method === 'GET' && r.youthData);
      expect(reading.length).toBeGreaterThanOrEqual(12);
      let checked = 0;
      for (const route of reading) {
        for (const who of PEOPLE) {
          const url = `${concrete(route.url)}${query(route.url)}`;
          const seq = await maxSeq();
          const res = await w.call(who, 'GET', url);
          const reads = await readsSince(who, seq);
          if (res.statusCode !== 200) {
            expect([403, 404], `${who} GET ${url}: ${res.statusCode} ${res.body}`).toContain(res.statusCode);
            if (res.statusCode === 404) expect(reads, `${who} GET ${url}: a refusal shows nothing`).toEqual([]);
            continue;
          }
          const isPdf = String(res.headers['content-type']).startsWith('application/pdf');
          if (route.youthData === 'record') {
            const shown = isPdf
              ? shownFieldNames((await w.call(who, 'GET', url.replace('.pdf', ''))).json())
              : shownFieldNames(res.json());
            expect(reads.length, `${who} GET ${url}`).toBe(1);
            expect(reads[0]!.fields, `${who} GET ${url}`).toEqual(shown);
          } else {
            const { items: key, placeholder } = route.youthData as { items: string; placeholder?: string };
            const isCsv = String(res.headers['content-type']).startsWith('text/csv');
            const all = isCsv ? youthNamedInCsv(res.body, key) : itemsOf(res.json(), key);
            // A placeholder (a restricted youth on a meeting's roster) holds nothing but its id: it is not audited.
            const isPlaceholder = (item: unknown) =>
              placeholder !== undefined && (item as Record<string, unknown>)[placeholder] === true;
            for (const item of all.filter(isPlaceholder)) {
              expect(Object.keys(item as object).sort(), `${who} GET ${url}: a placeholder`).toEqual(
                ['entryId', placeholder!].sort(),
              );
            }
            const items = all.filter((item) => !isPlaceholder(item));
            const entries = reads.filter((r) => r.record_type !== 'search');
            expect(entries.length, `${who} GET ${url}: one entry per line shown`).toBe(items.length);
            expect(entries.map((e) => e.fields).sort(), `${who} GET ${url}`).toEqual(
              items.map((item) => shownFieldNames(item)).sort(),
            );
          }
          checked++;
        }
      }
      // Every person with a youth's data to read read some: the loop did check.
      expect(checked).toBeGreaterThan(60);
    });

    it('audits the youth data a write answers with, for every route that answers with it', async () => {
      const writing = routes.filter((r) => r.method !== 'GET' && r.youthData);
      // The writes that answer with a youth's data today; a lost `youthData` mark must not empty this test.
      expect(writing.length).toBeGreaterThanOrEqual(8);
      const cases: Record<string, () => Promise<{ who: Person; status: number; body: unknown; seq: number }>> = {
        'POST /api/v1/youth': async () => {
          const seq = await maxSeq();
          const res = await w.call('clinician', 'POST', '/api/v1/youth', sampleYouthInput());
          return { who: 'clinician', status: res.statusCode, body: res.json(), seq };
        },
        'PATCH /api/v1/youth/:id': async () => {
          const current = (await w.call('deputy', 'GET', `/api/v1/youth/${w.youthId}`)).json();
          const seq = await maxSeq();
          const res = await w.call('deputy', 'PATCH', `/api/v1/youth/${w.youthId}`, {
            version: current.version,
            pronouns: 'she/they',
          });
          return { who: 'deputy', status: res.statusCode, body: res.json(), seq };
        },
        'POST /api/v1/screenings': async () => {
          const seq = await maxSeq();
          const res = await w.call('deputy', 'POST', '/api/v1/screenings', {
            instrumentId: BRIEF.id,
            instrumentVersion: BRIEF.version,
            youthId: w.youthId,
            answers: answersFor(BRIEF),
            complete: true,
            idempotencyKey: randomUUID(),
          });
          return { who: 'deputy', status: res.statusCode, body: res.json(), seq };
        },
        'PUT /api/v1/screenings/:id': async () => {
          const draft = await w.call('advocate', 'POST', '/api/v1/screenings', {
            instrumentId: BRIEF.id,
            instrumentVersion: BRIEF.version,
            youthId: w.youthId,
            answers: {},
            complete: false,
            idempotencyKey: randomUUID(),
          });
          const seq = await maxSeq();
          const res = await w.call('advocate', 'PUT', `/api/v1/screenings/${draft.json().id}`, {
            answers: answersFor(BRIEF),
            version: draft.json().version,
            complete: false,
          });
          return { who: 'advocate', status: res.statusCode, body: res.json(), seq };
        },
        'POST /api/v1/screenings/:id/corrections': async () => {
          const seen = (await w.call('liaison', 'GET', `/api/v1/youth/${w.youthId}/screenings`)).json();
          const newest = seen.find(
            (s: { correctedBy: string | null; instrumentId: string }) =>
              !s.correctedBy && s.instrumentId === 'harbor-cse-indicators',
          );
          const current = (await w.call('socialWorker', 'GET', `/api/v1/screenings/${newest.id}`)).json();
          const seq = await maxSeq();
          const res = await w.call('socialWorker', 'POST', `/api/v1/screenings/${newest.id}/corrections`, {
            answers: { ...current.answers, runaway: current.answers.runaway === 'yes' ? 'no' : 'yes' },
            reason: 'Corrected after the MDT',
            idempotencyKey: randomUUID(),
          });
          return { who: 'socialWorker', status: res.statusCode, body: res.json(), seq };
        },
        'POST /api/v1/screenings/:id/link': async () => {
          const unlinked = await w.call('deputy', 'POST', '/api/v1/screenings', {
            instrumentId: BRIEF.id,
            instrumentVersion: BRIEF.version,
            answers: answersFor(BRIEF),
            complete: true,
            idempotencyKey: randomUUID(),
          });
          const seq = await maxSeq();
          const res = await w.call('deputy', 'POST', `/api/v1/screenings/${unlinked.json().id}/link`, {
            youthId: w.youthId,
          });
          return { who: 'deputy', status: res.statusCode, body: res.json(), seq };
        },
        'PUT /api/v1/break-glass/:id/review': async () => {
          const listed = (await w.call('cwSupervisor', 'GET', '/api/v1/break-glass')).json();
          const access = listed.find((g: { id: string }) => g.id === w.grantId);
          const seq = await maxSeq();
          const res = await w.call('cwSupervisor', 'PUT', `/api/v1/break-glass/${w.grantId}/review`, {
            version: access.review?.version ?? 0,
            disposition: 'justified',
            note: 'Confirmed with the ER: the team was paged twice',
          });
          return { who: 'cwSupervisor', status: res.statusCode, body: res.json(), seq };
        },
        'PUT /api/v1/responses/:id/written-report': async () => {
          const current = (await w.call('deputy', 'GET', `/api/v1/responses/${w.responseId}/written-report`)).json();
          const seq = await maxSeq();
          const res = await w.call('deputy', 'PUT', `/api/v1/responses/${w.responseId}/written-report`, {
            version: current.version,
            fields: { ...current.fields, reporterPhone: '213 555 0100' },
          });
          return { who: 'deputy', status: res.statusCode, body: res.json(), seq };
        },
      };
      for (const route of writing) {
        const key = `${route.method} ${route.url}`;
        const run = cases[key];
        expect(run, `the wall test has no case for ${key}`).toBeDefined();
        const { who, status, body, seq } = await run!();
        expect([200, 201], `${key}: ${JSON.stringify(body)}`).toContain(status);
        const reads = await readsSince(who, seq);
        expect(reads.length, key).toBe(1);
        expect(reads[0]!.fields, key).toEqual(shownFieldNames(body));
      }
    });

    it('finds no youth data in any other route’s answer, for any person, nor in any answer to an administrator', async () => {
      const others = routes.filter((r) => r.method === 'GET' && !r.youthData);
      expect(others.length).toBeGreaterThan(10);
      const secrets = [...Object.values(SECRET), SECRET.referral.replace(/\D/g, ''), INITIALS];
      for (const route of routes.filter((r) => r.method === 'GET')) {
        // An administrator reads no youth records: no route shows them a youth's data (the audit log included).
        for (const who of route.youthData ? (['admin'] as const) : PEOPLE) {
          const url = `${concrete(route.url)}${query(route.url)}`;
          const res = await w.call(who, 'GET', url);
          for (const secret of secrets) {
            expect(res.body.includes(secret), `${who} GET ${url} shows "${secret}"`).toBe(false);
          }
        }
      }
    });

    it('keeps every encrypted value in a column a feature declares, and every declared column encrypted', async () => {
      const db = w.h.t.database.db;
      const tables =
        dialect === 'postgres'
          ? (
              await sql<{
                name: string;
              }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
                db,
              )
            ).rows.map((r) => r.name)
          : (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)).rows.map(
              (r) => r.name,
            );
      const found = new Set<string>();
      for (const table of tables) {
        if (table.startsWith('harbor_migration') || table === 'sqlite_sequence') continue;
        const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows;
        for (const row of rows) {
          for (const [column, value] of Object.entries(row)) {
            if (typeof value === 'string' && /^v1\.[0-9a-f]{8}\.[A-Za-z0-9_-]{16}\./.test(value))
              found.add(`${table}.${column}`);
          }
        }
      }
      const declared = new Set(FEATURE_REGISTRY.encrypted.map((c) => `${c.table}.${c.column}`));
      expect(
        [...found].filter((c) => !declared.has(c)),
        'encrypted columns no feature declares',
      ).toEqual([]);
      // The test world writes a value into every declared column, so none is declared and left unused.
      expect([...declared].filter((c) => !found.has(c)).sort(), 'declared columns with no encrypted value').toEqual([]);
    });
  });
}

/** RFC 4180 rows (quoted cells, doubled quotes, CRLF line ends), as the audit export writes them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
