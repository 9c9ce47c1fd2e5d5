import { expect } from 'vitest';
import { createAgency, createUser } from '../identity/accounts.js';
import { createSession, csrfTokenFor } from '../identity/sessions.js';
import type { TestDatabase } from './databases.js';
import { schedulerBacklog } from './scheduler-work.js';
import { sampleYouthInput } from './youth.js';

/** The secret key of the `harbor serve` processes the tests start (their CSRF tokens derive from it). */
export const PROCESS_SECRET = 'd'.repeat(64);

/**
 * A small county for tests against real `harbor serve` processes: a social worker of DCFS (signed in, with the headers
 * of a JSON API call) and an advocacy agency with an advocate and a supervisor, who receive the escalations.
 */
export async function seedCounty(t: TestDatabase): Promise<{ headers: Record<string, string>; advocateId: string }> {
  const dcfs = await createAgency(t.database.db, { name: 'DCFS', kind: 'child_welfare' });
  const advocacy = await createAgency(t.database.db, { name: 'Advocates', kind: 'advocacy' });
  const worker = await createUser(t.database.db, {
    agencyId: dcfs.id,
    email: 'worker@dcfs.example',
    displayName: 'Worker',
    role: 'social_worker',
    passwordHash: null,
  });
  const advocate = await createUser(t.database.db, {
    agencyId: advocacy.id,
    email: 'advocate@advocates.example',
    displayName: 'Advocate',
    role: 'advocate',
    passwordHash: null,
  });
  await createUser(t.database.db, {
    agencyId: advocacy.id,
    email: 'supervisor@advocates.example',
    displayName: 'Supervisor',
    role: 'supervisor',
    passwordHash: null,
  });
  const { token } = await createSession(t.database.db, { userId: worker.id, stage: 'active' });
  const headers = {
    cookie: `harbor=${token}`,
    'x-csrf-token': csrfTokenFor(Buffer.from(PROCESS_SECRET, 'hex'), token),
    'content-type': 'application/json',
  };
  return { headers, advocateId: advocate.id };
}

/** POSTs JSON to a running server and expects 201. */
export async function postCreated(
  base: string,
  headers: Record<string, string>,
  path: string,
  body: unknown,
): Promise<{ id: string; version?: number }> {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  expect(res.status, `${path}: ${await res.clone().text()}`).toBe(201);
  return (await res.json()) as { id: string; version?: number };
}

/**
 * A youth with the advocate on the care team and a response to their recovery `hoursAgo` hours ago (three: every
 * on-scene step is long overdue, so the scheduler escalates at once).
 */
export async function youthWithResponse(
  base: string,
  county: { headers: Record<string, string>; advocateId: string },
  hoursAgo = 3,
): Promise<{ youthId: string; responseId: string }> {
  const youth = await postCreated(base, county.headers, '/api/v1/youth', uniqueYouthInput());
  await postCreated(base, county.headers, `/api/v1/youth/${youth.id}/care-team`, {
    userId: county.advocateId,
    basis: 'protocol_response',
  });
  const response = await postCreated(base, county.headers, '/api/v1/responses', {
    openedBy: 'recovery',
    youthId: youth.id,
    recoveredAt: new Date(Date.now() - hoursAgo * 3600_000).toISOString(),
  });
  return { youthId: youth.id, responseId: response.id };
}

/** Waits until no due escalation is pending and no e-mail is waiting to go out. */
export async function schedulerSettled(t: TestDatabase, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const backlog = await schedulerBacklog(t.database.db);
    if (backlog.escalations === 0 && backlog.emails === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`not settled: ${backlog.escalations} escalations, ${backlog.emails} e-mails`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Every due escalation sent, one notification per recipient, step and kind, one e-mail per notification; returns the
 * number of notifications.
 */
export async function expectEachEscalationSentOnce(t: TestDatabase, emails: readonly string[]): Promise<number> {
  const due = await t.database.db
    .selectFrom('escalation')
    .select(['id', 'status'])
    .where('due_at', '<=', new Date().toISOString())
    .execute();
  expect(due.filter((e) => e.status !== 'sent')).toEqual([]);
  const notes = await t.database.db
    .selectFrom('notification')
    .select(['user_id', 'response_step_id', 'kind', 'email_status'])
    .execute();
  const keys = notes.map((n) => `${n.user_id}|${n.response_step_id}|${n.kind}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(notes.filter((n) => n.email_status !== 'sent')).toEqual([]);
  expect(emails).toHaveLength(notes.length);
  return notes.length;
}

let youthMade = 0;

/** A new youth's record whose name no other has (sampleYouthInput's may meet one in a long run): never a duplicate. */
export function uniqueYouthInput(): Record<string, unknown> {
  youthMade += 1;
  return sampleYouthInput({ legalName: { given: 'Test', family: `Youth ${process.pid}-${youthMade}` } });
}
