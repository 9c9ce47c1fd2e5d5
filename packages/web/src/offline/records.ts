import type { Answers, ScreeningResult } from '@harbor/core';
import { generateDeviceKey, recordContext, seal, unseal } from './crypto';
import { offlineDb, type StoredRecord } from './db';
import { withLock } from './lock';

/** A server field error as the API sends it (already translated), or kept from a refusal. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** The server refused the submission (400, 403, 404...): it waits for the user to fix it, and is not retried. */
export interface Rejection {
  status: number;
  code: string;
  message: string;
  fields: FieldProblem[];
}

/** The screening changed on the server since this device last had it: the user decides which version stays. */
export interface Conflict {
  serverStatus: 'draft' | 'completed';
  serverVersion: number;
  serverAnswers: Answers;
}

/**
 * A screening kept on this device: being filled in, saved as a draft, or completed and waiting to be sent. A
 * correction of a completed screening is one too (kind 'correction', naming the screening it corrects).
 */
export interface LocalScreening {
  localId: string;
  /** The user who started it: only they may see or send it. */
  owner: string;
  kind: 'screening' | 'correction';
  instrumentId: string;
  instrumentVersion: number;
  youthId: string | null;
  answers: Answers;
  /** 'completed' once the user completed it (the result below was computed on the device). */
  status: 'draft' | 'completed';
  /** Chosen when the record is created, sent with its first submission: a repeat is stored once by the server. */
  idempotencyKey: string;
  /** The server's screening once it has one (a draft saved there), and the version this device last saw. */
  serverId: string | null;
  serverVersion: number | null;
  /** For a correction: the completed screening it corrects, and why. */
  corrects: string | null;
  reason: string | null;
  /** Waiting to be sent (the user saved or completed it). */
  pending: boolean;
  conflict: Conflict | null;
  rejection: Rejection | null;
  /** The score computed on the device when completed (the server's own score is the one kept). */
  result: ScreeningResult | null;
  /** After a completed screening was accepted: the server's id. Such a record keeps no answers. */
  sentAs: string | null;
  createdAt: string;
  updatedAt: string;
}

export type NewLocalScreening = Pick<
  LocalScreening,
  'owner' | 'kind' | 'instrumentId' | 'instrumentVersion' | 'youthId' | 'answers'
> &
  Partial<Pick<LocalScreening, 'serverId' | 'serverVersion' | 'corrects'>>;

const DEVICE_KEY = 'device';
const RECORDS_LOCK = 'harbor-offline-records';

let keyPromise: Promise<CryptoKey> | null = null;

/** The device key, generated (non-extractable) the first time it is needed. */
export function deviceKey(): Promise<CryptoKey> {
  if (!keyPromise) {
    const attempt = withLock('harbor-offline-key', async () => {
      const db = await offlineDb();
      const existing = await db.get('keys', DEVICE_KEY);
      if (existing) return existing;
      const key = await generateDeviceKey();
      await db.put('keys', key, DEVICE_KEY);
      return key;
    });
    keyPromise = attempt;
    attempt.catch(() => {
      if (keyPromise === attempt) keyPromise = null;
    });
  }
  return keyPromise;
}

/** Forgets the key this page holds in memory (after the stored one was deleted). */
export function forgetDeviceKey(): void {
  keyPromise = null;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

function broadcastChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel('harbor-offline');
  channel.onmessage = () => {
    for (const listener of listeners) listener();
  };
  return channel;
}

/** Called whenever a record changes, in this tab or another one. */
export function onRecordsChanged(listener: Listener): () => void {
  broadcastChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const listener of listeners) listener();
  broadcastChannel()?.postMessage('changed');
}

async function open(key: CryptoKey, stored: StoredRecord): Promise<LocalScreening | null> {
  try {
    return await unseal<LocalScreening>(key, stored, recordContext(stored.id, stored.owner));
  } catch {
    return null; // not readable with this device's key: left alone
  }
}

async function store(key: CryptoKey, record: LocalScreening): Promise<void> {
  const sealed = await seal(key, record, recordContext(record.localId, record.owner));
  const db = await offlineDb();
  await db.put('records', { id: record.localId, owner: record.owner, updatedAt: record.updatedAt, ...sealed });
}

/** Creates a record with its idempotency key. */
export async function createRecord(input: NewLocalScreening): Promise<LocalScreening> {
  const now = new Date().toISOString();
  const record: LocalScreening = {
    localId: crypto.randomUUID(),
    serverId: null,
    serverVersion: null,
    corrects: null,
    ...input,
    status: 'draft',
    idempotencyKey: crypto.randomUUID(),
    reason: null,
    pending: false,
    conflict: null,
    rejection: null,
    result: null,
    sentAs: null,
    createdAt: now,
    updatedAt: now,
  };
  const key = await deviceKey();
  await withLock(RECORDS_LOCK, () => store(key, record));
  changed();
  return record;
}

/** One record of this owner, or null. */
export async function readRecord(owner: string, localId: string): Promise<LocalScreening | null> {
  const db = await offlineDb();
  const stored = await db.get('records', localId);
  if (!stored || stored.owner !== owner) return null;
  return open(await deviceKey(), stored);
}

/** Every readable record of this owner, newest change first. */
export async function listRecords(owner: string): Promise<LocalScreening[]> {
  const db = await offlineDb();
  const stored = await db.getAllFromIndex('records', 'owner', owner);
  if (stored.length === 0) return [];
  const key = await deviceKey();
  const records = (await Promise.all(stored.map((s) => open(key, s)))).filter((r): r is LocalScreening => r !== null);
  return records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/**
 * Changes a record: reads it, applies `change` and writes it back, one change at a time across tabs, so the queue
 * and the form never overwrite each other's changes. Returns the new record, or null when it no longer exists.
 */
export async function updateRecord(
  owner: string,
  localId: string,
  change: (record: LocalScreening) => LocalScreening,
): Promise<LocalScreening | null> {
  const key = await deviceKey();
  const next = await withLock(RECORDS_LOCK, async () => {
    const current = await readRecord(owner, localId);
    if (!current) return null;
    const updated = { ...change(current), localId, owner, updatedAt: new Date().toISOString() };
    await store(key, updated);
    return updated;
  });
  if (next) changed();
  return next;
}

export async function deleteRecord(owner: string, localId: string): Promise<void> {
  await withLock(RECORDS_LOCK, async () => {
    const db = await offlineDb();
    const stored = await db.get('records', localId);
    if (stored?.owner === owner) await db.delete('records', localId);
  });
  changed();
}

/** Records waiting to be sent (including those that need the user's decision first). */
export function isWaiting(record: LocalScreening): boolean {
  return record.pending && record.sentAs === null;
}

/** How many of this owner's records wait to be sent. */
export async function waitingCount(owner: string): Promise<number> {
  return (await listRecords(owner)).filter(isWaiting).length;
}
