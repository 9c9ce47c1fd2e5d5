import { defineMessages } from '@harbor/core';

/**
 * Copy of the referral pages: the referral form, a referral's page with its events, actions and clocks, and the lines
 * of referrals the youth's page and My Harbor show (facts: ../shared/domain/FACTS.md). Statuses, closure reasons,
 * urgencies, legal bases and sections are core's messages (packages/core/src/i18n/messages/referral.ts).
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const referralCopy = defineMessages({
  // The youth's page and the lines of referrals.
  'referralWeb.refer': { en: 'Refer to a service', es: 'Referir a un servicio' },
  'referralWeb.youth.heading': { en: 'Referrals', es: 'Referencias' },
  'referralWeb.youth.none': {
    en: 'No referral has been made for this youth.',
    es: 'No se ha hecho ninguna referencia para este joven.',
  },
  'referralWeb.line': { en: '{service} ({organization})', es: '{service} ({organization})' },
  'referralWeb.line.youth': { en: '{youth}: {service}', es: '{youth}: {service}' },
  'referralWeb.line.from': { en: 'From {agency}', es: 'De {agency}' },
  'referralWeb.line.to': { en: 'To {agency}', es: 'Para {agency}' },
  'referralWeb.line.sent': { en: 'sent {time}', es: 'enviada: {time}' },
  'referralWeb.line.draft': { en: 'not sent yet', es: 'aún no enviada' },
  'referralWeb.someone': { en: 'a youth', es: 'un joven' },

  // My Harbor.
  'referralWeb.home.waitingOnMe': { en: 'Referrals waiting on me', es: 'Referencias que me esperan' },
  'referralWeb.home.waitingOnMeNone': {
    en: 'No open referral to your agency: nothing to answer, start or complete.',
    es: 'Ninguna referencia abierta a su agencia: nada que responder, iniciar o completar.',
  },
  'referralWeb.home.waitingOnOthers': { en: 'Referrals waiting on others', es: 'Referencias que esperan a otros' },
  'referralWeb.home.waitingOnOthersNone': {
    en: 'No referral your agency sent is waiting on another agency.',
    es: 'Ninguna referencia que envió su agencia espera a otra agencia.',
  },
  'referralWeb.home.all': { en: 'All open referrals', es: 'Todas las referencias abiertas' },
  'referralWeb.list.title': { en: 'Open referrals', es: 'Referencias abiertas' },
  'referralWeb.list.intro': {
    en: 'What waits on your agency (to answer, start or complete) and what your agency sent that waits on another.',
    es: 'Lo que espera a su agencia (responder, iniciar o completar) y lo que su agencia envió y espera a otra.',
  },
  'referralWeb.home.directory': { en: 'Find a service in the directory', es: 'Buscar un servicio en el directorio' },

  // The referral form.
  'referralWeb.new.title': { en: 'Refer the youth to a service', es: 'Referir al joven a un servicio' },
  'referralWeb.help': { en: 'About referrals and sharing', es: 'Sobre las referencias y lo que se comparte' },
  'referralWeb.helpFollow': { en: 'How a referral is followed', es: 'Cómo se sigue una referencia' },
  'referralWeb.edit.title': { en: 'Change the referral', es: 'Cambiar la referencia' },
  'referralWeb.edit.link': { en: 'Change the draft', es: 'Cambiar el borrador' },
  'referralWeb.edit.notDraft': {
    en: 'This referral was sent: only a draft changes, by the agency that refers.',
    es: 'Esta referencia ya se envió: solo un borrador se puede cambiar, y solo la agencia que refiere.',
  },
  'referralWeb.edit.open': { en: 'Open the referral', es: 'Abrir la referencia' },
  'referralWeb.new.intro': {
    en: 'Say why and how urgently, on what basis the youth’s information may be shared, exactly which parts of the record the receiving agency may see, and how to reach the youth safely. The service’s eligibility is checked as you fill it in.',
    es: 'Indique por qué y con qué urgencia, con qué base se puede compartir la información del joven, exactamente qué partes del expediente puede ver la agencia que recibe y cómo comunicarse con el joven de forma segura. La elegibilidad del servicio se revisa mientras llena el formulario.',
  },
  'referralWeb.new.youth': { en: 'Youth', es: 'Joven' },
  'referralWeb.new.service': { en: 'Service', es: 'Servicio' },
  'referralWeb.youthAge': { en: '{youth}, {age} years old', es: '{youth}, de {age} años' },
  'referralWeb.new.changeService': { en: 'Choose another service', es: 'Elegir otro servicio' },
  'referralWeb.new.missing': {
    en: 'Choose the youth and the service first: start from the youth’s page, “Refer to a service”.',
    es: 'Elija primero al joven y el servicio: empiece en la página del joven, “Referir a un servicio”.',
  },
  'referralWeb.field.reason': { en: 'Why the youth is referred', es: 'Por qué se refiere al joven' },
  'referralWeb.field.reasonHint': {
    en: 'What the youth needs from this service. The receiving agency reads it.',
    es: 'Lo que el joven necesita de este servicio. La agencia que recibe lo lee.',
  },
  'referralWeb.field.urgency': { en: 'How urgent', es: 'Qué tan urgente' },
  'referralWeb.field.urgencyHint': {
    en: 'An emergency is also called in: telephone the service now.',
    es: 'Una emergencia también se llama: telefonee al servicio ahora.',
  },
  'referralWeb.field.basis': {
    en: 'Basis for sharing the youth’s information',
    es: 'Base para compartir la información del joven',
  },
  'referralWeb.field.mdtReportedAt': {
    en: 'When the child abuse report was made',
    es: 'Cuándo se hizo el reporte de abuso infantil',
  },
  'referralWeb.field.mdtWindow': {
    en: 'The team may share until {time} (30 days after the report, W&I 18961.7).',
    es: 'El equipo puede compartir hasta el {time} (30 días después del reporte, W&I 18961.7).',
  },
  'referralWeb.field.mdtWindowOver': {
    en: 'The 30 days after the report ended {time} (W&I 18961.7): choose another basis.',
    es: 'Los 30 días después del reporte terminaron el {time} (W&I 18961.7): elija otra base.',
  },
  'referralWeb.field.courtOrder': { en: 'The court order (number or date)', es: 'La orden judicial (número o fecha)' },
  'referralWeb.field.overrideReason': {
    en: 'Why the information is shared without another basis',
    es: 'Por qué se comparte la información sin otra base',
  },
  'referralWeb.field.overrideHint': {
    en: 'Recorded and audited; a supervisor reviews it.',
    es: 'Se registra y se audita; un supervisor lo revisa.',
  },
  'referralWeb.field.sections': {
    en: 'What the receiving agency may see',
    es: 'Lo que puede ver la agencia que recibe',
  },
  'referralWeb.field.sectionsHint': {
    en: 'Only what the service needs. The youth’s name and age are always shared; nothing else is chosen for you. The agency sees these parts while the referral is open, and nothing once it closes.',
    es: 'Solo lo que el servicio necesita. El nombre y la edad del joven siempre se comparten; nada más se elige por usted. La agencia ve estas partes mientras la referencia está abierta, y nada cuando se cierra.',
  },
  'referralWeb.field.contact': { en: 'How to reach the youth', es: 'Cómo comunicarse con el joven' },
  'referralWeb.field.doNotContact': {
    en: 'Do not contact the youth directly',
    es: 'No comunicarse directamente con el joven',
  },
  'referralWeb.field.doNotContactHint': {
    en: 'An exploiter may control the youth’s phone. The agency then calls the safe contact, or you.',
    es: 'Un explotador puede controlar el teléfono del joven. La agencia llama entonces al contacto seguro, o a usted.',
  },
  'referralWeb.field.safeContact': { en: 'A safe contact (optional)', es: 'Un contacto seguro (opcional)' },
  'referralWeb.field.safeName': { en: 'Safe contact’s name', es: 'Nombre del contacto seguro' },
  'referralWeb.field.safeRelationship': {
    en: 'Safe contact’s relationship to the youth',
    es: 'Relación del contacto seguro con el joven',
  },
  'referralWeb.field.safePhone': { en: 'Safe contact’s telephone', es: 'Teléfono del contacto seguro' },
  'referralWeb.field.contactNote': {
    en: 'When and how to call, what to say or not say (optional)',
    es: 'Cuándo y cómo llamar, qué decir o no decir (opcional)',
  },
  'referralWeb.field.youthArea': {
    en: 'Where the youth lives (city or ZIP code)',
    es: 'Dónde vive el joven (ciudad o código postal)',
  },
  'referralWeb.field.runaway': {
    en: 'Is the youth on runaway or AWOL status?',
    es: '¿El joven está fugado o ausente sin permiso?',
  },
  'referralWeb.field.runawayHint': {
    en: 'Some services do not take a youth on runaway status; the eligibility check asks.',
    es: 'Algunos servicios no reciben a jóvenes fugados; la revisión de elegibilidad lo pregunta.',
  },
  'referralWeb.field.yes': { en: 'Yes', es: 'Sí' },
  'referralWeb.field.no': { en: 'No', es: 'No' },
  'referralWeb.field.unknown': { en: 'Not known', es: 'No se sabe' },
  'referralWeb.choose': { en: '- Select -', es: '- Seleccione -' },
  'referralWeb.new.submit': { en: 'Send the referral', es: 'Enviar la referencia' },
  'referralWeb.new.saveDraft': {
    en: 'Save it for a supervisor to send',
    es: 'Guardarla para que la envíe un supervisor',
  },
  'referralWeb.outcome.sent': { en: 'Referral sent', es: 'Referencia enviada' },
  'referralWeb.outcome.draft': {
    en: 'Saved as a draft: a supervisor of your agency may send it, with the reason.',
    es: 'Guardada como borrador: un supervisor de su agencia puede enviarla, con el motivo.',
  },
  'referralWeb.outcome.notSent': { en: 'Saved, not sent', es: 'Guardada, no enviada' },
  'referralWeb.new.problems': { en: 'Check the referral', es: 'Revise la referencia' },
  'referralWeb.error.reason': {
    en: 'Say why the youth is referred (at least 3 characters).',
    es: 'Diga por qué se refiere al joven (al menos 3 caracteres).',
  },
  'referralWeb.error.urgency': { en: 'Choose how urgent it is.', es: 'Elija qué tan urgente es.' },
  'referralWeb.error.basis': { en: 'Choose the basis for sharing.', es: 'Elija la base para compartir.' },
  'referralWeb.error.mdtReportedAt': {
    en: 'Give the time of the child abuse report.',
    es: 'Indique la hora del reporte de abuso infantil.',
  },
  'referralWeb.error.courtOrder': { en: 'Name the court order.', es: 'Indique la orden judicial.' },
  'referralWeb.error.overrideReason': {
    en: 'Say why the information is shared without another basis.',
    es: 'Diga por qué se comparte la información sin otra base.',
  },
  'referralWeb.error.safeContact': {
    en: 'Give the safe contact’s name and telephone, or neither.',
    es: 'Indique el nombre y el teléfono del contacto seguro, o ninguno.',
  },

  // A referral's page.
  'referralWeb.title': { en: 'Referral', es: 'Referencia' },
  'referralWeb.heading': { en: 'Referral to {service}', es: 'Referencia a {service}' },
  'referralWeb.about': { en: 'For {youth}', es: 'Para {youth}' },
  'referralWeb.aboutAge': { en: 'For {youth}, {age} years old', es: 'Para {youth}, de {age} años' },
  'referralWeb.youthLink': { en: 'Open the youth’s record', es: 'Abrir el expediente del joven' },
  'referralWeb.serviceLink': { en: 'Open the service’s page', es: 'Abrir la página del servicio' },
  'referralWeb.status': { en: 'Status', es: 'Estado' },
  'referralWeb.urgency': { en: 'Urgency', es: 'Urgencia' },
  'referralWeb.closure': { en: 'Why it closed', es: 'Por qué se cerró' },
  'referralWeb.from': { en: 'Referred by', es: 'Referido por' },
  'referralWeb.fromLine': { en: '{person}, {agency}', es: '{person}, {agency}' },
  'referralWeb.to': { en: 'Receiving agency', es: 'Agencia que recibe' },
  'referralWeb.toNone': {
    en: 'No Harbor agency receives referrals for this service yet: call it.',
    es: 'Ninguna agencia de Harbor recibe aún referencias para este servicio: llámelo.',
  },
  'referralWeb.reason': { en: 'Why the youth is referred', es: 'Por qué se refiere al joven' },
  'referralWeb.basis': { en: 'Basis for sharing', es: 'Base para compartir' },
  'referralWeb.basis.mdtWindow': {
    en: 'Report {reported}; the team may share until {ends}.',
    es: 'Reporte: {reported}; el equipo puede compartir hasta el {ends}.',
  },
  'referralWeb.basis.override': { en: 'Reason: {reason}', es: 'Motivo: {reason}' },
  'referralWeb.basis.courtOrder': { en: 'Order: {order}', es: 'Orden: {order}' },
  'referralWeb.sections': { en: 'Shared with the receiving agency', es: 'Compartido con la agencia que recibe' },
  'referralWeb.contact': { en: 'How to reach the youth', es: 'Cómo comunicarse con el joven' },
  'referralWeb.contact.doNotContact': {
    en: 'Do not contact the youth directly: an exploiter may control the youth’s phone.',
    es: 'No se comunique directamente con el joven: un explotador puede controlar su teléfono.',
  },
  'referralWeb.contact.throughReferrer': {
    en: 'Call the referrer, {person}, to arrange contact.',
    es: 'Llame a quien refirió, {person}, para acordar el contacto.',
  },
  'referralWeb.contact.direct': {
    en: 'The youth may be contacted directly.',
    es: 'Se puede comunicar directamente con el joven.',
  },
  'referralWeb.contact.safe': {
    en: 'Safe contact: {name} ({relationship})',
    es: 'Contacto seguro: {name} ({relationship})',
  },
  'referralWeb.contact.safeNoRelationship': { en: 'Safe contact: {name}', es: 'Contacto seguro: {name}' },
  'referralWeb.eligibility': { en: 'Eligibility', es: 'Elegibilidad' },
  'referralWeb.eligibility.fits': {
    en: 'The youth fits the service’s published eligibility (age, area, runaway status).',
    es: 'El joven cumple con la elegibilidad publicada del servicio (edad, zona, estado de fuga).',
  },
  'referralWeb.eligibility.reasons': {
    en: 'The service’s published eligibility does not fit, or cannot be checked:',
    es: 'La elegibilidad publicada del servicio no se cumple, o no se puede revisar:',
  },
  'referralWeb.eligibility.overridden': {
    en: 'Overridden by {person}, {time}: {reason}',
    es: 'Excepción autorizada por {person}, {time}: {reason}',
  },
  'referralWeb.eligibility.supervisorOnly': {
    en: 'Only a supervisor may send it anyway, with the reason. Ask a supervisor of your agency, or choose another service.',
    es: 'Solo un supervisor puede enviarla de todos modos, con el motivo. Pida a un supervisor de su agencia, o elija otro servicio.',
  },
  'referralWeb.field.override': {
    en: 'Send it anyway: why (supervisor)',
    es: 'Enviarla de todos modos: por qué (supervisor)',
  },
  'referralWeb.field.overrideEligibilityHint': {
    en: 'Recorded with your name and audited.',
    es: 'Se registra con su nombre y se audita.',
  },
  'referralWeb.error.eligibilityOverride': {
    en: 'Say why it is sent anyway (at least 5 characters).',
    es: 'Diga por qué se envía de todos modos (al menos 5 caracteres).',
  },
  'referralWeb.clocks': { en: 'Clocks', es: 'Plazos' },
  'referralWeb.clock.acknowledge': { en: 'Acknowledge by', es: 'Confirmar a más tardar' },
  'referralWeb.clock.firstContact': { en: 'First contact by', es: 'Primer contacto a más tardar' },
  'referralWeb.clock.expires': { en: 'Expires unanswered', es: 'Vence sin respuesta' },
  'referralWeb.clock.firstContactWhy': {
    en: 'The protocol’s specialized services within 72 hours (LA CSEC First Responder Protocol).',
    es: 'Los servicios especializados del protocolo dentro de 72 horas (Protocolo de Primera Respuesta CSEC de Los Ángeles).',
  },
  'referralWeb.clock.met': { en: 'Done', es: 'Cumplido' },
  'referralWeb.figure.acknowledge': { en: 'Time to acknowledge', es: 'Tiempo para confirmar' },
  'referralWeb.figure.accept': { en: 'Time to accept', es: 'Tiempo para aceptar' },
  'referralWeb.figure.firstService': { en: 'Time to first service', es: 'Tiempo hasta el primer servicio' },
  'referralWeb.events': { en: 'What happened', es: 'Lo que pasó' },
  'referralWeb.event.line': { en: '{status}: {person}, {agency}', es: '{status}: {person}, {agency}' },
  'referralWeb.event.harbor': {
    en: '{status}: Harbor, nobody answered in time',
    es: '{status}: Harbor, nadie respondió a tiempo',
  },
  'referralWeb.event.closure': { en: 'Why: {reason}', es: 'Por qué: {reason}' },
  'referralWeb.event.note': { en: 'Note: {note}', es: 'Nota: {note}' },

  // The actions.
  'referralWeb.actions': { en: 'What you can do', es: 'Lo que puede hacer' },
  'referralWeb.actions.none': {
    en: 'Nothing is waiting on your agency for this referral.',
    es: 'Nada espera a su agencia en esta referencia.',
  },
  'referralWeb.action.send': { en: 'Send the referral', es: 'Enviar la referencia' },
  'referralWeb.action.accept': { en: 'Accept', es: 'Aceptar' },
  'referralWeb.action.hold': { en: 'Put on the waitlist', es: 'Poner en lista de espera' },
  'referralWeb.action.reject': { en: 'Reject', es: 'Rechazar' },
  'referralWeb.action.start': { en: 'Services started', es: 'Servicios iniciados' },
  'referralWeb.action.complete': { en: 'Complete', es: 'Completar' },
  'referralWeb.action.fail': { en: 'Record that it did not happen', es: 'Registrar que no se concretó' },
  'referralWeb.action.cancel': { en: 'Cancel the referral', es: 'Cancelar la referencia' },
  'referralWeb.action.mark_entered_in_error': { en: 'Entered in error', es: 'Registrada por error' },
  'referralWeb.action.note': { en: 'Note (optional)', es: 'Nota (opcional)' },
  'referralWeb.action.noteHint': {
    en: 'Both agencies read it. Write no more of the youth’s story than the other agency needs.',
    es: 'Ambas agencias la leen. No escriba más de la historia del joven de lo que la otra agencia necesita.',
  },
  'referralWeb.action.closureReason': { en: 'Why', es: 'Por qué' },
  'referralWeb.action.confirm': { en: 'Confirm: {action}', es: 'Confirmar: {action}' },
  'referralWeb.action.back': { en: 'Go back', es: 'Volver' },
  'referralWeb.action.closureRequired': { en: 'Choose why.', es: 'Elija por qué.' },
  'referralWeb.action.done': { en: 'Saved: {status}', es: 'Guardado: {status}' },
  'referralWeb.action.notSaved': { en: 'Not saved', es: 'No se guardó' },
  'referralWeb.closedForReceiver': {
    en: 'The referral is closed, and your agency no longer sees the youth’s information it shared. The referrer sees how it ended.',
    es: 'La referencia está cerrada y su agencia ya no ve la información del joven que se compartió. Quien refirió ve cómo terminó.',
  },
  'referralWeb.backHome': { en: 'Back to My Harbor', es: 'Volver a Mi Harbor' },
  'referralWeb.loading': { en: 'Loading…', es: 'Cargando…' },
});
