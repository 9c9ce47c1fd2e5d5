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
  'home.signInNotice.heading': { en: 'Staff sign-in is on its way', es: 'El acceso del personal llegará pronto' },
  'home.signInNotice.body': {
    en: 'Signing in arrives together with staff accounts in an upcoming release. Harbor does not hold any information about youth yet.',
    es: 'El inicio de sesión llegará junto con las cuentas del personal en una próxima versión. Harbor todavía no guarda ninguna información sobre jóvenes.',
  },
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

  // Not-found page.
  'page.notFound.title': { en: 'Page not found', es: 'Página no encontrada' },
  'notFound.heading': { en: 'We can’t find that page', es: 'No encontramos esa página' },
  'notFound.body': {
    en: 'The address may be mistyped, or the page may have moved.',
    es: 'Puede que la dirección tenga un error o que la página se haya movido.',
  },
  'notFound.home': { en: 'Go to the Harbor home page', es: 'Ir a la página de inicio de Harbor' },
});
