import { harborCseBrief, normaliseAnswers } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import type { ServerScreening } from './api-types';
import { generateDeviceKey, recordContext, seal, unseal } from './crypto';
import { afterAccepted, afterConflict, isTransient, planRequest, rejectionOf, sameAnswers, sentRecord } from './queue';
import type { LocalScreening } from './records';

const MARKER = 'marker-7f3a: met an older man at the bus station';

function local(overrides: Partial<LocalScreening> = {}): LocalScreening {
  return {
    localId: '0b8e8a5e-6a43-4d0e-9d5b-0c1f1f6f9a01',
    owner: 'user-1',
    kind: 'screening',
    instrumentId: harborCseBrief.id,
    instrumentVersion: harborCseBrief.version,
    youthId: null,
    answers: { away: 'yes', gifts: 'no' },
    status: 'draft',
    idempotencyKey: '5d2b3f0e-1c9a-4b7e-8f6d-2a4c6e8b0d13',
    serverId: null,
    serverVersion: null,
    corrects: null,
    reason: null,
    pending: true,
    conflict: null,
    rejection: null,
    result: null,
    sentAs: null,
    createdAt: '2026-11-28T18:00:00.000Z',
    updatedAt: '2026-11-28T18:00:00.000Z',
    ...overrides,
  };
}

function server(overrides: Partial<ServerScreening> = {}): ServerScreening {
  return {
    id: 'srv-1',
    youthId: null,
    instrumentId: harborCseBrief.id,
    instrumentVersion: harborCseBrief.version,
    status: 'draft',
    answersHidden: false,
    answers: { away: 'yes', gifts: 'no' },
    level: null,
    result: null,
    safety: false,
    createdBy: 'user-1',
    createdByName: 'Ana',
    createdAt: '2026-11-28T18:00:00.000Z',
    completedBy: null,
    completedByName: null,
    completedAt: null,
    corrects: null,
    correctionReason: null,
    correctedBy: null,
    version: 2,
    ...overrides,
  };
}

describe('records on the device are sealed with AES-GCM', () => {
  it('round-trips a record, and the stored bytes hold none of its text', async () => {
    const key = await generateDeviceKey();
    const record = local({ answers: { notes: MARKER } });
    const context = recordContext(record.localId, record.owner);
    const sealed = await seal(key, record, context);
    expect(sealed.iv).toHaveLength(12);
    const stored = new TextDecoder('latin1').decode(new Uint8Array(sealed.data));
    expect(stored).not.toContain('marker-7f3a');
    expect(stored).not.toContain('bus station');
    expect(await unseal(key, sealed, context)).toEqual(record);
  });

  it('uses a fresh IV for every record, so the same record never gives the same bytes', async () => {
    const key = await generateDeviceKey();
    const context = recordContext('a', 'user-1');
    const first = await seal(key, { same: true }, context);
    const second = await seal(key, { same: true }, context);
    expect(Buffer.from(first.iv).equals(Buffer.from(second.iv))).toBe(false);
    expect(Buffer.from(first.data).equals(Buffer.from(second.data))).toBe(false);
  });

  it('keeps the key out of reach: it cannot be exported', async () => {
    const key = await generateDeviceKey();
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('refuses another key, another record id or owner, and a changed byte', async () => {
    const key = await generateDeviceKey();
    const sealed = await seal(key, { answers: MARKER }, recordContext('a', 'user-1'));
    await expect(unseal(await generateDeviceKey(), sealed, recordContext('a', 'user-1'))).rejects.toThrow();
    await expect(unseal(key, sealed, recordContext('b', 'user-1'))).rejects.toThrow();
    await expect(unseal(key, sealed, recordContext('a', 'user-2'))).rejects.toThrow();
    const tampered = new Uint8Array(sealed.data.slice(0));
    tampered[0] = (tampered[0]! + 1) % 256;
    await expect(unseal(key, { iv: sealed.iv, data: tampered.buffer }, recordContext('a', 'user-1'))).rejects.toThrow();
  });
});

describe('planRequest', () => {
  it('sends a new screening with the idempotency key chosen when it was created', () => {
    const record = local({ status: 'completed', youthId: 'youth-9' });
    expect(planRequest(record, record.answers)).toEqual({
      method: 'POST',
      path: '/api/v1/screenings',
      body: {
        instrumentId: 'harbor-cse-brief',
        instrumentVersion: 1,
        youthId: 'youth-9',
        answers: record.answers,
        complete: true,
        idempotencyKey: record.idempotencyKey,
      },
    });
  });

  it('saves a draft the server has against the version this device saw', () => {
    const record = local({ serverId: 'srv-1', serverVersion: 3 });
    expect(planRequest(record, record.answers)).toEqual({
      method: 'PUT',
      path: '/api/v1/screenings/srv-1',
      body: { answers: record.answers, version: 3, complete: false },
    });
  });

  it('sends a correction to the screening it corrects, with its reason and key', () => {
    const record = local({ kind: 'correction', corrects: 'srv-7', reason: 'Wrong youth answer', status: 'completed' });
    expect(planRequest(record, record.answers)).toEqual({
      method: 'POST',
      path: '/api/v1/screenings/srv-7/corrections',
      body: { answers: record.answers, reason: 'Wrong youth answer', idempotencyKey: record.idempotencyKey },
    });
  });
});

describe('afterAccepted', () => {
  it('keeps nothing readable of a completed screening once the server has it', () => {
    const record = local({ status: 'completed', answers: { notes: MARKER } });
    const next = afterAccepted(record, server({ status: 'completed', id: 'srv-9', version: 1 }), record.answers);
    expect(next).toMatchObject({ sentAs: 'srv-9', pending: false, answers: {}, result: null });
    expect(JSON.stringify(next)).not.toContain('marker-7f3a');
  });

  it('ends the wait of a draft the server now holds with the same answers', () => {
    const record = local();
    const next = afterAccepted(record, server({ version: 1 }), record.answers);
    expect(next).toMatchObject({ serverId: 'srv-1', serverVersion: 1, pending: false, sentAs: null });
  });

  it('sends again when a repeated key answered with the first (draft) submission of a now completed screening', () => {
    const record = local({ status: 'completed', answers: { away: 'yes', gifts: 'yes' } });
    const next = afterAccepted(record, server({ version: 1, answers: { away: 'yes' } }), record.answers);
    expect(next).toMatchObject({ serverId: 'srv-1', serverVersion: 1, pending: true, sentAs: null });
    // The next step completes it with the version the server gave.
    expect(planRequest(next, next.answers)).toMatchObject({ method: 'PUT', body: { version: 1, complete: true } });
  });
});

describe('afterConflict', () => {
  it('shows the user both versions when the server holds other answers, and changes none', () => {
    const record = local({ serverId: 'srv-1', serverVersion: 1, answers: { away: 'no' } });
    const next = afterConflict(record, server({ version: 3, answers: { away: 'yes' } }), record.answers);
    expect(next.conflict).toEqual({ serverStatus: 'draft', serverVersion: 3, serverAnswers: { away: 'yes' } });
    expect(next.answers).toEqual({ away: 'no' });
    expect(next.pending).toBe(true);
  });

  it('finds no conflict when the server already has these answers (an answer that was lost on the way)', () => {
    const record = local({ serverId: 'srv-1', serverVersion: 1 });
    expect(afterConflict(record, server({ version: 2 }), record.answers)).toMatchObject({
      conflict: null,
      serverVersion: 2,
      pending: false,
    });
    const completed = local({ serverId: 'srv-1', serverVersion: 1, status: 'completed' });
    expect(afterConflict(completed, server({ version: 2, status: 'completed' }), completed.answers)).toMatchObject({
      sentAs: 'srv-1',
      answers: {},
    });
  });
});

describe('helpers', () => {
  it('compares answers whatever their key order, through the same normalisation as the server', () => {
    const a = normaliseAnswers(harborCseBrief, { gifts: 'no', away: 'yes' });
    const b = normaliseAnswers(harborCseBrief, { away: 'yes', gifts: 'no' });
    expect(sameAnswers(a, b)).toBe(true);
    expect(sameAnswers({ away: 'yes' }, { away: 'no' })).toBe(false);
    expect(sameAnswers({ away: 'yes' }, { away: 'yes', gifts: 'no' })).toBe(false);
  });

  it('retries only what time can fix', () => {
    expect(isTransient({ ok: false, kind: 'network' })).toBe(true);
    const api = (status: number) =>
      ({ ok: false, kind: 'api', status, error: { code: 'internal', message: '' }, locale: 'en' }) as const;
    expect(isTransient(api(503))).toBe(true);
    expect(isTransient(api(429))).toBe(true);
    expect(isTransient(api(400))).toBe(false);
    expect(isTransient(api(409))).toBe(false);
    expect(
      rejectionOf({
        ok: false,
        kind: 'api',
        status: 400,
        error: {
          code: 'validation_failed',
          message: 'One field needs attention.',
          fields: [{ path: 'body.answers.away', message: 'Choose one of the answers offered.' }],
        },
        locale: 'en',
      }),
    ).toEqual({
      status: 400,
      code: 'validation_failed',
      message: 'One field needs attention.',
      fields: [{ path: 'body.answers.away', message: 'Choose one of the answers offered.' }],
    });
    expect(sentRecord(local(), server()).sentAs).toBe('srv-1');
  });
});
