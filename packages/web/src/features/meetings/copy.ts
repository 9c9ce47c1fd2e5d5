import { defineMessages } from '@harbor/core';

/**
 * Copy of the MDT meetings pages (issue 16): my meetings and scheduling one, a meeting's page (attendees, the roster of
 * youths with "Restricted" for those the reader may not see, agenda, notes, decisions, action items, disclosures with
 * their legal basis, sign-off and addenda), and the youth page's "Disclosures" and "In the youth’s words" sections.
 * Facts from ../shared/domain/FACTS.md ("Information sharing"): W&I 827(a)(1), W&I 18961.7 (30 days after a report,
 * longer for good cause), form JV-570 under California Rules of Court 5.552, the state CSEC Program's MDT approach
 * (W&I 16524.6-16524.11). ICU MessageFormat; the typographic apostrophe (’) in text.
 */
export const meetingsCopy = defineMessages({
  'meetings.nav': { en: 'Meetings', es: 'Reuniones' },
  'meetings.nav.types': { en: 'Meeting types', es: 'Tipos de reunión' },

  // The county's meeting types (administrators).
  'meetings.types.title': { en: 'MDT meeting types', es: 'Tipos de reunión del MDT' },
  'meetings.types.intro': {
    en: 'The types a meeting can have when staff schedule one, with their names in English and Spanish. A type taken out of use is no longer offered; the meetings that had it keep it.',
    es: 'Los tipos que puede tener una reunión cuando el personal la programa, con sus nombres en inglés y en español. Un tipo que deja de usarse ya no se ofrece; las reuniones que lo tenían lo conservan.',
  },
  'meetings.types.nameEn': { en: 'Name in English', es: 'Nombre en inglés' },
  'meetings.types.nameEs': { en: 'Name in Spanish', es: 'Nombre en español' },
  'meetings.types.status': { en: 'Use', es: 'Uso' },
  'meetings.types.inUse': { en: 'Offered', es: 'Se ofrece' },
  'meetings.types.retired': { en: 'Not used any more', es: 'Ya no se usa' },
  'meetings.types.actions': { en: 'Change', es: 'Cambiar' },
  'meetings.types.change': { en: 'Change', es: 'Cambiar' },
  'meetings.types.offered': {
    en: 'Offered when scheduling a meeting',
    es: 'Se ofrece al programar una reunión',
  },
  'meetings.types.save': { en: 'Save the type', es: 'Guardar el tipo' },
  'meetings.types.keep': { en: 'Keep it as it was', es: 'Dejarlo como estaba' },
  'meetings.types.add': { en: 'Add a meeting type', es: 'Agregar un tipo de reunión' },
  'meetings.types.addSubmit': { en: 'Add the type', es: 'Agregar el tipo' },
  'meetings.types.code': { en: 'Code', es: 'Código' },
  'meetings.types.codeHint': {
    en: 'Lower-case letters without accents, digits and underscores, for example placement_review. It cannot change later.',
    es: 'Letras minúsculas sin acentos, números y guiones bajos, por ejemplo revision_colocacion. No se puede cambiar después.',
  },
  'meetings.types.error.idMissing': { en: 'Enter a code for the type.', es: 'Escriba un código para el tipo.' },
  'meetings.types.error.idShape': {
    en: 'Use only lower-case letters without accents, digits and underscores (at most 60).',
    es: 'Use solo letras minúsculas sin acentos, números y guiones bajos (60 como máximo).',
  },
  'meetings.types.error.idTaken': {
    en: 'A type already has this code. Choose another, or change that type above.',
    es: 'Ya hay un tipo con este código. Elija otro o cambie ese tipo más arriba.',
  },
  'meetings.types.error.nameEn': {
    en: 'Enter the name in English (at most 120 characters).',
    es: 'Escriba el nombre en inglés (120 caracteres como máximo).',
  },
  'meetings.types.error.nameEs': {
    en: 'Enter the name in Spanish (at most 120 characters).',
    es: 'Escriba el nombre en español (120 caracteres como máximo).',
  },
  'meetings.loading': { en: 'Loading…', es: 'Cargando…' },
  'meetings.list.title': { en: 'MDT meetings', es: 'Reuniones del equipo multidisciplinario' },
  'meetings.list.intro': {
    en: 'The multidisciplinary team (MDT) meetings you chair or attend. The state CSEC Program asks each county to work through an MDT (W&I 16524.6-16524.11). At a meeting each member sees only the youths they may; the others are shown as “Restricted”.',
    es: 'Las reuniones del equipo multidisciplinario (MDT) que usted preside o a las que asiste. El programa estatal CSEC pide a cada condado trabajar con un MDT (W&I 16524.6-16524.11). En una reunión cada miembro ve solo a los jóvenes que puede ver; los demás aparecen como “Restringido”.',
  },
  'meetings.list.upcoming': { en: 'Upcoming meetings', es: 'Próximas reuniones' },
  'meetings.list.past': { en: 'Past meetings', es: 'Reuniones pasadas' },
  'meetings.list.noneUpcoming': { en: 'No meeting is coming up.', es: 'No hay ninguna reunión próxima.' },
  'meetings.list.nonePast': { en: 'No past meeting.', es: 'No hay reuniones pasadas.' },
  'meetings.line': { en: '{type}, {time}', es: '{type}, {time}' },
  'meetings.line.youths': {
    en: '{count, plural, =0 {no youth on the agenda} one {# youth on the agenda} other {# youths on the agenda}}',
    es: '{count, plural, =0 {ningún joven en la agenda} one {# joven en la agenda} other {# jóvenes en la agenda}}',
  },
  'meetings.line.chair': { en: 'chaired by {name}', es: 'presidida por {name}' },

  'meetings.role.chair': { en: 'Chair', es: 'Preside' },
  'meetings.role.member': { en: 'Member', es: 'Miembro' },
  'meetings.role.guest': { en: 'Guest', es: 'Invitado' },
  'meetings.status.scheduled': { en: 'Scheduled', es: 'Programada' },
  'meetings.status.signed': { en: 'Minutes signed', es: 'Acta firmada' },
  'meetings.status.cancelled': { en: 'Cancelled', es: 'Cancelada' },
  'meetings.attendance.present': { en: 'Present', es: 'Presente' },
  'meetings.attendance.absent': { en: 'Absent', es: 'Ausente' },
  'meetings.attendance.excused': { en: 'Excused', es: 'Ausencia justificada' },
  'meetings.attendance.none': { en: 'Not recorded', es: 'Sin registrar' },

  // Scheduling a meeting.
  'meetings.schedule.heading': { en: 'Schedule a meeting', es: 'Programar una reunión' },
  'meetings.schedule.intro': {
    en: 'You chair the meeting. Its invitation names the meeting’s type, time, place and chair, never a youth: add the youths once it is scheduled.',
    es: 'Usted preside la reunión. Su invitación indica el tipo, la hora, el lugar y quién preside, nunca a un joven: agregue a los jóvenes una vez programada.',
  },
  'meetings.field.type': { en: 'Type of meeting', es: 'Tipo de reunión' },
  'meetings.field.startsAt': { en: 'Date and time', es: 'Fecha y hora' },
  'meetings.field.duration': { en: 'Length in minutes', es: 'Duración en minutos' },
  'meetings.field.durationHint': { en: 'From 5 to 480 minutes.', es: 'De 5 a 480 minutos.' },
  'meetings.field.place': { en: 'Place (optional)', es: 'Lugar (opcional)' },
  'meetings.field.placeHint': {
    en: 'A room and address staff can find. No youth’s name.',
    es: 'Una sala y una dirección que el personal pueda encontrar. Ningún nombre de un joven.',
  },
  'meetings.field.link': { en: 'Video link (optional)', es: 'Enlace de video (opcional)' },
  'meetings.field.linkHint': { en: 'An address starting with https://', es: 'Una dirección que empiece con https://' },
  'meetings.field.choose': { en: '- Select -', es: '- Seleccione -' },
  'meetings.schedule.submit': { en: 'Schedule the meeting', es: 'Programar la reunión' },
  'meetings.schedule.problems': { en: 'Check the meeting', es: 'Revise la reunión' },
  'meetings.schedule.done': { en: 'The meeting is scheduled.', es: 'La reunión está programada.' },
  'meetings.schedule.attendeesNotAdded': {
    en: 'The meeting is scheduled, but not everyone could be added: add them below.',
    es: 'La reunión está programada, pero no se pudo agregar a todos: agréguelos abajo.',
  },
  'meetings.error.type': { en: 'Choose the type of meeting.', es: 'Elija el tipo de reunión.' },
  'meetings.error.startsAt': {
    en: 'Give the date and time of the meeting.',
    es: 'Indique la fecha y la hora de la reunión.',
  },
  'meetings.error.duration': {
    en: 'Give the length as a whole number of minutes, from 5 to 480.',
    es: 'Indique la duración en minutos enteros, de 5 a 480.',
  },
  'meetings.error.link': {
    en: 'Give a link starting with https://, or leave it empty.',
    es: 'Indique un enlace que empiece con https://, o déjelo vacío.',
  },
  'meetings.error.text': { en: 'Write the text first.', es: 'Escriba el texto primero.' },
  'meetings.error.owner': { en: 'Choose who owns the action item.', es: 'Elija a quién le corresponde la tarea.' },
  'meetings.error.dueAt': { en: 'Give the date and time it is due.', es: 'Indique la fecha y la hora límite.' },
  'meetings.error.fieldClass': { en: 'Choose who may read the note.', es: 'Elija quién puede leer la nota.' },
  'meetings.error.person': { en: 'Choose the person.', es: 'Elija a la persona.' },
  'meetings.error.meetingRole': { en: 'Choose their part in the meeting.', es: 'Elija su papel en la reunión.' },
  'meetings.error.basis': { en: 'Choose the legal basis.', es: 'Elija la base legal.' },
  'meetings.error.to': { en: 'Choose who is shown it.', es: 'Elija a quién se le muestra.' },
  'meetings.error.classes': { en: 'Choose what is shown.', es: 'Elija qué se muestra.' },
  'meetings.error.reportedAt': {
    en: 'Give the time of the child abuse report.',
    es: 'Indique la hora del reporte de abuso infantil.',
  },
  'meetings.error.goodCauseReason': {
    en: 'An extended window needs its good cause.',
    es: 'Un plazo extendido necesita su causa justificada.',
  },
  'meetings.error.orderNumber': { en: 'Give the order’s number.', es: 'Indique el número de la orden.' },
  'meetings.error.orderDate': { en: 'Give the order’s date.', es: 'Indique la fecha de la orden.' },
  'meetings.error.consentBy': { en: 'Say who consented.', es: 'Indique quién dio su consentimiento.' },
  'meetings.error.purpose': { en: 'Say what the consent is for.', es: 'Indique para qué es el consentimiento.' },
  'meetings.error.until': {
    en: 'Give the date the consent ends.',
    es: 'Indique la fecha en que termina el consentimiento.',
  },
  'meetings.notSaved': { en: 'Not saved', es: 'No se guardó' },
  'meetings.saved': { en: 'Saved', es: 'Guardado' },
  'meetings.save': { en: 'Save', es: 'Guardar' },

  // Finding staff (attendees).
  'meetings.staff.find': { en: 'Find a colleague', es: 'Buscar a un colega' },
  'meetings.staff.findHint': {
    en: 'In your agency, the start of a name or e-mail; in another agency, the first three letters of the given and family names, or the whole e-mail.',
    es: 'En su agencia, el comienzo de un nombre o correo; en otra agencia, las tres primeras letras del nombre y del apellido, o el correo completo.',
  },
  'meetings.staff.search': { en: 'Search', es: 'Buscar' },
  'meetings.staff.nobody': { en: 'Nobody found.', es: 'No se encontró a nadie.' },
  'meetings.staff.person': { en: 'Person', es: 'Persona' },
  'meetings.staff.meetingRole': { en: 'Part in the meeting', es: 'Papel en la reunión' },
  'meetings.staff.add': { en: 'Add to the meeting', es: 'Agregar a la reunión' },
  'meetings.staff.chosen': { en: 'Attendees to invite', es: 'Asistentes por invitar' },
  'meetings.staff.remove': { en: 'Remove {name}', es: 'Quitar a {name}' },
  'meetings.staff.line': { en: '{name} · {agency}', es: '{name} · {agency}' },

  // A meeting's page.
  'meetings.page.title': { en: 'MDT meeting', es: 'Reunión del MDT' },
  'meetings.page.back': { en: 'All my meetings', es: 'Todas mis reuniones' },
  'meetings.page.when': { en: 'When', es: 'Cuándo' },
  'meetings.page.length': {
    en: '{minutes, plural, one {# minute} other {# minutes}}',
    es: '{minutes, plural, one {# minuto} other {# minutos}}',
  },
  'meetings.page.where': { en: 'Where', es: 'Dónde' },
  'meetings.page.chair': { en: 'Chair', es: 'Preside' },
  'meetings.page.status': { en: 'Status', es: 'Estado' },
  'meetings.page.nowhere': { en: 'Not given', es: 'No indicado' },
  'meetings.page.invitation': {
    en: 'Download the calendar invitation (.ics)',
    es: 'Descargar la invitación de calendario (.ics)',
  },
  'meetings.page.invitationHint': {
    en: 'The invitation names no youth.',
    es: 'La invitación no nombra a ningún joven.',
  },
  'meetings.attendees.heading': { en: 'Attendees', es: 'Asistentes' },
  'meetings.attendees.name': { en: 'Name', es: 'Nombre' },
  'meetings.attendees.agency': { en: 'Agency', es: 'Agencia' },
  'meetings.attendees.staffRole': { en: 'Role', es: 'Función' },
  'meetings.attendees.meetingRole': { en: 'Part', es: 'Papel' },
  'meetings.attendees.attendance': { en: 'Attendance', es: 'Asistencia' },
  'meetings.attendees.attendanceOf': { en: 'Attendance of {name}', es: 'Asistencia de {name}' },
  'meetings.attendees.addHeading': { en: 'Invite someone', es: 'Invitar a alguien' },
  'meetings.attendees.added': { en: '{name} was added.', es: 'Se agregó a {name}.' },
  'meetings.attendees.removeColumn': { en: 'Remove', es: 'Quitar' },
  'meetings.attendees.remove': { en: 'Remove {name}', es: 'Quitar a {name}' },
  'meetings.attendees.removeText': {
    en: 'Remove {name} from this meeting? They will no longer see it or its roster.',
    es: '¿Quitar a {name} de esta reunión? Ya no verá la reunión ni su lista de jóvenes.',
  },
  'meetings.attendees.removeConfirm': { en: 'Yes, remove', es: 'Sí, quitar' },
  'meetings.attendees.removeKeep': { en: 'No, keep', es: 'No, mantener' },
  'meetings.attendees.removed': { en: '{name} was removed from the meeting.', es: 'Se quitó a {name} de la reunión.' },
  'meetings.attendees.attendanceSaved': {
    en: 'Attendance of {name}: {attendance}.',
    es: 'Asistencia de {name}: {attendance}.',
  },

  'meetings.roster.heading': { en: 'Youths on the agenda', es: 'Jóvenes en la agenda' },
  'meetings.roster.intro': {
    en: 'A youth whose record you may not see is shown as “Restricted”: no name and nothing about them.',
    es: 'Un joven cuyo expediente usted no puede ver aparece como “Restringido”: sin nombre y sin nada sobre él.',
  },
  'meetings.roster.none': { en: 'No youth is on the agenda yet.', es: 'Aún no hay ningún joven en la agenda.' },
  'meetings.roster.restricted': { en: 'Restricted', es: 'Restringido' },
  'meetings.roster.viaAccess': {
    en: 'You see this youth through your access to the record.',
    es: 'Usted ve a este joven por su acceso al expediente.',
  },
  'meetings.roster.viaDisclosure': {
    en: 'Shown to you at this meeting by a disclosure: {classes}.',
    es: 'Se le muestra en esta reunión por una divulgación: {classes}.',
  },
  'meetings.roster.youthLink': { en: 'Open the record of {name}', es: 'Abrir el expediente de {name}' },
  'meetings.roster.add': { en: 'Add a youth to the agenda', es: 'Agregar a un joven a la agenda' },
  'meetings.roster.find': {
    en: 'Find a youth whose record you may see',
    es: 'Buscar a un joven cuyo expediente usted puede ver',
  },
  'meetings.roster.addChoose': { en: 'Add {name}', es: 'Agregar a {name}' },
  'meetings.roster.added': { en: '{name} is on the agenda.', es: '{name} está en la agenda.' },

  'meetings.agenda.heading': { en: 'Agenda', es: 'Agenda' },
  'meetings.agenda.none': { en: 'Nothing open for this youth.', es: 'Nada pendiente para este joven.' },
  'meetings.agenda.kind.protocol_step': { en: 'Protocol step', es: 'Paso del protocolo' },
  'meetings.agenda.kind.referral': { en: 'Referral waiting', es: 'Referencia en espera' },
  'meetings.agenda.kind.court_date': { en: 'Court date', es: 'Audiencia en el tribunal' },
  'meetings.agenda.kind.safety': { en: 'Safety concern', es: 'Preocupación de seguridad' },
  'meetings.agenda.kind.youth_goal': { en: 'In the youth’s words', es: 'En palabras del joven' },
  'meetings.agenda.kind.member': { en: 'Added by a member', es: 'Agregado por un miembro' },
  'meetings.agenda.due': { en: 'due {time}', es: 'vence: {time}' },
  'meetings.agenda.open': { en: 'Open', es: 'Abrir' },
  'meetings.agenda.added': { en: 'The item is on the agenda.', es: 'El tema está en la agenda.' },
  'meetings.agenda.add': { en: 'Add to the agenda', es: 'Agregar a la agenda' },
  'meetings.agenda.item': { en: 'Agenda item', es: 'Tema de la agenda' },

  'meetings.notes.heading': { en: 'Notes', es: 'Notas' },
  'meetings.notes.none': { en: 'No note you may read.', es: 'Ninguna nota que usted pueda leer.' },
  'meetings.notes.text': { en: 'Note', es: 'Nota' },
  'meetings.notes.class': { en: 'Who may read it', es: 'Quién puede leerla' },
  'meetings.notes.classHint': {
    en: 'Only members whose role may see this part of a record read the note.',
    es: 'Solo los miembros cuya función permite ver esta parte de un expediente leen la nota.',
  },
  'meetings.notes.added': { en: 'The note is added.', es: 'La nota quedó agregada.' },
  'meetings.notes.add': { en: 'Add the note', es: 'Agregar la nota' },
  'meetings.by': { en: '{name}, {time}', es: '{name}, {time}' },

  'meetings.decisions.heading': { en: 'Decisions', es: 'Decisiones' },
  'meetings.decisions.none': { en: 'No decision yet.', es: 'Aún no hay decisiones.' },
  'meetings.decisions.text': { en: 'Decision', es: 'Decisión' },
  'meetings.decisions.added': { en: 'The decision is recorded.', es: 'La decisión quedó registrada.' },
  'meetings.decisions.add': { en: 'Record the decision', es: 'Registrar la decisión' },

  'meetings.actions.heading': { en: 'Action items', es: 'Tareas' },
  'meetings.actions.none': { en: 'No action item yet.', es: 'Aún no hay tareas.' },
  'meetings.actions.text': { en: 'What is to be done', es: 'Qué hay que hacer' },
  'meetings.actions.owner': { en: 'Owner', es: 'Responsable' },
  'meetings.actions.dueAt': { en: 'Due', es: 'Fecha límite' },
  'meetings.actions.added': {
    en: 'The action item is added: it is also on the deadlines page.',
    es: 'La tarea quedó agregada: también aparece en la página de plazos.',
  },
  'meetings.actions.add': { en: 'Add the action item', es: 'Agregar la tarea' },
  'meetings.actions.line': { en: '{owner}, due {time}', es: '{owner}, vence: {time}' },
  'meetings.actions.done': { en: 'Done {time} by {name}', es: 'Hecha el {time} por {name}' },
  'meetings.actions.markDone': { en: 'Mark “{text}” done', es: 'Marcar “{text}” como hecha' },
  'meetings.actions.overdue': { en: 'Overdue', es: 'Vencida' },
  'meetings.actions.doneSaved': { en: 'The action item is done.', es: 'La tarea está hecha.' },

  // Disclosures.
  'meetings.disclosures.heading': { en: 'Disclosures', es: 'Divulgaciones' },
  'meetings.disclosures.none': {
    en: 'Nothing of this youth’s record has been disclosed at this meeting.',
    es: 'No se ha divulgado nada del expediente de este joven en esta reunión.',
  },
  'meetings.disclosures.line': { en: '{classes}, to {to}: {basis}', es: '{classes}, a {to}: {basis}' },
  'meetings.disclosures.toAll': { en: 'every attendee', es: 'todos los asistentes' },
  'meetings.disclosures.form': { en: 'Disclose to members', es: 'Divulgar a los miembros' },
  'meetings.disclosures.intro': {
    en: 'Members who may not see this youth see only what you disclose, at this meeting only, on the legal basis you record.',
    es: 'Los miembros que no pueden ver a este joven ven solo lo que usted divulga, solo en esta reunión, con la base legal que registre.',
  },
  'meetings.disclosures.basis': { en: 'Legal basis', es: 'Base legal' },
  'meetings.disclosures.to': { en: 'Shown to', es: 'Se muestra a' },
  'meetings.disclosures.toEveryone': { en: 'Every attendee', es: 'Todos los asistentes' },
  'meetings.disclosures.toChosen': { en: 'Only the attendees I choose', es: 'Solo los asistentes que elija' },
  'meetings.disclosures.attendees': { en: 'Attendees', es: 'Asistentes' },
  'meetings.disclosures.classes': { en: 'What is shown', es: 'Qué se muestra' },
  'meetings.disclosures.submit': { en: 'Disclose', es: 'Divulgar' },
  'meetings.disclosures.done': { en: 'The disclosure is recorded.', es: 'La divulgación quedó registrada.' },
  'meetings.disclosures.refused': { en: 'Not disclosed', es: 'No se divulgó' },
  'meetings.basis.wic_827': {
    en: 'W&I 827(a)(1): the members are MDT members or treatment or supervision providers',
    es: 'W&I 827(a)(1): los miembros son miembros del MDT o proveedores de tratamiento o supervisión',
  },
  'meetings.basis.mdt_18961_7': {
    en: 'W&I 18961.7: a child abuse MDT, within 30 days of the report (longer for good cause)',
    es: 'W&I 18961.7: un MDT de abuso infantil, dentro de 30 días del reporte (más si hay causa justificada)',
  },
  'meetings.basis.court_order': {
    en: 'A court order (form JV-570, California Rules of Court 5.552)',
    es: 'Una orden judicial (formulario JV-570, regla 5.552 de las Reglas de los Tribunales de California)',
  },
  'meetings.basis.youth_consent': { en: 'The youth’s consent', es: 'El consentimiento del joven' },
  'meetings.basis.caregiver_consent': {
    en: 'A parent’s or legal guardian’s consent',
    es: 'El consentimiento del padre, la madre o el tutor legal',
  },
  'meetings.basis.override': { en: 'Another reason, recorded', es: 'Otro motivo, registrado' },
  'meetings.field.reportedAt': {
    en: 'When the child abuse report was made',
    es: 'Cuándo se hizo el reporte de abuso infantil',
  },
  'meetings.field.window': {
    en: 'The team may share until {time}: 30 days after the report (W&I 18961.7).',
    es: 'El equipo puede compartir hasta el {time}: 30 días después del reporte (W&I 18961.7).',
  },
  'meetings.field.windowOver': {
    en: 'The 30 days after the report ended {time} (W&I 18961.7): the disclosure will be refused unless good cause extends the window.',
    es: 'Los 30 días después del reporte terminaron el {time} (W&I 18961.7): la divulgación será rechazada salvo que una causa justificada extienda el plazo.',
  },
  'meetings.field.goodCauseUntil': {
    en: 'Extended for good cause until (optional)',
    es: 'Extendido por causa justificada hasta (opcional)',
  },
  'meetings.field.goodCauseReason': { en: 'The good cause', es: 'La causa justificada' },
  'meetings.field.orderNumber': { en: 'Order number', es: 'Número de la orden' },
  'meetings.field.orderDate': { en: 'Date of the order', es: 'Fecha de la orden' },
  'meetings.field.consentBy': { en: 'Who consented', es: 'Quién dio su consentimiento' },
  'meetings.field.purpose': { en: 'For what', es: 'Para qué' },
  'meetings.field.until': { en: 'Until', es: 'Hasta' },

  'meetings.fieldClass.identity': { en: 'Identity', es: 'Identidad' },
  'meetings.fieldClass.protocol': { en: 'Protocol', es: 'Protocolo' },
  'meetings.fieldClass.contact': { en: 'Contact and placement', es: 'Contacto y ubicación' },
  'meetings.fieldClass.safety': { en: 'Safety', es: 'Seguridad' },
  'meetings.fieldClass.clinical': { en: 'Clinical', es: 'Clínico' },
  'meetings.fieldClass.mandated_report': { en: 'Mandated report', es: 'Reporte obligatorio' },

  // Sign-off and addenda.
  'meetings.minutes.heading': { en: 'Minutes', es: 'Acta' },
  'meetings.minutes.signIntro': {
    en: 'Once you sign the minutes off, attendance, notes, decisions and action items no longer change: only addenda are added.',
    es: 'Una vez que firme el acta, la asistencia, las notas, las decisiones y las tareas ya no cambian: solo se agregan anexos.',
  },
  'meetings.minutes.sign': { en: 'Sign off the minutes', es: 'Firmar el acta' },
  'meetings.minutes.confirm': { en: 'Sign off now', es: 'Firmar ahora' },
  'meetings.minutes.cancelConfirm': { en: 'Not yet', es: 'Todavía no' },
  'meetings.minutes.confirmText': {
    en: 'Sign off the minutes? Nothing of the meeting can be changed afterwards, only added to by addendum.',
    es: '¿Firmar el acta? Después nada de la reunión se puede cambiar; solo se puede agregar un anexo.',
  },
  'meetings.minutes.signed': {
    en: 'Signed off by {name}, {time}. The minutes change only by addendum.',
    es: 'Firmada por {name}, {time}. El acta solo cambia por anexo.',
  },
  'meetings.minutes.signedNow': { en: 'The minutes are signed off.', es: 'El acta está firmada.' },
  'meetings.minutes.notSigned': {
    en: 'The chair signs the minutes off after the meeting.',
    es: 'Quien preside firma el acta después de la reunión.',
  },
  'meetings.addenda.heading': { en: 'Addenda', es: 'Anexos' },
  'meetings.addenda.none': { en: 'No addendum.', es: 'Ningún anexo.' },
  'meetings.addenda.text': { en: 'Addendum', es: 'Anexo' },
  'meetings.addenda.about': { en: 'About', es: 'Sobre' },
  'meetings.addenda.wholeMeeting': { en: 'The whole meeting', es: 'Toda la reunión' },
  'meetings.addenda.add': { en: 'Add the addendum', es: 'Agregar el anexo' },
  'meetings.addenda.added': { en: 'The addendum is added.', es: 'El anexo quedó agregado.' },

  'meetings.cancel': { en: 'Cancel the meeting', es: 'Cancelar la reunión' },
  'meetings.cancel.confirm': { en: 'Cancel it now', es: 'Cancelarla ahora' },
  'meetings.cancel.keep': { en: 'Keep the meeting', es: 'Mantener la reunión' },
  'meetings.cancel.text': {
    en: 'Cancel this meeting? Its attendees see it cancelled.',
    es: '¿Cancelar esta reunión? Sus asistentes la verán cancelada.',
  },
  'meetings.move': { en: 'Change the time or place', es: 'Cambiar la hora o el lugar' },
  'meetings.move.heading': { en: 'A new time or place', es: 'Nueva hora o lugar' },
  'meetings.move.intro': {
    en: 'The other attendees are told, and the invitation changes: they download it again to update their calendars.',
    es: 'Se avisa a los demás asistentes y la invitación cambia: la descargan de nuevo para actualizar sus calendarios.',
  },
  'meetings.move.save': { en: 'Save the new time and place', es: 'Guardar la nueva hora y el lugar' },
  'meetings.move.keep': { en: 'Keep the time and place', es: 'Mantener la hora y el lugar' },
  'meetings.moved': {
    en: 'The meeting has its new time and place; its attendees are told.',
    es: 'La reunión tiene su nueva hora y lugar; se avisó a sus asistentes.',
  },
  'meetings.cancelled': { en: 'The meeting is cancelled.', es: 'La reunión está cancelada.' },

  // The deadlines view and the notifications (shared: src/work-lines.ts). A notification names no youth.
  'meetings.deadline.overdue': {
    en: 'MDT action item for {youth} is {span} overdue ({owner})',
    es: 'La tarea del MDT para {youth} lleva {span} de retraso ({owner})',
  },
  'meetings.deadline.due': {
    en: 'MDT action item for {youth} is due in {span} ({owner})',
    es: 'La tarea del MDT para {youth} vence en {span} ({owner})',
  },
  'meetings.deadline.withText': { en: '{line}: “{text}”', es: '{line}: “{text}”' },
  'meetings.notification.mdt_action_overdue': {
    en: 'An action item of an MDT meeting is overdue: open the meeting to see it.',
    es: 'Una tarea de una reunión del MDT está vencida: abra la reunión para verla.',
  },
  'meetings.notification.mdt_changed': {
    en: 'An MDT meeting you attend has a new time or place: open it to see them.',
    es: 'Una reunión del MDT a la que usted asiste cambió de hora o de lugar: ábrala para verlos.',
  },
  'meetings.notification.mdt_reminder': {
    en: 'An MDT meeting you attend starts in 24 hours.',
    es: 'Una reunión del MDT a la que usted asiste empieza en 24 horas.',
  },

  // The youth's page.
  'meetings.youth.disclosures': { en: 'Disclosures', es: 'Divulgaciones' },
  'meetings.youth.disclosuresIntro': {
    en: 'Who was shown what of this record, when, and on which legal basis: at MDT meetings and in progress reports sent to a specialty court.',
    es: 'A quién se le mostró qué de este expediente, cuándo y con qué base legal: en las reuniones del MDT y en los informes de progreso enviados a un tribunal especializado.',
  },
  'meetings.youth.noDisclosure': {
    en: 'Nothing of this record has been disclosed.',
    es: 'No se ha divulgado nada de este expediente.',
  },
  'meetings.youth.when': { en: 'When', es: 'Cuándo' },
  'meetings.youth.to': { en: 'To', es: 'A' },
  'meetings.youth.what': { en: 'What', es: 'Qué' },
  'meetings.youth.basis': { en: 'Basis', es: 'Base' },
  'meetings.youth.by': { en: 'By', es: 'Por' },
  'meetings.youth.atMeeting': { en: 'At the meeting: {type}, {time}', es: 'En la reunión: {type}, {time}' },
  'meetings.youth.detail.mdt': {
    en: 'Report made {reported}; the team may share until {ends} (W&I 18961.7).',
    es: 'Reporte hecho el {reported}; el equipo puede compartir hasta el {ends} (W&I 18961.7).',
  },
  'meetings.youth.detail.order': { en: 'Order {number} of {date}.', es: 'Orden {number} del {date}.' },
  'meetings.youth.detail.consent': {
    en: 'Consent of {by}, for {purpose}, until {until}.',
    es: 'Consentimiento de {by}, para {purpose}, hasta el {until}.',
  },
  'meetings.youth.person': { en: '{name} ({agency})', es: '{name} ({agency})' },
  'meetings.youth.courtLine': {
    en: '{classes}, to the court ({program}, {department}): {basis}',
    es: '{classes}, al tribunal ({program}, {department}): {basis}',
  },
  'meetings.youth.forHearing': {
    en: 'Progress report for the hearing of {day}',
    es: 'Informe de progreso para la audiencia del {day}',
  },
  'meetings.goals.heading': { en: 'In the youth’s words', es: 'En palabras del joven' },
  'meetings.goals.intro': {
    en: 'What the youth wants, as they said it. It comes to every MDT meeting the youth is on.',
    es: 'Lo que el joven quiere, como lo dijo. Llega a cada reunión del MDT en la que está el joven.',
  },
  'meetings.goals.none': { en: 'Nothing written down yet.', es: 'Aún no hay nada escrito.' },
  'meetings.goals.said': { en: 'Said on {date}', es: 'Dicho el {date}' },
  'meetings.goals.text': { en: 'In the youth’s own words', es: 'Con las propias palabras del joven' },
  'meetings.goals.saidOn': { en: 'The day the youth said it', es: 'El día en que el joven lo dijo' },
  'meetings.goals.add': { en: 'Write it down', es: 'Anotarlo' },
  'meetings.goals.added': { en: 'Written down.', es: 'Quedó anotado.' },
  'meetings.error.saidOn': { en: 'Give the day the youth said it.', es: 'Indique el día en que el joven lo dijo.' },
});
