import { defineMessages } from '@harbor/core';

/**
 * Copy of the staff app's public start page (/staff) and its menu entry.
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const homeCopy = defineMessages({
  // The feature's entry in the header's menu.
  'shell.nav.home': { en: 'Home', es: 'Inicio' },

  // Home page.
  'page.home.title': { en: 'Home', es: 'Inicio' },
  'home.heading': {
    en: 'Protecting youth from commercial sexual exploitation, together',
    es: 'Proteger juntos a las personas jóvenes de la explotación sexual comercial',
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
    en: 'Commercial sexual exploitation of a minor is child abuse that mandated reporters must report. Call the DCFS Child Protection Hotline right away, then send the written report (form SS 8572) within 36 hours of learning of it.',
    es: 'La explotación sexual comercial de una persona menor de edad es abuso infantil que toda persona obligada a reportar debe reportar. Llame de inmediato a la Línea Directa de Protección Infantil del DCFS y envíe el reporte escrito (formulario SS 8572) en un plazo de 36 horas desde que lo supo.',
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
});
