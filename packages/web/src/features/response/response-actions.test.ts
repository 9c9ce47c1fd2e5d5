import { LA_COUNTY_FIRST_RESPONDER, WRITTEN_REPORT_FIELDS, type WrittenReportField } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../messages';
import type { StepView } from './api';
import {
  actionProblems,
  failureText,
  isSb1322Refusal,
  referralProblem,
  sendingProblems,
  stepRequest,
  stepState,
  telephoneReportBody,
  writtenReportBody,
} from './response-actions';
import { dueText, fromLocalInput, toLocalInput } from './response-format';

const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
  translate('en', key, values);

function step(overrides: Partial<StepView> = {}): StepView {
  return {
    stepId: 'health-evaluation',
    position: 8,
    ownerRole: 'health_provider',
    ownerAgencyKind: null,
    ownerUserId: null,
    status: 'pending',
    startsAt: '2026-11-28T18:00:00.000Z',
    dueAt: '2026-11-28T20:00:00.000Z',
    completedAt: null,
    completedByName: null,
    note: null,
    escalated: false,
    mine: true,
    version: 4,
    ...overrides,
  };
}

const at = (iso: string) => Date.parse(iso);

describe('where a step stands', () => {
  it('counts down to its due time, and says when it is overdue', () => {
    expect(stepState(step(), at('2026-11-28T18:40:00.000Z'), t)).toMatchObject({ kind: 'due', overdue: false });
    const late = stepState(step({ escalated: true }), at('2026-11-28T20:35:00.000Z'), t);
    expect(late).toMatchObject({ kind: 'due', overdue: true, escalated: true, dueAt: '2026-11-28T20:00:00.000Z' });
    expect(late.kind === 'due' && late.text).toBe(
      dueText('2026-11-28T20:00:00.000Z', at('2026-11-28T20:35:00.000Z'), t).text,
    );
  });

  it('says a due time and a lateness in plain words', () => {
    const due = '2026-11-28T20:00:00.000Z';
    expect(dueText(due, at('2026-11-28T18:30:00.000Z'), t).text).toBe('Due in 90 minutes');
    expect(dueText(due, at('2026-11-28T16:30:00.000Z'), t).text).toBe('Due in 3 hours 30 minutes');
    expect(dueText(due, at('2026-11-28T19:59:30.000Z'), t).text).toBe('Due now');
    expect(dueText(due, at('2026-11-28T20:35:00.000Z'), t)).toEqual({ text: 'Overdue by 35 minutes', overdue: true });
    expect(dueText(due, at('2026-11-25T18:00:00.000Z'), t).text).toBe('Due in 3 days 2 hours');
    expect(dueText(due, at('2026-11-28T16:30:00.000Z'), (k, v) => translate('es', k, v)).text).toBe(
      'Vence en 3 horas 30 minutos',
    );
  });

  it('asks for the telephone report now, never "overdue by 1 min", however long it waits', () => {
    const telephone = LA_COUNTY_FIRST_RESPONDER.steps.find((s) => s.id === 'telephone-report')!;
    const opened = '2026-11-28T18:00:00.000Z';
    const pending = step({ stepId: 'telephone-report', startsAt: opened, dueAt: opened, ownerRole: 'opener' });
    for (const later of [0, 60_000, 3 * 3600_000]) {
      expect(stepState(pending, at(opened) + later, t, telephone)).toEqual({
        kind: 'immediate',
        text: 'Call now: required immediately',
        since: opened,
        escalated: false,
      });
    }
    expect(stepState(pending, at(opened) + 60_000, (k, v) => translate('es', k, v), telephone)).toMatchObject({
      text: 'Llame ahora: se requiere de inmediato',
    });
    // Someone else's call: required, but not theirs to make.
    expect(stepState({ ...pending, mine: false }, at(opened), t, telephone)).toMatchObject({
      kind: 'immediate',
      text: 'Required immediately',
    });
    // Before the protocol has loaded, the same from the step's own clock.
    expect(stepState(pending, at(opened) + 60_000, t)).toMatchObject({ kind: 'immediate' });
    // A step with time to run keeps its countdown; one done says who did it.
    const health = LA_COUNTY_FIRST_RESPONDER.steps.find((s) => s.id === 'health-evaluation')!;
    expect(stepState(step(), at('2026-11-28T18:40:00.000Z'), t, health)).toMatchObject({ kind: 'due' });
    expect(stepState({ ...pending, status: 'completed', completedAt: opened }, 0, t, telephone).kind).toBe('completed');
  });

  it('names who completed it, or why it did not apply, or that it has not started', () => {
    const done = step({ status: 'completed', completedByName: 'Ana', completedAt: '2026-11-28T19:00:00.000Z' });
    expect(stepState(done, 0, t)).toEqual({ kind: 'completed', name: 'Ana', at: '2026-11-28T19:00:00.000Z' });
    expect(stepState(step({ status: 'not_applicable', note: 'Moved out of county' }), 0, t)).toEqual({
      kind: 'notApplicable',
      reason: 'Moved out of county',
    });
    expect(stepState(step({ dueAt: null }), 0, t)).toEqual({ kind: 'notStarted' });
  });
});

describe('closing a step by hand', () => {
  it('completes it at the time given, against the version read, with a note only when there is one', () => {
    const local = toLocalInput(new Date('2026-11-28T19:05:00.000Z'));
    expect(fromLocalInput(local)).toBe('2026-11-28T19:05:00.000Z');
    expect(stepRequest('complete', step(), local, '  ')).toEqual({
      kind: 'complete',
      body: { version: 4, completedAt: '2026-11-28T19:05:00.000Z' },
    });
    expect(stepRequest('complete', step(), local, ' Seen at clinic ')).toMatchObject({
      body: { note: 'Seen at clinic' },
    });
  });

  it('records a service the youth declined as declined, neither done nor overdue', () => {
    const local = toLocalInput(new Date('2026-11-28T19:05:00.000Z'));
    expect(stepRequest('declined', step(), local, ' Said no for now ')).toEqual({
      kind: 'declined',
      body: { version: 4, declinedAt: '2026-11-28T19:05:00.000Z', note: 'Said no for now' },
    });
    const declined = step({ status: 'declined', completedByName: 'Ana', completedAt: '2026-11-28T19:05:00.000Z' });
    expect(stepState(declined, at('2027-03-01T00:00:00.000Z'), t)).toEqual({
      kind: 'declined',
      name: 'Ana',
      at: '2026-11-28T19:05:00.000Z',
    });
  });

  it('marks it not applicable with the reason', () => {
    expect(stepRequest('na', step(), '', ' Youth was placed out of county ')).toEqual({
      kind: 'not_applicable',
      body: { version: 4, reason: 'Youth was placed out of county' },
    });
  });
});

describe('the telephone report', () => {
  const form = {
    calledAt: toLocalInput(new Date('2026-11-28T19:00:00.000Z')),
    learnedAt: toLocalInput(new Date('2026-11-28T16:30:00.000Z')),
    worker: ' Lee ',
    referral: '',
    category: 'five_day',
  };

  it('questions a referral number only once the field was left, and only when it cannot be right', () => {
    expect(referralProblem({ ...form, referral: '123' }, false, t)).toBeUndefined();
    expect(referralProblem({ ...form, referral: '123' }, true, t)).toBe(t('response.referralNumber.invalid'));
    expect(referralProblem({ ...form, referral: '1234-5678-9012-3456789' }, true, t)).toBeUndefined();
    expect(referralProblem(form, true, t)).toBeUndefined();
  });

  it('is sent to the DCFS hotline’s record with the worker and the number trimmed, and when the information came (PC 11166(a))', () => {
    expect(telephoneReportBody({ ...form, referral: ' 1234-5678-9012-3456789 ' })).toEqual({
      calledAt: '2026-11-28T19:00:00.000Z',
      learnedAt: '2026-11-28T16:30:00.000Z',
      hotline: 'dcfs_child_protection_hotline',
      workerName: 'Lee',
      referralNumber: '1234-5678-9012-3456789',
      responseCategory: 'five_day',
    });
  });
});

describe('the written report', () => {
  it('is saved as a draft without a submission time, and submitted with one', () => {
    const report = { fields: { childName: 'J.' } as never, version: 2 };
    expect(writtenReportBody(report, null)).toEqual({ fields: { childName: 'J.' }, version: 2 });
    const sending = { at: toLocalInput(new Date('2026-11-29T08:00:00.000Z')), via: 'fax' as const };
    expect(writtenReportBody(report, sending)).toEqual({
      fields: { childName: 'J.' },
      version: 2,
      submittedAt: '2026-11-29T08:00:00.000Z',
      sentVia: 'fax',
    });
  });

  it('cannot be marked sent without what PC 11167(a) requires, a time and a method', () => {
    const empty = Object.fromEntries(WRITTEN_REPORT_FIELDS.map((f) => [f, ''])) as Record<WrittenReportField, string>;
    const now = Date.parse('2026-11-29T16:00:00.000Z');
    const problems = sendingProblems(empty, { at: '', via: '' }, now);
    expect(problems).toContainEqual({ field: 'reporterName' });
    expect(problems).toContainEqual({ field: 'suspicionSource' });
    expect(problems).not.toContainEqual({ field: 'childSchool' });
    expect(problems).toContainEqual({ sending: 'at' });
    expect(problems).toContainEqual({ sending: 'via' });
    const filled = Object.fromEntries(WRITTEN_REPORT_FIELDS.map((f) => [f, 'x'])) as Record<WrittenReportField, string>;
    // 08:00 in Los Angeles is 16:00 UTC: sent just now; an hour later is in the future.
    const la = 'America/Los_Angeles';
    const sent = { at: '2026-11-29T08:00', via: 'email' } as const;
    expect(sendingProblems({ ...filled, childSchool: ' ' }, sent, now, la)).toEqual([]);
    // PC 11167(a) asks for the child's name only "if known": the report is made without it.
    expect(sendingProblems({ ...filled, childName: '  ' }, sent, now, la)).toEqual([]);
    expect(problems).not.toContainEqual({ field: 'childName' });
    // A time the clocks skip, or one they show twice with neither chosen, stops it (and says which).
    const spring = Date.parse('2026-03-09T00:00:00.000Z');
    expect(sendingProblems(filled, { ...sent, at: '2026-03-08T02:30' }, spring, la)).toEqual([{ sending: 'skipped' }]);
    const autumn = Date.parse('2026-11-02T00:00:00.000Z');
    expect(sendingProblems(filled, { ...sent, at: '2026-11-01T01:30' }, autumn, la)).toEqual([{ sending: 'repeated' }]);
    expect(sendingProblems(filled, { ...sent, at: '2026-11-01T01:30-08:00' }, autumn, la)).toEqual([]);
    expect(sendingProblems(filled, { ...sent, at: '2026-11-29T09:00' }, now, la)).toEqual([{ sending: 'future' }]);
  });
});

describe('a law-enforcement action', () => {
  it('has no action chosen for the officer: one must be chosen, and a code given', () => {
    expect(actionProblems('', '')).toEqual({ kind: 'required', code: 'required' });
    expect(actionProblems('arrest', '  ')).toEqual({ code: 'required' });
    expect(actionProblems('detain', 'PC 602')).toEqual({ kind: 'required' });
    expect(actionProblems('citation', 'PC 602')).toEqual({});
  });
});

describe('what the page says after a failure', () => {
  it('gives the fields’ messages, else the server’s, and knows the SB 1322 refusal from other answers', () => {
    const refused = (message: string, fields?: { path: string; message: string }[]) =>
      ({
        ok: false,
        kind: 'api',
        status: 400,
        error: { code: 'validation_failed', message, fields },
        locale: 'en',
      }) as const;
    expect(
      failureText(
        refused('x', [
          { path: 'body.a', message: 'A.' },
          { path: 'body.b', message: 'B.' },
        ]),
        t,
        'en',
      ),
    ).toBe('A. B.');
    expect(failureText(refused('Not now.'), t, 'en')).toBe('Not now.');
    expect(failureText({ ok: false, kind: 'network' }, t, 'en')).toBe(t('signIn.error.network'));
    const onCode = refused('x', [{ path: 'body.code', message: translate('en', 'response.sb1322.refused') }]);
    expect(isSb1322Refusal(onCode, 'PC 647(b)')).toBe(true);
    expect(isSb1322Refusal(onCode, 'penal code 653.22')).toBe(true);
    // A field error about another code (too long, say) is not the rule; nor a refusal of something else.
    expect(isSb1322Refusal(onCode, 'PC 602')).toBe(false);
    expect(isSb1322Refusal(refused('x', [{ path: 'body.kind', message: 'K.' }]), 'PC 647(b)')).toBe(false);
    expect(isSb1322Refusal({ ok: false, kind: 'network' }, 'PC 647(b)')).toBe(false);
  });
});
