import {
  dueImmediately,
  isReferralNotification,
  type Locale,
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

export interface NotificationLine extends Named {
  kind:
    | 'step_overdue'
    | 'step_overdue_supervisor'
    | 'crisis'
    | 'unlawful_arrest'
    | 'deadline_earlier'
    | ReferralNotificationKind;
  stepId: string | null;
  dueAt: string | null;
  stepDone: boolean;
  ownerName: string | null;
  ownerRole: string | null;
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
  if (isReferralNotification(note.kind)) return t(`work.notification.${note.kind}`);
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
