import { harborCseBrief, scoreScreening } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import type { ServerScreening } from '../../offline/api-types';
import { afterAccepted, afterConflict } from '../../offline/queue';
import type { LocalScreening, Rejection } from '../../offline/records';
import { differingItems } from './conflict';
import { type OutboxStore, outcomeOf, screeningOutbox, takingServer } from './outbox';
import { recordPath } from './paths';

/**
 * The form's outbox over a store in memory instead of IndexedDB, with a server that answers as told: the queue's own
 * rules (afterAccepted, afterConflict) decide what each answer does to the record, as they do in the app.
 */

const OWNER = 'user-1';
const ID = 'local-1';

function record(overrides: Partial<LocalScreening> = {}): LocalScreening {
  return {
    localId: ID,
    owner: OWNER,
    kind: 'screening',
    instrumentId: harborCseBrief.id,
    instrumentVersion: harborCseBrief.version,
    youthId: null,
    answers: {},
    status: 'draft',
    idempotencyKey: 'key-1',
    serverId: null,
    serverVersion: null,
    corrects: null,
    reason: null,
    pending: false,
    conflict: null,
    rejection: null,
    result: null,
    sentAs: null,
    createdAt: '2026-11-28T18:00:00.000Z',
    updatedAt: '2026-11-28T18:00:00.000Z',
    ...overrides,
  };
}

function serverScreening(overrides: Partial<ServerScreening> = {}): ServerScreening {
  return {
    id: 'srv-1',
    youthId: null,
    instrumentId: harborCseBrief.id,
    instrumentVersion: harborCseBrief.version,
    status: 'draft',
    answersHidden: false,
    answers: {},
    level: null,
    result: null,
    safety: false,
    createdBy: OWNER,
    createdByName: 'Ana',
    createdAt: '2026-11-28T18:00:00.000Z',
    completedBy: null,
    completedByName: null,
    completedAt: null,
    corrects: null,
    correctionReason: null,
    correctedBy: null,
    version: 1,
    ...overrides,
  };
}

/** What the server does with what it is sent. */
type Answer =
  | { kind: 'offline' }
  | { kind: 'accept'; as?: Partial<ServerScreening> }
  | { kind: 'conflict'; server: Partial<ServerScreening> }
  | { kind: 'refuse'; rejection: Rejection };

function memory(start: LocalScreening, answer: Answer) {
  let current: LocalScreening | null = start;
  const sent: LocalScreening[] = [];
  const store: OutboxStore = {
    read: async (owner, localId) =>
      current && owner === current.owner && localId === current.localId ? current : null,
    update: async (_owner, _localId, change) => {
      if (current) current = change(current);
      return current;
    },
    drain: async () => {
      const waiting = current;
      if (!waiting?.pending || waiting.sentAs || waiting.conflict || waiting.rejection) return;
      if (answer.kind === 'offline') throw new TypeError('Failed to fetch');
      sent.push(waiting);
      if (answer.kind === 'accept') {
        const server = serverScreening({ status: waiting.status, answers: waiting.answers, ...answer.as });
        current = afterAccepted(waiting, server, waiting.answers);
      } else if (answer.kind === 'conflict') {
        current = afterConflict(waiting, serverScreening(answer.server), waiting.answers);
      } else {
        current = { ...waiting, rejection: answer.rejection };
      }
    },
  };
  return { store, sent, now: () => current };
}

const answers = { away: 'yes', gifts: 'no' };
const result = scoreScreening(harborCseBrief, answers);

describe('saving a draft', () => {
  it('sends it, and tells the user the server has it', async () => {
    const m = memory(record(), { kind: 'accept' });
    const { outcome } = await screeningOutbox(m.store, record()).saveDraft(answers, '');
    expect(outcome).toEqual({ kind: 'saved', where: 'server' });
    expect(m.sent).toHaveLength(1);
    expect(m.now()).toMatchObject({ answers, pending: false, serverId: 'srv-1', serverVersion: 1, status: 'draft' });
  });

  it('keeps it waiting on the device without a network, and says so', async () => {
    const m = memory(record(), { kind: 'offline' });
    const { outcome, record: after } = await screeningOutbox(m.store, record()).saveDraft(answers, '');
    expect(outcome).toEqual({ kind: 'saved', where: 'device' });
    expect(after).toMatchObject({ answers, pending: true, serverId: null });
  });

  it('keeps a correction’s draft on the device only: nothing is sent before the correction is complete', async () => {
    const correction = record({ kind: 'correction', corrects: 'srv-7' });
    const m = memory(correction, { kind: 'accept' });
    const { outcome } = await screeningOutbox(m.store, correction).saveDraft(answers, 'Wrong answer to Q2');
    expect(outcome).toEqual({ kind: 'saved', where: 'device' });
    expect(m.sent).toHaveLength(0);
    expect(m.now()).toMatchObject({ answers, pending: false, reason: 'Wrong answer to Q2' });
  });

  it('forgets an earlier refusal once the user changed the record', async () => {
    const refused = record({ rejection: { status: 400, code: 'validation_failed', message: 'No', fields: [] } });
    const m = memory(refused, { kind: 'accept' });
    expect((await screeningOutbox(m.store, refused).saveDraft(answers, '')).outcome.kind).toBe('saved');
    expect(m.now()?.rejection).toBeNull();
  });
});

describe('completing', () => {
  it('opens the server’s screening once it is accepted, keeping nothing readable on the device', async () => {
    const m = memory(record(), { kind: 'accept', as: { id: 'srv-9' } });
    const { outcome } = await screeningOutbox(m.store, record()).complete(answers, '', result);
    expect(m.sent[0]).toMatchObject({ status: 'completed', pending: true, result });
    expect(outcome).toEqual({ kind: 'sent', screeningId: 'srv-9' });
    expect(m.now()).toMatchObject({ sentAs: 'srv-9', answers: {}, result: null });
  });

  it('opens the result from the device while it waits for a network', async () => {
    const m = memory(record(), { kind: 'offline' });
    const { outcome, record: after } = await screeningOutbox(m.store, record()).complete(answers, '', result);
    expect(outcome).toEqual({ kind: 'completed' });
    expect(after).toMatchObject({ status: 'completed', pending: true, result, answers });
    expect(recordPath(after!)).toBe(`/app/screenings/local/${ID}`);
  });

  it('keeps a correction’s reason, trimmed', async () => {
    const correction = record({ kind: 'correction', corrects: 'srv-7' });
    const m = memory(correction, { kind: 'offline' });
    await screeningOutbox(m.store, correction).complete(answers, '  Wrong youth  ', result);
    expect(m.now()?.reason).toBe('Wrong youth');
  });

  it('shows what the server refused, and keeps the answers', async () => {
    const rejection: Rejection = {
      status: 400,
      code: 'validation_failed',
      message: 'One field needs attention.',
      fields: [{ path: 'body.answers.away', message: 'Choose one of the answers offered.' }],
    };
    const m = memory(record(), { kind: 'refuse', rejection });
    const { outcome, record: after } = await screeningOutbox(m.store, record()).complete(answers, '', result);
    expect(outcome).toEqual({ kind: 'rejected' });
    expect(after).toMatchObject({ rejection, answers });
    expect(recordPath(after!)).toBe(`/app/screenings/edit/${ID}`);
  });
});

describe('a draft that changed on the server meanwhile', () => {
  const saved = record({ serverId: 'srv-1', serverVersion: 1 });
  const theirs = { away: 'no' };

  it('becomes a conflict for the user to settle, overwriting nothing', async () => {
    const m = memory(saved, { kind: 'conflict', server: { version: 3, answers: theirs } });
    const { outcome, record: after } = await screeningOutbox(m.store, saved).saveDraft(answers, '');
    expect(outcome).toEqual({ kind: 'conflict' });
    expect(after).toMatchObject({
      answers,
      pending: true,
      conflict: { serverStatus: 'draft', serverVersion: 3, serverAnswers: theirs },
    });
    expect(differingItems(harborCseBrief, answers, theirs).map((item) => item.id)).toEqual(['away', 'gifts']);
  });

  it('keeping mine sends my answers against the server’s version', async () => {
    const conflicted = record({
      serverId: 'srv-1',
      serverVersion: 1,
      pending: true,
      answers,
      conflict: { serverStatus: 'draft', serverVersion: 3, serverAnswers: theirs },
    });
    const m = memory(conflicted, { kind: 'accept', as: { version: 4 } });
    const { outcome } = await screeningOutbox(m.store, conflicted).keepMine(answers, conflicted.conflict!, 'draft');
    expect(m.sent[0]).toMatchObject({ serverVersion: 3, conflict: null, pending: true, answers });
    expect(outcome).toEqual({ kind: 'saved', where: 'server' });
    expect(m.now()).toMatchObject({ serverVersion: 4, pending: false, answers });
  });

  it('taking the server’s draft puts its answers in the form, with nothing left to send', async () => {
    const conflict = { serverStatus: 'draft' as const, serverVersion: 3, serverAnswers: theirs };
    const conflicted = record({ serverId: 'srv-1', serverVersion: 1, pending: true, answers, conflict });
    const m = memory(conflicted, { kind: 'accept' });
    const { outcome } = await screeningOutbox(m.store, conflicted).takeServer(conflict, 'srv-1');
    expect(outcome).toEqual({ kind: 'taken' });
    expect(m.sent).toHaveLength(0);
    expect(m.now()).toMatchObject({
      answers: theirs,
      serverVersion: 3,
      pending: false,
      conflict: null,
      status: 'draft',
    });
  });

  it('taking a screening the server completed meanwhile makes it the server’s and opens it', async () => {
    const conflict = { serverStatus: 'completed' as const, serverVersion: 3, serverAnswers: theirs };
    const conflicted = record({ serverId: 'srv-1', serverVersion: 1, pending: true, answers, conflict });
    const m = memory(conflicted, { kind: 'accept' });
    const { outcome } = await screeningOutbox(m.store, conflicted).takeServer(conflict, 'srv-1');
    expect(outcome).toEqual({ kind: 'sent', screeningId: 'srv-1' });
    expect(m.now()).toMatchObject({ sentAs: 'srv-1', answers: {}, pending: false, conflict: null });
    expect(takingServer(conflict, null)(conflicted)).toMatchObject({ answers: theirs, sentAs: null });
  });
});

describe('outcomeOf', () => {
  it('puts being sent first, then a conflict, then a refusal, and says when the record is gone', () => {
    const rejection: Rejection = { status: 400, code: 'x', message: '', fields: [] };
    const conflict = { serverStatus: 'draft' as const, serverVersion: 2, serverAnswers: {} };
    expect(outcomeOf(null, 'save')).toEqual({ kind: 'gone' });
    expect(outcomeOf(record({ sentAs: 'srv-1', conflict, rejection }), 'save')).toEqual({
      kind: 'sent',
      screeningId: 'srv-1',
    });
    expect(outcomeOf(record({ conflict, rejection }), 'complete')).toEqual({ kind: 'conflict' });
    expect(outcomeOf(record({ rejection }), 'complete')).toEqual({ kind: 'rejected' });
    expect(outcomeOf(record({ pending: false }), 'complete')).toEqual({ kind: 'completed' });
  });
});
