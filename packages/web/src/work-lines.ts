import {
  COURT_REPORTS_PATH,
  type CourtNotificationKind,
  dueImmediately,
  isCourtNotification,
  isMdtNotification,
  isReferralNotification,
  type Locale,
  type MdtNotificationKind,
  type ProtocolDefinition,
  type ReferralNotificationKind,
  timeLeft,
} from '@harbor/core';
import type { Translate } from './i18n';
import type { AppMessageKey } from './messages';
import { stepTitle } from './protocols';

/**
 * How a line of work names what it is about, the same on the home, the deadlines, the notifications and the list of
 * responses: the youth by initials (only sent for youth the reader may see) or "unidentified, opened by <person>", the
 * step by its title, its owner by name (or role), and how late it is:
 * "Telephone report for M. J. H. is 62 minutes overdue (Amara Diallo)".
 */

export interface Named {
  youthId: string | null;
  youth?: { initials: string; age: number | null } | undefined;
  openerName: string | null;
}

/** "M. J. H.", or "unidentified, opened by Amara Diallo". */
export function youthOfLine(line: Named, t: Translate): string {
  if (line.youth) return line.youth.initials;
  if (line.youthId === null) return t('work.youth.unidentified', { opener: line.openerName ?? '' });
  return t('work.youth.someone');
}

/** "62 minutes", "3 hours 5 minutes", "2 days 4 hours": minutes up to two hours, then hours, then days. */
export function spanInWords(minutes: number, t: Translate): string {
  if (minutes < 120) return t('work.span.minutes', { count: minutes });
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days >= 2)
    return [t('work.span.days', { count: days }), hours ? t('work.span.hours', { count: hours }) : '']
      .filter(Boolean)
      .join(' ');
  const totalHours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [t('work.span.hours', { count: totalHours }), rest ? t('work.span.minutes', { count: rest }) : '']
    .filter(Boolean)
    .join(' ');
}

/** Who owns a step: the person by name, else the role that owns it. */
export function ownerOfLine(line: { ownerName: string | null; ownerRole: string | null }, t: Translate): string {
  if (line.ownerName) return line.ownerName;
  if (line.ownerRole && line.ownerRole !== 'opener') return t(`roleName.${line.ownerRole}` as AppMessageKey);
  return t('work.owner.unknown');
}

export interface DeadlineLine extends Named {
  stepId: string;
  dueAt: string;
  ownerName: string | null;
  ownerRole: string | null;
}

/**
 * "Telephone report for M. J. H. is 62 minutes overdue (Amara Diallo)" or "… is due in 3 hours (Grace Kim)". A step the
 * law wants at once (the telephone report, PC 11166(a)) is not "0 minutes overdue" the moment a response opens: it says
 * "call now, required immediately" until a whole minute has gone by, then how late it is.
 */
export function deadlineSentence(
  line: DeadlineLine,
  protocol: ProtocolDefinition | null | undefined,
  now: number,
  t: Translate,
  locale: Locale,
): { text: string; overdue: boolean } {
  const left = timeLeft(new Date(line.dueAt), new Date(now));
  const values = {
    step: stepTitle(protocol, line.stepId, locale),
    youth: youthOfLine(line, t),
    span: spanInWords(left.minutes, t),
    owner: ownerOfLine(line, t),
  };
  const definition = protocol?.steps.find((s) => s.id === line.stepId);
  const since = now - Date.parse(line.dueAt);
  if (definition && dueImmediately(definition) && since >= 0 && since < 60_000) {
    return { text: t('work.deadline.immediate', values), overdue: true };
  }
  return left.overdue
    ? { text: t('work.deadline.overdue', values), overdue: true }
    : { text: t('work.deadline.due', values), overdue: false };
}

/** A referral's clock as the deadlines view sends it (core's ReferralDeadline). */
export interface ReferralDeadlineLine {
  referralId: string;
  youthId: string;
  youth?: { initials: string; age: number | null } | undefined;
  clock: 'acknowledge' | 'first_contact';
  side: 'act' | 'wait';
  serviceName: string;
  receivingAgencyName: string;
  referrerName: string | null;
  dueAt: string;
}

/**
 * "Answer to the referral for M. J. H. (CSEC advocacy) is 2 hours overdue (waiting on CSEC Advocates)": the clock,
 * the youth, the service, and who acts (the receiving agency, or the caller's, referred by whom).
 */
export function referralDeadlineSentence(
  line: ReferralDeadlineLine,
  now: number,
  t: Translate,
): { text: string; overdue: boolean } {
  const left = timeLeft(new Date(line.dueAt), new Date(now));
  const values = {
    clock: t(`work.deadline.referral.${line.clock}`),
    youth: youthOfLine({ ...line, openerName: null }, t),
    service: line.serviceName,
    span: spanInWords(left.minutes, t),
    who:
      line.side === 'act'
        ? t('work.deadline.referral.act', { referrer: line.referrerName ?? '—' })
        : t('work.deadline.referral.wait', { agency: line.receivingAgencyName }),
  };
  return left.overdue
    ? { text: t('work.deadline.referral.overdue', values), overdue: true }
    : { text: t('work.deadline.referral.due', values), overdue: false };
}

/** A progress report to the court as the deadlines view sends it (core's CourtReportDeadline). */
export interface CourtReportDeadlineLine {
  hearingId: string;
  youthId: string;
  youth?: { initials: string; age: number | null } | undefined;
  hearingOn: string;
  dueAt: string;
}

/** "Progress report to the court for M. J. H. (hearing 2026-12-09) is due in 3 hours". */
export function courtReportDeadlineSentence(
  line: CourtReportDeadlineLine,
  now: number,
  t: Translate,
): { text: string; overdue: boolean } {
  const left = timeLeft(new Date(line.dueAt), new Date(now));
  const values = {
    youth: youthOfLine({ ...line, openerName: null }, t),
    hearing: line.hearingOn,
    span: spanInWords(left.minutes, t),
  };
  return left.overdue
    ? { text: t('work.deadline.court.overdue', values), overdue: true }
    : { text: t('work.deadline.court.due', values), overdue: false };
}

/** An MDT meeting's action item as the deadlines view sends it (core's MdtActionDeadline). */
export interface MdtActionDeadlineLine {
  actionId: string;
  meetingId: string;
  /** Left out of the owner's own item about a youth they may not read outside the meeting ("a youth"). */
  youthId?: string | undefined;
  youth?: { initials: string; age: number | null } | undefined;
  /** Left out for a reader who may not see the item's class. */
  text?: string | undefined;
  ownerName: string;
  dueAt: string;
}

/** "MDT action item for M. J. H. is 2 hours overdue (Marcus Bell): “Enrol her in TF-CBT”". */
export function mdtActionSentence(
  line: MdtActionDeadlineLine,
  now: number,
  t: Translate,
): { text: string; overdue: boolean } {
  const left = timeLeft(new Date(line.dueAt), new Date(now));
  const values = {
    youth: youthOfLine({ ...line, youthId: line.youthId ?? '', openerName: null }, t),
    span: spanInWords(left.minutes, t),
    owner: line.ownerName,
  };
  const sentence = t(left.overdue ? 'meetings.deadline.overdue' : 'meetings.deadline.due', values);
  const text = line.text ? t('meetings.deadline.withText', { line: sentence, text: line.text }) : sentence;
  return { text, overdue: left.overdue };
}

/** The steps among the deadlines view's lines (they name a protocol, for the steps' titles). */
export const stepRows = <L extends { kind: string }>(rows: readonly L[]) =>
  rows.flatMap((r) => (r.kind === 'step' ? [r as Extract<L, { kind: 'step' }>] : []));

/** Which protocol version a line's step is of ('' for a referral's clock). */
export const protocolKey = (
  line:
    | { kind: 'step'; protocolId: string; protocolVersion: number }
    | { kind: 'referral' | 'court_report' | 'mdt_action' },
) => (line.kind === 'step' ? `${line.protocolId}@${line.protocolVersion}` : '');

/** A line of the deadlines view, step or referral: its sentence, where it leads, and a key for lists. */
export function deadlineOfLine(
  line:
    | ({ kind: 'step'; responseId: string } & DeadlineLine)
    | ({ kind: 'referral' } & ReferralDeadlineLine)
    | ({ kind: 'court_report' } & CourtReportDeadlineLine)
    | ({ kind: 'mdt_action' } & MdtActionDeadlineLine),
  protocol: ProtocolDefinition | null | undefined,
  now: number,
  t: Translate,
  locale: Locale,
): { text: string; overdue: boolean; to: string; key: string } {
  if (line.kind === 'court_report') {
    return {
      ...courtReportDeadlineSentence(line, now, t),
      to: `/app/youth/${line.youthId}#court`,
      key: `court-${line.hearingId}`,
    };
  }
  if (line.kind === 'mdt_action') {
    return {
      ...mdtActionSentence(line, now, t),
      to: `/app/meetings/${line.meetingId}`,
      key: `mdt-${line.actionId}`,
    };
  }
  if (line.kind === 'referral') {
    return {
      ...referralDeadlineSentence(line, now, t),
      to: `/app/referrals/${line.referralId}`,
      key: `referral-${line.referralId}-${line.clock}`,
    };
  }
  return {
    ...deadlineSentence(line, protocol, now, t, locale),
    to: `/app/responses/${line.responseId}#step-${line.stepId}`,
    key: `${line.responseId}-${line.stepId}`,
  };
}

export interface NotificationLine extends Named {
  kind:
    | 'step_overdue'
    | 'step_overdue_supervisor'
    | 'crisis'
    | 'unlawful_arrest'
    | 'deadline_earlier'
    | ReferralNotificationKind
    | CourtNotificationKind
    | MdtNotificationKind;
  stepId: string | null;
  dueAt: string | null;
  stepDone: boolean;
  ownerName: string | null;
  ownerRole: string | null;
}

/** Where a notification leads: its response, or its referral (the same page as the e-mail's link); else nowhere. */
export function notificationLink(note: {
  responseId: string | null;
  referralId?: string | null | undefined;
  kind?: string;
  mdtMeetingId?: string | null | undefined;
}) {
  if (note.responseId) return `/app/responses/${note.responseId}`;
  if (note.referralId) return `/app/referrals/${note.referralId}`;
  if (note.mdtMeetingId) return `/app/meetings/${note.mdtMeetingId}`;
  if (note.kind && isCourtNotification(note.kind)) return COURT_REPORTS_PATH;
  return null;
}

/**
 * A notification as a sentence: the overdue step for whom, how late and whose; the safety step opened; or an unlawful
 * earlier arrest recorded (SB 1322).
 */
export function notificationText(
  note: NotificationLine,
  protocol: ProtocolDefinition | null | undefined,
  now: number,
  t: Translate,
  locale: Locale,
): string {
  // A referral's clock names no youth: the referral's page does, for those who may see it.
  if (isReferralNotification(note.kind) || isCourtNotification(note.kind)) return t(`work.notification.${note.kind}`);
  // Nor does a meeting's: its page names the youths for those who may see them.
  if (isMdtNotification(note.kind)) return t(`meetings.notification.${note.kind}`);
  const youth = youthOfLine(note, t);
  if (note.kind === 'unlawful_arrest') return t('work.notification.unlawfulArrest', { youth });
  if (note.kind === 'crisis' || !note.stepId || !note.dueAt) return t('work.notification.crisis', { youth });
  const line = note.stepDone
    ? t('work.deadline.done', {
        step: stepTitle(protocol, note.stepId, locale),
        youth,
        owner: ownerOfLine(note, t),
      })
    : deadlineSentence({ ...note, stepId: note.stepId, dueAt: note.dueAt }, protocol, now, t, locale).text;
  if (note.kind === 'deadline_earlier' && !note.stepDone) {
    return t('work.notification.earlier', { line });
  }
  return note.kind === 'step_overdue_supervisor' ? t('work.notification.supervisor', { line }) : line;
}
