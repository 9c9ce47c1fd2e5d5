import { type ErrorBody, type Locale, translate } from '@harbor/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditKeysOf, verifyAudit } from '../audit/verify-audit.js';
import { createAgency } from '../identity/accounts.js';
import { createTestApp, type TestApp } from '../testing/app.js';
import { uniqueYouthInput } from '../testing/county.js';
import { signedInUser } from '../testing/users.js';
import { openSqlite } from './database.js';

/** SQLite's own ceiling on pages (its default max_page_count): the disk has room again. */
const NO_CEILING = 4_294_967_294;

/**
 * A full disk under SQLite, made portably and exactly: `PRAGMA max_page_count` caps the database at the pages it has,
 * so a write that needs one more page fails as on a full disk (SQLITE_FULL), on any file system and with no root. (A
 * small loop-mounted or tmpfs file system would need privileges CI has not, and would fill at a moment no test
 * controls.) The server runs in this process to share the one connection the pragma applies to, behind real HTTP.
 */
describe('a full disk under SQLite [sqlite]', () => {
  let h: TestApp;
  let base: string;
  let headers: Record<string, string>;
  const acknowledged: string[] = [];

  beforeAll(async () => {
    h = await createTestApp('sqlite');
    base = await h.app.listen({ host: '127.0.0.1', port: 0 });
    const agency = await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' });
    ({ headers } = await signedInUser(h, agency.id, 'social_worker', 'worker'));
  });
  afterAll(() => h?.close());

  const createYouth = async (locale: Locale) => {
    const res = await fetch(`${base}/api/v1/youth`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'accept-language': locale },
      body: JSON.stringify(uniqueYouthInput()),
    });
    const body = (await res.json()) as { id?: string } & Partial<ErrorBody>;
    if (res.status === 201 && body.id) acknowledged.push(body.id);
    return { status: res.status, body };
  };
  const pragma = async (statement: string) =>
    (await sql.raw<Record<string, unknown>>(`pragma ${statement}`).execute(h.t.database.db)).rows;

  it('answers 503 in the caller’s language, keeps every acknowledged write, and writes again once there is room', async () => {
    for (let i = 0; i < 10; i++) expect((await createYouth('en')).status).toBe(201);

    // Room for a few more writes, then none: the writes that fill it up are acknowledged, then every one fails.
    const pages = Number(Object.values((await pragma('page_count'))[0]!)[0]);
    await pragma(`max_page_count = ${pages + 40}`);
    const answers: { status: number; body: Partial<ErrorBody>; locale: Locale }[] = [];
    for (let n = 0; answers.filter((a) => a.status === 503).length < 10; n++) {
      if (n > 2000) throw new Error('the database never filled');
      const locale: Locale = n % 2 === 0 ? 'en' : 'es';
      answers.push({ ...(await createYouth(locale)), locale });
    }
    expect(answers.filter((a) => a.status !== 201 && a.status !== 503)).toEqual([]);
    expect(answers.findIndex((a) => a.status === 503)).toBeGreaterThan(0);
    const full = answers.filter((a) => a.status === 503);
    for (const locale of ['en', 'es'] as const) {
      expect(full.find((a) => a.locale === locale)?.body).toEqual({
        error: { code: 'unavailable', message: translate(locale, 'error.unavailable') },
      });
    }
    // The database still answers (a full disk is no reason to send callers elsewhere: there is no elsewhere), and what
    // writes nothing is still read.
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await fetch(`${base}/api/v1/youth/issuing-agencies`, { headers })).status).toBe(200);
    expect(await pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);

    // Room again, without a restart: writes succeed.
    await pragma(`max_page_count = ${NO_CEILING}`);
    for (let i = 0; i < 5; i++) expect((await createYouth(i % 2 === 0 ? 'en' : 'es')).status).toBe(201);

    // Every acknowledged write is in the file, which is whole, and the audit trail is unbroken.
    const file = h.t.config.kind === 'sqlite' ? h.t.config.path : '';
    const reader = openSqlite(file);
    try {
      expect(reader.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      const stored = new Set((reader.prepare('select id from youth').all() as { id: string }[]).map((r) => r.id));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      expect(stored.size).toBe(acknowledged.length);
    } finally {
      reader.close();
    }
    const audit = await verifyAudit(h.t.database.db, auditKeysOf([h.config.secretKey]));
    expect(audit.problems).toEqual([]);
    console.info(
      `full disk: ${JSON.stringify({ pages, acceptedWhileCapped: answers.length - full.length, refused: full.length, acknowledged: acknowledged.length })}`,
    );
  });
});
