import { defineMessages } from '../define.js';

/**
 * Messages of the web app shell and its pages. ICU MessageFormat; use the typographic apostrophe (’) in text,
 * since a plain one can start an ICU quote.
 */
export const webMessages = defineMessages({
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
  'shell.nav.home': { en: 'Home', es: 'Inicio' },
  'shell.nav.about': { en: 'About Harbor', es: 'Acerca de Harbor' },
  'shell.nav.signIn': { en: 'Sign in', es: 'Iniciar sesión' },
  'shell.menu.open': { en: 'Menu', es: 'Menú' },
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
  'shell.nav.myHarbor': { en: 'My Harbor', es: 'Mi Harbor' },
  'shell.nav.mySessions': { en: 'My sessions', es: 'Mis sesiones' },
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

  // Home page.
  'page.home.title': { en: 'Home', es: 'Inicio' },
  'home.heading': {
    en: 'Protecting youth from commercial sexual exploitation, together',
    es: 'Proteger juntos a la juventud de la explotación sexual comercial',
  },
  'home.lead': {
    en: 'Harbor is the shared workspace for Los Angeles County agencies and partners who serve children and youth at risk of, or harmed by, commercial sexual exploitation (CSECY).',
    es: 'Harbor es el espacio de trabajo compartido de las agencias del Condado de Los Ángeles y sus socios que atienden a niñas, niños y jóvenes en riesgo de explotación sexual comercial o que la han sufrido (CSECY, por sus siglas en inglés).',
  },
  'home.anyYouth': {
    en: 'Any young person can be targeted: girls, boys and transgender youth, from every background. On average, exploitation begins between the ages of 12 and 14.',
    es: 'Cualquier persona joven puede ser blanco: niñas, niños y jóvenes transgénero, de cualquier origen. En promedio, la explotación comienza entre los 12 y los 14 años.',
  },
  'home.tasks.heading': { en: 'What Harbor helps you do', es: 'Lo que Harbor le ayuda a hacer' },
  'home.identify.heading': { en: 'Identify', es: 'Identificar' },
  'home.identify.body': {
    en: 'Notice risk early. Screening helps you recognise warning signs such as running away, an older controlling “boyfriend” or unexplained injuries. A result is never proof: it starts a conversation and, where the law requires, a report.',
    es: 'Detecte el riesgo a tiempo. La evaluación le ayuda a reconocer señales de alerta, como huir de casa, un “novio” mayor que controla o lesiones sin explicación. Un resultado nunca es una prueba: abre una conversación y, cuando la ley lo exige, un reporte.',
  },
  'home.report.heading': { en: 'Report', es: 'Reportar' },
  'home.report.body': {
    en: 'Commercial sexual exploitation of a minor is child abuse that mandated reporters must report. Call the DCFS Child Protection Hotline right away, then send the written report (form SS 8572) within 36 hours.',
    es: 'La explotación sexual comercial de una persona menor de edad es abuso infantil de reporte obligatorio. Llame de inmediato a la Línea Directa de Protección Infantil del DCFS y envíe el reporte escrito (formulario SS 8572) en un plazo de 36 horas.',
  },
  'home.respond.heading': { en: 'Respond', es: 'Responder' },
  'home.respond.body': {
    en: 'Follow the county’s First Responder Protocol: partners arrive within 90 minutes of a recovery, a health evaluation and specialised services follow within 72 hours, and an advocate stays involved for at least 90 days.',
    es: 'Siga el Protocolo de Primera Respuesta del condado: los socios llegan dentro de los 90 minutos siguientes a la recuperación, la evaluación de salud y los servicios especializados siguen en un plazo de 72 horas, y una persona defensora acompaña a la joven o al joven durante al menos 90 días.',
  },
  'home.coordinate.heading': { en: 'Coordinate care', es: 'Coordinar la atención' },
  'home.coordinate.body': {
    en: 'Bring the multidisciplinary team together around each youth: child welfare, probation, law enforcement, mental health, health care, advocates and the courts, each seeing only what the law allows.',
    es: 'Reúna al equipo multidisciplinario en torno a cada joven: bienestar infantil, libertad condicional, fuerzas del orden, salud mental, atención médica, personas defensoras y tribunales, y cada parte ve solo lo que la ley permite.',
  },
  'home.signInNotice.heading': {
    en: 'For staff of partner agencies',
    es: 'Para el personal de las agencias asociadas',
  },
  'home.signInNotice.body': {
    en: 'Sign in with your Harbor staff account. Harbor does not hold any information about youth yet.',
    es: 'Inicie sesión con su cuenta de personal de Harbor. Harbor todavía no guarda ninguna información sobre jóvenes.',
  },
  'home.signInNotice.signedIn': {
    en: 'You are signed in as {name}.',
    es: 'Ha iniciado sesión como {name}.',
  },
  'home.signInNotice.goToApp': { en: 'Go to My Harbor', es: 'Ir a Mi Harbor' },
  'home.learnMore': { en: 'Learn more about Harbor', es: 'Conozca más sobre Harbor' },
  'home.sources': {
    en: 'Sources: LACDMH CSECY fact sheet; Los Angeles County CSEC First Responder Protocol (2014); California Penal Code 11166; SB 855 (2014); Welfare and Institutions Code 827.',
    es: 'Fuentes: hoja informativa sobre CSECY del LACDMH; Protocolo de Primera Respuesta CSEC del Condado de Los Ángeles (2014); Código Penal de California, artículo 11166; SB 855 (2014); Código de Bienestar e Instituciones, artículo 827.',
  },

  // About page.
  'page.about.title': { en: 'About Harbor', es: 'Acerca de Harbor' },
  'about.heading': { en: 'About Harbor', es: 'Acerca de Harbor' },
  'about.lead': {
    en: 'The commercial sexual exploitation of children and youth is child abuse. Harbor gives the people who respond to it one place to work from, in English and Spanish.',
    es: 'La explotación sexual comercial de niñas, niños y jóvenes es abuso infantil. Harbor ofrece a quienes responden un solo lugar de trabajo, en inglés y en español.',
  },
  'about.what.heading': { en: 'What Harbor does', es: 'Qué hace Harbor' },
  'about.what.body': {
    en: 'Harbor supports the whole path from a first concern to lasting care: screening for warning signs, making the mandated report, running the First Responder Protocol with its roles and deadlines, and coordinating the team that cares for each youth.',
    es: 'Harbor acompaña todo el camino, desde la primera sospecha hasta la atención duradera: la evaluación de señales de alerta, el reporte obligatorio, el Protocolo de Primera Respuesta con sus funciones y plazos, y la coordinación del equipo que atiende a cada joven.',
  },
  'about.what.devices': {
    en: 'It works on a phone in the field as well as on a desk computer.',
    es: 'Funciona tanto en un teléfono en el terreno como en una computadora de escritorio.',
  },
  'about.who.heading': { en: 'Whom Harbor serves', es: 'A quién sirve Harbor' },
  'about.who.body': {
    en: 'Harbor is for the staff of Los Angeles County agencies and their partners: the Departments of Mental Health and of Children and Family Services, Probation, the Sheriff and other law enforcement, health providers, community advocates, and court teams such as the STAR and DREAM courts.',
    es: 'Harbor es para el personal de las agencias del Condado de Los Ángeles y sus socios: los Departamentos de Salud Mental y de Servicios para Niños y Familias, Libertad Condicional, el Sheriff y otras fuerzas del orden, proveedores de salud, personas defensoras de la comunidad y equipos de tribunales como las cortes STAR y DREAM.',
  },
  'about.who.youth': {
    en: 'Everything it does is for the youth. Most were abused long before they were exploited: 95% experienced sexual abuse earlier in childhood, and when a young person sells sex at an adult’s hands, it is largely a way to survive.',
    es: 'Todo lo que hace es para la juventud. La mayoría sufrió abuso mucho antes de ser explotada: el 95% vivió abuso sexual en la niñez, y cuando una persona joven vende sexo en manos de un adulto, es sobre todo una forma de sobrevivir.',
  },
  'about.language.heading': {
    en: 'Our commitment to trauma-informed language',
    es: 'Nuestro compromiso con un lenguaje informado sobre el trauma',
  },
  'about.language.intro': {
    en: 'Words shape how a young person is treated. Harbor uses language that puts the person first and does not blame or stigmatise.',
    es: 'Las palabras influyen en cómo se trata a una persona joven. Harbor usa un lenguaje que pone a la persona primero y que no culpa ni estigmatiza.',
  },
  'about.language.consent': {
    en: 'There is no such thing as a “child prostitute”. A minor cannot consent to a commercial sex act: the young person is a victim of exploitation and of child abuse.',
    es: 'No existe la “niña prostituta” ni el “niño prostituto”, ni la “prostitución infantil”. Una persona menor de edad no puede consentir un acto sexual comercial: es víctima de explotación y de abuso infantil.',
  },
  'about.language.person': {
    en: 'We say “youth who has been commercially sexually exploited” or “survivor”, and “exploiter” or “trafficker” for the person who exploits.',
    es: 'Decimos “joven que ha sufrido explotación sexual comercial” o “sobreviviente”, y “explotador” o “tratante” para quien explota.',
  },
  'about.language.terms': {
    en: 'We say “buyer” or “exploiter”, never “john” or “client”, and “child sexual abuse material”, never “child pornography”.',
    es: 'Decimos “comprador” o “explotador”, nunca “cliente”, y “material de abuso sexual infantil”, nunca “pornografía infantil”.',
  },
  'about.language.law': {
    en: 'California law agrees. Since SB 1322 (2017) a minor cannot be charged with prostitution or loitering with that intent (Penal Code 647 and 653.22), and an officer who finds a child in a commercial sex act reports suspected abuse to child welfare.',
    es: 'La ley de California coincide. Desde la SB 1322 (2017) no se puede acusar a una persona menor de edad de prostitución ni de merodeo con esa intención (Código Penal, artículos 647 y 653.22), y el agente que encuentra a un niño o una niña en un acto sexual comercial reporta la sospecha de abuso a bienestar infantil.',
  },
  'about.screening.heading': { en: 'What a screening result means', es: 'Qué significa un resultado de evaluación' },
  'about.screening.body': {
    en: 'A screening result is never proof and never legal evidence. It starts a conversation, a report where the law requires one, and a response.',
    es: 'Un resultado de evaluación nunca es una prueba ni una evidencia legal. Abre una conversación, un reporte cuando la ley lo exige y una respuesta.',
  },
  'about.sources.heading': { en: 'Sources', es: 'Fuentes' },
  'about.sources.intro': {
    en: 'Harbor’s rules and content rest on these public sources:',
    es: 'Las reglas y el contenido de Harbor se basan en estas fuentes públicas:',
  },
  'about.source.factSheet': {
    en: 'Los Angeles County Department of Mental Health (LACDMH): Commercial Sexual Exploitation of Children and Youth (CSECY) fact sheet, in English and Spanish.',
    es: 'Departamento de Salud Mental del Condado de Los Ángeles (LACDMH): hoja informativa sobre la explotación sexual comercial de niños y jóvenes (CSECY), en inglés y en español.',
  },
  'about.source.protocol': {
    en: 'Los Angeles County CSEC First Responder Protocol (2014; countywide since 2018).',
    es: 'Protocolo de Primera Respuesta CSEC del Condado de Los Ángeles (2014; en todo el condado desde 2018).',
  },
  'about.source.reporting': {
    en: 'California Penal Code 11165.1, 11166 and 11167: mandated reporting of child abuse.',
    es: 'Código Penal de California, artículos 11165.1, 11166 y 11167: reporte obligatorio de abuso infantil.',
  },
  'about.source.sb855': {
    en: 'Senate Bill 855 (2014) and Welfare and Institutions Code 300(b)(2).',
    es: 'Proyecto de Ley del Senado 855 (2014) y Código de Bienestar e Instituciones, artículo 300(b)(2).',
  },
  'about.source.sb1322': { en: 'Senate Bill 1322 (2017).', es: 'Proyecto de Ley del Senado 1322 (2017).' },
  'about.source.wic827': {
    en: 'Welfare and Institutions Code 827: who may see juvenile case files.',
    es: 'Código de Bienestar e Instituciones, artículo 827: quién puede ver los expedientes juveniles.',
  },
  'about.source.terminology': {
    en: 'Terminology Guidelines for the Protection of Children from Sexual Exploitation and Sexual Abuse (Luxembourg Guidelines, 2016) and its Spanish edition.',
    es: 'Orientaciones terminológicas para la protección de niñas, niños y adolescentes contra la explotación y el abuso sexuales (Orientaciones de Luxemburgo, 2016), en su edición en español.',
  },

  // Sign-in page.
  'page.signIn.title': { en: 'Sign in', es: 'Iniciar sesión' },
  'signIn.heading': { en: 'Sign in to Harbor', es: 'Iniciar sesión en Harbor' },
  'signIn.intro': {
    en: 'Use the email address and password of your Harbor staff account.',
    es: 'Use el correo electrónico y la contraseña de su cuenta de personal de Harbor.',
  },
  'signIn.email.label': { en: 'Email address', es: 'Correo electrónico' },
  'signIn.email.required': { en: 'Enter your email address.', es: 'Escriba su correo electrónico.' },
  'signIn.email.invalid': {
    en: 'Enter an email address like name@agency.org.',
    es: 'Escriba un correo electrónico como nombre@agencia.org.',
  },
  'signIn.password.label': { en: 'Password', es: 'Contraseña' },
  'signIn.password.required': { en: 'Enter your password.', es: 'Escriba su contraseña.' },
  'signIn.password.show': { en: 'Show password', es: 'Mostrar contraseña' },
  'signIn.password.hide': { en: 'Hide password', es: 'Ocultar contraseña' },
  'signIn.submit': { en: 'Sign in', es: 'Iniciar sesión' },
  'signIn.submitting': { en: 'Signing in…', es: 'Iniciando sesión…' },
  'signIn.error.heading': { en: 'Sign-in did not work', es: 'No se pudo iniciar sesión' },
  'signIn.error.fields': {
    en: '{count, plural, one {Correct the field marked below.} other {Correct the # fields marked below.}}',
    es: '{count, plural, one {Corrija el campo marcado abajo.} other {Corrija los # campos marcados abajo.}}',
  },
  'signIn.error.network': {
    en: 'Harbor could not be reached. Check your connection and try again.',
    es: 'No se pudo conectar con Harbor. Revise su conexión e inténtelo de nuevo.',
  },
  'signIn.success.heading': { en: 'You are signed in', es: 'Ha iniciado sesión' },
  'page.signIn.enrol.title': { en: 'Set up two-step verification', es: 'Configurar la verificación en dos pasos' },
  'page.signIn.codes.title': { en: 'Save your recovery codes', es: 'Guardar los códigos de recuperación' },
  'page.signIn.code.title': { en: 'Verification code', es: 'Código de verificación' },
  'page.signIn.recovery.title': { en: 'Recovery code', es: 'Código de recuperación' },

  // Notices on the sign-in page after a session ends.
  'signIn.notice.signedOut.heading': { en: 'You signed out', es: 'Cerró la sesión' },
  'signIn.notice.signedOut.body': {
    en: 'Your Harbor session has ended. If you are on a shared computer, close the browser too.',
    es: 'Su sesión de Harbor terminó. Si usa una computadora compartida, cierre también el navegador.',
  },
  'signIn.notice.timedOut.heading': { en: 'Your session ended', es: 'Su sesión terminó' },
  'signIn.notice.timedOut.body': {
    en: '{minutes, plural, one {To protect information about young people, Harbor signs you out after # minute without activity. Sign in again to continue.} other {To protect information about young people, Harbor signs you out after # minutes without activity. Sign in again to continue.}}',
    es: '{minutes, plural, one {Para proteger la información de las personas jóvenes, Harbor cierra la sesión después de # minuto sin actividad. Vuelva a iniciar sesión para continuar.} other {Para proteger la información de las personas jóvenes, Harbor cierra la sesión después de # minutos sin actividad. Vuelva a iniciar sesión para continuar.}}',
  },
  'signIn.notice.ended.heading': { en: 'Your session ended', es: 'Su sesión terminó' },
  'signIn.notice.ended.body': {
    en: 'Harbor ended your session. It may have been inactive for too long, reached its 12-hour limit, or been ended from another device. Sign in again to continue.',
    es: 'Harbor terminó su sesión. Puede que haya estado inactiva demasiado tiempo, que haya llegado a su límite de 12 horas o que se haya cerrado desde otro dispositivo. Vuelva a iniciar sesión para continuar.',
  },
  'signIn.notice.required.heading': { en: 'Please sign in', es: 'Inicie sesión' },
  'signIn.notice.required.body': {
    en: 'You need to sign in to see that page.',
    es: 'Necesita iniciar sesión para ver esa página.',
  },
  'signIn.restart': {
    en: 'Your sign-in was stopped because it took longer than 10 minutes or was interrupted. Please start again.',
    es: 'Su inicio de sesión se detuvo porque tardó más de 10 minutos o se interrumpió. Vuelva a empezar.',
  },
  'signIn.startOver': { en: 'Start over with another account', es: 'Empezar de nuevo con otra cuenta' },

  // Sign-in, first time: setting up the authenticator app.
  'signIn.enrol.heading': { en: 'Set up two-step verification', es: 'Configure la verificación en dos pasos' },
  'signIn.enrol.intro': {
    en: 'Harbor holds very sensitive information, so signing in takes two steps: your password, then a 6-digit code from an authenticator app on your phone. You set this up once; it takes about two minutes.',
    es: 'Harbor guarda información muy delicada, por eso el inicio de sesión tiene dos pasos: su contraseña y luego un código de 6 dígitos de una aplicación de autenticación en su teléfono. Esto se configura una sola vez y toma unos dos minutos.',
  },
  'signIn.enrol.app.heading': { en: 'Get an authenticator app', es: 'Consiga una aplicación de autenticación' },
  'signIn.enrol.app.body': {
    en: 'Use the app your agency recommends, or a free one such as Microsoft Authenticator or Google Authenticator.',
    es: 'Use la aplicación que recomiende su agencia o una gratuita, como Microsoft Authenticator o Google Authenticator.',
  },
  'signIn.enrol.scan.heading': { en: 'Add Harbor to the app', es: 'Agregue Harbor a la aplicación' },
  'signIn.enrol.scan.body': {
    en: 'In the app, choose to add an account, then scan this QR code with your phone.',
    es: 'En la aplicación, elija agregar una cuenta y luego escanee este código QR con su teléfono.',
  },
  'signIn.enrol.qrAlt': {
    en: 'QR code that adds your Harbor account to an authenticator app',
    es: 'Código QR que agrega su cuenta de Harbor a una aplicación de autenticación',
  },
  'signIn.enrol.manual': {
    en: 'Can’t scan the code? In the app, choose to enter a setup key, and type this key (spaces do not matter):',
    es: '¿No puede escanear el código? En la aplicación, elija escribir una clave de configuración y escriba esta clave (los espacios no importan):',
  },
  'signIn.enrol.keyLabel': { en: 'Setup key', es: 'Clave de configuración' },
  'signIn.enrol.openApp': {
    en: 'Using Harbor on the phone that has your authenticator app? Open the app with this link',
    es: '¿Usa Harbor en el teléfono que tiene su aplicación de autenticación? Abra la aplicación con este enlace',
  },
  'signIn.enrol.confirm.heading': { en: 'Enter the code from the app', es: 'Escriba el código de la aplicación' },
  'signIn.enrol.confirm.body': {
    en: 'The app now shows a 6-digit code for Harbor. Type it here to finish.',
    es: 'La aplicación ahora muestra un código de 6 dígitos para Harbor. Escríbalo aquí para terminar.',
  },
  'signIn.enrol.loading': { en: 'Preparing your QR code…', es: 'Preparando su código QR…' },
  'signIn.enrol.submit': { en: 'Finish set-up', es: 'Terminar la configuración' },

  // Sign-in: the 6-digit code.
  'signIn.code.heading': { en: 'Enter your verification code', es: 'Escriba su código de verificación' },
  'signIn.code.intro': {
    en: 'Open the authenticator app on your phone and enter the 6-digit code it shows for Harbor.',
    es: 'Abra la aplicación de autenticación en su teléfono y escriba el código de 6 dígitos que muestra para Harbor.',
  },
  'signIn.code.label': { en: '6-digit code', es: 'Código de 6 dígitos' },
  'signIn.code.hint': {
    en: 'The code changes every 30 seconds.',
    es: 'El código cambia cada 30 segundos.',
  },
  'signIn.code.required': {
    en: 'Enter the 6-digit code from your authenticator app.',
    es: 'Escriba el código de 6 dígitos de su aplicación de autenticación.',
  },
  'signIn.code.invalid': {
    en: 'Enter the 6 digits only, like 123456.',
    es: 'Escriba solo los 6 dígitos, por ejemplo 123456.',
  },
  'signIn.code.submit': { en: 'Verify', es: 'Verificar' },
  'signIn.code.submitting': { en: 'Checking…', es: 'Comprobando…' },
  'signIn.code.useRecovery': { en: 'Use a recovery code instead', es: 'Usar un código de recuperación' },
  'signIn.code.useApp': {
    en: 'Use a code from my authenticator app instead',
    es: 'Usar un código de mi aplicación de autenticación',
  },

  // Sign-in: a recovery code instead.
  'signIn.recovery.heading': { en: 'Enter a recovery code', es: 'Escriba un código de recuperación' },
  'signIn.recovery.intro': {
    en: 'Lost your phone or can’t use the app? Enter one of the recovery codes you saved when you set up two-step verification. Each code works once.',
    es: '¿Perdió su teléfono o no puede usar la aplicación? Escriba uno de los códigos de recuperación que guardó al configurar la verificación en dos pasos. Cada código sirve una sola vez.',
  },
  'signIn.recovery.label': { en: 'Recovery code', es: 'Código de recuperación' },
  'signIn.recovery.hint': {
    en: '10 letters and numbers, like ABCDE-12345.',
    es: '10 letras y números, por ejemplo ABCDE-12345.',
  },
  'signIn.recovery.required': {
    en: 'Enter one of your recovery codes.',
    es: 'Escriba uno de sus códigos de recuperación.',
  },
  'signIn.recovery.invalid': {
    en: 'A recovery code has 10 letters and numbers, like ABCDE-12345.',
    es: 'Un código de recuperación tiene 10 letras y números, por ejemplo ABCDE-12345.',
  },

  // Sign-in, first time: the recovery codes, shown once.
  'signIn.codes.heading': { en: 'Save your recovery codes', es: 'Guarde sus códigos de recuperación' },
  'signIn.codes.intro': {
    en: 'Two-step verification is set up. If you lose your phone, you can sign in with one of these codes instead of the 6-digit code. Each code works once.',
    es: 'La verificación en dos pasos ya está configurada. Si pierde su teléfono, puede iniciar sesión con uno de estos códigos en lugar del código de 6 dígitos. Cada código sirve una sola vez.',
  },
  'signIn.codes.once.heading': { en: 'You will see these codes only now', es: 'Solo verá estos códigos ahora' },
  'signIn.codes.once.body': {
    en: 'Keep them somewhere safe and private, such as a password manager or a printed copy in a locked drawer. Do not email them or share them with anyone.',
    es: 'Guárdelos en un lugar seguro y privado, como un administrador de contraseñas o una copia impresa en un cajón con llave. No los envíe por correo electrónico ni los comparta con nadie.',
  },
  'signIn.codes.listLabel': { en: 'Your recovery codes', es: 'Sus códigos de recuperación' },
  'signIn.codes.copy': { en: 'Copy the codes', es: 'Copiar los códigos' },
  'signIn.codes.copied': { en: 'The codes were copied.', es: 'Los códigos se copiaron.' },
  'signIn.codes.print': { en: 'Print the codes', es: 'Imprimir los códigos' },
  'signIn.codes.confirm': {
    en: 'I have saved my recovery codes in a safe place',
    es: 'Guardé mis códigos de recuperación en un lugar seguro',
  },
  'signIn.codes.confirmRequired': {
    en: 'Confirm that you saved your recovery codes.',
    es: 'Confirme que guardó sus códigos de recuperación.',
  },
  'signIn.codes.continue': { en: 'Continue to Harbor', es: 'Continuar a Harbor' },
  'signIn.codes.error.heading': { en: 'One more step', es: 'Falta un paso' },

  // First-administrator set-up page.
  'page.setup.title': { en: 'Set up Harbor', es: 'Configurar Harbor' },
  'setupPage.heading': { en: 'Set up Harbor', es: 'Configure Harbor' },
  'setupPage.intro': {
    en: 'Create the first administrator account. Administrators manage staff accounts and agencies; they do not see information about youth. Next, you will sign in and set up two-step verification.',
    es: 'Cree la primera cuenta de administración. Las personas administradoras gestionan las cuentas del personal y las agencias; no ven información sobre jóvenes. Después, iniciará sesión y configurará la verificación en dos pasos.',
  },
  'setupPage.noToken.heading': { en: 'Open the set-up link', es: 'Abra el enlace de configuración' },
  'setupPage.noToken.body': {
    en: 'This page works only with the link Harbor printed when it started for the first time. Open that link exactly as printed. It works once, for 24 hours; restart Harbor to get a new one.',
    es: 'Esta página solo funciona con el enlace que Harbor mostró al iniciarse por primera vez. Abra ese enlace tal como aparece. Sirve una sola vez, durante 24 horas; reinicie Harbor para obtener uno nuevo.',
  },
  'setupPage.you.legend': { en: 'About you', es: 'Sus datos' },
  'setupPage.agency.legend': { en: 'Your agency', es: 'Su agencia' },
  'setupPage.name.label': { en: 'Your full name', es: 'Su nombre completo' },
  'setupPage.name.hint': { en: 'Colleagues will see this name.', es: 'Sus colegas verán este nombre.' },
  'setupPage.name.required': { en: 'Enter your name.', es: 'Escriba su nombre.' },
  'setupPage.email.hint': {
    en: 'Your work email address. You will use it to sign in.',
    es: 'Su correo electrónico de trabajo. Lo usará para iniciar sesión.',
  },
  'setupPage.password.label': { en: 'Choose a password', es: 'Elija una contraseña' },
  'setupPage.password.hint': {
    en: 'At least 12 characters. A few unrelated words strung together make a strong password that is easy to remember. Harbor refuses common and leaked passwords.',
    es: 'Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar. Harbor rechaza las contraseñas comunes o filtradas.',
  },
  'setupPage.password.required': { en: 'Choose a password.', es: 'Elija una contraseña.' },
  'setupPage.agencyName.label': { en: 'Agency name', es: 'Nombre de la agencia' },
  'setupPage.agencyName.hint': {
    en: 'For example: Los Angeles County Department of Mental Health.',
    es: 'Por ejemplo: Departamento de Salud Mental del Condado de Los Ángeles.',
  },
  'setupPage.agencyName.required': { en: 'Enter the name of your agency.', es: 'Escriba el nombre de su agencia.' },
  'setupPage.agencyName.tooShort': {
    en: 'Enter at least 2 characters.',
    es: 'Escriba al menos 2 caracteres.',
  },
  'setupPage.agencyKind.label': { en: 'Kind of agency', es: 'Tipo de agencia' },
  'setupPage.agencyKind.choose': { en: '- Select -', es: '- Seleccione -' },
  'setupPage.agencyKind.required': { en: 'Choose the kind of agency.', es: 'Elija el tipo de agencia.' },
  'setupPage.submit': { en: 'Create the administrator account', es: 'Crear la cuenta de administración' },
  'setupPage.submitting': { en: 'Creating the account…', es: 'Creando la cuenta…' },
  'setupPage.error.heading': { en: 'The account was not created', es: 'No se creó la cuenta' },
  'setupPage.done.heading': { en: 'Harbor is ready', es: 'Harbor está listo' },
  'setupPage.done.body': {
    en: 'The administrator account for {email} was created. Sign in now to finish: you will set up two-step verification with an authenticator app on your phone.',
    es: 'Se creó la cuenta de administración de {email}. Inicie sesión ahora para terminar: configurará la verificación en dos pasos con una aplicación de autenticación en su teléfono.',
  },
  'setupPage.done.signIn': { en: 'Go to sign-in', es: 'Ir al inicio de sesión' },

  // Kinds of agency (AGENCY_KINDS in @harbor/core).
  'agencyKindName.mental_health': { en: 'Mental health', es: 'Salud mental' },
  'agencyKindName.child_welfare': { en: 'Child welfare', es: 'Bienestar infantil' },
  'agencyKindName.probation': { en: 'Probation', es: 'Libertad condicional' },
  'agencyKindName.sheriff': { en: 'Sheriff’s department', es: 'Departamento del Sheriff' },
  'agencyKindName.police': { en: 'Police department', es: 'Departamento de policía' },
  'agencyKindName.advocacy': { en: 'Community advocacy organization', es: 'Organización comunitaria de defensa' },
  'agencyKindName.court': { en: 'Court', es: 'Tribunal' },
  'agencyKindName.health': { en: 'Health care', es: 'Atención médica' },
  'agencyKindName.other': { en: 'Other', es: 'Otro tipo' },

  // Roles (ROLES in @harbor/core).
  'roleName.admin': { en: 'Administrator', es: 'Persona administradora' },
  'roleName.supervisor': { en: 'Supervisor', es: 'Persona supervisora' },
  'roleName.clinician': { en: 'Clinician', es: 'Profesional clínico' },
  'roleName.social_worker': { en: 'Social worker', es: 'Profesional de trabajo social' },
  'roleName.probation_officer': { en: 'Probation officer', es: 'Oficial de libertad condicional' },
  'roleName.law_enforcement': { en: 'Law enforcement officer', es: 'Agente del orden público' },
  'roleName.advocate': { en: 'Advocate', es: 'Persona defensora' },
  'roleName.court_liaison': { en: 'Court liaison', es: 'Enlace con el tribunal' },
  'roleName.health_provider': { en: 'Health care provider', es: 'Profesional de atención médica' },
  'roleName.analyst': { en: 'Analyst', es: 'Analista' },
  'roleName.trainer': { en: 'Trainer', es: 'Profesional de capacitación' },

  // Signed-in home.
  'page.appHome.title': { en: 'My Harbor', es: 'Mi Harbor' },
  'appHome.heading': { en: 'Welcome, {name}', es: 'Le damos la bienvenida, {name}' },
  'appHome.lead': {
    en: 'This is your starting point in Harbor. Screening, reports, the response protocol and care coordination will appear here as they become available.',
    es: 'Este es su punto de partida en Harbor. La evaluación, los reportes, el protocolo de respuesta y la coordinación de la atención aparecerán aquí a medida que estén disponibles.',
  },
  'appHome.account.heading': { en: 'Your account', es: 'Su cuenta' },
  'appHome.account.role': { en: 'Role', es: 'Función' },
  'appHome.account.email': { en: 'Email address', es: 'Correo electrónico' },
  'appHome.account.agency': { en: 'Agency', es: 'Agencia' },
  'appHome.safety.heading': { en: 'Keep your account safe', es: 'Mantenga segura su cuenta' },
  'appHome.safety.body': {
    en: '{minutes, plural, one {Harbor signs you out after # minute without activity and warns you 2 minutes before. Check where you are signed in, and end any session you do not recognise.} other {Harbor signs you out after # minutes without activity and warns you 2 minutes before. Check where you are signed in, and end any session you do not recognise.}}',
    es: '{minutes, plural, one {Harbor cierra su sesión después de # minuto sin actividad y le avisa 2 minutos antes. Revise dónde tiene la sesión iniciada y cierre cualquier sesión que no reconozca.} other {Harbor cierra su sesión después de # minutos sin actividad y le avisa 2 minutos antes. Revise dónde tiene la sesión iniciada y cierre cualquier sesión que no reconozca.}}',
  },
  'appHome.safety.link': { en: 'Review my sessions', es: 'Revisar mis sesiones' },

  // My sessions.
  'page.mySessions.title': { en: 'My sessions', es: 'Mis sesiones' },
  'mySessions.heading': { en: 'My sessions', es: 'Mis sesiones' },
  'mySessions.intro': {
    en: 'These are the devices where you are signed in to Harbor now. If you see one you do not recognise, end it and tell your administrator.',
    es: 'Estos son los dispositivos donde tiene la sesión de Harbor iniciada ahora. Si ve uno que no reconoce, termine esa sesión y avise a la persona administradora.',
  },
  'mySessions.count': {
    en: '{count, plural, one {You have # open session.} other {You have # open sessions.}}',
    es: '{count, plural, one {Tiene # sesión abierta.} other {Tiene # sesiones abiertas.}}',
  },
  'mySessions.loading': { en: 'Loading your sessions…', es: 'Cargando sus sesiones…' },
  'mySessions.current': { en: 'This session', es: 'Esta sesión' },
  'mySessions.started': { en: 'Started', es: 'Inicio' },
  'mySessions.lastActive': { en: 'Last active', es: 'Última actividad' },
  'mySessions.device': { en: '{browser} on {system}', es: '{browser} en {system}' },
  'mySessions.unknownDevice': { en: 'Unknown device', es: 'Dispositivo desconocido' },
  'mySessions.end': { en: 'End session', es: 'Terminar sesión' },
  'mySessions.endDetails': {
    en: 'on {device}, started {started}',
    es: 'en {device}, iniciada el {started}',
  },
  'mySessions.ending': { en: 'Ending…', es: 'Terminando…' },
  'mySessions.ended.heading': { en: 'Session ended', es: 'Sesión terminada' },
  'mySessions.ended.body': {
    en: 'The session on {device} has ended. Anyone using it must sign in again.',
    es: 'La sesión en {device} terminó. Quien la use tendrá que volver a iniciar sesión.',
  },
  'mySessions.error.heading': { en: 'Something went wrong', es: 'Algo salió mal' },
  'mySessions.reload': { en: 'Try again', es: 'Intentar de nuevo' },

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

  // Not-found page.
  'page.notFound.title': { en: 'Page not found', es: 'Página no encontrada' },
  'notFound.heading': { en: 'We can’t find that page', es: 'No encontramos esa página' },
  'notFound.body': {
    en: 'The address may be mistyped, or the page may have moved.',
    es: 'Puede que la dirección tenga un error o que la página se haya movido.',
  },
  'notFound.home': { en: 'Go to the Harbor home page', es: 'Ir a la página de inicio de Harbor' },
});
