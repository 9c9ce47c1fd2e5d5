import { describe, expect, it } from 'vitest';
import { translate } from '../../messages';
import type { StepView } from './api';
import {
  failureText,
  pointsToTelephoneReport,
  referralProblem,
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

  it('is sent to the DCFS hotline’s record with the worker and the number trimmed', () => {
    expect(telephoneReportBody({ ...form, referral: ' 1234-5678-9012-3456789 ' })).toEqual({
      calledAt: '2026-11-28T19:00:00.000Z',
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
    expect(writtenReportBody(report, toLocalInput(new Date('2026-11-29T08:00:00.000Z')))).toEqual({
      fields: { childName: 'J.' },
      version: 2,
      submittedAt: '2026-11-29T08:00:00.000Z',
    });
  });
});

describe('what the page says after a failure', () => {
  it('gives the fields’ messages, else the server’s, and points to the telephone report after an SB 1322 refusal', () => {
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
    expect(pointsToTelephoneReport(translate('en', 'response.sb1322.refused'))).toBe(true);
  });
});
