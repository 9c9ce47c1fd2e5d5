import { type Answers, type InstrumentDefinition, normaliseAnswers } from '@harbor/core';
import { type ApiResult, api } from '../api';
import type { ServerScreening } from './api-types';
import { loadInstrument } from './instruments';
import { withLock } from './lock';
import { type LocalScreening, listRecords, type Rejection, readRecord, updateRecord } from './records';

/**
 * The queue of screenings waiting to be sent. A record is sent when it is `pending` and needs no decision from the
 * user (no conflict, no refusal). Every first submission carries the idempotency key chosen when the record was
 * created, so a submission repeated after a lost answer is stored once by the server; a record leaves the queue only
 * after the server accepted it (200/201). A draft that changed on the server meanwhile (409) is never overwritten: it
 * becomes a conflict for the user to decide.
 */

export interface PlannedRequest {
  method: 'POST' | 'PUT';
  path: string;
  body: Record<string, unknown>;
}

/** The request that sends a record as it is now. */
export function planRequest(record: LocalScreening, answers: Answers): PlannedRequest {
  const complete = record.status === 'completed';
  if (record.kind === 'correction') {
    return {
      method: 'POST',
      path: `/api/v1/screenings/${encodeURIComponent(record.corrects ?? '')}/corrections`,
      body: { answers, reason: record.reason ?? '', idempotencyKey: record.idempotencyKey },
    };
  }
  if (record.serverId === null || record.serverVersion === null) {
    return {
      method: 'POST',
      path: '/api/v1/screenings',
      body: {
        instrumentId: record.instrumentId,
        instrumentVersion: record.instrumentVersion,
        youthId: record.youthId,
        answers,
        complete,
        idempotencyKey: record.idempotencyKey,
      },
    };
  }
  return {
    method: 'PUT',
    path: `/api/v1/screenings/${encodeURIComponent(record.serverId)}`,
    body: { answers, version: record.serverVersion, complete },
  };
}

/** Two sets of answers hold the same answers (key order aside). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/** A completed screening the server has: the record keeps only where it went (no answers, no result). */
export function sentRecord(record: LocalScreening, server: ServerScreening): LocalScreening {
  return {
    ...record,
    answers: {},
    result: null,
    reason: null,
    pending: false,
    conflict: null,
    rejection: null,
    serverId: server.id,
    serverVersion: server.version,
    sentAs: server.id,
  };
}

/**
 * The record after the server accepted a submission and answered with its screening. `sentAnswers` are the
 * (normalised) answers that were sent; `current` is the record as it is now (the user may have changed it meanwhile).
 */
export function afterAccepted(current: LocalScreening, server: ServerScreening, sentAnswers: Answers): LocalScreening {
  if (server.status === 'completed') return sentRecord(current, server);
  // The server holds a draft: done, unless the user completed it meanwhile or the server's answers are not these (a
  // repeated key answers with the first submission's draft): then the next step sends them with the version.
  const done = current.status === 'draft' && sameAnswers(server.answers, sentAnswers);
  return {
    ...current,
    serverId: server.id,
    serverVersion: server.version,
    pending: current.pending && !done,
    rejection: null,
  };
}

/**
 * The record after a 409, given the server's screening as it is now. When the server already holds exactly these
 * answers (an earlier submission whose answer was lost) nothing conflicts; otherwise the user decides.
 */
export function afterConflict(current: LocalScreening, server: ServerScreening, mine: Answers): LocalScreening {
  if (sameAnswers(server.answers, mine)) {
    if (server.status === 'completed') return sentRecord(current, server);
    return {
      ...current,
      serverVersion: server.version,
      pending: current.pending && current.status === 'completed',
      conflict: null,
    };
  }
  return {
    ...current,
    conflict: { serverStatus: server.status, serverVersion: server.version, serverAnswers: server.answers },
  };
}

/** The refusal a failed answer means for the record (kept until the user changes the record). */
export function rejectionOf(result: Extract<ApiResult<unknown>, { ok: false; kind: 'api' }>): Rejection {
  return {
    status: result.status,
    code: result.error.code,
    message: result.error.message,
    fields: result.error.fields ?? [],
  };
}

/** Whether a failure is worth trying again later by itself (the network, the server busy or down). */
export function isTransient(result: Extract<ApiResult<unknown>, { ok: false }>): boolean {
  if (result.kind === 'network') return true;
  return result.status === 408 || result.status === 429 || result.status >= 500;
}

/** What one step of sending did. */
type Step = 'done' | 'again' | 'blocked' | 'unreachable' | 'signedOut';

export interface DrainReport {
  /** Records the server accepted in this pass. */
  sent: number;
  /** Why the pass stopped early: no network or server, or no session. */
  stopped: 'unreachable' | 'signedOut' | null;
}

function answersToSend(instrument: InstrumentDefinition | null, answers: Answers): Answers {
  return instrument ? normaliseAnswers(instrument, answers) : answers;
}

/** Sends one record once and records the outcome. */
async function sendStep(owner: string, localId: string): Promise<Step> {
  const record = await readRecord(owner, localId);
  if (!record?.pending || record.sentAs || record.conflict || record.rejection) return 'done';
  const instrument = await loadInstrument(record.instrumentId, record.instrumentVersion);
  const answers = answersToSend(instrument, record.answers);
  const request = planRequest(record, answers);
  const result =
    request.method === 'POST'
      ? await api.post<ServerScreening>(request.path, request.body)
      : await api.put<ServerScreening>(request.path, request.body);

  if (result.ok) {
    const next = await updateRecord(owner, localId, (current) => afterAccepted(current, result.data, answers));
    return next?.pending && !next.sentAs ? 'again' : 'done';
  }
  if (result.kind === 'network' || isTransient(result)) return 'unreachable';
  if (result.status === 401) return 'signedOut';
  if (result.status === 409 && request.method === 'PUT' && record.serverId) {
    const server = await api.get<ServerScreening>(`/api/v1/screenings/${encodeURIComponent(record.serverId)}`);
    if (!server.ok) {
      if (server.kind === 'network' || isTransient(server)) return 'unreachable';
      return server.status === 401 ? 'signedOut' : 'blocked';
    }
    const next = await updateRecord(owner, localId, (current) =>
      afterConflict(current, server.data, answersToSend(instrument, current.answers)),
    );
    return next?.conflict ? 'blocked' : next?.pending && !next.sentAs ? 'again' : 'done';
  }
  await updateRecord(owner, localId, (current) => ({ ...current, rejection: rejectionOf(result) }));
  return 'blocked';
}

async function drain(owner: string): Promise<DrainReport> {
  const report: DrainReport = { sent: 0, stopped: null };
  const waiting = (await listRecords(owner))
    .filter((r) => r.pending && !r.sentAs && !r.conflict && !r.rejection)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const record of waiting) {
    // A record may take a few steps (a repeated key answers with a draft, then the completion is sent).
    for (let attempt = 0; attempt < 4; attempt++) {
      const step = await sendStep(owner, record.localId);
      if (step === 'unreachable' || step === 'signedOut') {
        report.stopped = step;
        return report;
      }
      if (step === 'done') {
        const after = await readRecord(owner, record.localId);
        if (after?.sentAs || (after && !after.pending)) report.sent += 1;
        break;
      }
      if (step === 'blocked') break;
    }
  }
  return report;
}

const QUEUE_LOCK = 'harbor-offline-queue';
let queued: Promise<DrainReport> | null = null;
let previous: Promise<unknown> = Promise.resolve();

/**
 * Sends this owner's waiting records, one pass at a time across every tab (a Web Lock), so no record is sent twice at
 * once. A call while a pass runs waits for the next pass, which will see what changed meanwhile.
 */
export function drainQueue(owner: string): Promise<DrainReport> {
  if (queued) return queued;
  const pass = previous.then(() => {
    queued = null;
    return withLock(QUEUE_LOCK, () => drain(owner));
  });
  queued = pass;
  previous = pass.catch(() => undefined);
  return pass;
}
