import { type ErrorBody, translate } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_SECRET, seedCounty, youthWithResponse } from '../testing/county.js';
import { createTestDatabase, type TestDatabase } from '../testing/databases.js';
import { type HarborProcess, startHarbor } from '../testing/harbor-process.js';

const ROUNDS = 50;

interface Answer {
  status: number;
  body: { version?: number } & Partial<ErrorBody>;
}

/**
 * Two real `harbor serve` processes on one PostgreSQL database, and two people editing one youth's record and one
 * response at once, each through another process, from the version both read: in every round exactly one edit wins, the
 * other answers 409 with the version the record is at now, and no acknowledged edit is lost. The youth's placement note
 * is the list of the edits acknowledged so far (each edit appends its own mark to what it read), so the final note must
 * be every winner in order: an edit applied over another, or lost, would show.
 */
describe('two processes, one record [postgres]', () => {
  let t: TestDatabase;
  const processes: HarborProcess[] = [];
  let county: Awaited<ReturnType<typeof seedCounty>>;
  let youthId: string;
  let responseId: string;

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    if (t.config.kind !== 'postgres') throw new Error('a PostgreSQL database');
    county = await seedCounty(t);
    for (let i = 0; i < 2; i++) {
      processes.push(
        await startHarbor({
          dataDir: t.dir,
          env: { HARBOR_DATABASE_URL: t.config.url, HARBOR_SECRET_KEY: PROCESS_SECRET },
        }),
      );
    }
    ({ youthId, responseId } = await youthWithResponse(processes[0]!.url, county, 1));
  }, 60_000);
  afterAll(async () => {
    for (const p of processes) await p.stop();
    await t?.drop();
  });

  const send = async (process: HarborProcess, method: string, path: string, body: unknown): Promise<Answer> => {
    const res = await fetch(`${process.url}${path}`, {
      method,
      headers: { ...county.headers, 'accept-language': 'es' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : {} };
  };
  const read = async (path: string) => {
    const res = await fetch(`${processes[1]!.url}${path}`, { headers: county.headers });
    expect(res.status).toBe(200);
    return (await res.json()) as Record<string, unknown> & { version: number };
  };

  /**
   * Both processes change the record at `version`, at once; in even rounds the first process's request leaves first,
   * in odd rounds the second's. Returns which one won (0 or 1) after checking the loser's 409.
   */
  async function race(round: number, edit: (side: 0 | 1) => Promise<Answer>, current: () => Promise<number>) {
    const order: (0 | 1)[] = round % 2 === 0 ? [0, 1] : [1, 0];
    const answers: Answer[] = [];
    await Promise.all(order.map(async (side) => (answers[side] = await edit(side))));
    const statuses = answers.map((a) => a.status);
    const winner = statuses.findIndex((s) => s !== 409) as 0 | 1;
    expect(
      statuses.filter((s) => s === 409),
      `round ${round}: ${JSON.stringify(answers)}`,
    ).toHaveLength(1);
    expect([200, 204]).toContain(statuses[winner]);
    const loser = answers[1 - winner]!;
    const now = await current();
    expect(loser.body).toEqual({
      error: { code: 'conflict', message: translate('es', 'error.conflict'), currentVersion: now },
    });
    return { winner, version: now };
  }

  /** The audit entries of an event about one youth or record, in order: their details. */
  const audited = async (event: string, column: 'youth_id' | 'record_id', id: string) =>
    (
      await t.database.db
        .selectFrom('audit_event')
        .select('details')
        .where('event', '=', event)
        .where(column, '=', id)
        .orderBy('seq')
        .execute()
    ).map((row) => JSON.parse(String(row.details)) as { version?: number });

  /**
   * ROUNDS races on one record: in each, side 0 and side 1 send their own `mark` to `method path` at the version last
   * read (from `readPath`), `body` making the request from the version, the marks acknowledged so far and the side's
   * mark. Returns the version before the first round and the winners' marks, in order.
   */
  async function rounds(
    [method, path, readPath]: [string, string, string?],
    mark: (side: 0 | 1, round: number) => string,
    body: (version: number, acknowledged: readonly string[], mark: string) => unknown,
  ): Promise<{ first: number; acknowledged: string[] }> {
    const current = async () => (await read(readPath ?? path)).version;
    let version = await current();
    const first = version;
    const acknowledged: string[] = [];
    const winners = new Set<0 | 1>();
    for (let round = 0; round < ROUNDS; round++) {
      const result = await race(
        round,
        (side) => send(processes[side]!, method, path, body(version, acknowledged, mark(side, round))),
        current,
      );
      expect(result.version).toBeGreaterThan(version);
      acknowledged.push(mark(result.winner, round));
      winners.add(result.winner);
      version = result.version;
    }
    // Both processes won some rounds: the test raced them, not one against itself.
    expect(winners.size).toBe(2);
    return { first, acknowledged };
  }

  /** A round's mark for one side: its number and the side's letter ("07B"). */
  const letter = (side: 0 | 1, round: number) => `${String(round).padStart(2, '0')}${side === 0 ? 'A' : 'B'}`;

  it(`lets one of two edits of a youth's record at one version win, ${ROUNDS} times, and loses none`, async () => {
    const path = `/api/v1/youth/${youthId}`;
    const { first, acknowledged } = await rounds(['PATCH', path], letter, (version, marks, mark) => ({
      version,
      placement: { kind: 'foster_home', detail: [...marks, mark].join(' ') },
    }));
    const youth = await read(path);
    expect(youth.version).toBe(first + ROUNDS);
    expect(youth.placement).toEqual({ kind: 'foster_home', detail: acknowledged.join(' ') });
    expect((await audited('youth.updated', 'youth_id', youthId)).map((d) => d.version)).toEqual(
      Array.from({ length: ROUNDS }, (_, i) => first + i + 1),
    );
  }, 120_000);

  it(`lets one of two saves of a response's written report at one version win, the first save too, ${ROUNDS} times`, async () => {
    const path = `/api/v1/responses/${responseId}/written-report`;
    const { first, acknowledged } = await rounds(['PUT', path], letter, (version, marks, mark) => ({
      version,
      fields: { incident: [...marks, mark].join(' ') },
    }));
    expect(first).toBe(0);
    const report = (await read(path)) as { version: number; fields?: { incident?: string } };
    expect(report.version).toBe(ROUNDS);
    expect(report.fields?.incident).toBe(acknowledged.join(' '));
  }, 120_000);

  it('lets one of two first saves of a written report win, on responses of their own', async () => {
    // The first save inserts the row: two at once each find none, and the second must still answer 409, not 500.
    // Whether they overlap is up to the two processes; six responses make it all but certain that some do.
    for (let round = 0; round < 6; round++) {
      const other = await youthWithResponse(processes[round % 2]!.url, county, 1);
      const path = `/api/v1/responses/${other.responseId}/written-report`;
      const result = await race(
        round,
        (side) => send(processes[side]!, 'PUT', path, { version: 0, fields: { incident: `first ${side}` } }),
        async () => (await read(path)).version,
      );
      expect(result.version).toBe(1);
      expect(((await read(path)) as { fields?: { incident?: string } }).fields?.incident).toBe(
        `first ${result.winner}`,
      );
    }
  }, 120_000);

  it(`lets one of two corrections of a response's recovery time at one version win, ${ROUNDS} times`, async () => {
    const base = Date.now() - 3600_000;
    // Each side, each round, a recovery time of its own (its last digit the side): the response shows whose edit won.
    const { acknowledged } = await rounds(
      ['PUT', `/api/v1/responses/${responseId}/recovery`, `/api/v1/responses/${responseId}`],
      (side, round) => new Date(base + (2 * round + side) * 1000).toISOString().replace('.000Z', `.00${side}Z`),
      (version, _marks, recoveredAt) => ({ version, recoveredAt }),
    );
    const response = await read(`/api/v1/responses/${responseId}`);
    expect(response.recoveredAt).toBe(acknowledged.at(-1));
    expect(await audited('response.recovery_recorded', 'record_id', responseId)).toHaveLength(ROUNDS);
  }, 120_000);
});
