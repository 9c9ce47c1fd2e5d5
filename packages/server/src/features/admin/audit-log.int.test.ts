import { type Role, youthRecordReference } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';

/**
 * The audit log as people read it: names instead of ids for people and agencies; youth named only for a reader who
 * may see that youth's identity (a supervisor of an agency on the care team: through the records gate, audited), a
 * short record reference for everyone else (an administrator), which they can filter by; the same in the CSV export,
 * every cell neutralised against formula injection.
 */

interface Entry {
  seq: number;
  event: string;
  actorUserId: string | null;
  actorName: string | null;
  actorAgencyId: string | null;
  subjectUserId: string | null;
  subjectName: string | null;
  youthId: string | null;
  youthRef: string | null;
  details: Record<string, unknown>;
}
interface Page {
  entries: Entry[];
  youth: { id: string; displayName?: string }[];
  agencies: Record<string, string>;
  nextBefore: number | null;
}

for (const dialect of DIALECTS) {
  describe(`the audit log, named [${dialect}]`, () => {
    let h: TestApp;
    const as: Record<string, SignedInUser> = {};
    const agency: Record<string, string> = {};
    /** On DMH's care team. */
    let served = '';
    /** DMH was on the team, then left it. */
    let left = '';
    /** Sheriff only. */
    let elsewhere = '';
    /** A name a spreadsheet would run as a formula. */
    let formula = '';

    const call = (who: string, method: string, url: string, payload?: object) =>
      h.app.inject({
        method: method as 'GET',
        url,
        headers: { ...as[who]!.headers, 'accept-language': 'en' },
        ...(payload ? { payload } : {}),
      });
    const ok = async (who: string, method: string, url: string, payload?: object) => {
      const res = await call(who, method, url, payload);
      expect(res.statusCode, `${who} ${method} ${url}: ${res.body}`).toBeLessThan(300);
      return res.body ? res.json() : null;
    };
    const page = async (who: string, query = '') => (await ok(who, 'GET', `/api/v1/audit?limit=500${query}`)) as Page;
    const youthReads = (who: string, via: string) =>
      h.t.database.db
        .selectFrom('audit_event')
        .select(['youth_id', 'fields', 'details'])
        .where('event', '=', 'youth.read')
        .where('actor_user_id', '=', as[who]!.user.id)
        .execute()
        .then((rows) => rows.filter((r) => JSON.parse(r.details).via === via));

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const db = h.t.database.db;
      agency.dmh = (await createAgency(db, { name: 'Department of Mental Health', kind: 'mental_health' })).id;
      agency.sheriff = (await createAgency(db, { name: 'Sheriff', kind: 'sheriff' })).id;
      const cast: [string, string, Role][] = [
        ['admin', 'dmh', 'admin'],
        ['dmhSupervisor', 'dmh', 'supervisor'],
        ['clinician', 'dmh', 'clinician'],
        ['deputy', 'sheriff', 'law_enforcement'],
        ['sheriffSupervisor', 'sheriff', 'supervisor'],
      ];
      for (const [name, at, role] of cast) as[name] = await signedInUser(h, agency[at]!, role, `log-${name}`);
      const youth = async (who: string, given: string, family: string) =>
        (await ok(who, 'POST', '/api/v1/youth', sampleYouthInput({ legalName: { given, family } }))).id as string;
      served = await youth('clinician', 'Ximena', 'Quintero');
      left = await youth('clinician', 'Rocío', 'Benavides');
      elsewhere = await youth('deputy', 'Maite', 'Olmedo');
      formula = await youth('clinician', '=HYPERLINK("http://evil.example")', 'Test');
      await ok('clinician', 'POST', `/api/v1/youth/${served}/care-team`, { userId: as.deputy!.user.id, basis: 'mdt' });
      await ok('clinician', 'POST', `/api/v1/youth/${left}/care-team`, { userId: as.deputy!.user.id, basis: 'mdt' });
      const team = (await ok('deputy', 'GET', `/api/v1/youth/${left}/care-team`)) as { id: string; userId: string }[];
      const clinicianMember = team.find((m) => m.userId === as.clinician!.user.id)!;
      await ok('deputy', 'DELETE', `/api/v1/youth/${left}/care-team/${clinicianMember.id}`);
      // After DMH left the team: the Sheriff's deputy reads the record (no longer DMH's to see).
      await ok('deputy', 'GET', `/api/v1/youth/${left}`);
      await ok('deputy', 'GET', `/api/v1/youth/${elsewhere}`);
      const deputy = (await ok('admin', 'GET', '/api/v1/users')).find(
        (u: { id: string }) => u.id === as.deputy!.user.id,
      );
      await ok('admin', 'PATCH', `/api/v1/users/${deputy.id}`, {
        version: deputy.version,
        displayName: '@Deputy Ruiz',
      });
    });
    afterAll(() => h.close());

    it('names the people and agencies of every entry, and whom an entry is about', async () => {
      const { entries, agencies } = await page('admin');
      const created = entries.find((e) => e.event === 'youth.created' && e.youthId === served)!;
      expect(created).toMatchObject({
        actorUserId: as.clinician!.user.id,
        actorName: 'log-clinician',
        actorAgencyId: agency.dmh,
        youthRef: youthRecordReference(served),
        subjectUserId: null,
      });
      expect(agencies[agency.dmh!]).toBe('Department of Mental Health');
      expect(agencies[agency.sheriff!]).toBe('Sheriff');
      // A member added: the entry is about the person added (and names their agency in its details).
      const added = entries.find((e) => e.event === 'care_team.member_added' && e.youthId === served)!;
      expect(added).toMatchObject({ subjectUserId: as.deputy!.user.id, subjectName: '@Deputy Ruiz' });
      expect(added.details.member_agency_id).toBe(agency.sheriff);
      // An account changed: about that account.
      const renamed = entries.find((e) => e.event === 'admin.user.updated')!;
      expect(renamed).toMatchObject({ actorName: 'log-admin', subjectUserId: as.deputy!.user.id });
      // One's own sign-in, a search: about no one else.
      expect(entries.find((e) => e.event === 'audit.searched')?.subjectUserId ?? null).toBeNull();
    });

    it('shows an administrator references, never a youth’s name, and filters by a reference', async () => {
      const all = await page('admin');
      expect(all.youth).toEqual([]);
      const text = JSON.stringify(all);
      for (const name of ['Ximena', 'Quintero', 'Rocío', 'Olmedo', 'HYPERLINK']) expect(text).not.toContain(name);
      expect(await youthReads('admin', 'audit_search')).toEqual([]);

      const ref = youthRecordReference(served);
      for (const typed of [ref, ref.toLowerCase().replace('-', '')]) {
        const filtered = await page('admin', `&youthRef=${encodeURIComponent(typed)}`);
        expect(filtered.entries.length).toBeGreaterThan(2);
        expect(filtered.entries.every((e) => e.youthId === served && e.youthRef === ref)).toBe(true);
      }
      expect((await page('admin', '&youthRef=0000-0000')).entries).toEqual([]);
      expect((await call('admin', 'GET', '/api/v1/audit?youthRef=Ximena')).statusCode).toBe(400);
      // Combined with another filter.
      const byDeputy = await page('admin', `&youthRef=${ref}&actorUserId=${as.deputy!.user.id}`);
      expect(byDeputy.entries.every((e) => e.actorUserId === as.deputy!.user.id && e.youthId === served)).toBe(true);
    });

    it('names a youth for a supervisor of an agency on the care team, through the gate, and no other', async () => {
      const mine = await page('dmhSupervisor');
      const named = new Map(mine.youth.map((y) => [y.id, y.displayName]));
      expect(named.get(served)).toBe('Ximena Quintero');
      // DMH left this youth's team: the entries from while it was on it stay in the supervisor's scope, by reference
      // only (its leaving included); what another agency did to the record afterwards does not (issue 13, item 8).
      const aboutLeft = mine.entries.filter((e) => e.youthId === left);
      expect(aboutLeft.some((e) => e.event === 'youth.created')).toBe(true);
      const leaving = aboutLeft.find((e) => e.event === 'care_team.member_removed')!;
      expect(aboutLeft.filter((e) => e.seq > leaving.seq)).toEqual([]);
      const after = (await page('admin', `&youthRef=${youthRecordReference(left)}`)).entries.filter(
        (e) => e.seq > leaving.seq,
      );
      expect(after.map((e) => [e.event, e.actorAgencyId])).toContainEqual(['youth.read', agency.sheriff]);
      expect(named.has(left)).toBe(false);
      // Another agency's youth is not in the supervisor's scope at all.
      expect(mine.entries.some((e) => e.youthId === elsewhere)).toBe(false);
      expect(JSON.stringify(mine)).not.toContain('Olmedo');

      // Each youth named is a read of that youth's name, audited once per youth per page.
      const reads = await youthReads('dmhSupervisor', 'audit_search');
      expect(reads.map((r) => r.youth_id).sort()).toEqual([served, formula].sort());
      for (const read of reads) {
        expect(JSON.parse(read.fields)).toEqual(['display_name', 'id']);
        expect(JSON.parse(read.details)).toMatchObject({ access: 'agency_supervisor' });
      }

      // The Sheriff's supervisor: the deputy is on two teams, so those two youth are named, with the Sheriff's own.
      const sheriff = await page('sheriffSupervisor');
      expect(sheriff.youth.map((y) => y.displayName).sort()).toEqual([
        'Maite Olmedo',
        'Rocío Benavides',
        'Ximena Quintero',
      ]);
    });

    it('exports the same names to CSV (youth only where the reader may see them), formulas neutralised', async () => {
      // Every cell quoted (issue 13, item 11).
      const cells = (...values: string[]) => values.map((v) => `"${v}"`).join(',');
      const header = `${cells('seq', 'at', 'event', 'outcome', 'actor_user_id', 'actor_name', 'actor_agency_id', 'actor_agency_name', 'subject_user_id', 'subject_name', 'youth_id', 'youth_ref', 'youth_name')},`;
      const supervisor = await call('dmhSupervisor', 'GET', '/api/v1/audit.csv?limit=500');
      expect(supervisor.statusCode).toBe(200);
      expect(supervisor.body.startsWith(header)).toBe(true);
      const lines = supervisor.body.split('\r\n');
      const createdServed = lines.find((l) => l.includes(',"youth.created",') && l.includes(served))!;
      expect(createdServed).toContain(
        `,${cells(as.clinician!.user.id, 'log-clinician', agency.dmh!, 'Department of Mental Health', '', '', served, youthRecordReference(served), 'Ximena Quintero', 'youth')},`,
      );
      const createdFormula = lines.find((l) => l.includes(',"youth.created",') && l.includes(formula))!;
      expect(createdFormula).toContain(`,"'=HYPERLINK(""http://evil.example"") Test",`);
      const createdLeft = lines.find((l) => l.includes(',"youth.created",') && l.includes(left))!;
      expect(createdLeft).toContain(`,${cells(left, youthRecordReference(left), '', 'youth')},`);
      const renamed = lines.find((l) => l.includes(',"care_team.member_added",') && l.includes(served))!;
      expect(renamed).toContain(`,${cells(as.deputy!.user.id, "'@Deputy Ruiz")},`);
      expect((await youthReads('dmhSupervisor', 'audit_export')).length).toBe(2);

      const admin = await call('admin', 'GET', '/api/v1/audit.csv?limit=500');
      expect(admin.statusCode).toBe(200);
      for (const name of ['Ximena', 'Rocío', 'Olmedo', 'HYPERLINK']) expect(admin.body).not.toContain(name);
      expect(admin.body).toContain(`,${cells(served, youthRecordReference(served), '', 'youth')},`);
    });
  });
}
