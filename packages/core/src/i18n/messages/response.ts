import { defineMessages } from '../define.js';

/** Messages of responses on the server: refusals, field errors and the written report (SS 8572) PDF. */
export const responseMessages = defineMessages({
  'response.screeningNotCompleted': {
    en: 'This screening is not finished. Finish it first, or open the response from the youth’s page or the home.',
    es: 'Esta evaluación no está terminada. Termínela primero, o abra la respuesta desde la página de la persona joven o desde el inicio.',
  },
  'response.time.future': {
    en: 'This time is in the future. Enter when it actually happened.',
    es: 'Esta hora es futura. Indique cuándo ocurrió realmente.',
  },
  'response.step.notOwner': {
    en: 'This step belongs to another role or person. Only its owner can complete it.',
    es: 'Este paso corresponde a otro rol o a otra persona. Solo su responsable puede completarlo.',
  },
  'response.step.notSupervisor': {
    en: 'This step belongs to another agency. Only its owner or a supervisor of the owner’s agency can mark it not applicable.',
    es: 'Este paso corresponde a otra agencia. Solo su responsable o un supervisor de la agencia responsable puede marcarlo como no aplicable.',
  },
  'response.step.completedBy.telephone_report': {
    en: 'This step is completed by recording the telephone report, with the referral number the hotline gave.',
    es: 'Este paso se completa al registrar el reporte telefónico, con el número de referencia que dio la línea directa.',
  },
  'response.step.completedBy.written_report': {
    en: 'This step is completed by submitting the written report (SS 8572).',
    es: 'Este paso se completa al presentar el reporte escrito (SS 8572).',
  },
  'response.step.minimumDays': {
    en: 'This engagement lasts at least 90 days from its start; it cannot be completed earlier.',
    es: 'Este acompañamiento dura al menos 90 días desde su inicio; no se puede completar antes.',
  },
  'response.step.notDeclinable': {
    en: 'This step is not one the youth can decline. Mark it not applicable with the reason instead.',
    es: 'El joven no puede rechazar este paso. Márquelo como no aplicable con el motivo.',
  },
  'response.disposition.required': {
    en: 'Choose what the hotline decided.',
    es: 'Elija lo que decidió la línea directa.',
  },
  'response.madeBy.required': {
    en: 'Say who made the report: a colleague, the county’s online system, or law enforcement.',
    es: 'Indique quién hizo el reporte: un colega, el sistema en línea del condado o las fuerzas del orden.',
  },
  'response.learnedAt.afterCall': {
    en: 'You received the information before you called: enter a time no later than the call.',
    es: 'Usted recibió la información antes de llamar: indique una hora que no sea posterior a la llamada.',
  },
  'response.referralNumber.invalid': {
    en: 'A referral number has exactly 19 digits (spaces and dashes are fine).',
    es: 'Un número de referencia tiene exactamente 19 dígitos (se admiten espacios y guiones).',
  },
  'response.sb1322.refused': {
    en: 'Harbor does not record this. Under California law (SB 1322, Statutes of 2016, in force since 1 January 2017), a person under 18 is not arrested or charged for prostitution or loitering with intent (Penal Code 647(b) and 653.22): a commercially sexually exploited child is a victim. Report to the DCFS Child Protection Hotline instead: (800) 540-4000.',
    es: 'Harbor no registra esto. Según la ley de California (SB 1322, Estatutos de 2016, vigente desde el 1 de enero de 2017), una persona menor de 18 años no es arrestada ni acusada de prostitución ni de merodeo con esa intención (Código Penal 647(b) y 653.22): un niño explotado sexualmente con fines comerciales es una víctima. En su lugar, repórtelo a la Línea Directa de Protección Infantil de DCFS: (800) 540-4000.',
  },
  'response.pc653_22.repealed': {
    en: 'Harbor does not record this. Penal Code 653.22 (loitering with intent to commit prostitution) was repealed for everyone by SB 357, in force since 1 January 2023: nobody is arrested, cited or charged under it.',
    es: 'Harbor no registra esto. El artículo 653.22 del Código Penal (merodeo con la intención de cometer prostitución) fue derogado para todas las personas por la SB 357, vigente desde el 1 de enero de 2023: nadie es arrestado, citado ni acusado por él.',
  },
  'response.conductOn.future': {
    en: 'This day is in the future. Enter the day the conduct happened.',
    es: 'Este día es futuro. Indique el día en que ocurrió la conducta.',
  },
  'response.earlierArrest.noYouth': {
    en: 'Link this response to the youth’s record first: an earlier arrest is kept on the youth’s record.',
    es: 'Primero vincule esta respuesta al registro del joven: un arresto anterior se guarda en el registro del joven.',
  },
  'response.writtenReport.confidential': {
    en: 'The written report is confidential (Penal Code 11167(d)): only the reporter, their supervisors and child welfare can open it. You can see that it was made and when.',
    es: 'El reporte escrito es confidencial (Código Penal 11167(d)): solo quien reporta, sus supervisores y los servicios de protección infantil pueden abrirlo. Usted puede ver que se hizo y cuándo.',
  },
  'response.writtenReport.pdfTitle': {
    en: 'Suspected child abuse report: written follow-up (SS 8572)',
    es: 'Reporte de sospecha de abuso infantil: seguimiento por escrito (SS 8572)',
  },
  'response.writtenReport.pdfIntro': {
    en: 'Prepared by Harbor from the records of this response for the reporter to review and complete. Send it to the agency that took the telephone report within 36 hours of receiving the information, not of the call (Penal Code 11166(a)); it holds the information Penal Code 11167(a) requires. Transfer it onto the official form SS 8572 if your agency requires that form.',
    es: 'Preparado por Harbor a partir de los registros de esta respuesta para que quien reporta lo revise y complete. Envíelo a la agencia que recibió el reporte telefónico dentro de las 36 horas siguientes a recibir la información, no a la llamada (Código Penal 11166(a)); contiene la información que exige el Código Penal 11167(a). Páselo al formulario oficial SS 8572 si su agencia lo exige.',
  },
  'response.writtenReport.submittedAt': { en: 'Submitted at', es: 'Presentado el' },
  'response.writtenReport.field.reporterName': { en: 'Reporter’s name', es: 'Nombre de quien reporta' },
  'response.writtenReport.field.reporterCapacity': {
    en: 'Mandated reporter’s capacity (position and agency)',
    es: 'Calidad de informante obligatorio (cargo y agencia)',
  },
  'response.writtenReport.field.reporterBusinessAddress': {
    en: 'Reporter’s business address',
    es: 'Dirección laboral de quien reporta',
  },
  'response.writtenReport.field.reporterPhone': { en: 'Reporter’s telephone', es: 'Teléfono de quien reporta' },
  'response.writtenReport.field.childName': {
    en: 'Child’s name (if known)',
    es: 'Nombre del niño, niña o joven (si se conoce)',
  },
  'response.writtenReport.field.childBirthDate': {
    en: 'Date of birth or age',
    es: 'Fecha de nacimiento o edad',
  },
  'response.writtenReport.field.childAddress': { en: 'Child’s address', es: 'Dirección del niño, niña o joven' },
  'response.writtenReport.field.childPresentLocation': {
    en: 'Child’s present location',
    es: 'Ubicación actual del niño, niña o joven',
  },
  'response.writtenReport.field.childSchool': { en: 'School (if known)', es: 'Escuela (si se conoce)' },
  'response.writtenReport.field.childGradeClass': {
    en: 'Grade and class (if known)',
    es: 'Grado y clase (si se conocen)',
  },
  'response.writtenReport.field.parents': {
    en: 'Parents: names, addresses, telephones (if known)',
    es: 'Padres: nombres, direcciones, teléfonos (si se conocen)',
  },
  'response.writtenReport.field.guardians': {
    en: 'Guardians or caregivers other than the parents (a legal guardian, a relative or foster caregiver): names, addresses, telephones (if known)',
    es: 'Tutores o cuidadores que no son los padres (un tutor legal, un familiar o una familia de crianza a cargo): nombres, direcciones, teléfonos (si se conocen)',
  },
  'response.writtenReport.field.suspectName': {
    en: 'Name of the person suspected',
    es: 'Nombre de la persona sospechosa',
  },
  'response.writtenReport.field.suspectStreetName': {
    en: 'Street name, nickname or alias',
    es: 'Apodo, sobrenombre o nombre que usa en la calle',
  },
  'response.writtenReport.field.suspectAddress': {
    en: 'Address of the person suspected',
    es: 'Dirección de la persona sospechosa',
  },
  'response.writtenReport.field.suspectPhone': {
    en: 'Telephone numbers of the person suspected',
    es: 'Teléfonos de la persona sospechosa',
  },
  'response.writtenReport.field.suspectVehicle': {
    en: 'Vehicle (make, model, color, license plate)',
    es: 'Vehículo (marca, modelo, color, placa)',
  },
  'response.writtenReport.field.suspectOnline': {
    en: 'Online accounts (usernames, profiles, apps, sites where the child was advertised)',
    es: 'Cuentas en línea (nombres de usuario, perfiles, aplicaciones, sitios donde se anunció al niño o niña)',
  },
  'response.writtenReport.field.suspectOther': {
    en: 'Relationship to the child, description, other persons suspected, anything else relevant',
    es: 'Relación con el niño o niña, descripción, otras personas sospechosas, cualquier otro dato relevante',
  },
  'response.writtenReport.section.reporter': { en: 'The reporter', es: 'Quien reporta' },
  'response.writtenReport.section.child': {
    en: 'The child, the parents and guardians (if known)',
    es: 'El niño o niña, los padres y tutores (si se conocen)',
  },
  'response.writtenReport.section.suspect': {
    en: 'The person suspected of the abuse or exploitation (if known)',
    es: 'La persona sospechosa del abuso o la explotación (si se conoce)',
  },
  'response.writtenReport.section.suspicion': {
    en: 'The suspicion, the incident and the telephone report',
    es: 'La sospecha, el incidente y el reporte telefónico',
  },
  'response.writtenReport.childNameUnknown': {
    en: 'Not known (Penal Code 11167(a) asks for it only if known)',
    es: 'No se conoce (el Código Penal 11167(a) lo pide solo si se conoce)',
  },
  'response.writtenReport.field.suspicionBasis': {
    en: 'Information that gave rise to the reasonable suspicion',
    es: 'Información que dio lugar a la sospecha razonable',
  },
  'response.writtenReport.field.suspicionSource': {
    en: 'Source of that information',
    es: 'Fuente de esa información',
  },
  'response.writtenReport.field.incident': {
    en: 'When and where it was observed or disclosed',
    es: 'Cuándo y dónde se observó o se reveló',
  },
  'response.writtenReport.field.telephoneReport': {
    en: 'Telephone report: date, time, agency, person spoken to, referral number',
    es: 'Reporte telefónico: fecha, hora, agencia, persona con quien se habló, número de referencia',
  },
});
