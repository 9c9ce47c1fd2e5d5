import { defineMessages } from '@harbor/core';

/**
 * Copy of the screening pages: the list, the form (offline too), conflicts, corrections, results.
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const screeningCopy = defineMessages({
  // Answers to a concern item.
  'screening.concern.none': { en: 'No concern', es: 'Sin preocupación' },
  'screening.concern.possible': { en: 'Possible concern', es: 'Preocupación posible' },
  'screening.concern.clear': { en: 'Clear concern', es: 'Preocupación clara' },

  'screeningForm.nav': { en: 'Screenings', es: 'Evaluaciones' },
  'screeningForm.backToList': { en: 'Back to screenings', es: 'Volver a las evaluaciones' },

  // The screenings page: start one, what waits on this device, my drafts and unlinked screenings.
  'screeningForm.list.title': { en: 'Screenings', es: 'Evaluaciones' },
  'screeningForm.list.intro': {
    en: 'Screen a youth for signs of commercial sexual exploitation. The form works without a network: what you enter is kept on this device, encrypted, and sent when the network returns.',
    es: 'Evalúe si una persona joven muestra señales de explotación sexual comercial. El formulario funciona sin conexión: lo que escriba se guarda cifrado en este dispositivo y se envía cuando vuelva la conexión.',
  },
  'screeningForm.list.details': { en: 'Details', es: 'Detalles' },
  'screeningForm.list.changed': { en: 'Last changed {when}', es: 'Último cambio: {when}' },
  'screeningForm.list.level': { en: 'Result: {level}', es: 'Resultado: {level}' },

  'screeningForm.start.heading': { en: 'Start a screening', es: 'Comenzar una evaluación' },
  'screeningForm.start.instrument': { en: 'Which screening?', es: '¿Qué evaluación?' },
  'screeningForm.start.chooseInstrument': {
    en: 'Choose the screening to use.',
    es: 'Elija la evaluación que va a usar.',
  },
  'screeningForm.start.items': {
    en: '{count, plural, one {One question.} other {# questions.}}',
    es: '{count, plural, one {Una pregunta.} other {# preguntas.}}',
  },
  'screeningForm.start.forWhom': { en: 'Who is it about?', es: '¿De quién se trata?' },
  'screeningForm.start.unidentifiedNote': {
    en: 'This screening is for a youth not identified yet. You can link it to their record later.',
    es: 'Esta evaluación es de una persona joven aún no identificada. Podrá vincularla a su expediente más adelante.',
  },
  'screeningForm.start.submit': { en: 'Start the screening', es: 'Comenzar la evaluación' },
  'screeningForm.start.noInstruments': {
    en: 'The screenings are not on this device yet. Open this page once with a network connection; after that it works offline too.',
    es: 'Las evaluaciones aún no están en este dispositivo. Abra esta página una vez con conexión; después funcionará también sin conexión.',
  },
  'screeningForm.start.fromDevice': {
    en: 'You are offline: these are the screenings kept on this device.',
    es: 'No tiene conexión: estas son las evaluaciones guardadas en este dispositivo.',
  },
  'screeningForm.audience.brief': {
    en: 'Brief screen for hotline staff and first responders.',
    es: 'Evaluación breve para el personal de líneas de atención y de primera respuesta.',
  },
  'screeningForm.audience.staff': {
    en: 'Completed by staff from everything they know about the youth.',
    es: 'La completa el personal con todo lo que sabe de la persona joven.',
  },

  'screeningForm.youth.named': { en: '{name}', es: '{name}' },
  'screeningForm.youth.namedAge': {
    en: '{name}, {age, plural, one {# year old} other {# years old}}',
    es: '{name}, {age, plural, one {# año} other {# años}}',
  },
  'screeningForm.youth.nameLater': {
    en: 'The youth you chose (their name shows when you are online)',
    es: 'La persona joven que eligió (su nombre se muestra cuando tenga conexión)',
  },
  'screeningForm.youth.unidentified': {
    en: 'A youth not identified yet',
    es: 'Una persona joven aún no identificada',
  },

  'screeningForm.device.heading': { en: 'On this device', es: 'En este dispositivo' },
  'screeningForm.device.intro': {
    en: 'Kept encrypted on this device until Harbor has them. Signing out deletes them from this device.',
    es: 'Se guardan cifradas en este dispositivo hasta que Harbor las tenga. Al cerrar la sesión se borran de este dispositivo.',
  },
  'screeningForm.device.delete': {
    en: 'Delete “{title}” from this device',
    es: 'Borrar “{title}” de este dispositivo',
  },
  'screeningForm.device.deleteConfirm': {
    en: 'Delete this draft from this device? What was not saved in Harbor is lost.',
    es: '¿Borrar este borrador de este dispositivo? Se pierde lo que no se haya guardado en Harbor.',
  },

  'screeningForm.server.heading': { en: 'Saved in Harbor', es: 'Guardadas en Harbor' },
  'screeningForm.server.unavailable': {
    en: 'Your drafts and unlinked screenings in Harbor show here when the network returns.',
    es: 'Sus borradores y evaluaciones sin vincular en Harbor aparecen aquí cuando vuelva la conexión.',
  },
  'screeningForm.server.drafts': { en: 'My drafts', es: 'Mis borradores' },
  'screeningForm.server.noDrafts': { en: 'You have no drafts.', es: 'No tiene borradores.' },
  'screeningForm.server.unlinked': {
    en: 'Not linked to a youth yet',
    es: 'Aún sin vincular a una persona joven',
  },
  'screeningForm.server.noUnlinked': {
    en: 'Every screening you completed is linked to a youth.',
    es: 'Todas las evaluaciones que completó están vinculadas a una persona joven.',
  },

  // Where a screening stands.
  'screeningForm.facts.youth': { en: 'Youth', es: 'Persona joven' },
  'screeningForm.facts.status': { en: 'Status', es: 'Estado' },
  'screeningForm.facts.kind': { en: 'Kind', es: 'Tipo' },
  'screeningForm.facts.correction': {
    en: 'Correction of a completed screening',
    es: 'Corrección de una evaluación completada',
  },
  'screeningForm.facts.completed': { en: 'Completed', es: 'Completada' },
  'screeningForm.facts.completedBy': { en: 'by {name}, {when}', es: 'por {name}, {when}' },
  'screeningForm.status.deviceOnly': {
    en: 'Only on this device (not saved in Harbor yet)',
    es: 'Solo en este dispositivo (aún no guardada en Harbor)',
  },
  'screeningForm.status.draftSaved': { en: 'Draft saved in Harbor', es: 'Borrador guardado en Harbor' },
  'screeningForm.status.draftWaiting': {
    en: 'Draft waiting to be sent',
    es: 'Borrador en espera de envío',
  },
  'screeningForm.status.waiting': {
    en: 'Completed, waiting to be sent',
    es: 'Completada, en espera de envío',
  },
  'screeningForm.status.conflict': {
    en: 'Changed elsewhere: your decision is needed',
    es: 'Cambiada en otro lugar: necesita su decisión',
  },
  'screeningForm.status.rejected': {
    en: 'Not accepted by Harbor: open it to correct',
    es: 'Harbor no la aceptó: ábrala para corregirla',
  },
  'screeningForm.status.sent': { en: 'Completed and saved in Harbor', es: 'Completada y guardada en Harbor' },
  'screeningForm.offline.notice': {
    en: 'You are offline. Your answers are kept on this device, encrypted, and sent when the network returns.',
    es: 'No tiene conexión. Sus respuestas se guardan cifradas en este dispositivo y se envían cuando vuelva la conexión.',
  },

  // The form.
  'screeningForm.form.title': { en: 'Screening', es: 'Evaluación' },
  'screeningForm.form.missing': {
    en: 'This screening is not on this device. It may have been sent already, or deleted when someone signed out.',
    es: 'Esta evaluación no está en este dispositivo. Puede que ya se haya enviado, o que se borrara al cerrar una sesión.',
  },
  'screeningForm.step.counter': { en: 'Step {current} of {total}', es: 'Paso {current} de {total}' },
  'screeningForm.step.done': { en: 'completed', es: 'completado' },
  'screeningForm.step.current': { en: 'current step', es: 'paso actual' },
  'screeningForm.step.notDone': { en: 'not completed', es: 'sin completar' },
  'screeningForm.item.optional': { en: '(optional)', es: '(opcional)' },
  'screeningForm.item.characters': {
    en: '{count} of {max} characters',
    es: '{count} de {max} caracteres',
  },
  'screeningForm.answer.none': { en: 'Not answered', es: 'Sin respuesta' },
  'screeningForm.action.back': { en: 'Back', es: 'Atrás' },
  'screeningForm.action.next': { en: 'Next', es: 'Siguiente' },
  'screeningForm.action.complete': { en: 'Complete the screening', es: 'Completar la evaluación' },
  'screeningForm.action.saveDraft': { en: 'Save draft', es: 'Guardar borrador' },
  'screeningForm.action.sending': { en: 'Saving…', es: 'Guardando…' },
  'screeningForm.errors.heading': { en: 'There is a problem', es: 'Hay un problema' },
  'screeningForm.errors.entry': { en: '{question}: {problem}', es: '{question}: {problem}' },
  'screeningForm.saved.server': {
    en: 'Draft saved in Harbor. You can resume it from Screenings.',
    es: 'Borrador guardado en Harbor. Puede retomarlo desde Evaluaciones.',
  },
  'screeningForm.saved.device': { en: 'Saved on this device', es: 'Guardado en este dispositivo' },
  'screeningForm.saved.deviceBody': {
    en: 'It is kept encrypted here and will be sent to Harbor when the network returns.',
    es: 'Se guarda cifrado aquí y se enviará a Harbor cuando vuelva la conexión.',
  },

  // The crisis step (numbers: 988 Suicide & Crisis Lifeline; LACDMH ACCESS Helpline).
  'screeningForm.crisis.heading': {
    en: 'Safety first: the youth may be thinking of suicide or self-harm',
    es: 'Primero la seguridad: la persona joven podría estar pensando en el suicidio o en hacerse daño',
  },
  'screeningForm.crisis.body': {
    en: 'Stay with the youth, or make sure someone safe does. Get crisis help now, then continue the screening when the youth is safe.',
    es: 'Quédese con la persona joven, o asegúrese de que alguien de confianza lo haga. Busque ayuda de crisis ahora y continúe la evaluación cuando esté a salvo.',
  },
  'screeningForm.crisis.call988': {
    en: 'Call 988, the Suicide & Crisis Lifeline (24 hours)',
    es: 'Llame al 988, la Línea de Prevención del Suicidio y Crisis (24 horas)',
  },
  'screeningForm.crisis.text988': { en: 'Text 988', es: 'Envíe un mensaje de texto al 988' },
  'screeningForm.crisis.access': {
    en: 'Call the LACDMH ACCESS Helpline: {number}',
    es: 'Llame a la Línea de Ayuda ACCESS del LACDMH: {number}',
  },
  'screeningForm.crisis.danger': {
    en: 'If the youth is in immediate danger, call 911.',
    es: 'Si la persona joven está en peligro inmediato, llame al 911.',
  },

  // Conflicts: a draft changed on the server meanwhile.
  'screeningForm.conflict.heading': {
    en: 'This screening was changed elsewhere',
    es: 'Esta evaluación se cambió en otro lugar',
  },
  'screeningForm.conflict.body': {
    en: 'Since this device last had it, the draft was saved in Harbor with other answers (from another tab or device). Nothing has been overwritten. Choose which answers to keep.',
    es: 'Desde la última vez que este dispositivo la tuvo, el borrador se guardó en Harbor con otras respuestas (desde otra pestaña u otro dispositivo). No se ha sobrescrito nada. Elija qué respuestas conservar.',
  },
  'screeningForm.conflict.completedBody': {
    en: 'Since this device last had it, the screening was completed in Harbor with other answers. A completed screening is not changed: open it, and correct it there if your answers are the right ones.',
    es: 'Desde la última vez que este dispositivo la tuvo, la evaluación se completó en Harbor con otras respuestas. Una evaluación completada no se cambia: ábrala y corríjala allí si sus respuestas son las correctas.',
  },
  'screeningForm.conflict.caption': {
    en: '{count, plural, =0 {The answers are the same; only the version differs.} one {One answer differs} other {# answers differ}}',
    es: '{count, plural, =0 {Las respuestas son iguales; solo difiere la versión.} one {Una respuesta es distinta} other {# respuestas son distintas}}',
  },
  'screeningForm.conflict.question': { en: 'Question', es: 'Pregunta' },
  'screeningForm.conflict.mine': { en: 'Your answer on this device', es: 'Su respuesta en este dispositivo' },
  'screeningForm.conflict.server': { en: 'Answer saved in Harbor', es: 'Respuesta guardada en Harbor' },
  'screeningForm.conflict.keepMine': { en: 'Keep my answers', es: 'Conservar mis respuestas' },
  'screeningForm.conflict.takeServer': {
    en: 'Use the answers saved in Harbor',
    es: 'Usar las respuestas guardadas en Harbor',
  },
  'screeningForm.conflict.openServer': {
    en: 'Open the completed screening',
    es: 'Abrir la evaluación completada',
  },
  'screeningForm.conflict.taken': {
    en: 'The answers saved in Harbor are now on this device.',
    es: 'Las respuestas guardadas en Harbor están ahora en este dispositivo.',
  },

  // Corrections.
  'screeningForm.correction.heading': { en: 'Correct this screening', es: 'Corregir esta evaluación' },
  'screeningForm.correction.intro': {
    en: 'A completed screening is never changed. A correction is a new version with your answers, your name and your reason; this version stays as it is.',
    es: 'Una evaluación completada nunca se cambia. Una corrección es una versión nueva con sus respuestas, su nombre y su motivo; esta versión se conserva tal como está.',
  },
  'screeningForm.correction.start': { en: 'Correct this screening', es: 'Corregir esta evaluación' },
  'screeningForm.correction.reasonLabel': {
    en: 'Why are you correcting this screening?',
    es: '¿Por qué corrige esta evaluación?',
  },
  'screeningForm.correction.reasonHint': {
    en: 'At least 5 characters. Kept with the correction, with your name.',
    es: 'Al menos 5 caracteres. Se guarda con la corrección, junto con su nombre.',
  },
  'screeningForm.correction.reasonRequired': {
    en: 'Say why you are correcting the screening (at least 5 characters).',
    es: 'Indique por qué corrige la evaluación (al menos 5 caracteres).',
  },
  'screeningForm.correction.isCorrection': {
    en: 'This corrects an earlier version. Reason: {reason}',
    es: 'Esta versión corrige una anterior. Motivo: {reason}',
  },
  'screeningForm.correction.original': { en: 'See the earlier version', es: 'Ver la versión anterior' },
  'screeningForm.correction.wasCorrected': {
    en: 'A newer version corrects this screening.',
    es: 'Una versión más reciente corrige esta evaluación.',
  },
  'screeningForm.correction.newest': { en: 'See the correction', es: 'Ver la corrección' },

  // Linking a screening to a youth's record.
  'screeningForm.link.heading': { en: 'Link to a youth’s record', es: 'Vincular al expediente de una persona joven' },
  'screeningForm.link.intro': {
    en: 'Once you know who the youth is, find their record and link this screening to it. You can link to a youth whose care team you are on.',
    es: 'Cuando sepa quién es la persona joven, busque su expediente y vincule esta evaluación. Puede vincularla a una persona joven de cuyo equipo de atención usted forma parte.',
  },
  'screeningForm.link.find': { en: 'Find the youth', es: 'Buscar a la persona joven' },
  'screeningForm.link.choose': { en: 'Link to {name}', es: 'Vincular a {name}' },
  'screeningForm.link.done': {
    en: 'The screening is linked to {name}’s record.',
    es: 'La evaluación quedó vinculada al expediente de {name}.',
  },

  // The result.
  'screeningForm.result.title': { en: 'Screening result', es: 'Resultado de la evaluación' },
  'screeningForm.result.levelHeading': { en: 'Level of concern', es: 'Nivel de preocupación' },
  'screeningForm.result.reasonsHeading': { en: 'Why', es: 'Por qué' },
  'screeningForm.result.noReasons': {
    en: 'No rule of this screening reached a level of concern.',
    es: 'Ninguna regla de esta evaluación alcanzó un nivel de preocupación.',
  },
  // A screening answered mostly "don't know" (core: notEnoughInformation): shown instead of "no concern".
  'screeningForm.result.notEnoughInformation': { en: 'Not enough information', es: 'No hay suficiente información' },
  'screeningForm.result.unknownCount': {
    en: '{unknown} of the {scored} answers that count were “don’t know” or left blank. This is not a result of no concern.',
    es: '{unknown} de las {scored} respuestas que cuentan fueron “no sé” o quedaron en blanco. Este no es un resultado sin preocupación.',
  },
  'screeningForm.result.answersHeading': { en: 'Answers', es: 'Respuestas' },
  'screeningForm.result.answersHidden': {
    en: 'Answers about mental health, sexual health and substance use, and the free-text observations, are for clinical staff only. The level of concern and its reasons above are for the whole care team.',
    es: 'Las respuestas sobre salud mental, salud sexual y consumo de sustancias, y las observaciones escritas, son solo para el personal clínico. El nivel de preocupación y sus motivos, arriba, son para todo el equipo de atención.',
  },
  'screeningForm.correction.askClinician': {
    en: 'A correction needs every answer, and some are for clinical staff only: ask a clinician on the care team to correct it.',
    es: 'Una corrección necesita todas las respuestas, y algunas son solo para el personal clínico: pida a un profesional clínico del equipo de atención que la corrija.',
  },
  'screeningForm.result.aboutHeading': { en: 'About this screening', es: 'Acerca de esta evaluación' },
  'screeningForm.result.instrument': { en: '{title}, version {version}.', es: '{title}, versión {version}.' },
  'screeningForm.result.notProof': {
    en: 'A screening is not proof and is not legal evidence. It helps you decide what to do next: a conversation, a report where the law requires one, and a response.',
    es: 'Una evaluación no es una prueba ni una evidencia legal. Le ayuda a decidir qué hacer: una conversación, un reporte cuando la ley lo exige y una respuesta.',
  },
  'screeningForm.result.loadProblem': {
    en: 'This screening could not be opened',
    es: 'No se pudo abrir esta evaluación',
  },
  'screeningForm.result.offline': {
    en: 'This screening is kept in Harbor, and Harbor cannot be reached now. Try again when the network returns.',
    es: 'Esta evaluación está guardada en Harbor, y ahora no se puede conectar con Harbor. Vuelva a intentarlo cuando vuelva la conexión.',
  },
  'screeningForm.notSent.heading': { en: 'Not yet sent', es: 'Aún no enviada' },
  'screeningForm.notSent.body': {
    en: 'This result was computed on this device. The screening waits here, encrypted, and is sent to Harbor as soon as the network returns; Harbor then computes the result it keeps.',
    es: 'Este resultado se calculó en este dispositivo. La evaluación espera aquí, cifrada, y se envía a Harbor en cuanto vuelva la conexión; Harbor calcula entonces el resultado que conserva.',
  },
  'screeningForm.notSent.sendNow': { en: 'Send now', es: 'Enviar ahora' },

  'screeningForm.reason.count': {
    en: '{count, plural, one {One} other {#}} of {total} listed signs answered positively (the rule needs {atLeast}): {level}.',
    es: '{count, plural, one {Una} other {#}} de {total} señales de la lista con respuesta positiva (la regla pide {atLeast}): {level}.',
  },
  'screeningForm.reason.weighted': {
    en: '{domain}: the weighted score is {score}, at or above {atLeast}: {level}.',
    es: '{domain}: la puntuación ponderada es {score}, igual o superior a {atLeast}: {level}.',
  },
  'screeningForm.reason.critical': {
    en: '{domain}: a sign was answered “clear concern” or “yes”, which makes the result {level}.',
    es: '{domain}: una señal tuvo como respuesta “preocupación clara” o “sí”, lo que hace que el resultado sea {level}.',
  },
  'screeningForm.reason.other': {
    en: 'A rule of this screening: {level}.',
    es: 'Una regla de esta evaluación: {level}.',
  },

  // What to do next (facts: California Penal Code 11165.1, 11166; SB 855; LA County DCFS; First Responder Protocol).
  'screeningForm.next.heading': { en: 'What to do next', es: 'Qué hacer ahora' },
  'screeningForm.next.clear.report': {
    en: 'Make the mandated report now, by telephone, to the DCFS Child Protection Hotline. Commercial sexual exploitation of a minor is child abuse you must report, and reasonable suspicion is enough: you do not need proof.',
    es: 'Haga ahora el reporte obligatorio, por teléfono, a la Línea Directa de Protección Infantil del DCFS. La explotación sexual comercial de un menor es abuso infantil que usted debe reportar, y basta con una sospecha razonable: no necesita pruebas.',
  },
  'screeningForm.next.clear.hotline': {
    en: 'DCFS Child Protection Hotline, 24 hours: {number}',
    es: 'Línea Directa de Protección Infantil del DCFS, 24 horas: {number}',
  },
  'screeningForm.next.clear.outOfState': { en: 'From outside California:', es: 'Desde fuera de California:' },
  'screeningForm.next.clear.tdd': { en: 'TDD:', es: 'TDD:' },
  'screeningForm.next.clear.written': {
    en: 'Write down the 19-digit referral number the hotline gives you, and send the written report (form SS 8572) within 36 hours.',
    es: 'Anote el número de referencia de 19 dígitos que le da la línea, y envíe el reporte por escrito (formulario SS 8572) en un plazo de 36 horas.',
  },
  'screeningForm.next.clear.response': {
    en: 'Then start the response with your agency under the Los Angeles County CSEC First Responder Protocol, and tell the youth’s care team.',
    es: 'Después, inicie la respuesta con su agencia según el Protocolo de Primera Respuesta CSEC del Condado de Los Ángeles, e informe al equipo de atención de la persona joven.',
  },
  'screeningForm.next.clear.sources': {
    en: 'Sources: California Penal Code 11165.1 and 11166(a); SB 855 (2014); LA County DCFS; LA CSEC First Responder Protocol (2014).',
    es: 'Fuentes: Código Penal de California 11165.1 y 11166(a); SB 855 (2014); DCFS del Condado de Los Ángeles; Protocolo de Primera Respuesta CSEC de Los Ángeles (2014).',
  },
  'screeningForm.next.possible.consult': {
    en: 'Talk today with your supervisor and the youth’s care team about what you saw and learned, if that helps you decide. Do not wait for them to make a report you believe is due.',
    es: 'Hable hoy con su supervisor o supervisora y con el equipo de atención de la persona joven sobre lo que vio y supo, si eso le ayuda a decidir. No espere a que le autoricen para hacer un reporte que usted cree necesario.',
  },
  // PC 11166(i): the duty to report is individual; no supervisor or administrator may impede or inhibit it.
  'screeningForm.next.ownDuty': {
    en: 'Your duty to report is your own. A supervisor or colleague may advise you, but no one may stop or delay your report (California Penal Code 11166(i)). If you reasonably suspect exploitation, open the response and make the report now.',
    es: 'Su deber de reportar es personal. Un supervisor o un colega puede aconsejarle, pero nadie puede impedir ni retrasar su reporte (Código Penal de California 11166(i)). Si tiene una sospecha razonable de explotación, abra la respuesta y haga el reporte ahora.',
  },
  'screeningForm.next.none.suspicion': {
    en: 'If you still reasonably suspect exploitation from what you know, the law requires the report whatever this result says: open a response.',
    es: 'Si, por lo que usted sabe, aún tiene una sospecha razonable de explotación, la ley exige el reporte sin importar este resultado: abra una respuesta.',
  },
  'screeningForm.next.possible.fullScreen': {
    en: 'Consider completing the full staff screen with everything the team knows about the youth.',
    es: 'Considere completar la evaluación completa del personal con todo lo que el equipo sabe de la persona joven.',
  },
  'screeningForm.next.possible.report': {
    en: 'As soon as you reasonably suspect exploitation, the law requires a report by telephone to the DCFS Child Protection Hotline:',
    es: 'En cuanto tenga una sospecha razonable de explotación, la ley exige un reporte por teléfono a la Línea Directa de Protección Infantil del DCFS:',
  },
  'screeningForm.next.possible.sources': {
    en: 'Sources: California Penal Code 11166(a) and 11166(i); LA County DCFS.',
    es: 'Fuentes: Código Penal de California 11166(a) y 11166(i); DCFS del Condado de Los Ángeles.',
  },
  'screeningForm.next.none.watch': {
    en: 'Keep watching for signs, and screen again when something changes: the youth runs away, has a new older partner, or has money or belongings no one can explain.',
    es: 'Siga atento a las señales y vuelva a evaluar cuando algo cambie: la persona joven se escapa, tiene una nueva pareja mayor, o tiene dinero o pertenencias que nadie puede explicar.',
  },
  'screeningForm.next.none.notCleared': {
    en: 'A result of no concern does not rule exploitation out.',
    es: 'Un resultado sin preocupación no descarta la explotación.',
  },
  'screeningForm.next.unknown.learnMore': {
    en: 'Too little is known to rule exploitation out. Learn more where it is safe to (from the youth, the care team and the records), then screen again with what you learn.',
    es: 'Se sabe demasiado poco para descartar la explotación. Averigüe más donde sea seguro hacerlo (con la persona joven, el equipo de atención y los expedientes), y vuelva a evaluar con lo que sepa.',
  },
  'screeningForm.next.none.sources': {
    en: 'Source: LACDMH fact sheet on the commercial sexual exploitation of children and youth (CSECY).',
    es: 'Fuente: hoja informativa del LACDMH sobre la explotación sexual comercial de niños y jóvenes (CSECY).',
  },

  'responseWeb.open.fromScreening': { en: 'Open a response', es: 'Abrir una respuesta' },
});
