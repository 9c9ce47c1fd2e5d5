import { defineMessages } from '../define.js';

/**
 * Specialty courts (STAR and DREAM; FACTS.md, "Specialty courts"): refusals, the enrollment's statuses and exit
 * reasons, hearing types and outcomes, who appeared, the response log, and the progress report's words.
 */
export const courtMessages = defineMessages({
  'court.program.unknown': { en: 'There is no such court program.', es: 'No existe ese programa del tribunal.' },
  'court.program.noPhases': {
    en: 'A court program needs at least one phase.',
    es: 'Un programa del tribunal necesita al menos una fase.',
  },
  'court.program.duplicatePhase': {
    en: 'Each phase of a program may appear only once.',
    es: 'Cada fase de un programa puede aparecer una sola vez.',
  },
  'court.program.badNumber': {
    en: 'The program’s numbers must be whole numbers above zero.',
    es: 'Los números del programa deben ser enteros mayores que cero.',
  },

  'court.enroll.notVoluntary': {
    en: 'Enrollment is voluntary: record it only once the youth has agreed.',
    es: 'La inscripción es voluntaria: regístrela solo cuando el joven haya aceptado.',
  },
  'court.enroll.notAtDisposition': {
    en: 'This program is offered at disposition: record that it was offered then.',
    es: 'Este programa se ofrece en la audiencia de disposición: registre que se ofreció en ese momento.',
  },
  'court.enroll.alreadyEnrolled': {
    en: 'The youth is already enrolled in this program.',
    es: 'El joven ya está inscrito en este programa.',
  },
  'court.enroll.officerNotProbation': {
    en: 'The probation officer must be a probation officer of a probation agency.',
    es: 'El oficial de libertad condicional debe ser un oficial de una agencia de libertad condicional.',
  },
  'court.advance.notActive': {
    en: 'Only an active enrollment moves to another phase.',
    es: 'Solo una inscripción activa pasa a otra fase.',
  },
  'court.advance.lastPhase': {
    en: 'The youth is in the last phase: the next step is graduation.',
    es: 'El joven está en la última fase: el siguiente paso es la graduación.',
  },
  'court.advance.rulesUnmet': {
    en: 'The phase’s conditions are not all met; the court may still order the advance.',
    es: 'No se cumplen todas las condiciones de la fase; el tribunal aún puede ordenar el avance.',
  },
  'court.exit.notActive': { en: 'This enrollment has already ended.', es: 'Esta inscripción ya terminó.' },
  'court.graduate.notLastPhase': {
    en: 'A youth graduates from the last phase only.',
    es: 'Un joven se gradúa solo desde la última fase.',
  },
  'court.exit.reasonRequired': {
    en: 'Choose why the youth left the program.',
    es: 'Elija por qué el joven dejó el programa.',
  },
  'court.exit.reasonNoteRequired': {
    en: 'Say why the youth left the program.',
    es: 'Indique por qué el joven dejó el programa.',
  },
  'court.exit.beforeEnrollment': {
    en: 'The program cannot end before the youth enrolled.',
    es: 'El programa no puede terminar antes de la inscripción del joven.',
  },
  'court.hearing.duplicate': {
    en: 'A hearing is already set for that day.',
    es: 'Ya hay una audiencia fijada para ese día.',
  },
  'court.hearing.endedEnrollment': {
    en: 'The enrollment has ended: no more hearings are scheduled in it.',
    es: 'La inscripción terminó: no se programan más audiencias en ella.',
  },
  'court.hearing.nextBeforeHearing': {
    en: 'The next hearing must come after this one.',
    es: 'La próxima audiencia debe ser posterior a esta.',
  },
  'court.response.future': { en: 'The day cannot be in the future.', es: 'El día no puede ser en el futuro.' },

  'court.rule.min_weeks': { en: 'Not enough weeks in the phase yet', es: 'Aún no hay suficientes semanas en la fase' },
  'court.rule.hearings_attended': {
    en: 'Not enough hearings attended yet',
    es: 'Aún no asistió a suficientes audiencias',
  },
  'court.rule.no_sanction_weeks': {
    en: 'no sanction for {weeks} weeks',
    es: 'ninguna sanción durante {weeks} semanas',
  },

  'court.basis.overrideNotAllowed': {
    en: 'A court receives a youth’s information only on a legal basis: W&I 827, a court order or consent.',
    es: 'Un tribunal recibe la información de un joven solo con una base legal: W&I 827, una orden judicial o un consentimiento.',
  },
  'court.basis.consentRequired': { en: 'Say whose consent this is.', es: 'Indique de quién es el consentimiento.' },

  'court.status.active': { en: 'Active', es: 'Activa' },
  'court.status.graduated': { en: 'Graduated', es: 'Graduado' },
  'court.status.exited': { en: 'Left the program', es: 'Salió del programa' },
  'court.exit.youth_withdrew': { en: 'The youth chose to leave', es: 'El joven decidió salir' },
  'court.exit.terminated_by_court': { en: 'The court ended participation', es: 'El tribunal terminó la participación' },
  'court.exit.case_closed': { en: 'The case was closed', es: 'El caso se cerró' },
  'court.exit.transferred': { en: 'Moved to another court', es: 'Pasó a otro tribunal' },
  'court.exit.other': { en: 'Another reason', es: 'Otra razón' },

  'court.hearingType.review': { en: 'Progress review', es: 'Revisión del progreso' },
  'court.hearingType.phase_review': { en: 'Phase review', es: 'Revisión de fase' },
  'court.hearingType.graduation': { en: 'Graduation', es: 'Graduación' },
  'court.hearingType.compliance': { en: 'Compliance hearing', es: 'Audiencia de cumplimiento' },
  'court.hearingType.other': { en: 'Other hearing', es: 'Otra audiencia' },
  'court.outcome.continued': { en: 'Continued', es: 'Continuada' },
  'court.outcome.phase_advanced': { en: 'Advanced to the next phase', es: 'Avanzó a la siguiente fase' },
  'court.outcome.incentive': { en: 'Incentive given', es: 'Se dio un incentivo' },
  'court.outcome.sanction': { en: 'Sanction given', es: 'Se impuso una sanción' },
  'court.outcome.service_change': { en: 'Services changed', es: 'Se cambiaron los servicios' },
  'court.outcome.graduated': { en: 'Graduated', es: 'Graduado' },
  'court.outcome.exited': { en: 'Left the program', es: 'Salió del programa' },
  'court.outcome.not_held': { en: 'Not held', es: 'No se celebró' },

  'court.appeared.youth': { en: 'The youth', es: 'El joven' },
  'court.appeared.caregiver': { en: 'Parent or caregiver', es: 'Padre, madre o persona cuidadora' },
  'court.appeared.youth_attorney': { en: 'The youth’s attorney', es: 'El abogado del joven' },
  'court.appeared.district_attorney': { en: 'District attorney', es: 'Fiscal de distrito' },
  'court.appeared.county_counsel': { en: 'County counsel', es: 'Abogado del condado' },
  'court.appeared.probation_officer': { en: 'Probation officer', es: 'Oficial de libertad condicional' },
  'court.appeared.social_worker': { en: 'Social worker', es: 'Trabajador social' },
  'court.appeared.education_advocate': { en: 'Education advocate', es: 'Persona defensora educativa' },
  'court.appeared.community_advocate': { en: 'Community advocate', es: 'Persona defensora comunitaria' },
  'court.appeared.clinician': { en: 'Mental health clinician', es: 'Profesional clínico de salud mental' },

  'court.response.incentive': { en: 'Incentive', es: 'Incentivo' },
  'court.response.sanction': { en: 'Sanction', es: 'Sanción' },
  'court.response.service_change': { en: 'Service change', es: 'Cambio de servicios' },

  'court.report.prefill.attended': {
    en: 'The youth attended {attended, plural, one {# hearing} other {# hearings}} of {held} held since enrollment.',
    es: 'El joven asistió a {attended, plural, one {# audiencia} other {# audiencias}} de {held} celebradas desde la inscripción.',
  },
  'court.report.prefill.entry': {
    en: '{day}: {kind}. {behaviour} Response: {response}',
    es: '{day}: {kind}. {behaviour} Respuesta: {response}',
  },
  'court.report.status.draft': { en: 'Draft', es: 'Borrador' },
  'court.report.status.signed': { en: 'Signed', es: 'Firmado' },
  'court.report.status.sent': { en: 'Sent to the court', es: 'Enviado al tribunal' },
  'court.report.basis.wic_827': { en: 'W&I 827(a)(1): juvenile case file', es: 'W&I 827(a)(1): expediente juvenil' },
  'court.report.basis.mdt_18961_7': {
    en: 'W&I 18961.7: child abuse MDT',
    es: 'W&I 18961.7: equipo multidisciplinario de abuso infantil',
  },
  'court.report.basis.court_order': { en: 'Court order', es: 'Orden judicial' },
  'court.report.basis.youth_consent': { en: 'The youth’s consent', es: 'Consentimiento del joven' },
  'court.report.basis.caregiver_consent': {
    en: 'The parent’s or guardian’s consent',
    es: 'Consentimiento del padre, la madre o el tutor',
  },
  'court.report.basis.override': { en: 'No basis', es: 'Sin base' },
  'court.report.title': { en: 'Progress report to the court', es: 'Informe de progreso paral tribunal' },
  'court.report.program': { en: 'Program', es: 'Programa' },
  'court.report.youth': { en: 'Youth', es: 'Joven' },
  'court.report.phase': { en: 'Phase', es: 'Fase' },
  'court.report.hearing': { en: 'Hearing', es: 'Audiencia' },
  'court.report.agency': { en: 'Agency', es: 'Agencia' },
  'court.report.author': { en: 'Written by', es: 'Redactado por' },
  'court.report.dueOn': { en: 'Due', es: 'Fecha límite' },
  'court.report.basis': { en: 'Legal basis of this disclosure', es: 'Base legal de esta divulgación' },
  'court.report.signed': { en: 'Signed', es: 'Firmado' },
  'court.report.notSigned': { en: 'Not signed yet', es: 'Aún sin firmar' },
  'court.report.confidential': {
    en: 'Confidential juvenile record (W&I 827). Do not copy or share.',
    es: 'Expediente juvenil confidencial (W&I 827). No copiar ni compartir.',
  },
  'court.report.section.compliance': { en: 'Compliance with the terms', es: 'Cumplimiento de las condiciones' },
  'court.report.section.school': { en: 'School', es: 'Escuela' },
  'court.report.section.contacts': { en: 'Contacts with the youth', es: 'Contactos con el joven' },
  'court.report.section.attendance': { en: 'Attendance', es: 'Asistencia' },
  'court.report.section.treatment_progress': { en: 'Treatment progress', es: 'Progreso del tratamiento' },
  'court.report.section.placement': { en: 'Placement', es: 'Colocación' },
  'court.report.section.services': { en: 'Services', es: 'Servicios' },
  'court.report.section.youth_goals': { en: 'The youth’s own goals', es: 'Las metas del propio joven' },
  'court.report.section.summary': { en: 'Summary', es: 'Resumen' },
  'court.report.noSections': {
    en: 'On this legal basis your agency has nothing it may send the court.',
    es: 'Con esta base legal su agencia no tiene nada que pueda enviar al tribunal.',
  },
  'court.report.notDraft': { en: 'A signed report no longer changes.', es: 'Un informe firmado ya no cambia.' },
  'court.report.wrongStatus': { en: 'The report is not at that step.', es: 'El informe no está en ese paso.' },
  'court.report.notAuthor': {
    en: 'Only the report’s author changes or signs it.',
    es: 'Solo el autor del informe lo cambia o lo firma.',
  },
  'court.report.unknownSection': { en: 'This report has no such section.', es: 'Este informe no tiene esa sección.' },
  'court.report.exists': {
    en: 'Your agency already has a report for this hearing.',
    es: 'Su agencia ya tiene un informe para esta audiencia.',
  },

  // The e-mail of an overdue report's notification names no youth (the link leads to the reports due).
  'court.email.reportOverdue.subject': {
    en: 'Harbor: a progress report to the court is overdue',
    es: 'Harbor: un informe de progreso para el tribunal está vencido',
  },
  'court.email.reportOverdue.body': {
    en: 'A progress report your agency owes a specialty court was not sent by its due day. Open Harbor to finish, sign and send it:',
    es: 'Un informe de progreso que su agencia debe a un tribunal especializado no se envió antes de su fecha límite. Abra Harbor para terminarlo, firmarlo y enviarlo:',
  },
});
