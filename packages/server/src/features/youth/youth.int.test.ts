import { existsSync, readFileSync } from 'node:fs';
import type { Role } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { shownFieldNames } from '../../records/classed.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';

/** A fictional youth with distinctive values, so raw rows can be searched for them. */
const XIOMARA = {
  legalName: { given: 'Xiomara', family: 'Quintanilla' },
  namesUsed: ['Canela', 'Xio Q'],
  dateOfBirth: '2009-04-17',
  genderIdentity: 'girl',
  pronouns: 'she/her',
  preferredLanguage: 'es',
  placement: { kind: 'group_home_strtp', detail: 'Casa Esperanza, room 12' },
  contacts: [
    { name: 'Graciela Quintanilla', relationship: 'aunt', phone: '(213) 555-0147', address: '1234 Ocean Front Walk' },
  ],
};
const SECRETS = [
  'Xiomara',
  'Quintanilla',
  'Canela',
  'Xio Q',
  '2009-04-17',
  'Graciela',
  '555-0147',
  '5550147',
  'Ocean Front',
  'Esperanza',
  'DCFS-77-31415',
  '7731415',
];

for (const dialect of DIALECTS) {
  describe(`youth records [${dialect}]`, () => {
    let h: TestApp;
    let dmh = '';
    let dcfs = '';
    let lapd = '';
    const as: Record<string, SignedInUser> = {};
    let youthId = '';

    const call = (who: string, method: string, url: string, payload?: object, locale = 'en') =>
      h.app.inject({
        method: method as 'GET',
        url,
        headers: { ...as[who]!.headers, 'accept-language': locale },
        ...(payload ? { payload } : {}),
      });
    const lastRead = async (who: string) => {
      const row = await h.t.database.db
        .selectFrom('audit_event')
        .select(['fields', 'youth_id'])
        .where('event', '=', 'youth.read')
        .where('actor_user_id', '=', as[who]!.user.id)
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      return { youthId: row.youth_id, fields: (JSON.parse(row.fields) as string[]).sort() };
    };
    const addToTeam = async (who: string) => {
      const res = await call('clinician', 'POST', `/api/v1/youth/${youthId}/care-team`, {
        userId: as[who]!.user.id,
        basis: 'mdt',
      });
      expect(res.statusCode, res.body).toBe(201);
    };

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const db = h.t.database.db;
      dmh = (await createAgency(db, { name: 'DMH', kind: 'mental_health' })).id;
      dcfs = (await createAgency(db, { name: 'DCFS', kind: 'child_welfare' })).id;
      lapd = (await createAgency(db, { name: 'LAPD', kind: 'police' })).id;
      const people: [string, string, Role][] = [
        ['clinician', dmh, 'clinician'],
        ['supervisor', dmh, 'supervisor'],
        ['officer', lapd, 'law_enforcement'],
        ['liaison', dmh, 'court_liaison'],
        ['worker', dcfs, 'social_worker'],
        ['outsider', dcfs, 'clinician'],
      ];
      for (const [name, agency, role] of people) as[name] = await signedInUser(h, agency, role, name);
      const created = await call('clinician', 'POST', '/api/v1/youth', {
        ...XIOMARA,
        identifiers: [{ kind: 'dcfs_case', value: 'DCFS-77-31415', agencyId: dcfs }],
      });
      expect(created.statusCode, created.body).toBe(201);
      youthId = created.json().id;
    });
    afterAll(() => h.close());

    it('creates a record the creator sees whole, and audits which fields were written', async () => {
      const res = await call('clinician', 'GET', `/api/v1/youth/${youthId}`);
      expect(res.statusCode, res.body).toBe(200);
      const youth = res.json();
      expect(youth).toMatchObject({
        ...XIOMARA,
        namesUsed: ['Canela', 'Xio Q'],
        estimatedAge: null,
        identifiers: [{ kind: 'dcfs_case', value: 'DCFS-77-31415', agencyId: dcfs }],
        access: 'care_team',
        version: 1,
        createdByAgencyId: dmh,
      });
      expect(youth.fieldClasses).toEqual(['identity', 'protocol', 'contact']);
      const read = await lastRead('clinician');
      expect(read.youthId).toBe(youthId);
      expect(read.fields).toEqual(shownFieldNames(youth));
      const created = await h.t.database.db
        .selectFrom('audit_event')
        .select('fields')
        .where('event', '=', 'youth.created')
        .where('youth_id', '=', youthId)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(created.fields)).toEqual(expect.arrayContaining(['legal_name', 'contacts', 'placement']));
    });

    it('shows law enforcement identity and protocol fields only, and audits exactly those', async () => {
      await addToTeam('officer');
      const res = await call('officer', 'GET', `/api/v1/youth/${youthId}`);
      expect(res.statusCode, res.body).toBe(200);
      const youth = res.json();
      expect(youth.fieldClasses).toEqual(['identity', 'protocol']);
      expect(youth.legalName).toEqual(XIOMARA.legalName);
      expect(youth.preferredLanguage).toBe('es');
      for (const hidden of ['placement', 'contacts']) expect(youth, hidden).not.toHaveProperty(hidden);
      expect(res.body).not.toContain('Graciela');
      expect(res.body).not.toContain('Esperanza');
      const read = await lastRead('officer');
      expect(read.fields).toEqual(shownFieldNames(youth));
      expect(read.fields).not.toContain('contacts');
      expect(read.fields).toContain('legal_name.given');
    });

    it('refuses a write to a field class the role cannot see, and changes nothing', async () => {
      const before = (await call('clinician', 'GET', `/api/v1/youth/${youthId}`)).json();
      const refused = await call('officer', 'PATCH', `/api/v1/youth/${youthId}`, {
        version: before.version,
        pronouns: 'she/they',
        placement: { kind: 'detention', detail: null },
      });
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json().error.fields).toEqual([{ path: 'body.placement', message: expect.any(String) }]);
      const after = (await call('clinician', 'GET', `/api/v1/youth/${youthId}`)).json();
      expect(after.version).toBe(before.version);
      expect(after.placement).toEqual(XIOMARA.placement);
      expect(after.pronouns).toBe('she/her');
      const denial = await h.t.database.db
        .selectFrom('audit_event')
        .select('fields')
        .where('event', '=', 'access.denied')
        .where('actor_user_id', '=', as.officer!.user.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(denial.fields)).toEqual(['placement']);

      // A new record with contact details is refused the same way, and nothing is created.
      const count = async () =>
        Number(
          (
            await h.t.database.db
              .selectFrom('youth')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const youthBefore = await count();
      const create = await call('officer', 'POST', '/api/v1/youth', sampleYouthInput({ contacts: XIOMARA.contacts }));
      expect(create.statusCode, create.body).toBe(403);
      expect(await count()).toBe(youthBefore);

      // Fields the officer does see may be changed.
      const allowed = await call('officer', 'PATCH', `/api/v1/youth/${youthId}`, {
        version: before.version,
        pronouns: 'she/they',
      });
      expect(allowed.statusCode, allowed.body).toBe(200);
      expect(allowed.json()).toMatchObject({ version: before.version + 1, pronouns: 'she/they' });
      expect(allowed.json()).not.toHaveProperty('contacts');
    });

    it('lets a court liaison read contact fields but not change the record', async () => {
      await addToTeam('liaison');
      const read = await call('liaison', 'GET', `/api/v1/youth/${youthId}`);
      expect(read.json().fieldClasses).toEqual(['identity', 'protocol', 'contact']);
      expect(read.json().contacts[0].name).toBe('Graciela Quintanilla');
      const write = await call('liaison', 'PATCH', `/api/v1/youth/${youthId}`, { version: 1, pronouns: 'x' });
      expect(write.statusCode).toBe(403);
    });

    it('keeps identifying values encrypted: no name, date of birth or phone in any column of any youth table', async () => {
      const db = h.t.database.db;
      const tables = {
        youth: await db.selectFrom('youth').selectAll().execute(),
        youth_index: await db.selectFrom('youth_index').selectAll().execute(),
        care_team_member: await db.selectFrom('care_team_member').selectAll().execute(),
        break_glass_grant: await db.selectFrom('break_glass_grant').selectAll().execute(),
        audit_event: await db.selectFrom('audit_event').selectAll().execute(),
      };
      expect(tables.youth.length).toBeGreaterThan(0);
      expect(tables.youth_index.filter((r) => r.youth_id === youthId).length).toBeGreaterThanOrEqual(5);
      for (const [table, rows] of Object.entries(tables)) {
        const text = JSON.stringify(rows).toLowerCase();
        for (const secret of SECRETS) expect(text, `${table} holds ${secret}`).not.toContain(secret.toLowerCase());
      }
      const row = tables.youth.find((r) => r.id === youthId)!;
      for (const column of [
        'given_name',
        'family_name',
        'names_used',
        'birth_date',
        'contacts',
        'identifiers',
      ] as const) {
        expect(row[column], column).toMatch(/^v1\.[0-9a-f]{8}\./);
      }
      expect(row.gender_identity).toBe('girl');
      expect(row.placement_kind).toBe('group_home_strtp');

      // The database files themselves (SQLite: the database and its write-ahead log), read as bytes.
      if (h.t.config.kind === 'sqlite') {
        const path = h.t.config.path;
        const bytes = [path, `${path}-wal`]
          .filter((file) => existsSync(file))
          .map((file) => readFileSync(file).toString('latin1').toLowerCase())
          .join('');
        expect(bytes.length).toBeGreaterThan(10_000);
        for (const secret of SECRETS) {
          // As a whole word: the shipped instruments' Spanish text holds "desesperanza" (hopelessness).
          const word = secret.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const at = bytes.search(new RegExp(`(?<![a-z])${word}(?![a-z])`));
          const around = at < 0 ? '' : bytes.slice(Math.max(0, at - 200), at + 60).replace(/[^\x20-\x7e]/g, '.');
          expect(around, `the database file holds ${secret}`).toBe('');
        }
      }
    });

    it('finds a youth by name and date of birth whatever the case, accents and spacing, and by a name used', async () => {
      const find = async (who: string, query: string) => {
        const res = await call(who, 'GET', `/api/v1/youth?${query}`);
        expect(res.statusCode, res.body).toBe(200);
        return res.json() as { results: { id: string }[]; elsewhere: { agencyName: string; count: number }[] };
      };
      const ids = async (query: string) => (await find('clinician', query)).results.map((r) => r.id);
      for (const name of [
        'XIOMARA  quintanilla',
        ' Xiómara Quintanílla ',
        'canela',
        'CANELA',
        'xio   q',
        'quintanilla',
      ]) {
        expect(await ids(`name=${encodeURIComponent(name)}&dob=2009-04-17`), name).toEqual([youthId]);
      }
      expect(await ids('dob=2009-04-17')).toEqual([youthId]);
      expect(await ids('name=Xiomara%20Quintanilla')).toEqual([youthId]);
      expect(await ids('name=Xiomara%20Quintanilla&dob=2009-04-18')).toEqual([]);
      expect(await ids('name=Xiomar')).toEqual([]);
      const summary = (await find('clinician', 'name=canela')).results[0]!;
      expect(summary).toMatchObject({ legalName: XIOMARA.legalName, dateOfBirth: '2009-04-17', access: 'care_team' });

      // Outside need-to-know: only how many match, per agency that knows them; no id, no content.
      const outside = await call('outsider', 'GET', '/api/v1/youth?name=canela');
      expect(outside.json()).toEqual({
        results: [],
        elsewhere: [
          { agencyName: 'DMH', count: 1 },
          { agencyName: 'LAPD', count: 1 },
        ],
      });
      expect(outside.body).not.toContain(youthId);
      const searched = await h.t.database.db
        .selectFrom('audit_event')
        .select(['details', 'youth_id'])
        .where('event', '=', 'youth.searched')
        .where('actor_user_id', '=', as.outsider!.user.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(searched.details)).toMatchObject({ purpose: 'search', criteria: 'name', visible: 0 });
      expect(searched.details.toLowerCase()).not.toContain('canela');

      const none = await call('clinician', 'GET', '/api/v1/youth');
      expect(none.statusCode).toBe(400);
      expect(none.json().error.fields[0].path).toBe('query.name');
    });

    it('warns of a possible duplicate, naming only the agency when the record is outside need-to-know', async () => {
      const attempt = {
        legalName: { given: 'XIOMARA', family: 'Quintanílla' },
        dateOfBirth: '2009-04-17',
      };
      const res = await call('outsider', 'POST', '/api/v1/youth', attempt);
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toEqual({
        error: {
          code: 'conflict',
          message: expect.stringMatching(/may already have a record/),
          // The agencies on the youth's care team: DMH (the creator, the liaison) and LAPD (the officer).
          duplicates: {
            visible: [],
            elsewhere: [
              { agencyId: dmh, agencyName: 'DMH' },
              { agencyId: lapd, agencyName: 'LAPD' },
            ],
          },
        },
      });
      expect(res.body).not.toContain(youthId);
      for (const secret of ['Canela', 'Xio Q', 'Quintanilla', 'Graciela', '2009-04-17'])
        expect(res.body).not.toContain(secret);

      // A name used with a compatible estimated age matches as well; an incompatible age does not.
      const byAlias = await call('outsider', 'POST', '/api/v1/youth', {
        legalName: { given: 'Unknown', family: 'Youth' },
        namesUsed: ['canela'],
        estimatedAge: 16,
      });
      expect(byAlias.statusCode, byAlias.body).toBe(409);
      expect(byAlias.body).not.toContain(youthId);

      // The care team sees which record it is.
      const own = await call('clinician', 'POST', '/api/v1/youth', attempt);
      expect(own.statusCode).toBe(409);
      expect(own.json().error.duplicates).toEqual({
        visible: [{ id: youthId, displayName: 'Xiomara Quintanilla' }],
        elsewhere: [],
      });

      const younger = await call('outsider', 'POST', '/api/v1/youth', {
        legalName: { given: 'Unknown', family: 'Child' },
        namesUsed: ['Canela'],
        estimatedAge: 6,
      });
      expect(younger.statusCode, younger.body).toBe(201);

      // Confirmed as another youth: created.
      const confirmed = await call('outsider', 'POST', '/api/v1/youth', { ...attempt, confirmNotDuplicate: true });
      expect(confirmed.statusCode, confirmed.body).toBe(201);
      expect(confirmed.json().id).not.toBe(youthId);

      const spec = (await h.app.inject({ url: '/api/openapi.json' })).json();
      const responses = spec.paths['/api/v1/youth'].post.responses;
      expect(Object.keys(responses)).toEqual(expect.arrayContaining(['201', '409']));
      // The route's own 409 (with the duplicates) is not replaced by the shared error answer.
      expect(responses['409'].$ref).toBeUndefined();
      expect(JSON.stringify(responses['409'])).toContain('elsewhere');
    });

    it('refuses a stale version with 409 and changes nothing', async () => {
      const current = (await call('clinician', 'GET', `/api/v1/youth/${youthId}`)).json();
      const indexes = async () =>
        (await h.t.database.db.selectFrom('youth_index').select('hash').where('youth_id', '=', youthId).execute())
          .map((r) => r.hash)
          .sort();
      const indexesBefore = await indexes();
      const updates = async () =>
        (
          await h.t.database.db
            .selectFrom('audit_event')
            .select('seq')
            .where('event', '=', 'youth.updated')
            .where('youth_id', '=', youthId)
            .execute()
        ).length;
      const updatesBefore = await updates();
      const stale = await call('clinician', 'PATCH', `/api/v1/youth/${youthId}`, {
        version: current.version - 1,
        legalName: { given: 'Changed', family: 'Name' },
        namesUsed: [],
      });
      expect(stale.statusCode, stale.body).toBe(409);
      expect(stale.json().error.code).toBe('conflict');
      const after = (await call('clinician', 'GET', `/api/v1/youth/${youthId}`)).json();
      expect(after).toMatchObject({
        version: current.version,
        legalName: XIOMARA.legalName,
        namesUsed: XIOMARA.namesUsed,
      });
      expect(await indexes()).toEqual(indexesBefore);
      expect(await updates()).toBe(updatesBefore);

      // At the right version the change lands, and search follows the new name.
      const ok = await call('clinician', 'PATCH', `/api/v1/youth/${youthId}`, {
        version: current.version,
        namesUsed: ['Canela', 'Xio Q', 'La Flaca'],
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().version).toBe(current.version + 1);
      const found = await call('clinician', 'GET', '/api/v1/youth?name=la%20flaca');
      expect(found.json().results.map((r: { id: string }) => r.id)).toEqual([youthId]);
    });

    it('answers validation errors field by field, translated', async () => {
      const res = await call(
        'clinician',
        'POST',
        '/api/v1/youth',
        { legalName: { given: 'Ana', family: 'Ruiz' }, identifiers: [{ kind: 'court', value: '1', agencyId: 'nope' }] },
        'es',
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([
        {
          path: 'body.dateOfBirth',
          message: 'Escriba la fecha de nacimiento o, si no se conoce, una edad aproximada.',
        },
        { path: 'body.identifiers.0.agencyId', message: 'Elija una agencia de la lista.' },
      ]);
      const both = await call(
        'clinician',
        'POST',
        '/api/v1/youth',
        sampleYouthInput({ estimatedAge: 15, dateOfBirth: '2099-01-01' }),
        'es',
      );
      expect(both.json().error.fields).toEqual([
        { path: 'body.estimatedAge', message: 'Escriba una fecha de nacimiento o una edad aproximada, no ambas.' },
        { path: 'body.dateOfBirth', message: 'Esta fecha no puede ser futura.' },
      ]);
      const shape = await call('clinician', 'POST', '/api/v1/youth', { dateOfBirth: '17/04/2009' }, 'es');
      expect(shape.statusCode).toBe(400);
      expect(shape.json().error.message).toBe('2 campos necesitan atención.');
      expect(shape.json().error.fields).toEqual(
        expect.arrayContaining([
          { path: 'body.legalName', message: 'Este campo es obligatorio.' },
          { path: 'body.dateOfBirth', message: 'Este valor no tiene el formato esperado.' },
        ]),
      );
    });

    it('lists my youth, most recently updated first, a page at a time, and audits each youth listed', async () => {
      const made: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await call('worker', 'POST', '/api/v1/youth', sampleYouthInput());
        expect(res.statusCode, res.body).toBe(201);
        made.push(res.json().id);
      }
      const first = await call('worker', 'GET', '/api/v1/youth/mine?limit=2');
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json().items.map((i: { id: string }) => i.id)).toEqual([made[2], made[1]]);
      expect(first.json().items[0]).toHaveProperty('legalName');
      const second = await call('worker', 'GET', `/api/v1/youth/mine?limit=2&cursor=${first.json().nextCursor}`);
      expect(second.json()).toEqual({ items: [expect.objectContaining({ id: made[0] })], nextCursor: null });
      // A change brings a record to the top.
      const change = await call('worker', 'PATCH', `/api/v1/youth/${made[0]}`, { version: 1, pronouns: 'they' });
      expect(change.statusCode, change.body).toBe(200);
      const again = await call('worker', 'GET', '/api/v1/youth/mine');
      expect(again.json().items.map((i: { id: string }) => i.id)).toEqual([made[0], made[2], made[1]]);
      const reads = await h.t.database.db
        .selectFrom('audit_event')
        .select('youth_id')
        .where('event', '=', 'youth.read')
        .where('actor_user_id', '=', as.worker!.user.id)
        .execute();
      expect(reads.filter((r) => r.youth_id === made[0]).length).toBeGreaterThanOrEqual(3);
      expect((await call('worker', 'GET', '/api/v1/youth/mine?cursor=garbage')).statusCode).toBe(400);
    });

    it('opens a record read-only by break-glass', async () => {
      const grant = await call('outsider', 'POST', `/api/v1/youth/${youthId}/break-glass`, {
        reason: 'Youth found at the emergency room at night; the care team cannot be reached.',
      });
      expect(grant.statusCode, grant.body).toBe(201);
      const read = await call('outsider', 'GET', `/api/v1/youth/${youthId}`);
      expect(read.json()).toMatchObject({ access: 'break_glass', legalName: XIOMARA.legalName });
      const found = await call('outsider', 'GET', '/api/v1/youth?name=canela&dob=2009-04-17');
      expect(found.json().results.map((r: { id: string; access: string }) => [r.id, r.access])).toEqual([
        [youthId, 'break_glass'],
      ]);
      const write = await call('outsider', 'PATCH', `/api/v1/youth/${youthId}`, {
        version: read.json().version,
        pronouns: 'x',
      });
      expect(write.statusCode).toBe(403);
    });

    it('finds people of my agency by the start of a name or e-mail; of another only on a fuller match, name and agency only', async () => {
      const db = h.t.database.db;
      const probation = (await createAgency(db, { name: 'Probation', kind: 'probation' })).id;
      await signedInUser(h, probation, 'probation_officer', 'Rosa Martinez');
      await signedInUser(h, probation, 'analyst', 'Rosalind Analyst');
      const disabled = await signedInUser(h, probation, 'advocate', 'Rosita Gone');
      await db.updateTable('app_user').set({ status: 'disabled' }).where('id', '=', disabled.user.id).execute();
      await signedInUser(h, dmh, 'clinician', 'Rosario Mendez');
      for (let i = 0; i < 25; i++) await signedInUser(h, dmh, 'clinician', `Zed ${String(i).padStart(2, '0')}`);
      for (let i = 0; i < 3; i++) await signedInUser(h, dcfs, 'social_worker', `Zed Outside${i}`);

      const look = async (q: string, who = 'clinician') => {
        const res = await call(who, 'GET', `/api/v1/users/directory?q=${encodeURIComponent(q)}`);
        expect(res.statusCode, res.body).toBe(200);
        return res.json() as { id: string; displayName: string; role?: string; agencyName: string }[];
      };
      const rosa = {
        id: expect.any(String),
        displayName: 'Rosa Martinez',
        agencyId: probation,
        agencyName: 'Probation',
      };
      // My agency (DMH) as today: the start of any word of the name, or of the e-mail, with the role.
      expect(await look('ros')).toEqual([
        { id: expect.any(String), displayName: 'Rosario Mendez', role: 'clinician', agencyId: dmh, agencyName: 'DMH' },
      ]);
      expect((await look('MEN')).map((p) => p.displayName)).toEqual(['Rosario Mendez']);
      expect(await look('zed')).toHaveLength(20);
      expect((await look('zed')).every((p) => p.agencyName === 'DMH')).toBe(true);
      // Another agency: a prefix, a family name alone or two short parts find nobody there.
      for (const q of ['ro', 'ros', 'rosa', 'MART', 'ro ma', 'rosa ma', 'rosa martinez@', 'ze outside0']) {
        const outside = (await look(q)).filter((p) => p.agencyName !== 'DMH');
        expect(
          outside.map((p) => p.displayName),
          q,
        ).toEqual([]);
      }
      // Three letters of the given and of the family name, or the whole e-mail: name and agency, no role.
      expect(await look('Ros Mar')).toEqual([rosa]);
      expect(await look('rosa   martinez')).toEqual([rosa]);
      expect(await look('Rosa Martinez@county.example')).toEqual([rosa]);
      expect((await look('zed outs')).map((p) => [p.displayName, p.role])).toEqual([
        ['Zed Outside0', undefined],
        ['Zed Outside1', undefined],
        ['Zed Outside2', undefined],
      ]);
      expect(await look('ros%')).toEqual([]);
      expect(await look('ros% mar')).toEqual([]);
      // The same person seen from their own agency is found by a prefix, with the role.
      expect((await look('zed out', 'worker')).map((p) => p.role)).toEqual([
        'social_worker',
        'social_worker',
        'social_worker',
      ]);
      expect((await call('clinician', 'GET', '/api/v1/users/directory?q=r')).statusCode).toBe(400);
      expect((await call('liaison', 'GET', '/api/v1/users/directory?q=ros')).statusCode).toBe(403);
    });
  });
}
