import { defineMessages } from '@harbor/core';

/**
 * Copy of the shared UI (page frame, header, footer, session timeout, problems) and of the few messages that more
 * than one feature shows. Keys keep the names they had in core (some begin with a feature's name).
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const sharedCopy = defineMessages({
  'app.name': { en: 'Harbor', es: 'Harbor' },
  'document.title': { en: '{page} | Harbor', es: '{page} | Harbor' },

  // Shell: skip link, header, navigation, language switch, loading and route errors.
  'shell.skipToContent': { en: 'Skip to main content', es: 'Saltar al contenido principal' },
  'shell.header.tagline': {
    en: 'Care coordination for Los Angeles County',
    es: 'Coordinación de la atención para el Condado de Los Ángeles',
  },
  'shell.homeLink': { en: 'Harbor, home page', es: 'Harbor, página de inicio' },
  'shell.nav.label': { en: 'Primary', es: 'Principal' },
  'shell.menu.open': { en: 'Menu', es: 'Menú' },
  'shell.nav.group.account': { en: 'My account', es: 'Mi cuenta' },
  'shell.nav.group.admin': { en: 'Admin', es: 'Administrar' },
  'shell.header.timeZone': { en: 'Times: {zone}', es: 'Horario: {zone}' },
  'shell.menu.close': { en: 'Close menu', es: 'Cerrar menú' },
  'shell.language.label': { en: 'Language', es: 'Idioma' },
  'shell.language.en': { en: 'English', es: 'English' },
  'shell.language.es': { en: 'Español', es: 'Español' },
  'shell.routeError.heading': { en: 'This page did not load', es: 'Esta página no se cargó' },
  'shell.routeError.body': {
    en: 'Harbor may have been updated, or your connection may have dropped. Reload the page to try again.',
    es: 'Es posible que Harbor se haya actualizado o que se haya perdido la conexión. Vuelva a cargar la página para intentarlo de nuevo.',
  },
  'shell.routeError.reload': { en: 'Reload the page', es: 'Volver a cargar la página' },
  'shell.account.label': { en: 'Your account', es: 'Su cuenta' },
  'shell.account.signedInAs': { en: 'Signed in as {name}', es: 'Sesión iniciada como {name}' },
  'shell.account.signOut': { en: 'Sign out', es: 'Cerrar sesión' },
  'shell.account.signingOut': { en: 'Signing out…', es: 'Cerrando sesión…' },
  'shell.loading': { en: 'Loading…', es: 'Cargando…' },

  // Footer: crisis and reporting lines.
  'footer.hotlines.heading': { en: 'Need help now?', es: '¿Necesita ayuda ahora?' },
  'footer.hotlines.intro': {
    en: 'If a young person is in crisis or you suspect abuse or exploitation, call one of these lines.',
    es: 'Si una persona joven está en crisis o usted sospecha abuso o explotación, llame a una de estas líneas.',
  },
  'footer.hotline.lifeline988.name': {
    en: '988 Suicide & Crisis Lifeline',
    es: '988 Línea de Prevención del Suicidio y Crisis',
  },
  'footer.hotline.lifeline988.description': {
    en: 'Support for anyone in emotional distress or thinking about suicide.',
    es: 'Apoyo para cualquier persona con angustia emocional o que piensa en el suicidio.',
  },
  'footer.hotline.access.name': {
    en: 'LA County Mental Health ACCESS Helpline',
    es: 'Línea de Ayuda ACCESS de Salud Mental del Condado de Los Ángeles',
  },
  'footer.hotline.access.description': {
    en: 'Mental health help and crisis response from the Department of Mental Health (LACDMH).',
    es: 'Ayuda de salud mental y respuesta a crisis del Departamento de Salud Mental (LACDMH).',
  },
  'footer.hotline.dcfs.name': {
    en: 'DCFS Child Protection Hotline',
    es: 'Línea Directa de Protección Infantil del DCFS',
  },
  'footer.hotline.dcfs.description': {
    en: 'Report suspected child abuse, including commercial sexual exploitation, 24 hours a day, every day.',
    es: 'Reporte sospechas de abuso infantil, incluida la explotación sexual comercial, las 24 horas, todos los días.',
  },
  'footer.hotline.dcfs.outOfState': { en: 'From outside California:', es: 'Desde fuera de California:' },
  'footer.hotline.dcfs.tdd': { en: 'TDD:', es: 'TDD:' },
  'footer.hotline.trafficking.name': {
    en: 'National Human Trafficking Hotline',
    es: 'Línea Directa Nacional contra la Trata de Personas',
  },
  'footer.hotline.trafficking.description': {
    en: 'Confidential help and a place to share tips about trafficking anywhere in the United States.',
    es: 'Ayuda confidencial y un lugar para compartir información sobre la trata en cualquier parte de Estados Unidos.',
  },
  'footer.hotlines.source': {
    en: 'Numbers as published by the LA County Department of Children and Family Services (DCFS), the Department of Mental Health (LACDMH) and its CSECY fact sheet, and the national 988 Lifeline.',
    es: 'Números según los publican el Departamento de Servicios para Niños y Familias (DCFS) del Condado de Los Ángeles, el Departamento de Salud Mental (LACDMH) y su hoja informativa sobre CSECY, y la línea nacional 988.',
  },
  'footer.publicSite': {
    en: 'Public information on child sexual exploitation, to share with families and youth',
    es: 'Información pública sobre la explotación sexual infantil, para compartir con familias y jóvenes',
  },
  'footer.about': {
    en: 'Harbor is a Los Angeles County system for the staff of county agencies and their partners.',
    es: 'Harbor es un sistema del Condado de Los Ángeles para el personal de las agencias del condado y sus socios.',
  },

  // Shown by the sign-in page and by others: the home page's sign-in button, the set-up page's fields, any problem.
  'signIn.heading': { en: 'Sign in to Harbor', es: 'Iniciar sesión en Harbor' },
  'signIn.email.label': { en: 'Email address', es: 'Correo electrónico' },
  'signIn.email.required': { en: 'Enter your email address.', es: 'Escriba su correo electrónico.' },
  'signIn.email.invalid': {
    en: 'Enter an email address like name@agency.org.',
    es: 'Escriba un correo electrónico como nombre@agencia.org.',
  },
  'signIn.password.show': { en: 'Show password', es: 'Mostrar contraseña' },
  'password.new.label': { en: 'New password', es: 'Contraseña nueva' },
  'password.new.hint': {
    en: 'At least 12 characters. A few unrelated words strung together make a strong password that is easy to remember. Harbor refuses common and leaked passwords.',
    es: 'Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar. Harbor rechaza las contraseñas comunes o filtradas.',
  },
  'password.new.required': { en: 'Choose a new password.', es: 'Elija una contraseña nueva.' },
  'signIn.password.hide': { en: 'Hide password', es: 'Ocultar contraseña' },
  'signIn.error.fields': {
    en: '{count, plural, one {Correct the field marked below.} other {Correct the # fields marked below.}}',
    es: '{count, plural, one {Corrija el campo marcado abajo.} other {Corrija los # campos marcados abajo.}}',
  },
  'signIn.error.network': {
    en: 'Harbor could not be reached. Check your connection and try again.',
    es: 'No se pudo conectar con Harbor. Revise su conexión e inténtelo de nuevo.',
  },

  // Session timeout warning.
  'sessionTimeout.heading': { en: 'Are you still there?', es: '¿Sigue ahí?' },
  'sessionTimeout.body': {
    en: 'To protect information about young people, Harbor signs you out when there has been no activity for a while.',
    es: 'Para proteger la información de las personas jóvenes, Harbor cierra la sesión cuando no hay actividad durante un tiempo.',
  },
  'sessionTimeout.countdown': { en: 'You will be signed out in {time}.', es: 'Su sesión se cerrará en {time}.' },
  'sessionTimeout.stay': { en: 'Stay signed in', es: 'Seguir con la sesión' },
  'sessionTimeout.signOut': { en: 'Sign out now', es: 'Cerrar sesión ahora' },
  'sessionTimeout.absolute.heading': { en: 'Your session is about to end', es: 'Su sesión está por terminar' },
  'sessionTimeout.absolute.body': {
    en: 'For security, a Harbor session lasts at most 12 hours. Finish what you are doing; you will need to sign in again.',
    es: 'Por seguridad, una sesión de Harbor dura como máximo 12 horas. Termine lo que está haciendo; tendrá que volver a iniciar sesión.',
  },
  'sessionTimeout.absolute.ok': { en: 'Keep working', es: 'Seguir trabajando' },
  'duration.minutes': {
    en: '{count, plural, one {# minute} other {# minutes}}',
    es: '{count, plural, one {# minuto} other {# minutos}}',
  },
  'duration.seconds': {
    en: '{count, plural, one {# second} other {# seconds}}',
    es: '{count, plural, one {# segundo} other {# segundos}}',
  },
  'duration.minutesSeconds': { en: '{minutes} and {seconds}', es: '{minutes} y {seconds}' },

  // Shown by the administration, youth and response pages.
  'admin.loading': { en: 'Loading…', es: 'Cargando…' },
  'admin.error.heading': { en: 'Something went wrong', es: 'Algo salió mal' },
  'admin.users.actions': { en: 'Actions', es: 'Acciones' },

  // The level of concern a screening ends with (screening and youth pages).
  'screening.level.none': { en: 'No concern', es: 'Sin preocupación' },
  'screening.level.possible': { en: 'Possible concern', es: 'Preocupación posible' },
  'screening.level.clear': { en: 'Clear concern', es: 'Preocupación clara' },
  // At no concern, answered mostly "don't know" (core's notEnoughInformation): never read as no concern.
  'screening.level.notEnough': { en: 'Not enough information', es: 'No hay suficiente información' },

  // Signing out with screenings not yet sent (asked by the session, offline/device-session.ts).
  'screeningForm.signOut.confirm': {
    en: '{count, plural, one {One screening is} other {# screenings are}} waiting to be sent from this device. If you sign out now, {count, plural, one {it is} other {they are}} deleted from this device and never sent. Sign out anyway?',
    es: '{count, plural, one {Hay una evaluación} other {Hay # evaluaciones}} en espera de envío en este dispositivo. Si cierra la sesión ahora, se {count, plural, one {borra} other {borran}} de este dispositivo y no se {count, plural, one {envía} other {envían}} nunca. ¿Cerrar la sesión de todos modos?',
  },

  // Shown by the youth and response pages.
  'youthPage.cancel': { en: 'Cancel', es: 'Cancelar' },

  // Header: the search for a youth from any page, the unread notifications beside their menu entry.
  'shell.search.label': { en: 'Find a youth by name', es: 'Buscar a un joven por nombre' },
  'shell.search.submit': { en: 'Search', es: 'Buscar' },
  'shell.nav.unread': {
    en: '{count, plural, one {# unread} other {# unread}}',
    es: '{count, plural, one {# sin leer} other {# sin leer}}',
  },

  // Finding a youth (linking a screening, opening a response, filtering a list): components/find-youth.tsx.
  'findYouth.name': { en: 'Name or a name used', es: 'Nombre o un nombre que usa' },
  'findYouth.dob': { en: 'Date of birth (optional)', es: 'Fecha de nacimiento (opcional)' },
  'findYouth.search': { en: 'Find the youth', es: 'Buscar al joven' },
  'findYouth.needOne': {
    en: 'Enter a name or a date of birth.',
    es: 'Escriba un nombre o una fecha de nacimiento.',
  },
  'findYouth.none': {
    en: 'No youth you may see matches. Check the spelling, or try a name the youth uses.',
    es: 'Ningún joven que usted pueda ver coincide. Revise la ortografía o pruebe con un nombre que use el joven.',
  },
  'findYouth.knownAs': { en: 'Also known as {names}', es: 'También conocido como {names}' },
  'findYouth.bornAge': {
    en: 'Born {date} ({age, plural, one {# year old} other {# years old}})',
    es: 'Fecha de nacimiento: {date} ({age, plural, one {# año} other {# años}})',
  },
  'findYouth.aboutAge': {
    en: '{age, plural, one {About # year old} other {About # years old}}',
    es: '{age, plural, one {Alrededor de # año} other {Alrededor de # años}}',
  },
  'findYouth.elsewhere': {
    en: 'Other agencies know youth who match. Harbor shows you only whom to contact:',
    es: 'Otras agencias conocen a jóvenes que coinciden. Harbor solo le muestra a quién contactar:',
  },
  'findYouth.agencyCount': {
    en: '{agency}: {count, plural, one {# youth} other {# youth}}',
    es: '{agency}: {count, plural, one {# joven} other {# jóvenes}}',
  },

  // Lines of work (home, deadlines, notifications, responses): src/work-lines.ts.
  'work.youth.unidentified': {
    en: 'unidentified, opened by {opener}',
    es: 'sin identificar, abierta por {opener}',
  },
  'work.youth.someone': { en: 'a youth', es: 'un joven' },
  'work.owner.unknown': { en: 'owner to be assigned', es: 'responsable por asignar' },
  'work.span.minutes': {
    en: '{count, plural, one {# minute} other {# minutes}}',
    es: '{count, plural, one {# minuto} other {# minutos}}',
  },
  'work.span.hours': {
    en: '{count, plural, one {# hour} other {# hours}}',
    es: '{count, plural, one {# hora} other {# horas}}',
  },
  'work.span.days': {
    en: '{count, plural, one {# day} other {# days}}',
    es: '{count, plural, one {# día} other {# días}}',
  },
  'work.deadline.overdue': {
    en: '{step} for {youth} is {span} overdue ({owner})',
    es: '{step} de {youth}: vencido hace {span} ({owner})',
  },
  'work.deadline.immediate': {
    en: '{step} for {youth}: call now, required immediately ({owner})',
    es: '{step} de {youth}: llame ahora, se requiere de inmediato ({owner})',
  },
  'work.deadline.due': {
    en: '{step} for {youth} is due in {span} ({owner})',
    es: '{step} de {youth}: vence en {span} ({owner})',
  },
  'work.deadline.referral.acknowledge': {
    en: 'Answer to the referral',
    es: 'Respuesta a la referencia',
  },
  'work.deadline.referral.first_contact': {
    en: 'First contact after the referral',
    es: 'Primer contacto tras la referencia',
  },
  'work.deadline.referral.overdue': {
    en: '{clock} for {youth} ({service}) is {span} overdue ({who})',
    es: '{clock} de {youth} ({service}): vencido hace {span} ({who})',
  },
  'work.deadline.referral.due': {
    en: '{clock} for {youth} ({service}) is due in {span} ({who})',
    es: '{clock} de {youth} ({service}): vence en {span} ({who})',
  },
  'work.deadline.referral.act': {
    en: 'your agency receives it, referred by {referrer}',
    es: 'la recibe su agencia, referida por {referrer}',
  },
  'work.deadline.referral.wait': {
    en: 'waiting on {agency}',
    es: 'esperando a {agency}',
  },
  'work.deadline.done': {
    en: '{step} for {youth} was overdue ({owner}); it has been done since',
    es: '{step} de {youth} estuvo vencido ({owner}); ya se hizo',
  },
  'work.response.line': {
    en: '{openedBy, select, recovery {Recovery} disclosure {Disclosure} hotline_call {Hotline call} ran_from_placement {Missing from placement} other {Screening}}: {youth}',
    es: '{openedBy, select, recovery {Recuperación} disclosure {Revelación} hotline_call {Llamada a la línea directa} ran_from_placement {Desaparición de la colocación} other {Evaluación}}: {youth}',
  },
  'work.response.meta': {
    en: 'Opened {time}. {overdue, plural, =0 {No step overdue} one {# step overdue} other {# steps overdue}}, {pending, plural, =0 {none open} one {# open} other {# open}}.',
    es: 'Abierta: {time}. {overdue, plural, =0 {Ningún paso vencido} one {# paso vencido} other {# pasos vencidos}}, {pending, plural, =0 {ninguno abierto} one {# abierto} other {# abiertos}}.',
  },
  'work.notification.crisis': {
    en: 'A safety step was opened for {youth}',
    es: 'Se abrió un paso de seguridad para {youth}',
  },
  'work.notification.referral_acknowledge_overdue': {
    en: 'A referral is waiting too long for the service’s answer',
    es: 'Una referencia lleva demasiado tiempo esperando la respuesta del servicio',
  },
  'work.notification.referral_first_contact_overdue': {
    en: 'The 72 hours for a referral’s first contact are over',
    es: 'Terminaron las 72 horas para el primer contacto de una referencia',
  },
  'work.notification.court_report_overdue': {
    en: 'A progress report your agency owes a specialty court is overdue',
    es: 'Un informe de progreso que su agencia debe a un tribunal especializado está vencido',
  },
  'work.deadline.court.due': {
    en: 'Progress report to the court for {youth} (hearing {hearing}) is due in {span}',
    es: 'Informe de progreso al tribunal de {youth} (audiencia del {hearing}): vence en {span}',
  },
  'work.deadline.court.overdue': {
    en: 'Progress report to the court for {youth} (hearing {hearing}) is {span} overdue',
    es: 'Informe de progreso al tribunal de {youth} (audiencia del {hearing}): vencido hace {span}',
  },
  'work.notification.referral_expired': {
    en: 'A referral you sent expired without an answer: refer the youth elsewhere',
    es: 'Una referencia que usted envió venció sin respuesta: refiera al joven a otro servicio',
  },
  'work.notification.unlawfulArrest': {
    en: 'An unlawful arrest or charge was recorded for {youth} (SB 1322): act on it',
    es: 'Se registró un arresto o cargo ilegal de {youth} (SB 1322): actúe al respecto',
  },
  'work.notification.earlier': {
    en: 'Due earlier now (36 hours from receiving the information, Penal Code 11166(a)): {line}',
    es: 'Ahora vence antes (36 horas desde que recibió la información, Código Penal 11166(a)): {line}',
  },
  'work.notification.supervisor': {
    en: 'In your agency: {line}',
    es: 'En su agencia: {line}',
  },

  // A printed page (a youth's record): on every page, and nothing else of the app.
  'print.confidential': {
    en: 'Confidential: W&I 827. Do not copy or share without authorization.',
    es: 'Confidencial: W&I 827. No copiar ni compartir sin autorización.',
  },

  // A date and time on the county's clock (components/date-time-field.tsx): the zone named; the hour the clocks skip
  // and the one they repeat when daylight saving time begins and ends.
  'dateTime.zone': { en: 'County time: {zone}', es: 'Hora del condado: {zone}' },
  'dateTime.invalid': { en: 'Enter a date and a time.', es: 'Indique una fecha y una hora.' },
  'dateTime.skipped': {
    en: 'This time does not exist on the county’s clock: the clocks go forward an hour that night, when daylight saving time begins. Enter a time outside the skipped hour.',
    es: 'Esta hora no existe en el reloj del condado: esa noche los relojes se adelantan una hora, al comenzar el horario de verano. Indique una hora fuera de la hora que se salta.',
  },
  'dateTime.repeated.legend': {
    en: '{time} happens twice on this day: which one do you mean?',
    es: 'La hora {time} ocurre dos veces este día: ¿a cuál se refiere?',
  },
  'dateTime.repeated.hint': {
    en: 'The clocks go back an hour that night, when daylight saving time ends.',
    es: 'Esa noche los relojes se atrasan una hora, al terminar el horario de verano.',
  },
  'dateTime.repeated.first': {
    en: 'The first {time} ({zone}, before the clocks go back)',
    es: 'La primera vez: {time} ({zone}, antes de atrasar los relojes)',
  },
  'dateTime.repeated.second': {
    en: 'The second {time} ({zone}, after the clocks go back)',
    es: 'La segunda vez: {time} ({zone}, después de atrasar los relojes)',
  },
  'dateTime.repeated.required': {
    en: 'This time happens twice: choose the first or the second.',
    es: 'Esta hora ocurre dos veces: elija la primera o la segunda.',
  },
});
