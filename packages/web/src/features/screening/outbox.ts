import type { Answers, ScreeningResult } from '@harbor/core';
import type { Conflict, LocalScreening } from '../../offline/records';

/**
 * The screening form's outbox: what saving, completing and settling a conflict do to the record kept on the device,
 * and what the user sees afterwards. Plain functions over a store (the device's records and the queue in the app, a
 * fake in the tests); the form's hook (use-screening-outbox.ts) only keeps their results in React state.
 */

type Change = (record: LocalScreening) => LocalScreening;

/** The record kept with the answers as typed (every change, so a closed tab loses nothing). */
export const withAnswers =
  (answers: Answers): Change =>
  (record) => ({ ...record, answers });

/**
 * Saved as a draft: waiting to be sent, except a correction's draft, which stays on the device (only the completed
 * correction is sent). An earlier refusal is forgotten: the record changed.
 */
export const savedAsDraft =
  (answers: Answers, reason: string): Change =>
  (record) => ({
    ...record,
    answers,
    reason: record.kind === 'correction' ? reason : record.reason,
    pending: record.kind === 'screening',
    rejection: null,
  });

/** Completed on the device, with the result scored here, and waiting to be sent. */
export const completedWith =
  (answers: Answers, reason: string, result: ScreeningResult): Change =>
  (record) => ({
    ...record,
    answers,
    status: 'completed',
    result,
    reason: record.kind === 'correction' ? reason.trim() : record.reason,
    pending: true,
    rejection: null,
  });

/** The user keeps their answers: sent again against the version the server has now, overwriting it. */
export const keepingMine =
  (answers: Answers, conflict: Conflict): Change =>
  (record) => ({ ...record, answers, serverVersion: conflict.serverVersion, conflict: null, pending: true });

/**
 * The user takes the server's version. A screening the server completed meanwhile is the server's from now on (the
 * record keeps only where it went); a draft takes the server's answers and version, and has nothing left to send.
 */
export const takingServer =
  (conflict: Conflict, serverId: string | null): Change =>
  (record) =>
    conflict.serverStatus === 'completed' && serverId
      ? { ...record, answers: {}, result: null, conflict: null, pending: false, sentAs: serverId }
      : {
          ...record,
          answers: conflict.serverAnswers,
          serverVersion: conflict.serverVersion,
          status: 'draft',
          result: null,
          conflict: null,
          pending: false,
        };

/** What the user sees after a save or a completion, once the queue has tried to send. */
export type SendOutcome =
  /** The server has the completed screening: its page opens. */
  | { kind: 'sent'; screeningId: string }
  /** The draft changed on the server meanwhile: the conflict panel takes over. */
  | { kind: 'conflict' }
  /** The server refused it: the form shows why. */
  | { kind: 'rejected' }
  /** Completed (sent or still waiting): its result opens from the device. */
  | { kind: 'completed' }
  /** A saved draft: on the server, or kept on the device until there is a network. */
  | { kind: 'saved'; where: 'server' | 'device' }
  /** The user took the server's draft: the form shows its answers. */
  | { kind: 'taken' }
  /** The record is not on the device any more (deleted in another tab, or the device's data was wiped). */
  | { kind: 'gone' };

export function outcomeOf(after: LocalScreening | null, action: 'save' | 'complete'): SendOutcome {
  if (!after) return { kind: 'gone' };
  if (after.sentAs) return { kind: 'sent', screeningId: after.sentAs };
  if (after.conflict) return { kind: 'conflict' };
  if (after.rejection) return { kind: 'rejected' };
  if (action === 'complete') return { kind: 'completed' };
  return { kind: 'saved', where: after.pending ? 'device' : 'server' };
}

/** Where the outbox keeps records and how it sends them. */
export interface OutboxStore {
  read(owner: string, localId: string): Promise<LocalScreening | null>;
  update(owner: string, localId: string, change: Change): Promise<LocalScreening | null>;
  /** Sends what waits (the queue); may fail without a network, which leaves the record waiting. */
  drain(owner: string): Promise<unknown>;
}

export interface Sent {
  outcome: SendOutcome;
  /** The record as it is after the attempt (null when it is gone). */
  record: LocalScreening | null;
}

/** One record's outbox: each action changes the record, then (except a correction's draft) tries to send it. */
export function screeningOutbox(store: OutboxStore, record: Pick<LocalScreening, 'owner' | 'localId' | 'kind'>) {
  const { owner, localId, kind } = record;
  const send = async (action: 'save' | 'complete'): Promise<Sent> => {
    await store.drain(owner).catch(() => undefined);
    const record = await store.read(owner, localId);
    return { outcome: outcomeOf(record, action), record };
  };
  return {
    keepAnswers: (answers: Answers) => store.update(owner, localId, withAnswers(answers)),

    async saveDraft(answers: Answers, reason: string): Promise<Sent> {
      const record = await store.update(owner, localId, savedAsDraft(answers, reason));
      if (kind === 'correction') return { outcome: { kind: 'saved', where: 'device' }, record };
      return send('save');
    },

    async complete(answers: Answers, reason: string, result: ScreeningResult): Promise<Sent> {
      await store.update(owner, localId, completedWith(answers, reason, result));
      return send('complete');
    },

    async keepMine(answers: Answers, conflict: Conflict, status: LocalScreening['status']): Promise<Sent> {
      await store.update(owner, localId, keepingMine(answers, conflict));
      return send(status === 'completed' ? 'complete' : 'save');
    },

    /** Nothing is sent: the server's version is already the server's. */
    async takeServer(conflict: Conflict, serverId: string | null): Promise<Sent> {
      const record = await store.update(owner, localId, takingServer(conflict, serverId));
      if (conflict.serverStatus === 'completed' && serverId) {
        return { outcome: { kind: 'sent', screeningId: serverId }, record };
      }
      return { outcome: { kind: 'taken' }, record };
    },
  };
}

export type ScreeningOutbox = ReturnType<typeof screeningOutbox>;
