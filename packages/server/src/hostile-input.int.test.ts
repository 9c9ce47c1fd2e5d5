import { translate, WRITTEN_REPORT_FIELDS } from '@harbor/core';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptField, encryptField, fieldAad } from './crypto/field-encryption.js';
import { Keyring } from './crypto/keys.js';
import { acceptInvitation } from './features/admin/accept-invitation.js';
import { createTestApp } from './testing/app.js';
import { DIALECTS } from './testing/databases.js';
import { buildWorld, type Person, type World } from './testing/world.js';

/**
 * Issue 13, items 4 and 12: control characters are refused at the edge on every route, in the caller's language and
 * naming the field; what was stored with them before still prints; an id in a path that is not a UUID answers 404
 * without reaching the audit; renaming an agency to a name in use answers 409.
 */

const PEOPLE: Person[] = ['admin', 'clinician', 'dmhSupervisor', 'deputy', 'socialWorker', 'advocate'];

for (const dialect of DIALECTS) {
  describe(`hostile input [${dialect}]`, () => {
    let w: World;
    let routes: { method: string; url: string }[];
    beforeAll(async () => {
      w = await buildWorld(await createTestApp(dialect));
      const seen = new Set<string>();
      routes = w.h.app.harborRoutes
        .filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api/v1/'))
        .map((r) => ({ method: r.method, url: r.url }))
        .filter((r) => !seen.has(`${r.method} ${r.url}`) && seen.add(`${r.method} ${r.url}`));
    });
    afterAll(() => w.h.close());

    const auditCount = async () =>
      Number(
        (
          await w.h.t.database.db
            .selectFrom('audit_event')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const inLanguage = (who: Person, method: string, url: string, payload: unknown, language: string) =>
      w.h.app.inject({
        method: method as 'GET',
        url,
        headers: { ...w.people[who].headers, 'accept-language': language },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });

    it('refuses a control character in the query or the body of every route, naming the field', async () => {
      let checked = 0;
      for (const route of routes) {
        const url = route.url.replace(/:(\w+)/g, '019ad000-0000-7000-8000-000000000000');
        const hasBody = !['GET', 'DELETE'].includes(route.method);
        for (const who of PEOPLE) {
          const res = await inLanguage(
            who,
            route.method,
            `${url}?note=a%00b`,
            hasBody ? { 'na\u0007me': 'x', text: 'one\u0085two' } : undefined,
            'es',
          );
          if (res.statusCode === 401 || res.statusCode === 403) continue;
          expect(res.statusCode, `${route.method} ${route.url}: ${res.body}`).toBe(400);
          const fields = [
            ...(hasBody
              ? [
                  { path: 'body.na\\u0007me', message: translate('es', 'validation.control_character') },
                  { path: 'body.text', message: translate('es', 'validation.control_character') },
                ]
              : []),
            { path: 'querystring.note', message: translate('es', 'validation.control_character') },
          ];
          expect(res.json().error, `${route.method} ${route.url}`).toEqual({
            code: 'validation_failed',
            message: translate('es', 'error.validation_failed', { count: fields.length }),
            fields,
          });
          checked++;
          break;
        }
      }
      expect(checked).toBeGreaterThan(50);
    });

    it('refuses NUL in a youth record (a 500 on PostgreSQL before), a line break in a one-line field; a text area keeps its lines', async () => {
      const current = (await w.call('clinician', 'GET', `/api/v1/youth/${w.youthId}`)).json();
      const nul = await w.call('clinician', 'PATCH', `/api/v1/youth/${w.youthId}`, {
        version: current.version,
        pronouns: 'she\u0000her',
        legalName: { given: 'Ana\nMaría', family: 'Quintanilla' },
      });
      expect(nul.statusCode, nul.body).toBe(400);
      expect(nul.json().error.fields).toEqual([
        { path: 'body.pronouns', message: translate('en', 'validation.control_character') },
        { path: 'body.legalName.given', message: translate('en', 'validation.line_break') },
      ]);
      expect((await w.call('clinician', 'GET', `/api/v1/youth/${w.youthId}`)).json().version).toBe(current.version);
      const reason = 'Brought to the emergency room at night,\r\nthe team is unreachable\tuntil morning';
      const opened = await w.call('outsider', 'POST', `/api/v1/youth/${w.youthId}/break-glass`, { reason });
      expect(opened.statusCode, opened.body).toBe(201);
    });

    it('refuses a control character in the written report, and prints one saved before the refusal', async () => {
      const report = (await w.call('deputy', 'GET', `/api/v1/responses/${w.responseId}/written-report`)).json();
      const refused = await w.call('deputy', 'PUT', `/api/v1/responses/${w.responseId}/written-report`, {
        version: report.version,
        fields: { ...report.fields, incident: 'Found\u0001 at a motel\u009b' },
      });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().error.fields).toEqual([
        { path: 'body.fields.incident', message: translate('en', 'validation.control_character') },
      ]);
      // As saved before the refusal existed: the stored report itself holds the characters.
      const db = w.h.t.database.db;
      const row = await db
        .selectFrom('written_report')
        .select(['id', 'fields'])
        .where('response_id', '=', w.responseId)
        .executeTakeFirstOrThrow();
      const keyring = Keyring.fromConfig(w.h.config);
      const aad = fieldAad('written_report', 'fields', row.id);
      const stored = JSON.parse(decryptField(keyring, row.fields, aad));
      const fields = stored.fields ?? stored;
      fields.incident = 'Found\u0000 at a motel\u0007 on\u009b Figueroa\u200b\nwith an adult €';
      fields.reporterName = 'Deputy\u0008 Ruiz\u007f';
      await db
        .updateTable('written_report')
        .set({ fields: encryptField(keyring, JSON.stringify(stored), aad) })
        .where('id', '=', row.id)
        .execute();
      const pdf = await w.call('deputy', 'GET', `/api/v1/responses/${w.responseId}/written-report.pdf`);
      expect(pdf.statusCode, pdf.body).toBe(200);
      const form = (await PDFDocument.load(pdf.rawPayload)).getForm();
      expect(form.getTextField('incident').getText()).toBe('Found at a motel on Figueroa\nwith an adult €');
      expect(form.getTextField('reporterName').getText()).toBe('Deputy Ruiz');
      expect(WRITTEN_REPORT_FIELDS.every((f) => form.getTextField(f))).toBe(true);
    });

    it('answers 404 for an id in a path that is not a UUID, on every route, before any audit', async () => {
      const withIds = routes.filter((r) => /:(id|memberId)\b/.test(r.url) && !/instruments|protocols/.test(r.url));
      expect(withIds.length).toBeGreaterThanOrEqual(30);
      let checked = 0;
      for (const route of withIds) {
        const url = route.url
          .replace(':memberId', 'member-1')
          .replace(':id', 'not-a-uuid')
          .replace(':stepId', 'health-evaluation');
        for (const who of PEOPLE) {
          const before = await auditCount();
          const res = await inLanguage(who, route.method, url, route.method === 'GET' ? undefined : {}, 'es');
          if (res.statusCode === 401 || res.statusCode === 403) continue;
          expect(res.statusCode, `${who} ${route.method} ${url}: ${res.body}`).toBe(404);
          expect(res.json()).toEqual({ error: { code: 'not_found', message: translate('es', 'error.not_found') } });
          expect(await auditCount(), `${route.method} ${url}`).toBe(before);
          checked++;
          break;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(30);
      const member = await w.call('clinician', 'DELETE', `/api/v1/youth/${w.youthId}/care-team/not-a-uuid`);
      expect(member.statusCode).toBe(404);
    });

    it('answers 409, in the caller’s language, for an agency renamed to a name in use', async () => {
      const agencies = (await w.call('admin', 'GET', '/api/v1/agencies')).json() as {
        id: string;
        name: string;
        version: number;
      }[];
      const [first, second] = [agencies[0]!, agencies[1]!];
      for (const language of ['en', 'es'] as const) {
        const res = await inLanguage(
          'admin',
          'PATCH',
          `/api/v1/agencies/${first.id}`,
          { version: first.version, name: second.name },
          language,
        );
        expect(res.statusCode, res.body).toBe(409);
        expect(res.json()).toEqual({ error: { code: 'conflict', message: translate(language, 'agency.nameTaken') } });
      }
      const created = await w.call('admin', 'POST', '/api/v1/agencies', { name: second.name, kind: 'other' });
      expect(created.statusCode).toBe(409);
      expect(created.json().error.message).toBe(translate('en', 'agency.nameTaken'));
      // Its own name again, or a new one, is fine.
      const same = await w.call('admin', 'PATCH', `/api/v1/agencies/${first.id}`, {
        version: first.version,
        name: first.name,
      });
      expect(same.statusCode, same.body).toBe(200);
    });

    it('keeps an invitation usable when the acceptance is refused, at the edge or in the database', async () => {
      const invited = await w.call('admin', 'POST', '/api/v1/invitations', {
        email: 'nul.test@county.example',
        role: 'clinician',
        agencyId: w.agencies.dmh,
      });
      expect(invited.statusCode, invited.body).toBe(201);
      const token = new URL(invited.json().link).hash.slice(1);
      const password = 'a long and unusual passphrase 7';
      const accept = (displayName: string) =>
        w.h.app.inject({
          method: 'POST',
          url: '/api/v1/invitations/accept',
          headers: { 'accept-language': 'en' },
          payload: { token, displayName, password },
        });
      const refused = await accept('Marisol\u0000Vega');
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().error.fields).toEqual([
        { path: 'body.displayName', message: translate('en', 'validation.control_character') },
      ]);
      // Past the edge, a write the database refuses (PostgreSQL refuses NUL) spends nothing: one transaction.
      if (dialect === 'postgres') {
        await expect(
          acceptInvitation({
            db: w.h.t.database.db,
            auditKey: Buffer.alloc(32, 1),
            acceptance: { token, displayName: 'Marisol\u0000Vega', password },
            locale: 'en',
          }),
        ).rejects.toThrow();
      }
      const accepted = await accept('Marisol Vega');
      expect(accepted.statusCode, accepted.body).toBe(201);
    });

    it('exports the audit CSV with every cell quoted and no formula after a ; list separator (issue 13, item 11)', async () => {
      const agencies = (await w.call('admin', 'GET', '/api/v1/agencies')).json() as {
        id: string;
        name: string;
        version: number;
      }[];
      const sheriff = agencies.find((a) => a.id === w.agencies.sheriff)!;
      const name = 'Sheriff;=HYPERLINK("http://evil.example","x"); +1';
      const renamed = await w.call('admin', 'PATCH', `/api/v1/agencies/${sheriff.id}`, {
        version: sheriff.version,
        name,
      });
      expect(renamed.statusCode, renamed.body).toBe(200);
      await w.call('deputy', 'GET', `/api/v1/youth/${w.youthId}`);
      const csv = await w.call('admin', 'GET', '/api/v1/audit.csv?limit=500');
      expect(csv.statusCode).toBe(200);
      const lines = csv.body.split('\r\n').filter(Boolean);
      expect(lines.some((l) => l.includes('Sheriff;'))).toBe(true);
      for (const line of lines) {
        // Every cell quoted: the line is quoted cells joined by commas.
        expect(line, line).toMatch(/^"([^"]|"")*"(,"([^"]|"")*")*$/);
        // Read with a ; list separator (quotes not honoured after the first), no cell may start a formula.
        for (const cell of line.split(';')) expect(cell.replace(/^[\s"]+/, ''), line).not.toMatch(/^[=+\-@]/);
      }
    });
  });
}
