import { defineMessages } from '@harbor/core';

/**
 * Copy of the specialty courts' pages (facts: ../shared/domain/FACTS.md, "Specialty courts": STAR is the delinquency
 * court, sitting weekly, with dedicated probation officers carrying at most 25 youths; DREAM is the dependency court,
 * modelled on STAR). Statuses, exit reasons, hearing types and outcomes, who appeared, response kinds and report
 * sections are core's messages (packages/core/src/i18n/messages/court.ts). ICU MessageFormat; typographic apostrophe.
 */
export const courtsCopy = defineMessages({
  'courtsWeb.nav': { en: 'Specialty courts', es: 'Tribunales especializados' },
  'courtsWeb.title': { en: 'Specialty courts', es: 'Tribunales especializados' },
  'courtsWeb.intro': {
    en: 'The county’s specialty court programs for youth who have been commercially sexually exploited: STAR in delinquency court, which sits weekly with dedicated probation officers carrying at most 25 youths each, and DREAM in dependency court, modelled on STAR (LACDMH CSECY fact sheet).',
    es: 'Los programas de tribunales especializados del condado para jóvenes que han sufrido explotación sexual comercial: STAR en el tribunal de menores (delincuencia), que sesiona cada semana con oficiales de libertad condicional dedicados que atienden a 25 jóvenes como máximo cada uno, y DREAM en el tribunal de dependencia, basado en STAR (hoja informativa CSECY del LACDMH).',
  },
  'courtsWeb.saved': { en: 'Saved.', es: 'Guardado.' },

  'courtsWeb.program.court.delinquency': { en: 'Delinquency court', es: 'Tribunal de menores (delincuencia)' },
  'courtsWeb.program.court.dependency': { en: 'Dependency court', es: 'Tribunal de dependencia' },
  'courtsWeb.program.cadence': {
    en: 'Hearings every {days, plural, one {day} =7 {week} other {# days}}',
    es: 'Audiencias {days, plural, one {cada día} =7 {cada semana} other {cada # días}}',
  },
  'courtsWeb.program.noCadence': { en: 'Hearings set one by one', es: 'Audiencias fijadas una por una' },
  'courtsWeb.program.cap': {
    en: 'At most {cap} youths per probation officer',
    es: 'Como máximo {cap} jóvenes por oficial de libertad condicional',
  },
  'courtsWeb.program.noCap': { en: 'No caseload cap', es: 'Sin límite de casos' },
  'courtsWeb.program.reportDue': {
    en: 'Progress reports due {days, plural, one {# day} other {# days}} before each hearing',
    es: 'Informes de progreso para {days, plural, one {# día} other {# días}} antes de cada audiencia',
  },

  'courtsWeb.caseload.heading': { en: 'Probation caseloads', es: 'Casos por oficial de libertad condicional' },
  'courtsWeb.caseload.caption': {
    en: 'Probation caseloads in {program}',
    es: 'Casos por oficial de libertad condicional en {program}',
  },
  'courtsWeb.caseload.officer': { en: 'Probation officer', es: 'Oficial de libertad condicional' },
  'courtsWeb.caseload.active': { en: 'Youths in the program', es: 'Jóvenes en el programa' },
  'courtsWeb.caseload.capColumn': { en: 'Cap', es: 'Límite' },
  'courtsWeb.caseload.state': { en: 'Under or over the cap', es: 'Dentro o por encima del límite' },
  'courtsWeb.caseload.noCap': {
    en: 'This program sets no caseload cap.',
    es: 'Este programa no fija un límite de casos.',
  },
  'courtsWeb.caseload.noneOver': {
    en: 'No probation officer carries more than {cap} youths.',
    es: 'Ningún oficial de libertad condicional atiende a más de {cap} jóvenes.',
  },
  'courtsWeb.caseload.over': {
    en: '{count, plural, one {# probation officer carries} other {# probation officers carry}} more than the cap of {cap} youths.',
    es: '{count, plural, one {# oficial de libertad condicional atiende} other {# oficiales de libertad condicional atienden}} a más jóvenes que el límite de {cap}.',
  },
  'courtsWeb.caseload.overBy': {
    en: 'Over the cap by {count}',
    es: '{count} por encima del límite',
  },
  'courtsWeb.caseload.remaining': {
    en: '{count, plural, one {# place} other {# places}} left',
    es: '{count, plural, one {queda # lugar} other {quedan # lugares}}',
  },
  'courtsWeb.caseload.none': {
    en: 'No probation officer carries a youth in this program yet.',
    es: 'Todavía ningún oficial de libertad condicional atiende a un joven en este programa.',
  },

  // The youth's page.
  'courtsWeb.youth.heading': { en: 'Specialty court', es: 'Tribunal especializado' },
  'courtsWeb.youth.intro': {
    en: 'The youth’s specialty court program: the phases, the hearings, the response log and the progress reports each agency sends before a hearing.',
    es: 'El programa de tribunal especializado del joven: las fases, las audiencias, el registro de respuestas y los informes de progreso que cada agencia envía antes de una audiencia.',
  },
  'courtsWeb.youth.none': {
    en: 'The youth is not in a specialty court program.',
    es: 'El joven no está en un programa de tribunal especializado.',
  },
  'courtsWeb.enroll.heading': { en: 'Enroll in a program', es: 'Inscribir en un programa' },
  'courtsWeb.enroll.intro': {
    en: 'Enrollment is voluntary: record it once the youth has agreed. STAR is offered at disposition.',
    es: 'La inscripción es voluntaria: regístrela cuando el joven haya aceptado. STAR se ofrece en la audiencia de disposición.',
  },
  'courtsWeb.enroll.program': { en: 'Program', es: 'Programa' },
  'courtsWeb.enroll.on': { en: 'Day of enrollment', es: 'Fecha de inscripción' },
  'courtsWeb.enroll.agreed': { en: 'The youth agreed to take part', es: 'El joven aceptó participar' },
  'courtsWeb.enroll.disposition': {
    en: 'Offered at disposition',
    es: 'Ofrecido en la audiencia de disposición',
  },
  'courtsWeb.enroll.officer': {
    en: 'I am the youth’s probation officer in the program',
    es: 'Soy el oficial de libertad condicional del joven en el programa',
  },
  'courtsWeb.enroll.submit': { en: 'Enroll', es: 'Inscribir' },

  'courtsWeb.enrollment.status': { en: 'Status', es: 'Estado' },
  'courtsWeb.enrollment.phase': { en: 'Current phase', es: 'Fase actual' },
  'courtsWeb.enrollment.enrolledOn': { en: 'Enrolled', es: 'Inscrito' },
  'courtsWeb.enrollment.endedOn': { en: 'Ended', es: 'Terminó' },
  'courtsWeb.enrollment.officer': { en: 'Probation officer', es: 'Oficial de libertad condicional' },
  'courtsWeb.phases.heading': { en: 'Phases', es: 'Fases' },
  'courtsWeb.phases.entered': { en: '{phase}, from {day}.', es: '{phase}, desde el {day}.' },
  'courtsWeb.phases.decision': { en: 'Team decision: {decision}', es: 'Decisión del equipo: {decision}' },

  'courtsWeb.advance.heading': { en: 'Advance to the next phase', es: 'Pasar a la siguiente fase' },
  'courtsWeb.advance.decision': { en: 'The team’s decision', es: 'La decisión del equipo' },
  'courtsWeb.advance.decisionHint': {
    en: 'What the team decided, and who took part.',
    es: 'Lo que decidió el equipo y quién participó.',
  },
  'courtsWeb.advance.ordered': {
    en: 'The court ordered it, although the phase’s rules are not all met',
    es: 'El tribunal lo ordenó, aunque no se cumplen todas las reglas de la fase',
  },
  'courtsWeb.advance.submit': { en: 'Advance', es: 'Pasar de fase' },
  'courtsWeb.end.heading': { en: 'Graduation or exit', es: 'Graduación o salida' },
  'courtsWeb.end.kind': { en: 'How the youth leaves the program', es: 'Cómo sale el joven del programa' },
  'courtsWeb.end.graduated': { en: 'Graduated', es: 'Se graduó' },
  'courtsWeb.end.exited': { en: 'Left before graduating', es: 'Salió antes de graduarse' },
  'courtsWeb.end.reason': { en: 'Reason', es: 'Motivo' },
  'courtsWeb.end.on': { en: 'Day', es: 'Fecha' },
  'courtsWeb.end.note': { en: 'Note (optional)', es: 'Nota (opcional)' },
  'courtsWeb.end.submit': { en: 'End the enrollment', es: 'Terminar la inscripción' },

  'courtsWeb.hearing.heading': { en: 'Hearings', es: 'Audiencias' },
  'courtsWeb.hearing.none': { en: 'No hearing is on the calendar.', es: 'No hay audiencias en el calendario.' },
  'courtsWeb.hearing.day': { en: 'Hearing day', es: 'Fecha de la audiencia' },
  'courtsWeb.hearing.department': { en: 'Department', es: 'Departamento' },
  'courtsWeb.hearing.type': { en: 'Type', es: 'Tipo' },
  'courtsWeb.hearing.appeared': { en: 'Who appeared', es: 'Quién se presentó' },
  'courtsWeb.hearing.outcome': { en: 'Outcome', es: 'Resultado' },
  'courtsWeb.hearing.next': { en: 'Next hearing', es: 'Próxima audiencia' },
  'courtsWeb.hearing.reportsDue': { en: 'Reports due', es: 'Informes para' },
  'courtsWeb.hearing.notRecorded': { en: 'Not recorded yet', es: 'Aún no registrada' },
  'courtsWeb.hearing.record': { en: 'Record the hearing of {day}', es: 'Registrar la audiencia del {day}' },
  'courtsWeb.schedule.heading': { en: 'Schedule a hearing', es: 'Programar una audiencia' },
  'courtsWeb.schedule.departmentHint': {
    en: 'As the court names it, for example “Dept. 260”.',
    es: 'Como lo nombra el tribunal, por ejemplo “Dept. 260”.',
  },
  'courtsWeb.schedule.submit': { en: 'Schedule', es: 'Programar' },
  'courtsWeb.record.heading': { en: 'The hearing of {day}', es: 'La audiencia del {day}' },
  'courtsWeb.record.nextHint': {
    en: 'Leave it empty in a weekly program: the next hearing is set a week later.',
    es: 'Déjelo vacío en un programa semanal: la próxima audiencia se fija una semana después.',
  },
  'courtsWeb.record.submit': { en: 'Record the hearing', es: 'Registrar la audiencia' },

  'courtsWeb.responses.heading': { en: 'Response log', es: 'Registro de respuestas' },
  'courtsWeb.responses.none': { en: 'Nothing in the response log yet.', es: 'Aún no hay nada en el registro.' },
  'courtsWeb.responses.hidden': {
    en: 'About treatment: not shown to your role.',
    es: 'Sobre el tratamiento: no se muestra a su función.',
  },
  'courtsWeb.responses.add': { en: 'Add to the response log', es: 'Agregar al registro de respuestas' },
  'courtsWeb.responses.kind': {
    en: 'Incentive, sanction or service change',
    es: 'Incentivo, sanción o cambio de servicio',
  },
  'courtsWeb.responses.on': { en: 'Day', es: 'Fecha' },
  'courtsWeb.responses.behaviour': { en: 'Behaviour', es: 'Conducta' },
  'courtsWeb.responses.response': { en: 'Response', es: 'Respuesta' },
  'courtsWeb.responses.decision': { en: 'Team decision', es: 'Decisión del equipo' },
  'courtsWeb.responses.clinical': {
    en: 'About treatment (clinical: the court liaison does not see it)',
    es: 'Sobre el tratamiento (clínico: el enlace del tribunal no lo ve)',
  },
  'courtsWeb.responses.submit': { en: 'Add', es: 'Agregar' },

  // Progress reports.
  'courtsWeb.basis.wic_827': {
    en: 'W&I 827(a)(1): the juvenile case file, to the court',
    es: 'W&I 827(a)(1): el expediente juvenil, al tribunal',
  },
  'courtsWeb.basis.court_order': { en: 'A court order', es: 'Una orden judicial' },
  'courtsWeb.basis.youth_consent': { en: 'The youth’s consent', es: 'El consentimiento del joven' },
  'courtsWeb.basis.caregiver_consent': {
    en: 'A parent’s or caregiver’s consent',
    es: 'El consentimiento de un padre o cuidador',
  },
  'courtsWeb.report.start': {
    en: 'Start the progress report for {day}',
    es: 'Empezar el informe de progreso para el {day}',
  },
  'courtsWeb.report.startHeading': {
    en: 'Your agency’s progress report for the hearing of {day}',
    es: 'El informe de progreso de su agencia para la audiencia del {day}',
  },
  'courtsWeb.report.startIntro': {
    en: 'Harbor fills it in from the record, with only what the court may receive on the basis you choose; you then edit, sign and send it.',
    es: 'Harbor lo llena con el expediente, solo con lo que el tribunal puede recibir según la base que elija; luego usted lo edita, firma y envía.',
  },
  'courtsWeb.report.language': { en: 'Language of the report', es: 'Idioma del informe' },
  'courtsWeb.report.basis': { en: 'Legal basis of the disclosure', es: 'Base legal de la divulgación' },
  'courtsWeb.report.basisHint': {
    en: 'Consent lets the report hold treatment progress; a court order, the placement.',
    es: 'El consentimiento permite incluir el avance del tratamiento; una orden judicial, la ubicación.',
  },
  'courtsWeb.report.consentBy': { en: 'Whose consent', es: 'De quién es el consentimiento' },
  'courtsWeb.report.order': { en: 'The order, as cited', es: 'La orden, tal como se cita' },
  'courtsWeb.report.startSubmit': { en: 'Start the report', es: 'Empezar el informe' },
  'courtsWeb.report.title': { en: 'Progress report to the court', es: 'Informe de progreso para el tribunal' },
  'courtsWeb.report.intro': {
    en: 'Only what the court may receive on the report’s legal basis. Its author edits the draft, signs it (it then no longer changes) and sends it.',
    es: 'Solo lo que el tribunal puede recibir según la base legal del informe. Su autor edita el borrador, lo firma (ya no cambia) y lo envía.',
  },
  'courtsWeb.report.missing': {
    en: 'There is no such report, or you may not see it.',
    es: 'No existe ese informe, o usted no puede verlo.',
  },
  'courtsWeb.report.status': { en: 'Status', es: 'Estado' },
  'courtsWeb.report.overdue': {
    en: 'This report was due on {day} and has not been sent.',
    es: 'Este informe vencía el {day} y no se ha enviado.',
  },
  'courtsWeb.report.hidden': { en: 'not shown to your role', es: 'no se muestra a su función' },
  'courtsWeb.report.save': { en: 'Save the draft', es: 'Guardar el borrador' },
  'courtsWeb.report.saved': { en: 'The draft is saved.', es: 'El borrador está guardado.' },
  'courtsWeb.report.sign': { en: 'Sign the report', es: 'Firmar el informe' },
  'courtsWeb.report.signedNotice': {
    en: 'The report is signed: it no longer changes.',
    es: 'El informe está firmado: ya no cambia.',
  },
  'courtsWeb.report.send': { en: 'Send to the court', es: 'Enviar al tribunal' },
  'courtsWeb.report.sentNotice': { en: 'The report is sent to the court.', es: 'El informe se envió al tribunal.' },
  'courtsWeb.report.pdf': { en: 'Download the PDF ({language})', es: 'Descargar el PDF ({language})' },
  'courtsWeb.reports.link': { en: 'Progress reports your agency owes', es: 'Informes de progreso que debe su agencia' },
  'courtsWeb.reports.title': { en: 'Progress reports due', es: 'Informes de progreso pendientes' },
  'courtsWeb.reports.intro': {
    en: 'The reports your agency owes the specialty courts for the hearings of the next two weeks, and any that are late.',
    es: 'Los informes que su agencia debe a los tribunales especializados para las audiencias de las próximas dos semanas, y los atrasados.',
  },
  'courtsWeb.reports.none': { en: 'Your agency owes no progress report.', es: 'Su agencia no debe ningún informe.' },
  'courtsWeb.reports.hearing': { en: 'hearing {day}, {department}', es: 'audiencia del {day}, {department}' },
  'courtsWeb.reports.due': { en: 'due {day}', es: 'para el {day}' },
  // The youth's timeline (its entries of kind 'court').
  'courtsWeb.timeline': {
    en: '{program} court: {event, select, enrolled {enrolled in the program} phase_advanced {advanced to the next phase} hearing_recorded {the hearing of {hearing} recorded} response_logged {an entry added to the response log} report_sent {a progress report sent for the hearing of {hearing}} graduated {graduated from the program} other {left the program}}',
    es: 'Tribunal {program}: {event, select, enrolled {inscripción en el programa} phase_advanced {paso a la siguiente fase} hearing_recorded {se registró la audiencia del {hearing}} response_logged {se agregó una entrada al registro de respuestas} report_sent {se envió un informe de progreso para la audiencia del {hearing}} graduated {graduación del programa} other {salida del programa}}',
  },
  'courtsWeb.reports.late': { en: 'late: due {day}', es: 'atrasado: vencía el {day}' },
});
