import { defineMessages } from '../define.js';

/**
 * MDT meetings (issue 16; FACTS.md, "Information sharing": W&I 827(a)(1), W&I 18961.7, JV-570 under CRC 5.552):
 * refusals, the shipped meeting types, notifications (which never name a youth) and the invitation's words.
 */
export const mdtMessages = defineMessages({
  'mdt.type.unknown': { en: 'There is no such meeting type.', es: 'No existe ese tipo de reunión.' },
  'mdt.type.inactive': {
    en: 'This meeting type is no longer used. Choose another type.',
    es: 'Este tipo de reunión ya no se usa. Elija otro tipo.',
  },
  'mdt.meeting.chairUnknown': {
    en: 'The chair must be an active staff member.',
    es: 'Quien preside debe ser un miembro activo del personal.',
  },
  'mdt.meeting.cancelled': {
    en: 'This meeting was cancelled: nothing more can be recorded for it.',
    es: 'Esta reunión fue cancelada: ya no se puede registrar nada en ella.',
  },
  'mdt.meeting.chairOnly': {
    en: 'Only the meeting’s chair can do this.',
    es: 'Solo quien preside la reunión puede hacer esto.',
  },
  'mdt.meeting.attendeesOnly': {
    en: 'Only the meeting’s chair and members can do this.',
    es: 'Solo quien preside la reunión y sus miembros pueden hacer esto.',
  },
  'mdt.meeting.changedMeanwhile': {
    en: 'Someone changed this meeting a moment ago. Read it again and make your change once more.',
    es: 'Alguien cambió esta reunión hace un momento. Vuelva a leerla y haga su cambio otra vez.',
  },
  'mdt.attendee.unknown': {
    en: 'That person is not an active staff member.',
    es: 'Esa persona no es un miembro activo del personal.',
  },
  'mdt.attendee.already': {
    en: 'That person is already an attendee of this meeting.',
    es: 'Esa persona ya asiste a esta reunión.',
  },
  'mdt.attendee.chair': {
    en: 'The chair cannot be removed from the meeting.',
    es: 'No se puede quitar de la reunión a quien la preside.',
  },
  'mdt.attendee.notAttendee': {
    en: 'That person is not an attendee of this meeting.',
    es: 'Esa persona no asiste a esta reunión.',
  },
  'mdt.entry.already': {
    en: 'This youth is already on the meeting’s agenda.',
    es: 'Este joven ya está en la agenda de la reunión.',
  },
  'mdt.action.ownerNotAttendee': {
    en: 'The owner of an action item must be an attendee of the meeting.',
    es: 'La persona responsable de una tarea debe asistir a la reunión.',
  },
  'mdt.action.done': { en: 'This action item is already done.', es: 'Esta tarea ya está hecha.' },
  'mdt.minutes.signed': {
    en: 'The minutes are signed: they change only by addendum.',
    es: 'El acta está firmada: solo cambia mediante un anexo.',
  },
  'mdt.minutes.notSigned': {
    en: 'Addenda are added once the chair has signed the minutes; until then, change the minutes themselves.',
    es: 'Los anexos se agregan después de que quien preside firme el acta; hasta entonces, cambie el acta misma.',
  },
  'mdt.disclosure.overrideNotAllowed': {
    en: 'A meeting shares a youth’s information only on a legal basis: W&I 827, W&I 18961.7, a court order or consent.',
    es: 'Una reunión comparte la información de un joven solo con una base legal: W&I 827, W&I 18961.7, una orden judicial o un consentimiento.',
  },
  'mdt.disclosure.outsideWindow': {
    en: 'The team’s 30 days after the report are over (W&I 18961.7): nothing was shared. Record good cause to extend the window, or use another basis.',
    es: 'Terminaron los 30 días del equipo después del reporte (W&I 18961.7): no se compartió nada. Registre una causa justificada para extender el plazo o use otra base.',
  },
  'mdt.disclosure.courtOrderRequired': {
    en: 'Give the court order’s number and date (JV-570, California Rules of Court 5.552).',
    es: 'Indique el número y la fecha de la orden judicial (JV-570, regla 5.552 de las Reglas de los Tribunales de California).',
  },
  'mdt.disclosure.consentRequired': {
    en: 'Give whose consent it is, for what, and until when.',
    es: 'Indique de quién es el consentimiento, para qué y hasta cuándo.',
  },
  'mdt.disclosure.consentExpired': {
    en: 'This consent has ended: nothing was shared.',
    es: 'Este consentimiento terminó: no se compartió nada.',
  },
  'mdt.disclosure.classNotVisible': {
    en: 'You can disclose only the kinds of information you can see yourself.',
    es: 'Solo puede divulgar los tipos de información que usted mismo puede ver.',
  },
  'mdt.disclosure.notAttendee': {
    en: 'A disclosure is made to attendees of this meeting only.',
    es: 'Una divulgación se hace solo a quienes asisten a esta reunión.',
  },
  'mdt.agenda.protocol': {
    en: 'Protocol response: {overdue, plural, =0 {nothing overdue} one {# step overdue} other {# steps overdue}}, {pending, plural, one {# step open} other {# steps open}}',
    es: 'Respuesta del protocolo: {overdue, plural, =0 {nada vencido} one {# paso vencido} other {# pasos vencidos}}, {pending, plural, one {# paso abierto} other {# pasos abiertos}}',
  },
  'mdt.agenda.referral': {
    en: 'Referral to {service}: still open',
    es: 'Referencia a {service}: sigue abierta',
  },
  'mdt.agenda.courtDate': {
    en: 'Next court hearing ({department})',
    es: 'Próxima audiencia en el tribunal ({department})',
  },
  'mdt.agenda.safety': {
    en: 'A crisis plan is in place: review the youth’s safety',
    es: 'Hay un plan de crisis: revisar la seguridad del joven',
  },
  'mdt.goal.future': {
    en: 'The day the youth said it cannot be in the future.',
    es: 'El día en que el joven lo dijo no puede ser futuro.',
  },
  'mdt.email.actionOverdue.subject': {
    en: 'Harbor: an action item from an MDT meeting is overdue',
    es: 'Harbor: una tarea de una reunión del equipo multidisciplinario está vencida',
  },
  'mdt.email.actionOverdue.body': {
    en: 'An action item from an MDT meeting is past its due time. Open the meeting in Harbor to see it:',
    es: 'Una tarea de una reunión del equipo multidisciplinario pasó su fecha límite. Abra la reunión en Harbor para verla:',
  },
  'mdt.email.reminder.subject': {
    en: 'Harbor: you have an MDT meeting in 24 hours',
    es: 'Harbor: tiene una reunión del equipo multidisciplinario en 24 horas',
  },
  'mdt.email.reminder.body': {
    en: 'You are an attendee of an MDT meeting that starts in 24 hours. Open it in Harbor for the time, place and agenda:',
    es: 'Usted asiste a una reunión del equipo multidisciplinario que empieza en 24 horas. Ábrala en Harbor para ver la hora, el lugar y la agenda:',
  },
  'mdt.email.changed.subject': {
    en: 'Harbor: an MDT meeting you attend has a new time or place',
    es: 'Harbor: una reunión del equipo multidisciplinario a la que asiste cambió de hora o de lugar',
  },
  'mdt.email.changed.body': {
    en: 'The chair of an MDT meeting you attend changed its time, length or place. Open it in Harbor to see the new details and to download its invitation again:',
    es: 'Quien preside una reunión del equipo multidisciplinario a la que usted asiste cambió su hora, duración o lugar. Ábrala en Harbor para ver los nuevos datos y descargar de nuevo su invitación:',
  },
  'mdt.invitation.chair': { en: 'Chair: {name}', es: 'Preside: {name}' },
  'mdt.invitation.open': {
    en: 'Open the meeting in Harbor: {url}',
    es: 'Abra la reunión en Harbor: {url}',
  },
  'mdt.invitation.confidential': {
    en: 'The agenda is in Harbor only: this invitation names no youth.',
    es: 'La agenda está solo en Harbor: esta invitación no nombra a ningún joven.',
  },
});
