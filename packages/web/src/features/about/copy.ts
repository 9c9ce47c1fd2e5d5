import { defineMessages } from '@harbor/core';

/**
 * Copy of the page about Harbor (/about) and its menu entry.
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const aboutCopy = defineMessages({
  // The feature's entry in the header's menu.
  'shell.nav.about': { en: 'About Harbor', es: 'Acerca de Harbor' },

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
    es: 'Harbor es para el personal de las agencias del Condado de Los Ángeles y sus socios: los Departamentos de Salud Mental y de Servicios para Niños y Familias, Libertad Condicional, el Sheriff y otras fuerzas del orden, proveedores de salud, personas defensoras de la comunidad y equipos de tribunales, como los de los tribunales STAR y DREAM.',
  },
  'about.who.youth': {
    en: 'Everything it does is for the youth. Most were abused long before they were exploited: 95% experienced sexual abuse earlier in childhood, and when a young person sells sex at an adult’s hands, it is largely a way to survive.',
    es: 'Todo lo que hace es para las personas jóvenes. La mayoría sufrió abuso mucho antes de ser explotada: el 95% vivió abuso sexual en la niñez, y cuando una persona joven vende sexo en manos de un adulto, es sobre todo una forma de sobrevivir.',
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
    en: 'California law agrees. Since 1 January 2017 (SB 1322, Statutes of 2016) a minor cannot be arrested or charged with prostitution or loitering with that intent (Penal Code 647(b) and 653.22; 653.22 was repealed for everyone by SB 357 in 2023), and an officer who finds a child in a commercial sex act reports suspected abuse to child welfare.',
    es: 'La ley de California coincide. Desde el 1 de enero de 2017 (SB 1322, Estatutos de 2016) no se puede arrestar ni acusar a una persona menor de edad de prostitución ni de merodeo con esa intención (Código Penal, artículos 647(b) y 653.22; la SB 357 derogó el 653.22 para todas las personas en 2023), y el agente que encuentra a un niño o una niña en un acto sexual comercial reporta la sospecha de abuso a bienestar infantil.',
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
  'about.source.sb1322': {
    en: 'Senate Bill 1322 (Statutes of 2016, in force 1 January 2017); Senate Bill 357 (Statutes of 2022).',
    es: 'Proyecto de Ley del Senado 1322 (Estatutos de 2016, vigente desde el 1 de enero de 2017); Proyecto de Ley del Senado 357 (Estatutos de 2022).',
  },
  'about.source.wic827': {
    en: 'Welfare and Institutions Code 827: who may see juvenile case files.',
    es: 'Código de Bienestar e Instituciones, artículo 827: quién puede ver los expedientes juveniles.',
  },
  'about.source.terminology': {
    en: 'Terminology Guidelines for the Protection of Children from Sexual Exploitation and Sexual Abuse (Luxembourg Guidelines, 2016) and its Spanish edition.',
    es: 'Orientaciones terminológicas para la protección de niñas, niños y adolescentes contra la explotación y el abuso sexuales (Orientaciones de Luxemburgo, 2016), en su edición en español.',
  },
});
