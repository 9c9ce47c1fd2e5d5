import type { ProtocolDefinition } from '@harbor/core';
import { LA_COUNTY_FIRST_RESPONDER } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import { translate } from './messages';
import { deadlineOfLine, deadlineSentence, notificationLink, notificationText, spanInWords } from './work-lines';

const protocol = LA_COUNTY_FIRST_RESPONDER as unknown as ProtocolDefinition;
const due = '2026-12-01T10:00:00.000Z';
const now = Date.parse(due) + 62 * 60_000;
const en = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
  translate('en', key, values);
const es = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
  translate('es', key, values);
const line = {
  youthId: 'y1',
  youth: { initials: 'M. J. H.', age: 15 },
  openerName: 'Amara Diallo',
  stepId: 'telephone-report',
  dueAt: due,
  ownerName: 'Amara Diallo',
  ownerRole: 'opener',
};

describe('a line of work says who and what', () => {
  it('names the step, the youth by initials, how late and whose, in both languages', () => {
    expect(deadlineSentence(line, protocol, now, en, 'en')).toEqual({
      text: `${protocol.steps[0]!.title.en} for M. J. H. is 62 minutes overdue (Amara Diallo)`,
      overdue: true,
    });
    expect(deadlineSentence(line, protocol, now, es, 'es').text).toBe(
      `${protocol.steps[0]!.title.es} de M. J. H.: vencido hace 62 minutos (Amara Diallo)`,
    );
    expect(deadlineSentence(line, protocol, Date.parse(due) - 3 * 3600_000, en, 'en').text).toContain(
      'is due in 3 hours (Amara Diallo)',
    );
  });

  it('says a telephone report just due is required now, not 0 minutes overdue', () => {
    expect(deadlineSentence(line, protocol, Date.parse(due) + 30_000, en, 'en')).toEqual({
      text: `${protocol.steps[0]!.title.en} for M. J. H.: call now, required immediately (Amara Diallo)`,
      overdue: true,
    });
    expect(deadlineSentence(line, protocol, Date.parse(due) + 60_000, es, 'es').text).toBe(
      `${protocol.steps[0]!.title.es} de M. J. H.: vencido hace 1 minuto (Amara Diallo)`,
    );
  });

  it('names a youth not identified yet by who opened the response, and a step owned by a role by the role', () => {
    const unidentified = { ...line, youthId: null, youth: undefined, ownerName: null, ownerRole: 'social_worker' };
    expect(deadlineSentence(unidentified, protocol, now, en, 'en').text).toContain(
      'for unidentified, opened by Amara Diallo is 62 minutes overdue (Social worker)',
    );
  });

  it('says a span in minutes up to two hours, then hours, then days', () => {
    expect(spanInWords(1, en)).toBe('1 minute');
    expect(spanInWords(119, en)).toBe('119 minutes');
    expect(spanInWords(125, en)).toBe('2 hours 5 minutes');
    expect(spanInWords(3 * 1440 + 60, es)).toBe('3 días 1 hora');
  });

  it('reads a notification: an overdue step, one done since, a safety step', () => {
    const note = { ...line, kind: 'step_overdue' as const, stepDone: false };
    expect(notificationText(note, protocol, now, en, 'en')).toContain('M. J. H. is 62 minutes overdue');
    expect(notificationText({ ...note, stepDone: true }, protocol, now, en, 'en')).toContain('done since');
    expect(notificationText({ ...note, kind: 'crisis', stepId: null, dueAt: null }, protocol, now, es, 'es')).toBe(
      'Se abrió un paso de seguridad para M. J. H.',
    );
  });
});

describe('a referral’s clock in the deadlines view', () => {
  const referral = {
    kind: 'referral' as const,
    referralId: 'r1',
    youthId: 'y1',
    youth: { initials: 'M. Q.', age: 15 },
    clock: 'acknowledge' as const,
    side: 'wait' as const,
    serviceName: 'CSEC advocacy',
    receivingAgencyName: 'CSEC Advocates',
    referrerName: 'Dana Clinician',
    dueAt: due,
  };

  it('says what is due for whom, how late, and who acts, in both languages, and leads to the referral', () => {
    expect(deadlineOfLine(referral, undefined, now, en, 'en')).toEqual({
      text: 'Answer to the referral for M. Q. (CSEC advocacy) is 62 minutes overdue (waiting on CSEC Advocates)',
      overdue: true,
      to: '/app/referrals/r1',
      key: 'referral-r1-acknowledge',
    });
    const act = { ...referral, side: 'act' as const, clock: 'first_contact' as const };
    expect(deadlineOfLine(act, undefined, Date.parse(due) - 3 * 3600_000, es, 'es').text).toBe(
      'Primer contacto tras la referencia de M. Q. (CSEC advocacy): vence en 3 horas (la recibe su agencia, referida por Dana Clinician)',
    );
  });

  it('leads a step to its response, and a notification to its response or its referral', () => {
    const step = { ...line, kind: 'step' as const, responseId: 'p1' };
    expect(deadlineOfLine(step, protocol, now, en, 'en').to).toBe('/app/responses/p1#step-telephone-report');
    expect(notificationLink({ responseId: 'p1', referralId: null })).toBe('/app/responses/p1');
    expect(notificationLink({ responseId: null, referralId: 'r1' })).toBe('/app/referrals/r1');
    expect(notificationLink({ responseId: null })).toBeNull();
  });

  it('says which progress report to the court is due for whom, and names no youth in its notification', () => {
    const report = {
      kind: 'court_report' as const,
      hearingId: 'h1',
      youthId: 'y2',
      youth: { initials: 'M. Q.', age: 16 },
      hearingOn: '2026-12-08',
      dueAt: due,
    };
    expect(deadlineOfLine(report, undefined, now, en, 'en')).toEqual({
      text: 'Progress report to the court for M. Q. (hearing 2026-12-08) is 62 minutes overdue',
      overdue: true,
      to: '/app/youth/y2#court',
      key: 'court-h1',
    });
    expect(deadlineOfLine(report, undefined, Date.parse(due) - 3 * 3600_000, es, 'es').text).toBe(
      'Informe de progreso al tribunal de M. Q. (audiencia del 2026-12-08): vence en 3 horas',
    );
    const note = {
      kind: 'court_report_overdue' as const,
      youthId: null,
      openerName: null,
      stepId: null,
      dueAt: null,
      stepDone: false,
      ownerName: null,
      ownerRole: null,
    };
    expect(notificationText(note, undefined, now, en, 'en')).toBe(en('work.notification.court_report_overdue'));
    expect(notificationLink({ responseId: null, referralId: null, kind: note.kind })).toBe('/app/courts/reports');
  });
});

describe('an MDT action item in the deadlines view and its notifications', () => {
  const action = {
    kind: 'mdt_action' as const,
    actionId: 'a1',
    meetingId: 'm1',
    youthId: 'y1',
    youth: { initials: 'M. Q.', age: 15 },
    text: 'Enrol her in TF-CBT',
    ownerName: 'Marcus Bell',
    dueAt: due,
  };

  it('says whose item for whom and how late, with its text when the reader may see it, and leads to the meeting', () => {
    expect(deadlineOfLine(action, undefined, now, en, 'en')).toEqual({
      text: 'MDT action item for M. Q. is 62 minutes overdue (Marcus Bell): “Enrol her in TF-CBT”',
      overdue: true,
      to: '/app/meetings/m1',
      key: 'mdt-a1',
    });
    const { text: _, youth: __, ...hidden } = action;
    expect(deadlineOfLine(hidden, undefined, Date.parse(due) - 3 * 3600_000, es, 'es').text).toBe(
      'La tarea del MDT para un joven vence en 3 horas (Marcus Bell)'.replace('un joven', es('work.youth.someone')),
    );
  });

  it('names no youth in a meeting’s notification, and leads it to the meeting', () => {
    const note = {
      kind: 'mdt_action_overdue' as const,
      youthId: null,
      openerName: null,
      stepId: null,
      dueAt: null,
      stepDone: false,
      ownerName: null,
      ownerRole: null,
    };
    expect(notificationText(note, undefined, now, en, 'en')).toBe(en('meetings.notification.mdt_action_overdue'));
    expect(notificationLink({ responseId: null, referralId: null, mdtMeetingId: 'm1' })).toBe('/app/meetings/m1');
  });
});
