import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Answers, type InstrumentDefinition, SHIPPED_INSTRUMENTS } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { answersFor, itemsOf, quietAnswer } from '../../testing/answers.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { runHarbor } from '../../testing/harbor-process.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';

/** A youth record created by a member of staff, who joins its care team. */
async function newYouthThroughApi(app: TestApp['app'], headers: Record<string, string>): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/youth', headers, payload: sampleYouthInput() });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const brief = SHIPPED_INSTRUMENTS.find((i) => i.audience === 'brief')!;
const staff = SHIPPED_INSTRUMENTS.find((i) => i.audience === 'staff')!;

const safetyItem = (instrument: InstrumentDefinition) =>
  instrument.domains.flatMap((d) => d.items.filter((i) => i.safety || d.safety))[0]!;

for (const dialect of DIALECTS) {
  describe(`screenings [${dialect}]`, () => {
    let h: TestApp;
    let clinician: SignedInUser;
    let colleague: SignedInUser;
    let outsider: SignedInUser;
    let courtLiaison: SignedInUser;
    let youthId: string;

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const dmh = await createAgency(h.t.database.db, { name: 'DMH', kind: 'mental_health' });
      const dcfs = await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' });
      clinician = await signedInUser(h, dmh.id, 'clinician', 'screen-clinician');
      colleague = await signedInUser(h, dmh.id, 'social_worker', 'screen-colleague');
      outsider = await signedInUser(h, dcfs.id, 'social_worker', 'screen-outsider');
      courtLiaison = await signedInUser(h, dcfs.id, 'court_liaison', 'screen-court');
      youthId = await newYouthThroughApi(h.app, clinician.headers);
    });
    afterAll(() => h.close());

    const submit = (who: SignedInUser, body: Record<string, unknown>, locale = 'en') =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/screenings',
        headers: { ...who.headers, 'accept-language': locale },
        payload: {
          instrumentId: brief.id,
          instrumentVersion: brief.version,
          youthId,
          answers: answersFor(brief),
          complete: true,
          idempotencyKey: randomUUID(),
          ...body,
        },
      });

    it('lists the shipped instruments and serves each definition', async () => {
      const list = await h.app.inject({ url: '/api/v1/instruments', headers: clinician.headers });
      expect(list.statusCode).toBe(200);
      expect(list.json().map((i: { id: string }) => i.id)).toEqual(
        expect.arrayContaining(SHIPPED_INSTRUMENTS.map((i) => i.id)),
      );
      const one = await h.app.inject({
        url: `/api/v1/instruments/${staff.id}/versions/${staff.version}`,
        headers: courtLiaison.headers,
      });
      expect(one.statusCode).toBe(200);
      expect(one.json()).toEqual(JSON.parse(JSON.stringify(staff)));
      const missing = await h.app.inject({
        url: `/api/v1/instruments/${staff.id}/versions/999`,
        headers: clinician.headers,
      });
      expect(missing.statusCode).toBe(404);
    });

    it('scores a completed screening on the server, whatever the client claims, and lists it on the youth', async () => {
      const res = await submit(clinician, { answers: answersFor(brief), level: 'clear' });
      // An unknown property is refused: the client cannot send its own level.
      expect(res.statusCode).toBe(400);
      const ok = await submit(clinician, {});
      expect(ok.statusCode, ok.body).toBe(201);
      const screening = ok.json();
      expect(screening).toMatchObject({ status: 'completed', level: 'none', safety: false, youthId });
      expect(screening.completedByName).toBe('screen-clinician');

      const list = await h.app.inject({ url: `/api/v1/youth/${youthId}/screenings`, headers: clinician.headers });
      expect(list.statusCode).toBe(200);
      expect(list.json().map((s: { id: string }) => s.id)).toContain(screening.id);
    });

    it('lists a screening at no concern answered mostly “don’t know” as not enough information (issue 12, item 10)', async () => {
      const unknowns = Object.fromEntries(
        brief.domains
          .filter((domain) => !domain.safety)
          .flatMap((domain) => domain.items)
          .filter((item) => !item.safety && item.answer.type === 'yes_no_unknown')
          .map((item) => [item.id, 'unknown'] as const),
      );
      const unknown = await submit(clinician, { answers: answersFor(brief, unknowns) });
      expect(unknown.statusCode, unknown.body).toBe(201);
      expect(unknown.json().level).toBe('none');
      const quiet = await submit(clinician, {});
      const list = (
        await h.app.inject({ url: `/api/v1/youth/${youthId}/screenings`, headers: clinician.headers })
      ).json() as { id: string; notEnoughInformation: boolean }[];
      const of = (id: string) => list.find((s) => s.id === id)!.notEnoughInformation;
      expect(of(unknown.json().id)).toBe(true);
      expect(of(quiet.json().id)).toBe(false);
      const timeline = (
        await h.app.inject({ url: `/api/v1/youth/${youthId}/timeline`, headers: clinician.headers })
      ).json() as { entries: { screeningId?: string; notEnoughInformation?: boolean }[] };
      expect(timeline.entries.find((e) => e.screeningId === unknown.json().id)!.notEnoughInformation).toBe(true);
    });

    it('opens the safety step when a safety item is answered positively', async () => {
      const item = safetyItem(brief);
      const positive = item.answer.type === 'concern' ? 'clear' : 'yes';
      const res = await submit(clinician, { answers: answersFor(brief, { [item.id]: positive }) });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().safety).toBe(true);
    });

    it('stores a submission once, however often it is sent (idempotency key)', async () => {
      const key = randomUUID();
      const results = await Promise.all([1, 2, 3, 4].map(() => submit(clinician, { idempotencyKey: key })));
      const ids = new Set(results.map((r) => r.json().id));
      expect(ids.size).toBe(1);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 201]);
      const rows = await h.t.database.db
        .selectFrom('screening')
        .select('id')
        .where('idempotency_key', '=', key)
        .execute();
      expect(rows).toHaveLength(1);
    });

    it('refuses bad answers with translated field-level messages and stores nothing', async () => {
      const before = await h.t.database.db
        .selectFrom('screening')
        .select(h.t.database.db.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const first = itemsOf(brief)[0]!;
      const answers = answersFor(brief);
      answers[first.id] = 'banana';
      answers['no-such-item'] = 'yes';
      const res = await submit(clinician, { answers }, 'es');
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.error.code).toBe('validation_failed');
      const paths = body.error.fields.map((f: { path: string }) => f.path);
      expect(paths).toEqual(expect.arrayContaining([`body.answers.${first.id}`, 'body.answers.no-such-item']));
      for (const field of body.error.fields) expect(field.message).not.toMatch(/^screening\./);

      // A completed screening with a required item missing.
      const partial = answersFor(brief);
      delete partial[first.id];
      const missing = await submit(clinician, { answers: partial });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.fields).toEqual([{ path: `body.answers.${first.id}`, message: expect.any(String) }]);

      const unknownVersion = await submit(clinician, { instrumentVersion: 999 });
      expect(unknownVersion.statusCode).toBe(400);
      expect(unknownVersion.json().error.fields[0].path).toBe('body.instrumentVersion');

      const after = await h.t.database.db
        .selectFrom('screening')
        .select(h.t.database.db.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('hides a youth’s screenings from someone without need-to-know (404) and lets the team read them', async () => {
      const created = (await submit(clinician, {})).json();
      const hidden = await h.app.inject({ url: `/api/v1/screenings/${created.id}`, headers: outsider.headers });
      expect(hidden.statusCode).toBe(404);
      const hiddenList = await h.app.inject({ url: `/api/v1/youth/${youthId}/screenings`, headers: outsider.headers });
      expect(hiddenList.statusCode).toBe(404);
      const write = await submit(outsider, {});
      expect(write.statusCode).toBe(404);
      const own = await h.app.inject({ url: `/api/v1/screenings/${created.id}`, headers: clinician.headers });
      expect(own.statusCode).toBe(200);
      expect(own.json().answers).toEqual(created.answers);
    });

    it('keeps drafts to their author, saves them under optimistic concurrency, and completes them', async () => {
      const item = itemsOf(brief)[0]!;
      const draft = await submit(clinician, { complete: false, answers: { [item.id]: quietAnswer(item) } });
      expect(draft.statusCode, draft.body).toBe(201);
      const d = draft.json();
      expect(d).toMatchObject({ status: 'draft', level: null, version: 1 });

      const colleagueView = await h.app.inject({ url: `/api/v1/screenings/${d.id}`, headers: colleague.headers });
      expect(colleagueView.statusCode).toBe(404);

      const put = (version: number, answers: Answers, complete = false) =>
        h.app.inject({
          method: 'PUT',
          url: `/api/v1/screenings/${d.id}`,
          headers: clinician.headers,
          payload: { answers, version, complete },
        });
      const saved = await put(1, answersFor(brief));
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().version).toBe(2);
      // Someone (another tab, the offline queue) still holds version 1: refused, nothing changed.
      const stale = await put(1, {});
      expect(stale.statusCode).toBe(409);
      const current = await h.app.inject({ url: `/api/v1/screenings/${d.id}`, headers: clinician.headers });
      expect(current.json().answers).toEqual(answersFor(brief));

      const done = await put(2, answersFor(brief), true);
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({ status: 'completed', level: 'none', version: 3 });
      // Completed screenings never change.
      const again = await put(3, answersFor(brief));
      expect(again.statusCode).toBe(409);
    });

    it('corrects a completed screening as a new version that keeps the old one, with who and why', async () => {
      const original = (await submit(clinician, {})).json();
      const item = safetyItem(brief);
      const positive = item.answer.type === 'concern' ? 'clear' : 'yes';
      const correction = await h.app.inject({
        method: 'POST',
        url: `/api/v1/screenings/${original.id}/corrections`,
        headers: colleague.headers,
        payload: {
          answers: answersFor(brief, { [item.id]: positive }),
          reason: 'The youth disclosed more at the end of the interview.',
          idempotencyKey: randomUUID(),
        },
      });
      // The colleague is not on the care team: 404.
      expect(correction.statusCode).toBe(404);

      const byAuthor = await h.app.inject({
        method: 'POST',
        url: `/api/v1/screenings/${original.id}/corrections`,
        headers: clinician.headers,
        payload: {
          answers: answersFor(brief, { [item.id]: positive }),
          reason: 'The youth disclosed more at the end of the interview.',
          idempotencyKey: randomUUID(),
        },
      });
      expect(byAuthor.statusCode, byAuthor.body).toBe(201);
      const corrected = byAuthor.json();
      expect(corrected).toMatchObject({
        corrects: original.id,
        correctionReason: 'The youth disclosed more at the end of the interview.',
        safety: true,
      });
      const old = (await h.app.inject({ url: `/api/v1/screenings/${original.id}`, headers: clinician.headers })).json();
      expect(old.answers).toEqual(original.answers);
      expect(old.correctedBy).toBe(corrected.id);

      // The old version cannot be corrected a second time; the newest can.
      const twice = await h.app.inject({
        method: 'POST',
        url: `/api/v1/screenings/${original.id}/corrections`,
        headers: clinician.headers,
        payload: { answers: answersFor(brief), reason: 'Another try at it', idempotencyKey: randomUUID() },
      });
      expect(twice.statusCode).toBe(409);
    });

    it('keeps a screening of an unidentified youth to its author until they link it to a record', async () => {
      const res = await submit(clinician, { youthId: null });
      expect(res.statusCode).toBe(201);
      const s = res.json();
      expect(s.youthId).toBeNull();
      const mine = await h.app.inject({ url: '/api/v1/screenings', headers: clinician.headers });
      expect(mine.json().map((x: { id: string }) => x.id)).toContain(s.id);
      expect((await h.app.inject({ url: `/api/v1/screenings/${s.id}`, headers: colleague.headers })).statusCode).toBe(
        404,
      );
      const link = (who: SignedInUser) =>
        h.app.inject({
          method: 'POST',
          url: `/api/v1/screenings/${s.id}/link`,
          headers: who.headers,
          payload: { youthId },
        });
      expect((await link(colleague)).statusCode).toBe(404);
      const linked = await link(clinician);
      expect(linked.statusCode, linked.body).toBe(200);
      expect(linked.json().youthId).toBe(youthId);
      expect((await link(clinician)).statusCode).toBe(409);
    });

    it('holds no plaintext answer in the database', async () => {
      const marker = 'Marisol-said-a-man-named-Quentin-drives-her';
      const textItem = itemsOf(staff).find((i) => i.answer.type === 'text');
      expect(textItem, 'the staff instrument has a free-text item').toBeDefined();
      const answers = answersFor(staff);
      answers[textItem!.id] = marker;
      const res = await submit(clinician, {
        instrumentId: staff.id,
        instrumentVersion: staff.version,
        answers: answersFor(staff, { [textItem!.id]: marker }),
      });
      expect(res.statusCode, res.body).toBe(201);
      const rows = await h.t.database.db.selectFrom('screening').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain('Quentin');
      const audit = await h.t.database.db.selectFrom('audit_event').selectAll().execute();
      expect(JSON.stringify(audit)).not.toContain('Quentin');
    });
  });
}

describe('harbor instruments import', () => {
  it('refuses a bad definition listing every problem, stores nothing, then imports a good one once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-instruments-'));
    const env = { HARBOR_DATA_DIR: dir, HARBOR_SECRET_KEY: 'c'.repeat(64) };
    const bad = structuredClone(brief) as unknown as Record<string, unknown> & { domains: { items: unknown[] }[] };
    bad.id = 'Not A Slug';
    (bad.domains[0]!.items[0] as { text: unknown }).text = { en: '', es: 'Hola' };
    (bad.domains[0]!.items[1] as { answer: unknown }).answer = { type: 'colour' };
    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify(bad));
    const refused = await runHarbor(['instruments', 'import', badFile], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refused/);
    const problems = refused.stdout.trim().split('\n');
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(refused.stdout).toMatch(/^id: /m);
    expect(refused.stdout).toMatch(/domains\[0\]\.items\[0\]\.text/);
    expect(refused.stdout).toMatch(/domains\[0\]\.items\[1\]\.answer/);

    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ nope');
    const unreadable = await runHarbor(['instruments', 'import', notJson], env);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toMatch(/^harbor: cannot read .* as JSON/);

    const good = { ...structuredClone(brief), id: 'county-brief', version: 3 };
    const goodFile = join(dir, 'good.json');
    writeFileSync(goodFile, JSON.stringify(good));
    const imported = await runHarbor(['instruments', 'import', goodFile], env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/Imported county-brief version 3/);
    const again = await runHarbor(['instruments', 'import', goodFile], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing changed/);
    writeFileSync(goodFile, JSON.stringify({ ...good, title: { en: 'Changed', es: 'Cambiado' } }));
    const changed = await runHarbor(['instruments', 'import', goodFile], env);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/higher version number/);

    const list = await runHarbor(['instruments', 'list'], env);
    expect(list.stdout).toMatch(/^county-brief\tversion 3\timported/m);
    for (const shipped of SHIPPED_INSTRUMENTS) expect(list.stdout).toContain(shipped.id);
  }, 60_000);
});
