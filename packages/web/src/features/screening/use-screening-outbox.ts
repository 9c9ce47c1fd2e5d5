import type { Answers, InstrumentDefinition } from '@harbor/core';
import { scoreScreening } from '@harbor/core';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { drainQueue } from '../../offline/queue';
import { type LocalScreening, onRecordsChanged, readRecord, updateRecord } from '../../offline/records';
import { type OutboxStore, type Sent, screeningOutbox } from './outbox';
import { localResultPath, screeningPath } from './paths';

/** The device's records and the queue: where the form's outbox keeps and sends its record. */
const DEVICE: OutboxStore = { read: readRecord, update: updateRecord, drain: drainQueue };

/** A confirmation the form shows after an action; `attempt` moves focus to it again when it repeats. */
export type FormNotice = { kind: 'savedServer' } | { kind: 'savedDevice' } | { kind: 'taken' };

/**
 * The record behind the screening form, and what the form's buttons do to it (outbox.ts decides; this keeps the
 * result in React state and opens the next page). `onRejected` shows what the server refused; `onTaken` puts the
 * server's answers into the form.
 */
export function useScreeningOutbox(
  initial: LocalScreening,
  instrument: InstrumentDefinition,
  handlers: { onRejected: (record: LocalScreening) => void; onTaken: (answers: Answers) => void },
  store: OutboxStore = DEVICE,
) {
  const navigate = useNavigate();
  const { owner, localId } = initial;
  const outbox = useMemo(() => screeningOutbox(store, initial), [store, initial]);
  const [record, setRecord] = useState<LocalScreening>(initial);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ value: FormNotice | null; attempt: number }>({ value: null, attempt: 0 });
  const tell = (value: FormNotice) => setNotice((was) => ({ value, attempt: was.attempt + 1 }));

  // The queue (in this tab or another) changed the record: keep its state, never the answers being typed.
  useEffect(
    () =>
      onRecordsChanged(() => {
        void store.read(owner, localId).then((fresh) => {
          if (fresh) setRecord(fresh);
        });
      }),
    [store, owner, localId],
  );

  /** After an action: where the record stands decides what the user sees. */
  const settle = ({ outcome, record: after }: Sent) => {
    setBusy(false);
    if (after) setRecord(after);
    switch (outcome.kind) {
      case 'sent':
        navigate(screeningPath(outcome.screeningId));
        return;
      case 'completed':
        navigate(localResultPath(localId));
        return;
      case 'rejected':
        if (after) handlers.onRejected(after);
        return;
      case 'saved':
        tell(outcome.where === 'server' ? { kind: 'savedServer' } : { kind: 'savedDevice' });
        return;
      case 'taken':
        tell({ kind: 'taken' });
        return;
      case 'conflict': // the conflict panel takes over
      case 'gone':
        return;
    }
  };

  /** Runs one action at a time; a new action hides the last confirmation. */
  const run = async (action: () => Promise<Sent>) => {
    if (busy) return;
    setBusy(true);
    setNotice((was) => ({ value: null, attempt: was.attempt }));
    settle(await action());
  };

  return {
    record,
    busy,
    notice,
    /** Every answer is kept on the device at once (encrypted), so a closed tab loses nothing. */
    keepAnswers: (answers: Answers) => void outbox.keepAnswers(answers),
    saveDraft: (answers: Answers, reason: string) => run(() => outbox.saveDraft(answers, reason)),
    complete: (answers: Answers, reason: string) =>
      run(() => outbox.complete(answers, reason, scoreScreening(instrument, answers))),
    keepMine: (answers: Answers) => {
      const conflict = record.conflict;
      return conflict ? run(() => outbox.keepMine(answers, conflict, record.status)) : Promise.resolve();
    },
    takeServer: () => {
      const conflict = record.conflict;
      if (!conflict) return Promise.resolve();
      return run(async () => {
        const sent = await outbox.takeServer(conflict, record.serverId);
        if (sent.outcome.kind === 'taken') handlers.onTaken(conflict.serverAnswers);
        return sent;
      });
    },
  };
}
