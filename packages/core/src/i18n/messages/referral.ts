import { defineMessages } from '../define.js';

/**
 * Referrals: statuses, closure reasons, the bases for sharing, the sections shared, refusals and eligibility reasons,
 * and the e-mail of their clocks (which never names a youth: the link leads to Harbor).
 */
export const referralMessages = defineMessages({
  'referral.status.draft': { en: 'Draft', es: 'Borrador' },
  'referral.status.requested': { en: 'Sent, waiting for an answer', es: 'Enviada, en espera de respuesta' },
  'referral.status.accepted': { en: 'Accepted', es: 'Aceptada' },
  'referral.status.rejected': { en: 'Declined by the service', es: 'Rechazada por el servicio' },
  'referral.status.on_hold': { en: 'Waitlisted', es: 'En lista de espera' },
  'referral.status.in_progress': { en: 'Services started', es: 'Servicios iniciados' },
  'referral.status.completed': { en: 'Completed', es: 'Completada' },
  'referral.status.failed': { en: 'Did not happen', es: 'No se concretó' },
  'referral.status.cancelled': { en: 'Cancelled', es: 'Cancelada' },
  'referral.status.entered_in_error': { en: 'Entered in error', es: 'Registrada por error' },

  'referral.closure.services_received': { en: 'The youth received the services', es: 'El joven recibió los servicios' },
  'referral.closure.unable_to_contact': {
    en: 'The youth could not be reached',
    es: 'No se pudo comunicar con el joven',
  },
  'referral.closure.no_capacity': { en: 'No place available', es: 'No hay cupo disponible' },
  'referral.closure.not_eligible': { en: 'Not eligible for the service', es: 'No cumple los requisitos del servicio' },
  'referral.closure.youth_declined': { en: 'The youth declined', es: 'El joven no aceptó' },
  'referral.closure.caregiver_declined': {
    en: 'The parent or caregiver declined',
    es: 'El padre, la madre o la persona cuidadora no aceptó',
  },
  'referral.closure.moved': { en: 'The youth moved away', es: 'El joven se mudó' },
  'referral.closure.aged_out': { en: 'The youth aged out of the service', es: 'El joven superó la edad del servicio' },
  'referral.closure.no_response_expired': {
    en: 'No answer in time: the referral expired',
    es: 'Sin respuesta a tiempo: la referencia venció',
  },
  'referral.closure.referred_elsewhere': { en: 'Referred to another service', es: 'Referido a otro servicio' },
  'referral.closure.no_longer_needed': { en: 'No longer needed', es: 'Ya no se necesita' },
  'referral.closure.entered_in_error': { en: 'Entered in error', es: 'Registrada por error' },
  'referral.closure.other': { en: 'Another reason (see the note)', es: 'Otro motivo (vea la nota)' },

  'referral.urgency.routine': { en: 'Routine', es: 'Ordinaria' },
  'referral.urgency.urgent': { en: 'Urgent', es: 'Urgente' },
  'referral.urgency.emergency': { en: 'Emergency', es: 'Emergencia' },

  'referral.basis.youth_consent': { en: 'The youth consented', es: 'El joven dio su consentimiento' },
  'referral.basis.caregiver_consent': {
    en: 'A parent or legal guardian consented',
    es: 'El padre, la madre o el tutor legal dio su consentimiento',
  },
  'referral.basis.court_order': { en: 'A court order', es: 'Una orden judicial' },
  'referral.basis.mdt_18961_7': {
    en: 'Child abuse multidisciplinary team (W&I 18961.7, within 30 days of the report)',
    es: 'Equipo multidisciplinario de abuso infantil (W&I 18961.7, dentro de 30 días del reporte)',
  },
  'referral.basis.wic_827': {
    en: 'A person W&I 827 allows to see the case file (MDT member, treatment or supervision provider)',
    es: 'Una persona a quien W&I 827 permite ver el expediente (miembro del MDT, proveedor de tratamiento o supervisión)',
  },
  'referral.basis.override': { en: 'Another reason, recorded', es: 'Otro motivo, registrado' },

  'referral.section.identity': {
    en: 'Name, age, gender, pronouns and language',
    es: 'Nombre, edad, género, pronombres e idioma',
  },
  'referral.section.contact': { en: 'Placement, addresses and phones', es: 'Colocación, direcciones y teléfonos' },
  'referral.section.screenings': { en: 'Screening results', es: 'Resultados de las evaluaciones' },
  'referral.section.screening_clinical': {
    en: 'Clinical answers of the screenings',
    es: 'Respuestas clínicas de las evaluaciones',
  },
  'referral.section.response': {
    en: 'The protocol response and its steps',
    es: 'La respuesta del protocolo y sus pasos',
  },
  'referral.section.safety_plan': { en: 'The safety plan', es: 'El plan de seguridad' },
  'referral.section.clinical_notes': { en: 'Clinical notes', es: 'Notas clínicas' },

  'referral.transition.notFromStatus': {
    en: 'This referral cannot do that in its current status.',
    es: 'Esta referencia no permite esa acción en su estado actual.',
  },
  'referral.transition.notYourSide': {
    en: 'The other agency of this referral takes that step, not yours.',
    es: 'Ese paso le corresponde a la otra agencia de esta referencia, no a la suya.',
  },
  'referral.closure.required': {
    en: 'Choose why the referral closes.',
    es: 'Elija por qué se cierra la referencia.',
  },
  'referral.closure.notForStatus': {
    en: 'That reason does not fit this way of closing the referral.',
    es: 'Ese motivo no corresponde a esta forma de cerrar la referencia.',
  },
  'referral.closure.notExpected': {
    en: 'A closure reason is only given when the referral closes.',
    es: 'El motivo de cierre solo se indica cuando se cierra la referencia.',
  },
  'referral.basis.mdtReportRequired': {
    en: 'Give the time of the child abuse report: the team shares for 30 days after it (W&I 18961.7).',
    es: 'Indique la hora del reporte de abuso infantil: el equipo comparte durante 30 días después de él (W&I 18961.7).',
  },
  'referral.basis.mdtReportInFuture': {
    en: 'The report cannot be later than now.',
    es: 'El reporte no puede ser posterior a este momento.',
  },
  'referral.basis.mdtOutsideWindow': {
    en: 'The team’s 30 days after the report are over (W&I 18961.7): choose another basis for sharing, or record good cause to extend the window.',
    es: 'Terminaron los 30 días del equipo después del reporte (W&I 18961.7): elija otra base para compartir o registre una causa justificada para extender el plazo.',
  },
  'referral.basis.mdtGoodCauseRequired': {
    en: 'An extended window needs its good cause.',
    es: 'Un plazo extendido necesita su causa justificada.',
  },
  'referral.basis.overrideReasonRequired': {
    en: 'Write why the information is shared.',
    es: 'Escriba por qué se comparte la información.',
  },
  'referral.basis.courtOrderRequired': {
    en: 'Name the court order.',
    es: 'Indique la orden judicial.',
  },

  'referral.eligibility.refused': {
    en: 'The youth does not fit the service’s eligibility. A supervisor may send it anyway, with the reason.',
    es: 'El joven no cumple los requisitos del servicio. Una persona supervisora puede enviarla de todos modos, con el motivo.',
  },
  'referral.eligibility.overrideNotAllowed': {
    en: 'Only a supervisor may send a referral the service’s eligibility refuses.',
    es: 'Solo una persona supervisora puede enviar una referencia que no cumple los requisitos del servicio.',
  },
  'referral.eligibility.tooYoung': {
    en: 'The service starts at age {minimum}.',
    es: 'El servicio empieza a los {minimum} años.',
  },
  'referral.eligibility.tooOld': {
    en: 'The service serves youth up to age {maximum}.',
    es: 'El servicio atiende a jóvenes hasta los {maximum} años.',
  },
  'referral.eligibility.ageUnknown': {
    en: 'The service has an age range and the youth’s age is not on record.',
    es: 'El servicio tiene un rango de edad y la edad del joven no está registrada.',
  },
  'referral.eligibility.outsideArea': {
    en: 'The service does not serve {area}.',
    es: 'El servicio no atiende {area}.',
  },
  'referral.eligibility.areaUnknown': {
    en: 'The service serves some areas only: say where the youth lives.',
    es: 'El servicio atiende solo algunas zonas: indique dónde vive el joven.',
  },
  'referral.eligibility.refusesRunaway': {
    en: 'The service does not take youth on runaway or AWOL status.',
    es: 'El servicio no recibe a jóvenes fugados o ausentes sin permiso.',
  },
  'referral.eligibility.runawayUnknown': {
    en: 'The service does not take youth on runaway or AWOL status: say whether the youth is.',
    es: 'El servicio no recibe a jóvenes fugados o ausentes sin permiso: indique si el joven lo está.',
  },
  'referral.service.notFound': {
    en: 'That service is not in the directory.',
    es: 'Ese servicio no está en el directorio.',
  },
  'referral.service.retired': {
    en: 'This service is no longer offered (the directory marks it inactive or closed): choose another service.',
    es: 'Este servicio ya no se ofrece (el directorio lo marca como inactivo o cerrado): elija otro servicio.',
  },
  'referral.service.noAgency': {
    en: 'No agency on Harbor receives referrals for this service yet: refer the youth by telephone.',
    es: 'Todavía ninguna agencia en Harbor recibe referencias para este servicio: refiera al joven por teléfono.',
  },

  'referral.email.acknowledgeOverdue.subject': {
    en: 'Harbor: a referral to your agency is waiting for an answer',
    es: 'Harbor: una referencia a su agencia espera respuesta',
  },
  'referral.email.acknowledgeOverdue.body': {
    en: 'A referral to your agency has not been answered in time. Open Harbor to accept, waitlist or decline it:',
    es: 'Una referencia a su agencia no se respondió a tiempo. Abra Harbor para aceptarla, ponerla en lista de espera o rechazarla:',
  },
  'referral.email.firstContactOverdue.subject': {
    en: 'Harbor: a referral’s first contact is overdue',
    es: 'Harbor: el primer contacto de una referencia está vencido',
  },
  'referral.email.firstContactOverdue.body': {
    en: 'The 72 hours for the first contact of a referral to a specialised service are over. Open Harbor:',
    es: 'Terminaron las 72 horas para el primer contacto de una referencia a un servicio especializado. Abra Harbor:',
  },
  'referral.email.expired.subject': {
    en: 'Harbor: a referral you sent expired',
    es: 'Harbor: venció una referencia que usted envió',
  },
  'referral.email.expired.body': {
    en: 'A referral you sent expired without an answer from the service. Open Harbor to refer the youth elsewhere:',
    es: 'Una referencia que usted envió venció sin respuesta del servicio. Abra Harbor para referir al joven a otro servicio:',
  },
});
