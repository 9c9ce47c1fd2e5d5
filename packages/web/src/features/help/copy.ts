import { defineMessages } from '@harbor/core';

/**
 * Copy of the help pages (/help and below) and their menu entry, and the glossary's entries (listed in
 * glossary.ts): each term, a few plain sentences and its source; a `.verify` message marks a fact FACTS.md says to
 * check against the current text before citing. Facts from ../shared/domain/FACTS.md and the LACDMH fact sheet beside
 * it, in Harbor's own words; each page names its sources.
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const helpCopy = defineMessages({
  // The feature's entry in the signed-in menu, and the link at the foot of the sign-in page.
  'shell.nav.help': { en: 'Help', es: 'Ayuda' },
  'help.fromSignIn': {
    en: 'Cannot sign in? Get help with your account',
    es: '¿No puede iniciar sesión? Obtenga ayuda con su cuenta',
  },

  // What every help page has.
  'help.nav.label': { en: 'Help pages', es: 'Páginas de ayuda' },
  'help.lastReviewed': { en: 'Last reviewed:', es: 'Última revisión:' },
  'help.phones.heading': { en: 'Phone numbers', es: 'Teléfonos' },
  'help.phones.intro': {
    en: 'On a phone, tap a number to call it. To report, call the DCFS Child Protection Hotline; for a youth in crisis, 988 or the ACCESS Helpline.',
    es: 'En un teléfono, toque un número para llamar. Para reportar, llame a la Línea Directa de Protección Infantil de DCFS; si un joven está en crisis, al 988 o a la Línea de Ayuda ACCESS.',
  },
  'help.app.heading': { en: 'Open it in Harbor', es: 'Abrirlo en Harbor' },
  'help.app.signedOut': {
    en: 'Once you are signed in, the pages of Harbor this help is about open from here.',
    es: 'Cuando haya iniciado sesión, desde aquí se abren las páginas de Harbor de las que trata esta ayuda.',
  },
  'help.app.signIn': { en: 'Sign in to Harbor', es: 'Iniciar sesión en Harbor' },
  'help.app.none': {
    en: 'Your role does not use these pages of Harbor.',
    es: 'Su rol no usa estas páginas de Harbor.',
  },
  'help.terms.heading': { en: 'Terms on this page', es: 'Términos de esta página' },
  'help.sources.heading': { en: 'Sources', es: 'Fuentes' },
  'help.verify.tag': { en: 'Verify before citing', es: 'Verificar antes de citar' },
  'help.contact.county': { en: 'Your county’s Harbor help', es: 'Ayuda de Harbor de su condado' },
  'help.contact.phone': { en: 'Telephone:', es: 'Teléfono:' },
  'help.contact.email': { en: 'E-mail:', es: 'Correo electrónico:' },

  // The index (/help).
  'help.index.title': { en: 'Help with Harbor', es: 'Ayuda con Harbor' },
  'help.index.summary': {
    en: 'What Harbor is for, its areas, and whom to call about your account.',
    es: 'Para qué sirve Harbor, sus áreas y a quién llamar por problemas con su cuenta.',
  },
  'help.index.lead': {
    en: 'Short answers for the people who use Harbor at work: what each part is for, what the law and the county’s protocol ask of you, and whom to call when your account does not work.',
    es: 'Respuestas breves para quienes usan Harbor en su trabajo: para qué sirve cada parte, qué le piden la ley y el protocolo del condado, y a quién llamar cuando su cuenta no funciona.',
  },
  'help.index.account.heading': { en: 'Problems with your account', es: 'Problemas con su cuenta' },
  'help.index.account.intro': {
    en: 'If you cannot sign in, or your account does not work as it should, ask:',
    es: 'Si no puede iniciar sesión, o su cuenta no funciona como debería, pida ayuda a:',
  },
  'help.index.account.supervisor': {
    en: 'your supervisor, who can help you reset your password or your two-step verification;',
    es: 'su supervisor o supervisora, que puede ayudarle a restablecer su contraseña o su verificación en dos pasos;',
  },
  'help.index.account.admin': {
    en: 'or your agency’s Harbor administrator, who can also unlock your account and end its sessions on a lost device.',
    es: 'o la persona administradora de Harbor de su agencia, que además puede desbloquear su cuenta y cerrar sus sesiones en un dispositivo perdido.',
  },
  'help.index.account.never': {
    en: 'Nobody from Harbor or your county will ask for your password or your codes. Never give them, not even to the person helping you.',
    es: 'Nadie de Harbor ni de su condado le pedirá su contraseña ni sus códigos. No los dé nunca, ni siquiera a quien le ayuda.',
  },
  'help.index.problems.heading': { en: 'Common problems', es: 'Problemas frecuentes' },
  'help.index.problems.locked': {
    en: 'Locked after too many tries: 5 wrong passwords or codes within 15 minutes lock the account for 15 minutes. Wait and try again, or ask an administrator to unlock it.',
    es: 'Cuenta bloqueada tras demasiados intentos: 5 contraseñas o códigos incorrectos en 15 minutos bloquean la cuenta durante 15 minutos. Espere y vuelva a intentarlo, o pida a una persona administradora que la desbloquee.',
  },
  'help.index.problems.phone': {
    en: 'A new or lost phone: sign in with one of your recovery codes instead of the 6-digit code (each works once). With no code left, ask your supervisor or administrator to reset your two-step verification.',
    es: 'Un teléfono nuevo o perdido: inicie sesión con uno de sus códigos de recuperación en lugar del código de 6 dígitos (cada uno sirve una sola vez). Si ya no le quedan, pida a su supervisor o a la persona administradora que restablezca su verificación en dos pasos.',
  },
  'help.index.problems.password': {
    en: 'A forgotten password: ask your supervisor or administrator to help you reset it.',
    es: 'Una contraseña olvidada: pida a su supervisor o a la persona administradora que le ayude a restablecerla.',
  },
  'help.index.problems.invitation': {
    en: 'An invitation that does not work: each link works once, for 72 hours. Ask the person who invited you for a new one.',
    es: 'Una invitación que no funciona: cada enlace sirve una sola vez, durante 72 horas. Pida uno nuevo a quien le invitó.',
  },
  'help.index.problems.signedOut': {
    en: 'Signed out on your own: Harbor signs you out after 15 minutes without activity (it warns you 2 minutes before) and after 12 hours in any case. Sign in again.',
    es: 'Sesión cerrada sin que usted lo pidiera: Harbor cierra la sesión tras 15 minutos sin actividad (le avisa 2 minutos antes) y, en todo caso, a las 12 horas. Vuelva a iniciar sesión.',
  },
  'help.index.problems.stolen': {
    en: 'A phone or computer lost or stolen while you were signed in: tell an administrator at once, who can end every session of your account.',
    es: 'Un teléfono o una computadora que se perdió o le robaron con la sesión iniciada: avise de inmediato a una persona administradora, que puede cerrar todas las sesiones de su cuenta.',
  },
  'help.index.account.more': {
    en: 'More about accounts, invitations and resets',
    es: 'Más sobre cuentas, invitaciones y restablecimientos',
  },
  'help.index.app.home': { en: 'My Harbor, your start page', es: 'Mi Harbor, su página de inicio' },
  'help.index.app.sessions': {
    en: 'My sessions: where you are signed in',
    es: 'Mis sesiones: dónde tiene la sesión iniciada',
  },
  'help.index.what.heading': { en: 'What Harbor is for', es: 'Para qué sirve Harbor' },
  'help.index.what.body': {
    en: 'Harbor helps county agencies notice when a child or youth may be commercially sexually exploited, make the reports California law requires, respond within the deadlines of the county’s First Responder Protocol, and coordinate care across mental health, child welfare, probation, law enforcement, advocates, courts and health providers.',
    es: 'Harbor ayuda a las agencias del condado a darse cuenta de cuándo un niño, niña o joven puede estar sufriendo explotación sexual comercial, hacer los reportes que exige la ley de California, responder dentro de los plazos del Protocolo de Primera Respuesta del condado y coordinar la atención entre salud mental, bienestar infantil, libertad condicional, fuerzas del orden, personas defensoras, tribunales y proveedores de salud.',
  },
  'help.index.what.values': {
    en: 'Every youth is treated as a victim, never as an offender. A record opens only for the people who need it, and everything done with it is recorded.',
    es: 'Cada joven es tratado como víctima, nunca como infractor. Un expediente se abre solo para quienes lo necesitan, y todo lo que se hace con él queda registrado.',
  },
  'help.index.areas.heading': { en: 'Help by area', es: 'Ayuda por área' },
  'help.index.sources': {
    en: 'Harbor’s security model (accounts, two-step verification, sessions); LACDMH CSECY fact sheet; LA CSEC First Responder Protocol (2014).',
    es: 'Modelo de seguridad de Harbor (cuentas, verificación en dos pasos, sesiones); hoja informativa CSECY del LACDMH; Protocolo de Primera Respuesta CSEC de Los Ángeles (2014).',
  },

  // Youth records and care teams (/help/youth-records).
  'help.youth.title': { en: 'Youth records and care teams', es: 'Registros de jóvenes y equipos de atención' },
  'help.youth.summary': {
    en: 'Who may open a record, what each role sees, and when emergency access is right.',
    es: 'Quién puede abrir un expediente, qué ve cada rol y cuándo procede el acceso de emergencia.',
  },
  'help.youth.lead': {
    en: 'A youth’s record holds who the youth is, where they live, their screenings and their responses. Only the people who need it can open it.',
    es: 'El expediente de un joven reúne quién es, dónde vive, sus evaluaciones y sus respuestas. Solo pueden abrirlo las personas que lo necesitan.',
  },
  'help.youth.needToKnow.heading': { en: 'Need-to-know', es: 'Necesidad de saber' },
  'help.youth.needToKnow.who': {
    en: 'You can open a youth’s record when you are on the youth’s care team, when you supervise an agency on the team, or during an emergency access. To anyone else Harbor answers “Record not found”, exactly as if there were no record, and the attempt is recorded.',
    es: 'Usted puede abrir el expediente de un joven si forma parte de su equipo de atención, si supervisa una agencia del equipo o durante un acceso de emergencia. A cualquier otra persona Harbor le responde “Expediente no encontrado”, igual que si el expediente no existiera, y el intento queda registrado.',
  },
  'help.youth.needToKnow.law': {
    en: 'This follows California law on juvenile case files: only the people it lists, such as the members of a multidisciplinary team and the youth’s treatment or supervision providers, may see them (Welfare and Institutions Code 827).',
    es: 'Así lo pide la ley de California sobre los expedientes juveniles: solo pueden verlos las personas que enumera, como los miembros de un equipo multidisciplinario y quienes brindan tratamiento o supervisión al joven (Código de Bienestar e Instituciones 827).',
  },
  'help.youth.team.heading': { en: 'The care team', es: 'El equipo de atención' },
  'help.youth.team.members': {
    en: 'Whoever creates a record is on its care team. Members add people from their own or other agencies and say on what basis: a court order, the multidisciplinary team, consent or a protocol response. Remove someone who no longer works with the youth: they stop seeing the record at once.',
    es: 'Quien crea un expediente forma parte de su equipo de atención. Los miembros agregan a personas de su agencia o de otras e indican el fundamento: una orden judicial, el equipo multidisciplinario, el consentimiento o una respuesta del protocolo. Quite a quien ya no trabaje con el joven: deja de ver el expediente en ese momento.',
  },
  'help.youth.team.search': {
    en: 'Search before you create a record. Most youth identified under the protocol were already known to child welfare, so Harbor warns when a name and date of birth match a record, and names the agency to contact when it is a record you may not open.',
    es: 'Busque antes de crear un expediente. La mayoría de los jóvenes identificados con el protocolo ya eran conocidos por bienestar infantil; por eso Harbor avisa cuando un nombre y una fecha de nacimiento coinciden con un expediente, y nombra la agencia a la que debe contactar si es un expediente que usted no puede abrir.',
  },
  'help.youth.team.mdt': {
    en: 'A child abuse multidisciplinary team may share confidential information for 30 days after a report, or longer for good cause (Welfare and Institutions Code 18961.7).',
    es: 'Un equipo multidisciplinario de abuso infantil puede compartir información confidencial durante los 30 días siguientes a un reporte, o más tiempo si hay causa justificada (Código de Bienestar e Instituciones 18961.7).',
  },
  'help.youth.roles.heading': { en: 'What each role sees', es: 'Qué ve cada rol' },
  'help.youth.roles.intro': {
    en: 'Each part of a record belongs to a field class. What you see depends on your role and on the kind of agency you work for, and you always see what you wrote yourself. On a youth whose care team you are on:',
    es: 'Cada parte de un expediente pertenece a una clase de campo. Lo que usted ve depende de su rol y del tipo de agencia en la que trabaja, y siempre ve lo que escribió usted. En el expediente de un joven de cuyo equipo de atención forma parte:',
  },
  'help.youth.roles.clinical': {
    en: 'Clinicians and health care providers see the whole record, clinical answers and notes included.',
    es: 'El personal clínico y los profesionales de atención médica ven el registro completo, incluidas las respuestas y notas clínicas.',
  },
  'help.youth.roles.childWelfare': {
    en: 'Child welfare social workers see everything but clinical content, and read every mandated report, since child welfare receives them.',
    es: 'Los profesionales de trabajo social de bienestar infantil ven todo salvo el contenido clínico, y leen todos los reportes obligatorios, porque bienestar infantil es quien los recibe.',
  },
  'help.youth.roles.probation': {
    en: 'Probation officers and advocates see everything but clinical content.',
    es: 'Los oficiales de libertad condicional y las personas defensoras ven todo salvo el contenido clínico.',
  },
  'help.youth.roles.court': {
    en: 'Court liaisons see who the youth is, the protocol, and contacts and placement; not the crisis plan or clinical content.',
    es: 'Los enlaces con el tribunal ven quién es el joven, el protocolo, y los contactos y la colocación; no ven el plan de crisis ni el contenido clínico.',
  },
  'help.youth.roles.lawEnforcement': {
    en: 'Law enforcement officers see who the youth is and the protocol: its steps, deadlines and the level of concern. At a sheriff’s or police agency nobody sees contacts, placement, the crisis plan or clinical content, whatever their role.',
    es: 'Los agentes del orden ven quién es el joven y el protocolo: sus pasos, sus plazos y el nivel de preocupación. En una agencia del sheriff o de policía nadie ve los contactos, la colocación, el plan de crisis ni el contenido clínico, sea cual sea su rol.',
  },
  'help.youth.roles.supervisor': {
    en: 'Supervisors see what the staff of their agency see; clinical content only at a mental health or health agency, and only where the county allows it.',
    es: 'Las personas supervisoras ven lo que ve el personal de su agencia; el contenido clínico solo en una agencia de salud mental o de salud, y solo si el condado lo permite.',
  },
  'help.youth.roles.noRecords': {
    en: 'Administrators, analysts and trainers do not open youth records. Analysts see totals without names.',
    es: 'Las personas administradoras, analistas y de capacitación no abren registros de jóvenes. Las personas analistas ven totales sin nombres.',
  },
  'help.youth.roles.reports': {
    en: 'The details of a mandated report (who took the call, the referral number, the written report) are for the reporter, the supervisors of the reporter’s agency and child welfare. The rest of the team sees that a report was made, and when (Penal Code 11167(d) and 11167.5).',
    es: 'Los detalles de un reporte obligatorio (quién atendió la llamada, el número de referencia, el reporte escrito) son para quien reporta, las personas supervisoras de su agencia y bienestar infantil. El resto del equipo ve que se hizo un reporte y cuándo (Código Penal 11167(d) y 11167.5).',
  },
  'help.youth.roles.consent': {
    en: 'Minors may consent to some care on their own, and those records stay confidential (Family Code 6924–6929): one more reason clinical content is for clinical staff only.',
    es: 'Las personas menores de edad pueden consentir por sí mismas cierta atención, y esos registros son confidenciales (Código de Familia 6924–6929): otra razón para que el contenido clínico sea solo para el personal clínico.',
  },
  'help.youth.breakGlass.heading': {
    en: 'Emergency access (break-glass)',
    es: 'Acceso de emergencia (romper el cristal)',
  },
  'help.youth.breakGlass.intro': {
    en: 'When a youth may be in danger now and you need their record to act, but you are not on the care team and cannot reach anyone who is, you may open the record for 60 minutes. Supervisors and most direct-service roles may do so; advocates and court liaisons ask a member of the care team instead.',
    es: 'Cuando un joven puede estar en peligro ahora y usted necesita su expediente para actuar, pero no forma parte del equipo de atención ni puede comunicarse con nadie que lo forme, puede abrir el expediente durante 60 minutos. Pueden hacerlo las personas supervisoras y la mayoría de los roles de servicio directo; las personas defensoras y los enlaces con el tribunal se lo piden a un miembro del equipo de atención.',
  },
  'help.youth.breakGlass.rightHeading': { en: 'When it is right', es: 'Cuándo procede' },
  'help.youth.breakGlass.right.danger': {
    en: 'A youth is in danger now, and what the record holds (a crisis plan, a placement, a contact) may change what you do.',
    es: 'Un joven está en peligro ahora, y lo que contiene el expediente (un plan de crisis, una colocación, un contacto) puede cambiar lo que usted haga.',
  },
  'help.youth.breakGlass.right.noOne': {
    en: 'Nobody on the care team can be reached in time.',
    es: 'No es posible comunicarse a tiempo con nadie del equipo de atención.',
  },
  'help.youth.breakGlass.wrongHeading': { en: 'When it is not', es: 'Cuándo no procede' },
  'help.youth.breakGlass.wrong.curiosity': {
    en: 'To look someone up out of interest, or to check on a youth you no longer work with.',
    es: 'Para buscar a alguien por curiosidad, o para saber de un joven con quien ya no trabaja.',
  },
  'help.youth.breakGlass.wrong.shortcut': {
    en: 'To save asking a member of the care team to add you.',
    es: 'Para ahorrarse pedir a un miembro del equipo de atención que le agregue.',
  },
  'help.youth.breakGlass.wrong.change': {
    en: 'To change the record: emergency access lets you read, never write.',
    es: 'Para cambiar el expediente: el acceso de emergencia permite leer, nunca escribir.',
  },
  'help.youth.breakGlass.howHeading': { en: 'What happens', es: 'Qué ocurre' },
  'help.youth.breakGlass.how.reason': {
    en: 'You write why you need the record, in at least 20 characters: what is happening, and why it cannot wait.',
    es: 'Usted escribe por qué necesita el expediente, en al menos 20 caracteres: qué ocurre y por qué no puede esperar.',
  },
  'help.youth.breakGlass.how.open': {
    en: 'The record opens for 60 minutes, read only. You see what your role would see, and never the details of a mandated report you did not make.',
    es: 'El expediente se abre durante 60 minutos, solo para lectura. Usted ve lo que vería con su rol, y nunca los detalles de un reporte obligatorio que no hizo.',
  },
  'help.youth.breakGlass.how.review': {
    en: 'Every emergency access is recorded in the audit log and reviewed by the supervisors of the agencies on the care team, who follow up with you when the reason did not justify it.',
    es: 'Cada acceso de emergencia queda en el registro de auditoría y lo revisan las personas supervisoras de las agencias del equipo de atención, que se comunican con usted si el motivo no lo justificaba.',
  },
  'help.youth.breakGlass.how.join': {
    en: 'If you will keep working with the youth, ask a member of the care team to add you.',
    es: 'Si va a seguir trabajando con el joven, pida a un miembro del equipo de atención que le agregue.',
  },
  'help.youth.app.list': { en: 'Youth: my youth and a search', es: 'Jóvenes: mis jóvenes y búsqueda' },
  'help.youth.app.new': { en: 'Create a youth record', es: 'Crear un registro de joven' },
  'help.youth.app.review': { en: 'Review emergency accesses', es: 'Revisar los accesos de emergencia' },
  'help.youth.sources': {
    en: 'Welfare and Institutions Code 827 and 18961.7; Penal Code 11167(d) and 11167.5; Family Code 6924–6929; LA County Board of Supervisors (2018); Harbor’s security model.',
    es: 'Código de Bienestar e Instituciones 827 y 18961.7; Código Penal 11167(d) y 11167.5; Código de Familia 6924–6929; Junta de Supervisores del Condado de Los Ángeles (2018); modelo de seguridad de Harbor.',
  },

  // Screening (/help/screening).
  'help.screening.title': { en: 'Screening', es: 'Evaluación' },
  'help.screening.summary': {
    en: 'What a result means, what to do at each level of concern, and screening offline on a phone.',
    es: 'Qué significa un resultado, qué hacer en cada nivel de preocupación y cómo evaluar sin conexión en un teléfono.',
  },
  'help.screening.lead': {
    en: 'A screening helps you notice the signs of commercial sexual exploitation and decide what to do next.',
    es: 'Una evaluación le ayuda a notar las señales de explotación sexual comercial y a decidir qué hacer a continuación.',
  },
  'help.screening.proof.heading': { en: 'A screening is never proof', es: 'Una evaluación nunca es una prueba' },
  'help.screening.proof.body': {
    en: 'A result is not proof and not legal evidence. It starts a conversation, a report where the law requires one, and a response. You need neither a screening nor its result to report: reasonable suspicion is enough (Penal Code 11166).',
    es: 'Un resultado no es una prueba ni una evidencia legal. Da pie a una conversación, a un reporte cuando la ley lo exige y a una respuesta. Para reportar no necesita una evaluación ni su resultado: basta con una sospecha razonable (Código Penal 11166).',
  },
  'help.screening.proof.hidden': {
    en: 'A result of no concern does not rule exploitation out. Exploitation is often hidden, and a youth may stay loyal to the person exploiting them.',
    es: 'Un resultado sin preocupación no descarta la explotación. La explotación suele estar oculta, y un joven puede seguir siendo leal a quien lo explota.',
  },
  'help.screening.proof.victim': {
    en: 'Whatever the result, the youth is a victim, never an offender.',
    es: 'Sea cual sea el resultado, el joven es una víctima, nunca un infractor.',
  },
  'help.screening.kinds.heading': { en: 'The screenings in Harbor', es: 'Las evaluaciones de Harbor' },
  'help.screening.kinds.intro': {
    en: 'Harbor comes with two screenings, and your county may add others:',
    es: 'Harbor incluye dos evaluaciones, y su condado puede agregar otras:',
  },
  'help.screening.kinds.brief': {
    en: 'the brief screen: seven yes-or-no questions for hotline staff and first responders, answered from what you see and learn during the contact;',
    es: 'la evaluación breve: siete preguntas de sí o no para el personal de líneas de atención y de primera respuesta, que se contestan con lo que usted ve y sabe durante el contacto;',
  },
  'help.screening.kinds.staff': {
    en: 'the staff indicators: completed from everything you know about the youth (records, conversations, what others report, what you observed). Its items are not read aloud to the youth.',
    es: 'los indicadores para el personal: se completan con todo lo que usted sabe sobre el joven (expedientes, conversaciones, lo que informan otras personas, lo que observó). Sus preguntas no se leen en voz alta al joven.',
  },
  'help.screening.levels.heading': { en: 'Levels of concern', es: 'Niveles de preocupación' },
  'help.screening.levels.intro': {
    en: 'The result is a level of concern, with the reasons that led to it.',
    es: 'El resultado es un nivel de preocupación, con los motivos que llevaron a él.',
  },
  'help.screening.levels.clear': {
    en: 'Clear concern: make the mandated report now, by telephone, to the DCFS Child Protection Hotline, and then open a response under the protocol.',
    es: 'Preocupación clara: haga ahora el reporte obligatorio, por teléfono, a la Línea Directa de Protección Infantil de DCFS, y después abra una respuesta según el protocolo.',
  },
  'help.screening.levels.possible': {
    en: 'Possible concern: talk today with your supervisor and the youth’s care team, and consider the full staff screen. As soon as you reasonably suspect exploitation, report it.',
    es: 'Preocupación posible: hable hoy con su supervisor y con el equipo de atención del joven, y considere la evaluación completa para el personal. En cuanto sospeche razonablemente que hay explotación, repórtela.',
  },
  'help.screening.levels.none': {
    en: 'No concern: keep watching, and screen again when something changes: the youth runs away, has a new older partner, or has money or belongings no one can explain.',
    es: 'Sin preocupación: siga atento y vuelva a evaluar cuando algo cambie: el joven se escapa, tiene una nueva pareja mayor, o tiene dinero o pertenencias que nadie puede explicar.',
  },
  'help.screening.answers.heading': { en: 'Who sees the answers', es: 'Quién ve las respuestas' },
  'help.screening.answers.team': {
    en: 'The level of concern and its reasons are for the whole care team. Answers about mental health, sexual health, substance use and earlier abuse, and the free-text observations, are for clinical staff only.',
    es: 'El nivel de preocupación y sus motivos son para todo el equipo de atención. Las respuestas sobre salud mental, salud sexual, consumo de sustancias y abuso anterior, y las observaciones escritas, son solo para el personal clínico.',
  },
  'help.screening.answers.correct': {
    en: 'A completed screening is never changed. If an answer was wrong, correct it: the correction is kept beside the original, with its reason. When clinical answers are involved, a clinician on the care team makes the correction.',
    es: 'Una evaluación completada nunca se cambia. Si una respuesta estaba mal, corríjala: la corrección se guarda junto a la original, con su motivo. Si hay respuestas clínicas de por medio, la corrección la hace un profesional clínico del equipo de atención.',
  },
  'help.screening.offline.heading': { en: 'On a phone, without a network', es: 'En un teléfono, sin conexión' },
  'help.screening.offline.prepare': {
    en: 'Before you go out, sign in and open Screenings once with a network connection. After that, the form works offline.',
    es: 'Antes de salir, inicie sesión y abra Evaluaciones una vez con conexión. Después, el formulario funciona sin conexión.',
  },
  'help.screening.offline.kept': {
    en: 'Offline, what you enter is kept on the device, encrypted, and sent as soon as the network returns. Until then Harbor marks it as only on this device.',
    es: 'Sin conexión, lo que usted escribe se guarda en el dispositivo, cifrado, y se envía en cuanto vuelve la conexión. Mientras tanto, Harbor indica que solo está en este dispositivo.',
  },
  'help.screening.offline.result': {
    en: 'The result you see offline is computed on the device. Once the screening reaches Harbor, Harbor computes the result it keeps.',
    es: 'El resultado que ve sin conexión se calcula en el dispositivo. Cuando la evaluación llega a Harbor, Harbor calcula el resultado que conserva.',
  },
  'help.screening.offline.signOut': {
    en: 'Signing out deletes the screenings kept on the device. Send them first: with a network, open Screenings and check that nothing is left on this device.',
    es: 'Al cerrar sesión se borran las evaluaciones guardadas en el dispositivo. Envíelas antes: con conexión, abra Evaluaciones y compruebe que no quede nada en este dispositivo.',
  },
  'help.screening.offline.conflict': {
    en: 'If the same draft was changed elsewhere in the meantime, Harbor overwrites nothing: it shows both versions and you choose.',
    es: 'Si el mismo borrador se cambió en otro lugar mientras tanto, Harbor no sobrescribe nada: muestra ambas versiones y usted elige.',
  },
  'help.screening.offline.report': {
    en: 'A result that calls for a report does not wait for the network: call the hotline from the phone.',
    es: 'Un resultado que exige un reporte no espera a la conexión: llame a la línea directa desde el teléfono.',
  },
  'help.screening.app.list': { en: 'Screenings', es: 'Evaluaciones' },
  'help.screening.app.new': { en: 'Start a screening', es: 'Iniciar una evaluación' },
  'help.screening.sources': {
    en: 'Penal Code 11166; LACDMH CSECY fact sheet; CSE-IT levels of concern (WestCoast Children’s Clinic).',
    es: 'Código Penal 11166; hoja informativa CSECY del LACDMH; niveles de preocupación del CSE-IT (WestCoast Children’s Clinic).',
  },

  // Responses and mandated reports (/help/responses).
  'help.responses.title': { en: 'Responses and mandated reports', es: 'Respuestas y reportes obligatorios' },
  'help.responses.summary': {
    en: 'The protocol’s clocks, the telephone and written reports, SB 1322 and the safety step.',
    es: 'Los plazos del protocolo, los reportes telefónico y escrito, la SB 1322 y el paso de seguridad.',
  },
  'help.responses.lead': {
    en: 'When you suspect that a child or youth is commercially sexually exploited, the law asks you to report, and the county’s First Responder Protocol says who does what, and by when. A response in Harbor follows those steps.',
    es: 'Cuando usted sospecha que un niño, niña o joven sufre explotación sexual comercial, la ley le pide reportarlo, y el Protocolo de Primera Respuesta del condado dice quién hace qué y en qué plazo. Una respuesta en Harbor sigue esos pasos.',
  },
  'help.responses.report.heading': { en: 'Report first', es: 'Primero, reporte' },
  'help.responses.report.body': {
    en: 'The commercial sexual exploitation of a minor is child abuse, and a mandated reporter must report it (SB 855; Penal Code 11165.1). Reasonable suspicion is enough: you do not need proof. Not reporting when the law requires it is a misdemeanor (Penal Code 11166).',
    es: 'La explotación sexual comercial de un menor es abuso infantil, y quien tiene la obligación de reportar debe hacerlo (SB 855; Código Penal 11165.1). Basta con una sospecha razonable: no necesita pruebas. No reportar cuando la ley lo exige es un delito menor (Código Penal 11166).',
  },
  'help.responses.clocks.heading': { en: 'The protocol’s clocks', es: 'Los plazos del protocolo' },
  'help.responses.clocks.telephone': {
    en: 'At once: the telephone report to the DCFS Child Protection Hotline, immediately or as soon as practically possible. Write down the 19-digit referral number the hotline gives you, and record it in Harbor (Penal Code 11166(a)).',
    es: 'De inmediato: el reporte telefónico a la Línea Directa de Protección Infantil de DCFS, enseguida o en cuanto sea posible en la práctica. Anote el número de referencia de 19 dígitos que le den y regístrelo en Harbor (Código Penal 11166(a)).',
  },
  'help.responses.clocks.onScene': {
    en: 'Within 90 minutes of a recovery: the partners on scene (the advocate, the child welfare social worker, mental health, health and, for a youth on probation, the probation officer).',
    es: 'Dentro de los 90 minutos siguientes a una recuperación: los socios en el lugar (la persona defensora, el profesional de trabajo social de bienestar infantil, salud mental, salud y, si el joven está en libertad condicional, su oficial).',
  },
  'help.responses.clocks.written': {
    en: 'Within 36 hours of receiving the information: the written follow-up report on form SS 8572. The 36 hours run from when you learned of the suspected abuse, not from your call (Penal Code 11166(a)).',
    es: 'Dentro de las 36 horas siguientes a recibir la información: el reporte escrito de seguimiento en el formulario SS 8572. Las 36 horas cuentan desde que usted supo de la sospecha de abuso, no desde su llamada (Código Penal 11166(a)).',
  },
  'help.responses.clocks.health': {
    en: 'Within 72 hours: a health evaluation and specialized services.',
    es: 'Dentro de 72 horas: una evaluación de salud y servicios especializados.',
  },
  'help.responses.clocks.advocate': {
    en: 'For at least 90 days: the advocate stays engaged with the youth, while the multidisciplinary team meets to plan the youth’s care.',
    es: 'Durante al menos 90 días: la persona defensora sigue acompañando al joven, mientras el equipo multidisciplinario se reúne para planificar su atención.',
  },
  'help.responses.clocks.yours': {
    en: 'Harbor shows each step’s due time and reminds its owner, but the law’s deadline is yours. If you received the information before you opened the response, your 36 hours started then: send the written report by that time, even when Harbor shows a later one.',
    es: 'Harbor muestra cuándo vence cada paso y se lo recuerda a su responsable, pero el plazo de la ley es suyo. Si recibió la información antes de abrir la respuesta, sus 36 horas empezaron entonces: envíe el reporte escrito a tiempo, aunque Harbor muestre una hora posterior.',
  },
  'help.responses.clocks.crossReport': {
    en: 'Law enforcement also cross-reports to child welfare and to the district attorney: at once by telephone, fax or electronic transmission, then in writing within 36 hours of receiving the information (Penal Code 11166(k)).',
    es: 'Las fuerzas del orden también hacen un reporte cruzado a bienestar infantil y a la fiscalía: de inmediato por teléfono, fax o medio electrónico, y después por escrito dentro de las 36 horas siguientes a recibir la información (Código Penal 11166(k)).',
  },
  'help.responses.written.heading': {
    en: 'The written report (SS 8572)',
    es: 'El reporte escrito (SS 8572)',
  },
  'help.responses.written.prepared': {
    en: 'Harbor prepares the written report from the records for you to review and complete. It holds what Penal Code 11167(a) asks for: who you are and why you suspect abuse and, as far as you know them, details of the child, the parents and the person who may have abused the child. Send it even when some of this is unknown.',
    es: 'Harbor prepara el reporte escrito a partir de los expedientes para que usted lo revise y lo complete. Contiene lo que pide el Código Penal 11167(a): quién es usted y por qué sospecha abuso y, en la medida en que los conozca, los datos del niño, de los padres y de la persona que pudo haber abusado del niño. Envíelo aunque falten algunos datos.',
  },
  'help.responses.written.send': {
    en: 'Send it to the agency that took your call, on the state form or through the county’s online system where there is one, then mark it as sent in Harbor. You can download it as a PDF.',
    es: 'Envíelo a la agencia que recibió su llamada, en el formulario del estado o por el sistema en línea del condado donde lo haya, y luego márquelo como enviado en Harbor. Puede descargarlo en PDF.',
  },
  'help.responses.written.confidential': {
    en: 'Mandated reports are confidential, and so is your name as the reporter (Penal Code 11167(d) and 11167.5). In Harbor only you, the supervisors of your agency and child welfare read a report’s details; the rest of the team sees that a report was made, and when.',
    es: 'Los reportes obligatorios son confidenciales, y también lo es su nombre como persona que reporta (Código Penal 11167(d) y 11167.5). En Harbor solo usted, las personas supervisoras de su agencia y bienestar infantil leen los detalles de un reporte; el resto del equipo ve que se hizo un reporte y cuándo.',
  },
  'help.responses.sb1322.heading': {
    en: 'SB 1322: a victim, never an offender',
    es: 'SB 1322: una víctima, nunca un infractor',
  },
  'help.responses.sb1322.law': {
    en: 'Since 1 January 2017 (SB 1322), a person under 18 who took part in a commercial sex act for money or anything else of value cannot be arrested or charged with prostitution, or with loitering with intent to commit it (Penal Code 647(b) and 653.22). Loitering with intent, Penal Code 653.22, has since been repealed for everyone (SB 357, in force since 1 January 2023).',
    es: 'Desde el 1 de enero de 2017 (SB 1322), a una persona menor de 18 años que participó en un acto sexual comercial por dinero u otra cosa de valor no se le puede arrestar ni acusar de prostitución, ni de merodeo con la intención de cometerla (Código Penal 647(b) y 653.22). El merodeo con esa intención, artículo 653.22 del Código Penal, quedó derogado después para todas las personas (SB 357, vigente desde el 1 de enero de 2023).',
  },
  'help.responses.sb1322.officer': {
    en: 'A peace officer who finds a child in a commercial sex act reports suspected abuse or neglect to county child welfare. Harbor refuses to record such an arrest or charge of a youth under 18, or of a youth whose age is unknown, and points to the hotline instead. Temporary custody for the youth’s protection remains possible (Welfare and Institutions Code 305).',
    es: 'El agente del orden que encuentra a un niño en un acto sexual comercial reporta la sospecha de abuso o negligencia a bienestar infantil del condado. Harbor no registra ese arresto o esa acusación de un joven menor de 18 años, ni de un joven cuya edad se desconoce, y en su lugar remite a la línea directa. La custodia temporal para proteger al joven sigue siendo posible (Código de Bienestar e Instituciones 305).',
  },
  'help.responses.safety.heading': { en: 'The safety step', es: 'El paso de seguridad' },
  'help.responses.safety.open': {
    en: 'If a youth is in crisis or may harm themselves, open the safety step on the response. The clinicians on the care team are told at once.',
    es: 'Si un joven está en crisis o puede hacerse daño, abra el paso de seguridad en la respuesta. Se avisa de inmediato a los profesionales clínicos del equipo de atención.',
  },
  'help.responses.safety.plan': {
    en: 'The crisis plan (warning signs, what helps the youth cope, the people and places they can turn to, professionals and crisis lines, making the surroundings safe) is for the people who work on it with the youth: clinical, child welfare, probation and advocacy staff.',
    es: 'El plan de crisis (señales de alerta, lo que ayuda al joven a sobrellevarlo, las personas y los lugares a los que puede acudir, profesionales y líneas de crisis, cómo hacer seguro el entorno) es para quienes trabajan en él con el joven: personal clínico, de bienestar infantil, de libertad condicional y de defensoría.',
  },
  'help.responses.safety.call': {
    en: 'Do not wait for Harbor: call or text 988, or call the LACDMH ACCESS Helpline. Both numbers are below.',
    es: 'No espere a Harbor: llame o envíe un mensaje de texto al 988, o llame a la Línea de Ayuda ACCESS del LACDMH. Los dos números están abajo.',
  },
  'help.responses.app.new': { en: 'Open a response', es: 'Abrir una respuesta' },
  'help.responses.app.deadlines': { en: 'Deadlines', es: 'Plazos' },
  'help.responses.sources': {
    en: 'Penal Code 11165.1, 11166(a), 11166(k), 11167, 11167.5 and 11168; SB 855 (2014); SB 1322 (Statutes of 2016); SB 357 (Statutes of 2022); Welfare and Institutions Code 305; LA CSEC First Responder Protocol (2014); LA County DCFS.',
    es: 'Código Penal 11165.1, 11166(a), 11166(k), 11167, 11167.5 y 11168; SB 855 (2014); SB 1322 (Estatutos de 2016); SB 357 (Estatutos de 2022); Código de Bienestar e Instituciones 305; Protocolo de Primera Respuesta CSEC de Los Ángeles (2014); DCFS del Condado de Los Ángeles.',
  },

  // Deadlines and notifications (/help/deadlines).
  'help.deadlines.title': { en: 'Deadlines and notifications', es: 'Plazos y avisos' },
  'help.deadlines.summary': {
    en: 'How a step’s due time is set, what happens when it is overdue, and other clocks the law sets.',
    es: 'Cómo se fija el vencimiento de un paso, qué pasa cuando se vence y otros plazos que fija la ley.',
  },
  'help.deadlines.lead': {
    en: 'Each step of a response has an owner and a due time. Harbor shows what is due, and tells the owner, then the owner’s supervisor, when a step is overdue.',
    es: 'Cada paso de una respuesta tiene una persona responsable y un vencimiento. Harbor muestra lo que vence y, cuando un paso se vence, avisa a su responsable y después a su supervisor.',
  },
  'help.deadlines.set.heading': { en: 'How a deadline is set', es: 'Cómo se fija un plazo' },
  'help.deadlines.set.start': {
    en: 'A step’s clock starts when the response is opened, at the time the youth was recovered, or when an earlier step is done: the protocol says which. The telephone report is due at once.',
    es: 'El plazo de un paso empieza cuando se abre la respuesta, en el momento en que se recuperó al joven o cuando se termina un paso anterior: el protocolo dice cuál. El reporte telefónico vence de inmediato.',
  },
  'help.deadlines.set.exact': {
    en: 'Deadlines are exact: 36 hours are 36 hours, even across a change to or from daylight saving time. Times are shown in the county’s time zone.',
    es: 'Los plazos son exactos: 36 horas son 36 horas, aunque en medio cambie el horario de verano. Las horas se muestran en la zona horaria del condado.',
  },
  'help.deadlines.set.notApplicable': {
    en: 'When a step does not apply to this youth, mark it not applicable and say why.',
    es: 'Cuando un paso no aplica a este joven, márquelo como que no aplica e indique por qué.',
  },
  'help.deadlines.page.heading': { en: 'The Deadlines page', es: 'La página de Plazos' },
  'help.deadlines.page.list': {
    en: 'Deadlines lists the steps due in the coming hours, overdue first and then the soonest: Mine shows the steps you own, and supervisors choose My agency to see their agency’s.',
    es: 'Plazos enumera los pasos que vencen en las próximas horas, primero los vencidos y luego los más próximos: Míos muestra los pasos a su cargo, y las personas supervisoras eligen De mi agencia para ver los de su agencia.',
  },
  'help.deadlines.page.done': {
    en: 'When a step is done, mark it done with the time it was done, and a note if it helps the team. The telephone and written reports are completed by recording them on the response.',
    es: 'Cuando termine un paso, márquelo como hecho con la hora en que se hizo, y una nota si le sirve al equipo. Los reportes telefónico y escrito se completan al registrarlos en la respuesta.',
  },
  'help.deadlines.overdue.heading': { en: 'When a step is overdue', es: 'Cuando un paso se vence' },
  'help.deadlines.overdue.who': {
    en: 'Harbor tells the step’s owner, and later the owner’s supervisor. In the protocol as Harbor ships it, the owner of the telephone report is told after 15 minutes and the supervisor after an hour; for the partners on scene, after 15 and 30 minutes.',
    es: 'Harbor avisa a la persona responsable del paso y, más tarde, a su supervisor. En el protocolo tal como viene en Harbor, a quien le toca el reporte telefónico se le avisa a los 15 minutos y a su supervisor a la hora; para los socios en el lugar, a los 15 y a los 30 minutos.',
  },
  'help.deadlines.overdue.where': {
    en: 'Notices appear under Notifications. Where the county has set up e-mail, Harbor sends one too; it never holds a youth’s name or any detail of the record: open Harbor to read it.',
    es: 'Los avisos aparecen en Avisos. Si el condado configuró el correo electrónico, Harbor también envía un mensaje; nunca lleva el nombre del joven ni ningún dato del expediente: abra Harbor para leerlo.',
  },
  'help.deadlines.overdue.safety': {
    en: 'Notifications also tell the clinicians on a care team when a safety step is opened.',
    es: 'Los avisos también informan a los profesionales clínicos de un equipo de atención cuando se abre un paso de seguridad.',
  },
  'help.deadlines.overdue.still': {
    en: 'An overdue step is still due. Do it, record it, and tell your supervisor what happened.',
    es: 'Un paso vencido sigue pendiente. Hágalo, regístrelo y cuéntele a su supervisor lo que pasó.',
  },
  'help.deadlines.law.heading': { en: 'Other clocks the law sets', es: 'Otros plazos que fija la ley' },
  'help.deadlines.law.intro': {
    en: 'Some deadlines sit outside a response’s steps. Keep them in mind:',
    es: 'Algunos plazos quedan fuera de los pasos de una respuesta. Téngalos presentes:',
  },
  'help.deadlines.law.childWelfare': {
    en: 'When a youth receiving child welfare services is identified as commercially sexually exploited, the county welfare or probation department reports to law enforcement immediately, and in no case later than 24 hours (Penal Code 11166(j)).',
    es: 'Cuando se identifica que un joven que recibe servicios de bienestar infantil sufre explotación sexual comercial, el departamento de bienestar infantil o de libertad condicional del condado lo reporta a las fuerzas del orden de inmediato, y nunca después de 24 horas (Código Penal 11166(j)).',
  },
  'help.deadlines.law.hotline': {
    en: 'The hotline decides how child welfare responds: an immediate response is in person within 24 hours; the others are a five-day response, evaluated out, information to the social worker, or a consultation.',
    es: 'La línea directa decide cómo responde bienestar infantil: una respuesta inmediata es en persona dentro de 24 horas; las demás son una respuesta en cinco días, descartado tras evaluación, información al trabajador social o una consulta.',
  },
  'help.deadlines.law.missing': {
    en: 'A youth missing from foster care is reported within 24 hours to law enforcement, for the national crime information system (NCIC), and to the National Center for Missing & Exploited Children (42 U.S.C. 671(a)(35)). The California section that carries this rule (Welfare and Institutions Code 16501.35) is to be checked against its current text before anyone cites it.',
    es: 'Un joven que desaparece de un hogar de crianza se reporta dentro de 24 horas a las fuerzas del orden, para el sistema nacional de información criminal (NCIC), y al Centro Nacional para Menores Desaparecidos y Explotados (NCMEC) (42 U.S.C. 671(a)(35)). El artículo de California que recoge esta regla (Código de Bienestar e Instituciones 16501.35) debe compararse con su texto vigente antes de citarlo.',
  },
  'help.deadlines.app.deadlines': { en: 'Deadlines', es: 'Plazos' },
  'help.deadlines.app.notifications': { en: 'Notifications', es: 'Avisos' },
  'help.deadlines.sources': {
    en: 'LA CSEC First Responder Protocol (2014); Penal Code 11166(a), 11166(j) and 11166(k); 42 U.S.C. 671(a)(35); LA County DCFS.',
    es: 'Protocolo de Primera Respuesta CSEC de Los Ángeles (2014); Código Penal 11166(a), 11166(j) y 11166(k); 42 U.S.C. 671(a)(35); DCFS del Condado de Los Ángeles.',
  },

  // Referrals (/help/referrals).
  'help.referrals.title': { en: 'Referrals', es: 'Referencias' },
  'help.referrals.summary': {
    en: 'Referring a youth to a service, what the receiving agency may see, contact without risk, and following the referral until it closes.',
    es: 'Referir a un joven a un servicio, lo que puede ver la agencia que lo recibe, el contacto sin riesgo y el seguimiento de la referencia hasta que se cierra.',
  },
  'help.referrals.lead': {
    en: 'A referral sends a youth to a service of the resource directory and stays open until the receiving agency, or the referring one, closes it: both sides see where it stands, and Harbor tells them when an answer is late.',
    es: 'Una referencia envía a un joven a un servicio del directorio de recursos y sigue abierta hasta que la agencia que la recibe, o la que refiere, la cierra: ambas partes ven en qué estado está, y Harbor les avisa cuando una respuesta se atrasa.',
  },
  'help.referrals.make.heading': { en: 'Making a referral', es: 'Cómo hacer una referencia' },
  'help.referrals.make.start': {
    en: 'Start from the youth’s record: Refer to a service opens the resource directory with the youth’s age filled in. Choose the service, then say why you refer, how urgent it is, why the information may be shared, which parts of the record the agency may see, and how to reach the youth safely.',
    es: 'Empiece desde el expediente del joven: Referir a un servicio abre el directorio de recursos con la edad del joven ya escrita. Elija el servicio y luego indique por qué refiere, qué tan urgente es, por qué se puede compartir la información, qué partes del expediente puede ver la agencia y cómo comunicarse con el joven sin riesgo.',
  },
  'help.referrals.make.draft': {
    en: 'A referral is kept as a draft until it is sent. The referring agency changes a draft from its page (Change the draft), then sends it.',
    es: 'Una referencia se guarda como borrador hasta que se envía. La agencia que refiere cambia un borrador desde su página (Cambiar el borrador) y luego lo envía.',
  },
  'help.referrals.make.eligibility': {
    en: 'Harbor checks the youth against the service: age, the area where the youth lives, and runaway or AWOL status when the service does not take it. When the youth does not fit, the reason is shown, and only a supervisor may send the referral anyway, saying why; both the refusal and the override are kept in the audit trail.',
    es: 'Harbor compara al joven con el servicio: la edad, la zona donde vive y, si el servicio no los recibe, si está fugado o ausente sin permiso. Cuando el joven no cumple, se muestra el motivo, y solo una persona supervisora puede enviar la referencia de todos modos, explicando por qué; tanto el rechazo como la excepción quedan en el registro de auditoría.',
  },
  'help.referrals.basis.heading': {
    en: 'Why the information may be shared',
    es: 'Por qué se puede compartir la información',
  },
  'help.referrals.basis.intro': {
    en: 'Every referral names its basis for sharing:',
    es: 'Cada referencia indica su base para compartir:',
  },
  'help.referrals.basis.youth': {
    en: 'The youth’s consent: a youth 12 or older may consent to outpatient mental health treatment and to residential shelter services (Family Code 6924; Health and Safety Code 124260).',
    es: 'El consentimiento del joven: un joven de 12 años o más puede consentir un tratamiento ambulatorio de salud mental y servicios de albergue residencial (Código de Familia 6924; Código de Salud y Seguridad 124260).',
  },
  'help.referrals.basis.caregiver': {
    en: 'The consent of a parent or legal guardian, or a court order, cited as written on it.',
    es: 'El consentimiento de la madre, el padre o el tutor legal, o una orden judicial, citada tal como está escrita.',
  },
  'help.referrals.basis.mdt': {
    en: 'A child abuse multidisciplinary team, which exchanges confidential information for 30 days after a report, longer for good cause (Welfare and Institutions Code 18961.7): a referral sent outside that window is refused.',
    es: 'Un equipo multidisciplinario de abuso infantil, que intercambia información confidencial durante 30 días después de un reporte, más tiempo si hay causa justificada (Código de Bienestar e Instituciones 18961.7): una referencia enviada fuera de ese plazo se rechaza.',
  },
  'help.referrals.basis.wic827': {
    en: 'The persons who may inspect a juvenile case file, multidisciplinary team members and treatment or supervision providers among them (Welfare and Institutions Code 827(a)(1)).',
    es: 'Las personas que pueden consultar un expediente juvenil, entre ellas los miembros de un equipo multidisciplinario y quienes brindan tratamiento o supervisión (Código de Bienestar e Instituciones 827(a)(1)).',
  },
  'help.referrals.basis.override': {
    en: 'None of these: then the reason is written down, kept in the audit trail and reviewed by a supervisor.',
    es: 'Ninguna de estas: entonces se escribe el motivo, que queda en el registro de auditoría y lo revisa una persona supervisora.',
  },
  'help.referrals.shared.heading': { en: 'What the receiving agency sees', es: 'Lo que ve la agencia que recibe' },
  'help.referrals.shared.what': {
    en: 'The receiving agency sees who the youth is, the referral itself and only the parts of the record the referrer chose (contact details, screenings, the response, the crisis plan, clinical notes), within what its own role may see. It sees nothing else: not the timeline, the care team or the other responses.',
    es: 'La agencia que recibe ve quién es el joven, la referencia misma y solo las partes del expediente que eligió quien refiere (datos de contacto, evaluaciones, la respuesta, el plan de crisis, notas clínicas), dentro de lo que su propio rol puede ver. No ve nada más: ni la cronología, ni el equipo de atención, ni las otras respuestas.',
  },
  'help.referrals.shared.when': {
    en: 'It sees them from the moment the referral is sent until it closes (completed, rejected, failed, cancelled or entered in error). Once it closes, the receiving agency no longer opens the referral or the record.',
    es: 'Las ve desde que se envía la referencia hasta que se cierra (completada, rechazada, fallida, cancelada o registrada por error). Cuando se cierra, la agencia que recibe ya no abre la referencia ni el expediente.',
  },
  'help.referrals.contact.heading': { en: 'Reaching the youth safely', es: 'Comunicarse con el joven sin riesgo' },
  'help.referrals.contact.direct': {
    en: 'An exploiter may control the youth’s phone. Tick Do not contact the youth directly, and give a safe contact (a relative, a caregiver, an advocate) or, without one, the agency calls the referrer first.',
    es: 'Un explotador puede controlar el teléfono del joven. Marque No comunicarse directamente con el joven y dé un contacto seguro (un familiar, una persona cuidadora, una persona defensora) o, si no lo hay, la agencia llama primero a quien refiere.',
  },
  'help.referrals.contact.notices': {
    en: 'Notifications and e-mails about a referral never carry the youth’s name or any detail of the record: open Harbor to read them.',
    es: 'Los avisos y correos sobre una referencia nunca llevan el nombre del joven ni ningún dato del expediente: abra Harbor para leerlos.',
  },
  'help.referrals.follow.heading': { en: 'Following a referral', es: 'El seguimiento de una referencia' },
  'help.referrals.follow.status': {
    en: 'The receiving agency finds the referral under Waiting on me on My Harbor; the referrer finds it under Waiting on others and on the youth’s record. Either side moves it on: accepted, on hold or waitlisted, in progress, then completed with its closure reason, or rejected or failed with theirs. Every change says who, which agency and when.',
    es: 'La agencia que recibe encuentra la referencia en Pendiente de mí en Mi Harbor; quien refiere la encuentra en Pendiente de otros y en el expediente del joven. Cualquiera de las dos partes la hace avanzar: aceptada, en espera o en lista de espera, en curso y luego completada con su motivo de cierre, o rechazada o fallida con el suyo. Cada cambio indica quién, qué agencia y cuándo.',
  },
  'help.referrals.follow.clocks': {
    en: 'The receiving agency answers within the time the county sets (one business day as Harbor ships it). For a service specialised in youth who have been exploited, first contact is due within 72 hours, as the First Responder Protocol has specialised services follow within 72 hours of a recovery.',
    es: 'La agencia que recibe responde dentro del plazo que fija el condado (un día hábil tal como viene en Harbor). Para un servicio especializado en jóvenes que han sufrido explotación, el primer contacto vence dentro de 72 horas, como el Protocolo de Primera Respuesta prevé servicios especializados dentro de las 72 horas siguientes a una recuperación.',
  },
  'help.referrals.follow.expire': {
    en: 'A late answer is on the Deadlines page and in the notifications of the receiving agency’s supervisors and of the referrer. A referral nobody answers expires (after 5 business days as Harbor ships it), and the referrer is told: refer elsewhere or call.',
    es: 'Una respuesta atrasada aparece en la página de Plazos y en los avisos de las personas supervisoras de la agencia que recibe y de quien refiere. Una referencia que nadie responde vence (a los 5 días hábiles tal como viene en Harbor) y se avisa a quien refiere: refiera a otro servicio o llame.',
  },
  'help.referrals.app.referrals': { en: 'Referrals', es: 'Referencias' },
  'help.referrals.app.directory': { en: 'Resource directory', es: 'Directorio de recursos' },
  'help.referrals.sources': {
    en: 'Family Code 6924; Health and Safety Code 124260; Welfare and Institutions Code 827(a)(1) and 18961.7; LA CSEC First Responder Protocol (2014); HL7 Gravity referral task statuses.',
    es: 'Código de Familia 6924; Código de Salud y Seguridad 124260; Código de Bienestar e Instituciones 827(a)(1) y 18961.7; Protocolo de Primera Respuesta CSEC de Los Ángeles (2014); estados de la tarea de referencia de HL7 Gravity.',
  },

  // The resource directory (/help/directory).
  'help.directory.title': { en: 'The resource directory', es: 'El directorio de recursos' },
  'help.directory.summary': {
    en: 'Finding a service for a youth, what a service’s page tells, the practices and their certified clinicians, and keeping the directory up to date.',
    es: 'Encontrar un servicio para un joven, lo que dice la página de un servicio, las prácticas y sus clínicos certificados, y mantener el directorio al día.',
  },
  'help.directory.lead': {
    en: 'The directory lists the county’s services for youth who have been commercially sexually exploited and their families, with the hotlines and crisis lines. It follows the Open Referral standard for human services data, so other systems can read it.',
    es: 'El directorio reúne los servicios del condado para jóvenes que han sufrido explotación sexual comercial y sus familias, con las líneas directas y de crisis. Sigue el estándar Open Referral de datos de servicios humanos, para que otros sistemas puedan leerlo.',
  },
  'help.directory.search.heading': { en: 'Finding a service', es: 'Encontrar un servicio' },
  'help.directory.search.filters': {
    en: 'Search by what the youth needs, the language the service’s staff speak, the youth’s age, the area, whether it is open now or takes intake at any hour, a free emergency bed, specialisation in youth who have been exploited, an evidence-based practice, or words of its name.',
    es: 'Busque por lo que necesita el joven, el idioma que habla el personal del servicio, la edad del joven, la zona, si está abierto ahora o recibe admisiones a toda hora, una cama de emergencia libre, la especialización en jóvenes que han sufrido explotación, una práctica basada en evidencia o palabras de su nombre.',
  },
  'help.directory.search.language': {
    en: 'A service’s texts are shown in Spanish once a person has reviewed the translation; until then they are shown in English, marked as English.',
    es: 'Los textos de un servicio se muestran en español cuando una persona revisó la traducción; mientras tanto se muestran en inglés, marcados como tales.',
  },
  'help.directory.service.heading': { en: 'A service’s page', es: 'La página de un servicio' },
  'help.directory.service.facts': {
    en: 'A service’s page says whom it serves (ages, area, runaway or AWOL status), its telephones (tap one to call), its hours, whether it takes intake at any hour, its emergency beds with when they were last counted, and its locations.',
    es: 'La página de un servicio dice a quién atiende (edades, zona, jóvenes fugados o ausentes sin permiso), sus teléfonos (tóquelos para llamar), su horario, si recibe admisiones a toda hora, sus camas de emergencia con la hora en que se contaron y sus ubicaciones.',
  },
  'help.directory.service.confidential': {
    en: 'The address of a confidential site, such as a shelter for exploited youth, is not shown: call the service.',
    es: 'No se muestra la dirección de un sitio confidencial, como un albergue para jóvenes que han sufrido explotación: llame al servicio.',
  },
  'help.directory.practices.heading': {
    en: 'Practices and certified clinicians',
    es: 'Prácticas y clínicos certificados',
  },
  'help.directory.practices.list': {
    en: 'TF-CBT adapted for youth who experienced trafficking or commercial sexual exploitation is listed by the California Evidence-Based Clearinghouse for ages 8 to 17; mentoring, multisystemic therapy and family therapy are promising. More than 75 provider agencies in the county are trained in evidence-based practices.',
    es: 'La TF-CBT adaptada para jóvenes que sufrieron trata o explotación sexual comercial figura en el California Evidence-Based Clearinghouse para edades de 8 a 17; la mentoría, la terapia multisistémica y la terapia familiar son prometedoras. Más de 75 agencias proveedoras del condado están capacitadas en prácticas basadas en evidencia.',
  },
  'help.directory.practices.current': {
    en: 'For each practice a service offers, Harbor counts the clinicians whose certification is current. A certification past its expiry is not counted, and searching by a practice finds only the services with a current one.',
    es: 'Para cada práctica que ofrece un servicio, Harbor cuenta los clínicos con certificación vigente. Una certificación vencida no se cuenta, y la búsqueda por práctica solo encuentra los servicios que tienen una vigente.',
  },
  'help.directory.edit.heading': { en: 'Keeping the directory up to date', es: 'Mantener el directorio al día' },
  'help.directory.edit.who': {
    en: 'Administrators, and the roles the county gives the directory to, change services: every changed field is kept in the service’s history with who changed it and when, and in the audit trail.',
    es: 'Las personas administradoras, y los roles a los que el condado da el directorio, cambian los servicios: cada campo que cambia queda en el historial del servicio con quién lo cambió y cuándo, y en el registro de auditoría.',
  },
  'help.directory.edit.retire': {
    en: 'A service no longer offered is retired, never deleted: set its status to inactive, temporarily closed or closed for good. It leaves the search and cannot be referred to; referrals made to it keep it. An organisation that closes is retired with all its services.',
    es: 'Un servicio que ya no se ofrece se retira, nunca se borra: ponga su estado en inactivo, cerrado temporalmente o cerrado definitivamente. Sale de la búsqueda y ya no se puede referir a él; las referencias que se hicieron a él lo conservan. Una organización que cierra se retira con todos sus servicios.',
  },
  'help.directory.edit.files': {
    en: 'The county loads and saves the directory as Open Referral files from Harbor’s command line; a file with a problem is refused whole, with every problem listed.',
    es: 'El condado carga y guarda el directorio como archivos Open Referral desde la línea de comandos de Harbor; un archivo con un problema se rechaza entero, con cada problema en una lista.',
  },
  'help.directory.app.directory': { en: 'Resource directory', es: 'Directorio de recursos' },
  'help.directory.sources': {
    en: 'Open Referral Human Services Data Specification 3.0; California Evidence-Based Clearinghouse (CEBC); Cohen, Mannarino & Kinnish (2017); LACDMH fact sheet on CSECY; LA CSEC First Responder Protocol (2014).',
    es: 'Especificación de Datos de Servicios Humanos de Open Referral 3.0; California Evidence-Based Clearinghouse (CEBC); Cohen, Mannarino y Kinnish (2017); hoja informativa del LACDMH sobre CSECY; Protocolo de Primera Respuesta CSEC de Los Ángeles (2014).',
  },

  // Administration and accounts (/help/administration).
  'help.admin.title': { en: 'Administration and accounts', es: 'Administración y cuentas' },
  'help.admin.summary': {
    en: 'Invitations, roles, passwords and two-step verification, and what to do when an account stops working.',
    es: 'Invitaciones, roles, contraseñas y verificación en dos pasos, y qué hacer cuando una cuenta deja de funcionar.',
  },
  'help.admin.lead': {
    en: 'Administrators and supervisors bring people into Harbor and help them when an account stops working. Administrators manage accounts; they do not read youth records.',
    es: 'Las personas administradoras y supervisoras incorporan a otras personas a Harbor y les ayudan cuando una cuenta deja de funcionar. Las personas administradoras gestionan cuentas; no leen registros de jóvenes.',
  },
  'help.admin.invite.heading': { en: 'Invitations', es: 'Invitaciones' },
  'help.admin.invite.who': {
    en: 'Administrators invite anyone, into any agency, with any role. Supervisors invite people into their own agency, never as administrators.',
    es: 'Las personas administradoras invitan a cualquiera, a cualquier agencia y con cualquier rol. Las personas supervisoras invitan a personas a su propia agencia, nunca como administradoras.',
  },
  'help.admin.invite.link': {
    en: 'An invitation is a single-use link that works for 72 hours. Send it to the person yourself, by a channel you trust: whoever holds the link can create the account.',
    es: 'Una invitación es un enlace de un solo uso que funciona durante 72 horas. Envíelo usted a la persona, por un medio de confianza: quien tenga el enlace puede crear la cuenta.',
  },
  'help.admin.invite.first': {
    en: 'The person chooses a name and a password and, at the first sign-in, sets up two-step verification with an authenticator app and saves ten recovery codes.',
    es: 'La persona elige un nombre y una contraseña y, al iniciar sesión por primera vez, configura la verificación en dos pasos con una aplicación de autenticación y guarda diez códigos de recuperación.',
  },
  'help.admin.invite.again': {
    en: 'If the link expired or was lost, create a new invitation.',
    es: 'Si el enlace venció o se perdió, cree una nueva invitación.',
  },
  'help.admin.roles.heading': { en: 'Roles', es: 'Roles' },
  'help.admin.roles.decide': {
    en: 'A role decides what a person may do, and their agency’s kind limits what they may see. An administrator changes a person’s role on the Users page; Roles lists what each role may do.',
    es: 'El rol decide lo que una persona puede hacer, y el tipo de su agencia limita lo que puede ver. Una persona administradora cambia el rol de alguien en la página de Usuarios; Roles muestra lo que puede hacer cada rol.',
  },
  'help.admin.roles.fit': {
    en: 'Give each person the role of the work they do. Nobody needs the administrator role for casework: administrators see no youth records.',
    es: 'Dé a cada persona el rol del trabajo que hace. Nadie necesita el rol de administración para atender casos: las personas administradoras no ven registros de jóvenes.',
  },
  'help.admin.secrets.heading': {
    en: 'Passwords and two-step verification',
    es: 'Contraseñas y verificación en dos pasos',
  },
  'help.admin.secrets.password': {
    en: 'A password has 12 to 128 characters, any characters, and no other rule; Harbor refuses passwords that are common or known from data breaches. A few unrelated words make a good one.',
    es: 'Una contraseña tiene de 12 a 128 caracteres, de cualquier tipo, y ninguna otra regla; Harbor rechaza las contraseñas comunes o conocidas por filtraciones de datos. Unas cuantas palabras sin relación entre sí forman una buena contraseña.',
  },
  'help.admin.secrets.code': {
    en: 'Two-step verification is for everyone: after the password, a 6-digit code from an authenticator app. Each code works once. Where the county offers single sign-on, it replaces the password only.',
    es: 'La verificación en dos pasos es para todos: después de la contraseña, un código de 6 dígitos de una aplicación de autenticación. Cada código sirve una sola vez. Donde el condado ofrece el inicio de sesión único, este reemplaza solo la contraseña.',
  },
  'help.admin.secrets.recovery': {
    en: 'The ten recovery codes, shown once when the authenticator is set up, each replace a code once. Keep them somewhere safe, away from the phone.',
    es: 'Los diez códigos de recuperación, que se muestran una sola vez al configurar la aplicación de autenticación, reemplazan cada uno un código una vez. Guárdelos en un lugar seguro, lejos del teléfono.',
  },
  'help.admin.trouble.heading': { en: 'When an account stops working', es: 'Cuando una cuenta deja de funcionar' },
  'help.admin.trouble.locked': {
    en: 'Locked: 5 wrong passwords or codes within 15 minutes lock the account for 15 minutes. An administrator can unlock it sooner from the Users page.',
    es: 'Bloqueada: 5 contraseñas o códigos incorrectos en 15 minutos bloquean la cuenta durante 15 minutos. Una persona administradora puede desbloquearla antes desde la página de Usuarios.',
  },
  'help.admin.trouble.reset': {
    en: 'A forgotten password, or a lost authenticator with no recovery code left: the person’s supervisor or an administrator helps them reset it. First make sure of who is asking: call the person back on a number you know is theirs.',
    es: 'Una contraseña olvidada, o una aplicación de autenticación perdida sin códigos de recuperación: el supervisor de la persona o una persona administradora le ayuda a restablecerla. Primero asegúrese de quién lo pide: devuelva la llamada a un número que sepa que es de esa persona.',
  },
  'help.admin.trouble.lost': {
    en: 'A lost or stolen phone or computer: end the person’s sessions at once from the Users page. People can also end their own sessions under My sessions.',
    es: 'Un teléfono o una computadora perdidos o robados: cierre de inmediato las sesiones de la persona desde la página de Usuarios. Cada persona también puede cerrar sus propias sesiones en Mis sesiones.',
  },
  'help.admin.trouble.leave': {
    en: 'Someone who leaves, or should no longer have access: disable the account. That ends all its sessions at once.',
    es: 'Alguien que se va, o que ya no debe tener acceso: desactive la cuenta. Eso cierra todas sus sesiones en ese momento.',
  },
  'help.admin.trouble.never': {
    en: 'Never ask anyone for their password, an authenticator code or a recovery code, and never give yours.',
    es: 'Nunca pida a nadie su contraseña, un código de autenticación ni un código de recuperación, y nunca dé los suyos.',
  },
  'help.admin.supervisors.heading': { en: 'For supervisors', es: 'Para las personas supervisoras' },
  'help.admin.supervisors.breakGlass': {
    en: 'Review every emergency access to youth on your agency’s care teams, and follow up when a reason did not justify it.',
    es: 'Revise cada acceso de emergencia a jóvenes de los equipos de atención de su agencia, y dé seguimiento cuando un motivo no lo justificaba.',
  },
  'help.admin.supervisors.audit': {
    en: 'Search the audit log for what the people of your agency did. Searches and exports are recorded too.',
    es: 'Busque en el registro de auditoría lo que hicieron las personas de su agencia. Las búsquedas y exportaciones también quedan registradas.',
  },
  'help.admin.supervisors.deadlines': {
    en: 'On Deadlines, My agency shows your agency’s steps, and you are told when one of them is overdue.',
    es: 'En Plazos, De mi agencia muestra los pasos de su agencia, y se le avisa cuando alguno se vence.',
  },
  'help.admin.app.users': { en: 'Users and invitations', es: 'Usuarios e invitaciones' },
  'help.admin.app.roles': { en: 'Roles and permissions', es: 'Roles y permisos' },
  'help.admin.app.breakGlass': { en: 'Emergency accesses', es: 'Accesos de emergencia' },
  'help.admin.app.audit': { en: 'Audit log', es: 'Registro de auditoría' },
  'help.admin.app.sessions': { en: 'My sessions', es: 'Mis sesiones' },
  'help.admin.sources': {
    en: 'Harbor’s security model: accounts, passwords, two-step verification, sessions, access and the audit trail.',
    es: 'Modelo de seguridad de Harbor: cuentas, contraseñas, verificación en dos pasos, sesiones, acceso y auditoría.',
  },

  // Glossary (/help/glossary).
  'help.glossary.title': { en: 'Glossary', es: 'Glosario' },
  'help.glossary.summary': {
    en: 'The laws, programs and words you meet in Harbor, each with its source.',
    es: 'Las leyes, los programas y las palabras que encontrará en Harbor, cada uno con su fuente.',
  },
  'help.glossary.lead': {
    en: 'The terms you meet in Harbor, each in a few plain sentences with its source. This is general information, not legal advice.',
    es: 'Los términos que encontrará en Harbor, cada uno en pocas palabras y con su fuente. Es información general, no asesoría legal.',
  },
  'help.glossary.verifyNote': {
    en: 'A passage marked “Verify before citing” rests on a source that is to be checked against the current text of the law before anyone cites it.',
    es: 'Un pasaje marcado “Verificar antes de citar” se basa en una fuente que debe compararse con el texto vigente de la ley antes de citarla.',
  },
  'help.glossary.source': { en: 'Source:', es: 'Fuente:' },
  'help.glossary.group.reporting': { en: 'Reporting child abuse', es: 'El reporte de abuso infantil' },
  'help.glossary.group.law': {
    en: 'Child welfare, courts and information sharing',
    es: 'Bienestar infantil, tribunales e intercambio de información',
  },
  'help.glossary.group.hotline': { en: 'The hotline', es: 'La línea directa' },
  'help.glossary.group.response': { en: 'The county’s response', es: 'La respuesta del condado' },
  'help.glossary.group.care': { en: 'Care and consent', es: 'Atención y consentimiento' },
  'help.glossary.group.harbor': { en: 'Words Harbor uses', es: 'Palabras que usa Harbor' },
  'help.glossary.sources': {
    en: 'Each entry names its own source.',
    es: 'Cada entrada indica su propia fuente.',
  },

  // The glossary's entries, group by group (glossary.ts).
  // Reporting child abuse.
  'help.glossary.pc11166.term': { en: 'Penal Code 11166', es: 'Código Penal 11166' },
  'help.glossary.pc11166.body': {
    en: 'California’s mandated reporting law. A mandated reporter who knows of or reasonably suspects child abuse or neglect reports it by telephone immediately, or as soon as practically possible, and sends a written follow-up report within 36 hours of receiving the information. Reasonable suspicion is enough; not reporting is a misdemeanor.',
    es: 'La ley de California sobre el reporte obligatorio. Quien tiene la obligación de reportar y sabe o sospecha razonablemente que un niño sufre abuso o negligencia lo reporta por teléfono de inmediato, o en cuanto sea posible en la práctica, y envía un reporte escrito de seguimiento dentro de las 36 horas siguientes a recibir la información. Basta con una sospecha razonable; no reportar es un delito menor.',
  },
  'help.glossary.pc11166.source': {
    en: 'California Penal Code 11166(a).',
    es: 'Código Penal de California, artículo 11166(a).',
  },

  'help.glossary.pc11166k.term': { en: 'Penal Code 11166(k)', es: 'Código Penal 11166(k)' },
  'help.glossary.pc11166k.body': {
    en: 'What law enforcement does with a report it receives: it tells the county welfare agency and the district attorney immediately or as soon as practically possible, by telephone, fax or electronic transmission, and then in writing within 36 hours of receiving the information.',
    es: 'Lo que hacen las fuerzas del orden con un reporte que reciben: avisan a la agencia de bienestar infantil del condado y a la fiscalía de inmediato, o en cuanto sea posible en la práctica, por teléfono, fax o medio electrónico, y después por escrito dentro de las 36 horas siguientes a recibir la información.',
  },
  'help.glossary.pc11166k.source': {
    en: 'California Penal Code 11166(k).',
    es: 'Código Penal de California, artículo 11166(k).',
  },

  'help.glossary.pc11167a.term': { en: 'Penal Code 11167(a)', es: 'Código Penal 11167(a)' },
  'help.glossary.pc11167a.body': {
    en: 'What a report contains: the reporter’s name, business address and telephone number, the capacity that makes them a mandated reporter, and the basis and source of the suspicion. If known, also the child’s name, address, present location, school, grade and class; the parents’ names, addresses and telephone numbers; and the name, address, telephone number and other relevant information of whoever may have abused the child. A report is made even when some of this is not known.',
    es: 'Lo que contiene un reporte: el nombre de quien reporta, su dirección y teléfono de trabajo, la función que le obliga a reportar, y en qué se basa la sospecha y de dónde viene la información. Si se conocen, también el nombre, la dirección, el paradero actual, la escuela, el grado y el salón del niño; el nombre, la dirección y el teléfono de los padres; y el nombre, la dirección, el teléfono y otros datos útiles de quien pudo haber abusado del niño. El reporte se hace aunque falten algunos de estos datos.',
  },
  'help.glossary.pc11167a.source': {
    en: 'California Penal Code 11167(a).',
    es: 'Código Penal de California, artículo 11167(a).',
  },

  'help.glossary.pc11167d.term': { en: 'Penal Code 11167(d) and 11167.5', es: 'Código Penal 11167(d) y 11167.5' },
  'help.glossary.pc11167d.body': {
    en: 'Confidentiality. The reporter’s identity is confidential (11167(d)), and so are the reports themselves (11167.5). In Harbor, a report’s details are read by the reporter, the supervisors of the reporter’s agency and child welfare; the rest of the care team sees that a report was made, and when.',
    es: 'Confidencialidad. La identidad de quien reporta es confidencial (11167(d)), y también lo son los reportes (11167.5). En Harbor, los detalles de un reporte los leen quien reporta, las personas supervisoras de su agencia y bienestar infantil; el resto del equipo de atención ve que se hizo un reporte y cuándo.',
  },
  'help.glossary.pc11167d.source': {
    en: 'California Penal Code 11167(d) and 11167.5.',
    es: 'Código Penal de California, artículos 11167(d) y 11167.5.',
  },

  'help.glossary.pc11165_1.term': { en: 'Penal Code 11165.1', es: 'Código Penal 11165.1' },
  'help.glossary.pc11165_1.body': {
    en: 'Defines the sexual abuse the reporting law covers. The commercial sexual exploitation of a child includes trafficking a child as Penal Code 236.1(c) describes it, and giving a child food, shelter or payment in exchange for a sexual act.',
    es: 'Define el abuso sexual que cubre la ley de reporte. La explotación sexual comercial de un niño incluye la trata de un menor tal como la describe el Código Penal 236.1(c), y darle comida, alojamiento o dinero a cambio de un acto sexual.',
  },
  'help.glossary.pc11165_1.source': {
    en: 'California Penal Code 11165.1.',
    es: 'Código Penal de California, artículo 11165.1.',
  },

  'help.glossary.ss8572.term': { en: 'SS 8572', es: 'SS 8572' },
  'help.glossary.ss8572.body': {
    en: 'The Suspected Child Abuse Report: the Department of Justice form for the written follow-up report, or the county’s online system where it has one (Penal Code 11168). Harbor prepares it from the records for the reporter to review, and makes a PDF of it.',
    es: 'El Reporte de Sospecha de Abuso Infantil (Suspected Child Abuse Report): el formulario del Departamento de Justicia para el reporte escrito de seguimiento, o el sistema en línea del condado donde lo haya (Código Penal 11168). Harbor lo prepara a partir de los expedientes para que quien reporta lo revise, y genera un PDF.',
  },
  'help.glossary.ss8572.source': {
    en: 'California Penal Code 11166(a) and 11168.',
    es: 'Código Penal de California, artículos 11166(a) y 11168.',
  },

  // Child welfare, courts and information sharing.
  'help.glossary.wic300b2.term': {
    en: 'Welfare and Institutions Code 300(b)(2) and SB 855',
    es: 'Código de Bienestar e Instituciones 300(b)(2) y SB 855',
  },
  'help.glossary.wic300b2.body': {
    en: 'SB 855 (2014) made the commercial sexual exploitation of a minor a child abuse report the law requires. Under Welfare and Institutions Code 300(b)(2), child welfare can serve a child who is sexually trafficked as a victim of abuse and neglect when the parent or guardian failed to protect the child, or was unable to.',
    es: 'La SB 855 (2014) hizo de la explotación sexual comercial de un menor un abuso infantil que la ley obliga a reportar. Según el Código de Bienestar e Instituciones 300(b)(2), bienestar infantil puede atender como víctima de abuso y negligencia a un niño víctima de trata sexual cuando su padre, madre o tutor no lo protegió o no pudo protegerlo.',
  },
  'help.glossary.wic300b2.source': {
    en: 'SB 855 (2014); Welfare and Institutions Code 300(b)(2); LACDMH CSECY fact sheet.',
    es: 'SB 855 (2014); Código de Bienestar e Instituciones 300(b)(2); hoja informativa CSECY del LACDMH.',
  },

  'help.glossary.sb1322.term': { en: 'SB 1322', es: 'SB 1322' },
  'help.glossary.sb1322.body': {
    en: 'Since 1 January 2017, a person under 18 who took part in a commercial sex act to receive money or anything else of value cannot be arrested or charged with prostitution, or with loitering with intent to commit it (Penal Code 647(b) and 653.22): the youth is a victim, not an offender. A peace officer who finds a child in a commercial sex act reports suspected abuse or neglect to county child welfare; temporary custody under Welfare and Institutions Code 305 remains possible. Penal Code 653.22 was later repealed for everyone by SB 357 (in force since 1 January 2023), and survivors may ask a court to vacate and seal earlier records (Penal Code 236.14).',
    es: 'Desde el 1 de enero de 2017, a una persona menor de 18 años que participó en un acto sexual comercial para recibir dinero u otra cosa de valor no se le puede arrestar ni acusar de prostitución, ni de merodeo con la intención de cometerla (Código Penal 647(b) y 653.22): la persona joven es una víctima, no una infractora. El agente del orden que encuentra a un niño en un acto sexual comercial reporta la sospecha de abuso o negligencia a bienestar infantil del condado; la custodia temporal según el Código de Bienestar e Instituciones 305 sigue siendo posible. Más tarde, la SB 357 derogó el artículo 653.22 del Código Penal para todas las personas (vigente desde el 1 de enero de 2023), y las personas sobrevivientes pueden pedir a un tribunal que anule y selle antecedentes anteriores (Código Penal 236.14).',
  },
  'help.glossary.sb1322.source': {
    en: 'SB 1322 (Statutes of 2016); SB 357 (Statutes of 2022); Penal Code 236.14; LACDMH CSECY fact sheet.',
    es: 'SB 1322 (Estatutos de 2016); SB 357 (Estatutos de 2022); Código Penal 236.14; hoja informativa CSECY del LACDMH.',
  },

  'help.glossary.wic827.term': {
    en: 'Welfare and Institutions Code 827 and form JV-570',
    es: 'Código de Bienestar e Instituciones 827 y formulario JV-570',
  },
  'help.glossary.wic827.body': {
    en: 'Who may see a juvenile case file. Section 827(a)(1) lists them; members of a multidisciplinary team and the child’s treatment or supervision providers are among them. Anyone else asks the juvenile court, on form JV-570. Harbor’s need-to-know rule follows this law.',
    es: 'Quién puede ver el expediente de un caso juvenil. El artículo 827(a)(1) enumera a esas personas; entre ellas están los miembros de un equipo multidisciplinario y quienes brindan tratamiento o supervisión al menor. Cualquier otra persona lo pide al tribunal de menores con el formulario JV-570. La regla de necesidad de saber de Harbor sigue esta ley.',
  },
  'help.glossary.wic827.source': {
    en: 'Welfare and Institutions Code 827(a)(1); California Rules of Court, rule 5.552.',
    es: 'Código de Bienestar e Instituciones 827(a)(1); Reglas de los Tribunales de California, regla 5.552.',
  },

  'help.glossary.wic18961_7.term': {
    en: 'Welfare and Institutions Code 18961.7',
    es: 'Código de Bienestar e Instituciones 18961.7',
  },
  'help.glossary.wic18961_7.body': {
    en: 'Lets a child abuse multidisciplinary team exchange confidential information for 30 days after a report, or longer for good cause, electronically too where the identities of the people exchanging it are verified.',
    es: 'Permite que un equipo multidisciplinario de abuso infantil intercambie información confidencial durante los 30 días siguientes a un reporte, o más tiempo si hay causa justificada, también por medios electrónicos cuando se verifica la identidad de quienes la intercambian.',
  },
  'help.glossary.wic18961_7.source': {
    en: 'Welfare and Institutions Code 18961.7.',
    es: 'Código de Bienestar e Instituciones, artículo 18961.7.',
  },

  // The hotline.
  'help.glossary.referral.term': {
    en: 'The 19-digit referral number',
    es: 'El número de referencia de 19 dígitos',
  },
  'help.glossary.referral.body': {
    en: 'The number the DCFS Child Protection Hotline gives the reporter at the end of the call when it decides on an immediate response, a five-day response or evaluated out. Write it down and record it in Harbor with the telephone report: it is how the report is found again. Spaces and dashes do not matter.',
    es: 'El número que la Línea Directa de Protección Infantil de DCFS da a quien reporta al final de la llamada cuando decide una respuesta inmediata, una respuesta en cinco días o descartado tras evaluación. Anótelo y regístrelo en Harbor con el reporte telefónico: sirve para volver a encontrar el reporte. Los espacios y guiones no importan.',
  },
  'help.glossary.referral.source': {
    en: 'Los Angeles County Department of Children and Family Services (DCFS).',
    es: 'Departamento de Servicios para Niños y Familias del Condado de Los Ángeles (DCFS).',
  },

  'help.glossary.dispositions.term': { en: 'Hotline dispositions', es: 'Decisiones de la línea directa' },
  'help.glossary.dispositions.body': {
    en: 'What the hotline decides after a call: an immediate response (in person within 24 hours), a five-day response, evaluated out, information to CSW (passed to the youth’s children’s social worker), or a consultation. Only the first three come with a referral number.',
    es: 'Lo que decide la línea directa después de una llamada: respuesta inmediata (en persona dentro de 24 horas), respuesta en cinco días, descartado tras evaluación, información al CSW (se pasa al trabajador social que atiende al joven) o consulta. Solo las tres primeras reciben un número de referencia.',
  },
  'help.glossary.dispositions.verify': {
    en: 'Los Angeles County also takes non-emergency reports online. The Penal Code section that allows it (11166.02) is to be checked against its current text before anyone cites it.',
    es: 'El Condado de Los Ángeles también recibe por internet los reportes que no son de emergencia. El artículo del Código Penal que lo permite (11166.02) debe compararse con su texto vigente antes de citarlo.',
  },
  'help.glossary.dispositions.source': {
    en: 'Los Angeles County Department of Children and Family Services (DCFS).',
    es: 'Departamento de Servicios para Niños y Familias del Condado de Los Ángeles (DCFS).',
  },

  // The county's response.
  'help.glossary.csec.term': { en: 'CSEC and CSECY', es: 'CSEC y CSECY (ESCNJ)' },
  'help.glossary.csec.body': {
    en: 'The commercial sexual exploitation of children (CSEC), or of children and youth (CSECY): the sexual abuse of a minor for economic gain. It is a form of human trafficking, and it is child abuse. Any child can be targeted, girls, boys and transgender youth alike; on average, victims are first trafficked at 12 to 14. Say “youth who has been commercially sexually exploited” or “survivor”: a minor cannot consent, so there is no such thing as a “child prostitute”.',
    es: 'La explotación sexual comercial de niños (CSEC, por sus siglas en inglés), o de niños y jóvenes (CSECY; en español, ESCNJ): el abuso sexual de una persona menor de edad para obtener un beneficio económico. Es una forma de trata de personas y es abuso infantil. Cualquier niña, niño o joven transgénero puede ser blanco de explotación; en promedio, las víctimas caen en la trata entre los 12 y los 14 años. Diga “joven que ha sufrido explotación sexual comercial” o “sobreviviente”: una persona menor de edad no puede consentir, así que no existe la “prostitución infantil”.',
  },
  'help.glossary.csec.source': {
    en: 'LACDMH CSECY fact sheet; Penal Code 11165.1; Luxembourg Terminology Guidelines (2016).',
    es: 'Hoja informativa CSECY del LACDMH; Código Penal 11165.1; Orientaciones terminológicas de Luxemburgo (2016).',
  },

  'help.glossary.frp.term': { en: 'First Responder Protocol', es: 'Protocolo de Primera Respuesta' },
  'help.glossary.frp.body': {
    en: 'The Los Angeles County CSEC First Responder Protocol: who does what, and by when, once a child or youth is identified or recovered. Partners are on scene within 90 minutes of a recovery, a health evaluation and specialized services follow within 72 hours, and the advocate stays engaged for at least 90 days. Piloted from August 2014, it covered the Sheriff’s, LAPD and Long Beach police areas by July 2018; the other police departments joined from 2019. In its first four years, 361 youth were identified, and more than 85% of them had been involved with DCFS before.',
    es: 'El Protocolo de Primera Respuesta CSEC del Condado de Los Ángeles: quién hace qué, y en qué plazo, una vez que se identifica o se recupera a un niño, niña o joven. Los socios llegan al lugar dentro de los 90 minutos siguientes a una recuperación, la evaluación de salud y los servicios especializados llegan dentro de 72 horas, y la persona defensora acompaña al joven durante al menos 90 días. Se puso a prueba desde agosto de 2014; en julio de 2018 cubría las zonas del Sheriff, del LAPD y de la policía de Long Beach, y los demás departamentos de policía se sumaron a partir de 2019. En sus primeros cuatro años se identificó a 361 jóvenes, y más del 85 % ya había tenido contacto con DCFS.',
  },
  'help.glossary.frp.source': {
    en: 'National Center for Youth Law (2015); Los Angeles County Board of Supervisors (2018).',
    es: 'National Center for Youth Law (2015); Junta de Supervisores del Condado de Los Ángeles (2018).',
  },

  'help.glossary.mart.term': { en: 'MART', es: 'MART' },
  'help.glossary.mart.body': {
    en: 'The Multi-Agency Response Team of the Department of Children and Family Services (DCFS): one of the roles the First Responder Protocol gives child welfare, beside the Child Protection Hotline.',
    es: 'El Equipo de Respuesta Multiagencia (Multi-Agency Response Team) del Departamento de Servicios para Niños y Familias (DCFS): una de las funciones que el Protocolo de Primera Respuesta da a bienestar infantil, junto con la Línea Directa de Protección Infantil.',
  },
  'help.glossary.mart.source': {
    en: 'National Center for Youth Law (2015); Los Angeles County Board of Supervisors (2018).',
    es: 'National Center for Youth Law (2015); Junta de Supervisores del Condado de Los Ángeles (2018).',
  },

  'help.glossary.marc.term': { en: 'MARC', es: 'MARC' },
  'help.glossary.marc.body': {
    en: 'The Multi-Agency Review Committee, one of the roles of the First Responder Protocol. The others are law enforcement, the DCFS Child Protection Hotline and MART, probation, the advocacy agency, emergency housing, the DHS medical hub and the multidisciplinary team.',
    es: 'El Comité de Revisión Multiagencia (Multi-Agency Review Committee), una de las funciones del Protocolo de Primera Respuesta. Las demás son las fuerzas del orden, la Línea Directa de Protección Infantil y el MART de DCFS, libertad condicional, la agencia de defensoría, la vivienda de emergencia, el centro médico del DHS (medical hub) y el equipo multidisciplinario.',
  },
  'help.glossary.marc.source': {
    en: 'National Center for Youth Law (2015); Los Angeles County Board of Supervisors (2018).',
    es: 'National Center for Youth Law (2015); Junta de Supervisores del Condado de Los Ángeles (2018).',
  },

  'help.glossary.mdt.term': { en: 'MDT', es: 'MDT (equipo multidisciplinario)' },
  'help.glossary.mdt.body': {
    en: 'A multidisciplinary team: the professionals around a youth, from child welfare, probation, mental health, health and advocacy (and, in the specialty courts, the attorneys), who plan together. The state CSEC Program requires an interagency protocol with an MDT approach, and a child abuse MDT may share confidential information for 30 days after a report (Welfare and Institutions Code 18961.7).',
    es: 'Un equipo multidisciplinario (MDT, por sus siglas en inglés): los profesionales que rodean a un joven, de bienestar infantil, libertad condicional, salud mental, salud y defensoría (y, en los tribunales especializados, los abogados), que planifican juntos. El Programa CSEC del estado exige un protocolo interinstitucional con un enfoque de MDT, y un MDT de abuso infantil puede compartir información confidencial durante los 30 días siguientes a un reporte (Código de Bienestar e Instituciones 18961.7).',
  },
  'help.glossary.mdt.source': {
    en: 'Welfare and Institutions Code 16524.6–16524.11 and 18961.7.',
    es: 'Código de Bienestar e Instituciones, artículos 16524.6–16524.11 y 18961.7.',
  },

  'help.glossary.star.term': { en: 'STAR court', es: 'Tribunal STAR' },
  'help.glossary.star.body': {
    en: 'Succeeding Through Achievement and Resilience: the Los Angeles County delinquency court for commercially sexually exploited youth, since 2012. It sits every week in Compton (Department 260). Its MDT brings together the youth’s attorney, the district attorney, four dedicated probation officers with caseloads of at most 25, and education and community advocates who are in touch with the youth every week. LACDMH takes part in its MDT meetings.',
    es: 'Éxito a través del Logro y la Resiliencia (Succeeding Through Achievement and Resilience): el tribunal de delincuencia juvenil del Condado de Los Ángeles para jóvenes explotados sexualmente con fines comerciales, desde 2012. Sesiona cada semana en Compton (Departamento 260). Su MDT reúne al abogado del joven, la fiscalía, cuatro oficiales de libertad condicional dedicados con un máximo de 25 casos cada uno, y personas defensoras educativas y comunitarias que están en contacto con el joven cada semana. El LACDMH participa en sus reuniones de MDT.',
  },
  'help.glossary.star.source': { en: 'LACDMH CSECY fact sheet.', es: 'Hoja informativa CSECY del LACDMH.' },

  'help.glossary.dream.term': { en: 'DREAM court', es: 'Tribunal DREAM' },
  'help.glossary.dream.body': {
    en: 'Dedication to Restoration through Empowerment, Advocacy and Mentoring: the dependency court for commercially sexually exploited youth, modelled on STAR, with court staff trained on CSEC. It sits at the Edelman Children’s Court and has heard more than 150 cases since January 2016.',
    es: 'Dedicación a la Restauración a través del Empoderamiento, la Abogacía y la Tutoría (Dedication to Restoration through Empowerment, Advocacy and Mentoring): el tribunal de dependencia para jóvenes explotados sexualmente con fines comerciales, inspirado en el tribunal STAR, con personal capacitado en CSEC. Sesiona en el Tribunal de Menores Edelman (Edelman Children’s Court) y ha atendido más de 150 casos desde enero de 2016.',
  },
  'help.glossary.dream.source': { en: 'LACDMH CSECY fact sheet.', es: 'Hoja informativa CSECY del LACDMH.' },

  // Care and consent.
  'help.glossary.advocate.term': { en: 'Advocate', es: 'Persona defensora' },
  'help.glossary.advocate.body': {
    en: 'Someone from an advocacy agency who stands by the youth and speaks up for them. Under the protocol, the advocate is on scene within 90 minutes of a recovery and stays engaged for at least 90 days; in STAR court, community advocates are in touch with the youth every week. In Harbor, advocate is also a role.',
    es: 'Una persona de una agencia de defensoría que acompaña al joven y defiende sus intereses. Según el protocolo, llega al lugar dentro de los 90 minutos siguientes a una recuperación y acompaña al joven durante al menos 90 días; en el tribunal STAR, las personas defensoras comunitarias están en contacto con el joven cada semana. En Harbor, «persona defensora» también es un rol.',
  },
  'help.glossary.advocate.source': {
    en: 'LA CSEC First Responder Protocol (2014); LACDMH CSECY fact sheet.',
    es: 'Protocolo de Primera Respuesta CSEC de Los Ángeles (2014); hoja informativa CSECY del LACDMH.',
  },

  'help.glossary.ebp.term': { en: 'EBP and TF-CBT', es: 'EBP y TF-CBT' },
  'help.glossary.ebp.body': {
    en: 'An evidence-based practice (EBP) is a treatment that research has shown to work. Trauma-Focused Cognitive Behavioral Therapy (TF-CBT) has an adaptation for youth who experienced trafficking or commercial sexual exploitation, listed for ages 8 to 17 by the California Evidence-Based Clearinghouse for Child Welfare (CEBC). Mentoring, multisystemic therapy and family therapy are promising. More than 75 LACDMH provider agencies have been trained in one or more EBPs.',
    es: 'Una práctica basada en la evidencia (EBP, por sus siglas en inglés) es un tratamiento cuya eficacia ha demostrado la investigación. La terapia cognitivo-conductual centrada en el trauma (TF-CBT) tiene una adaptación para jóvenes que vivieron trata o explotación sexual comercial, que el California Evidence-Based Clearinghouse for Child Welfare (CEBC) reconoce para edades de 8 a 17 años. La mentoría, la terapia multisistémica y la terapia familiar son prometedoras. Más de 75 agencias proveedoras del LACDMH han recibido capacitación en una o más EBP.',
  },
  'help.glossary.ebp.source': {
    en: 'CEBC; Cohen, Mannarino and Kinnish (2017); LACDMH CSECY fact sheet.',
    es: 'CEBC; Cohen, Mannarino y Kinnish (2017); hoja informativa CSECY del LACDMH.',
  },

  'help.glossary.minorConsent.term': { en: 'Minors’ own consent', es: 'Consentimiento propio de menores' },
  'help.glossary.minorConsent.body': {
    en: 'California lets minors consent to some care on their own. From age 12, a youth may consent to outpatient mental health treatment and to residential shelter services (Family Code 6924; Health and Safety Code 124260). The Family Code also lets minors consent to care for sexually transmitted infections (6926), pregnancy (6925), sexual assault (6927, 6928) and drug or alcohol treatment (6929), each on its own conditions. The records of that care are kept from parents in the cases the statutes set out; in Harbor, clinical content is for clinical staff only.',
    es: 'California permite que las personas menores de edad den su propio consentimiento para cierta atención. Desde los 12 años, un joven puede consentir tratamiento ambulatorio de salud mental y servicios de albergue residencial (Código de Familia 6924; Código de Salud y Seguridad 124260). El Código de Familia también permite que consienta atención de infecciones de transmisión sexual (6926), embarazo (6925), agresión sexual (6927 y 6928) y tratamiento por consumo de drogas o alcohol (6929), cada uno con sus propias condiciones. Los expedientes de esa atención se reservan frente a los padres en los casos que señalan las leyes; en Harbor, el contenido clínico es solo para el personal clínico.',
  },
  'help.glossary.minorConsent.source': {
    en: 'Family Code 6924–6929; Health and Safety Code 124260.',
    es: 'Código de Familia, artículos 6924–6929; Código de Salud y Seguridad, artículo 124260.',
  },

  // Words Harbor uses.
  'help.glossary.levelOfConcern.term': { en: 'Level of concern', es: 'Nivel de preocupación' },
  'help.glossary.levelOfConcern.body': {
    en: 'The result of a screening: no concern, possible concern or clear concern, with the reasons that led to it. It tells the team how worried to be and what to do next. It is never proof, and no concern does not rule exploitation out.',
    es: 'El resultado de una evaluación: sin preocupación, preocupación posible o preocupación clara, con los motivos que llevaron a él. Le dice al equipo cuánto preocuparse y qué hacer a continuación. Nunca es una prueba, y «sin preocupación» no descarta la explotación.',
  },
  'help.glossary.levelOfConcern.source': {
    en: 'CSE-IT (WestCoast Children’s Clinic).',
    es: 'CSE-IT (WestCoast Children’s Clinic).',
  },

  'help.glossary.careTeam.term': { en: 'Care team', es: 'Equipo de atención' },
  'help.glossary.careTeam.body': {
    en: 'The people who may open a youth’s record in Harbor: whoever created it, and the people added to it with a basis (a court order, the multidisciplinary team, consent or a protocol response). Supervisors of an agency on the team may open it too.',
    es: 'Las personas que pueden abrir el expediente de un joven en Harbor: quien lo creó y las personas agregadas con un fundamento (una orden judicial, el equipo multidisciplinario, el consentimiento o una respuesta del protocolo). También pueden abrirlo las personas supervisoras de una agencia del equipo.',
  },
  'help.glossary.careTeam.source': {
    en: 'Welfare and Institutions Code 827; Harbor’s security model.',
    es: 'Código de Bienestar e Instituciones 827; modelo de seguridad de Harbor.',
  },

  'help.glossary.breakGlass.term': {
    en: 'Break-glass (emergency access)',
    es: 'Acceso de emergencia (romper el cristal)',
  },
  'help.glossary.breakGlass.body': {
    en: 'Opening a youth’s record in an emergency without being on the care team. You write why (at least 20 characters); the record opens for 60 minutes, read only, and never shows the details of a report you did not make. Every such access is recorded and reviewed by the supervisors of the agencies on the care team.',
    es: 'Abrir el expediente de un joven en una emergencia sin formar parte del equipo de atención. Usted escribe por qué (al menos 20 caracteres); el expediente se abre durante 60 minutos, solo para lectura, y nunca muestra los detalles de un reporte que usted no hizo. Cada acceso queda registrado y lo revisan las personas supervisoras de las agencias del equipo de atención.',
  },
  'help.glossary.breakGlass.source': {
    en: 'HIPAA Security Rule, emergency access (45 CFR 164.312); Harbor’s security model.',
    es: 'Regla de Seguridad de HIPAA, acceso de emergencia (45 CFR 164.312); modelo de seguridad de Harbor.',
  },

  'help.glossary.fieldClass.term': { en: 'Field class', es: 'Clase de campo' },
  'help.glossary.fieldClass.body': {
    en: 'The kind of information each value of a record is: identity, protocol, contact, safety, clinical or mandated report. Your role and your agency decide which classes you see, and whoever wrote a value always sees it. The classes keep clinical content with clinical staff, and a report’s details with the people who may read them.',
    es: 'El tipo de información al que pertenece cada dato de un expediente: identidad, protocolo, contacto, seguridad, clínico o reporte obligatorio. Su rol y su agencia deciden qué clases ve, y quien escribió un dato siempre lo ve. Las clases reservan el contenido clínico al personal clínico, y los detalles de un reporte a quienes pueden leerlos.',
  },
  'help.glossary.fieldClass.source': {
    en: 'Welfare and Institutions Code 827; Penal Code 11167(d); Family Code 6924–6929; Harbor’s security model.',
    es: 'Código de Bienestar e Instituciones 827; Código Penal 11167(d); Código de Familia 6924–6929; modelo de seguridad de Harbor.',
  },
});
