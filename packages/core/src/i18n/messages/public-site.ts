import { defineMessages } from '../define.js';

/** The public information site's frame (the pages themselves live in content/public) and its printable fact sheet. */
export const publicSiteMessages = defineMessages({
  'publicSite.name': { en: 'Harbor', es: 'Harbor' },
  'publicSite.tagline': {
    en: 'Information and help on the commercial sexual exploitation of children and youth in Los Angeles County',
    es: 'Información y ayuda sobre la explotación sexual comercial de niños, niñas y jóvenes en el Condado de Los Ángeles',
  },
  'publicSite.skipToContent': { en: 'Skip to main content', es: 'Saltar al contenido principal' },
  'publicSite.quickExit': { en: 'Quick exit', es: 'Salida rápida' },
  'publicSite.quickExit.hint': {
    en: 'To leave this site fast, press Esc twice or use',
    es: 'Para salir rápido de este sitio, presione Esc dos veces o use',
  },
  'publicSite.quickExit.noScript': {
    en: 'With JavaScript turned off, Quick exit still leaves, but this site stays in your history.',
    es: 'Con JavaScript desactivado, la Salida rápida funciona, pero este sitio queda en su historial.',
  },
  'publicSite.language.other': { en: 'Español', es: 'English' },
  'publicSite.language.otherLabel': { en: 'Lea esta página en español', es: 'Read this page in English' },
  'publicSite.lastReviewed': { en: 'Last reviewed: {date}', es: 'Última revisión: {date}' },
  'publicSite.guide': { en: 'In this guide', es: 'En esta guía' },
  'publicSite.help.heading': { en: 'Need help now?', es: '¿Necesita ayuda ahora?' },
  'publicSite.help.emergency': { en: 'A child in danger now: call', es: 'Un niño o niña en peligro ahora: llame al' },
  'publicSite.help.dcfs': {
    en: 'Report abuse to the Child Protection Hotline (24 hours):',
    es: 'Reporte el abuso a la Línea de Protección Infantil (24 horas):',
  },
  'publicSite.help.trafficking': {
    en: 'National Human Trafficking Hotline:',
    es: 'Línea Directa Nacional contra la Trata de Personas:',
  },
  'publicSite.help.crisis': {
    en: 'Suicide & Crisis Lifeline, call or text:',
    es: 'Línea de Prevención del Suicidio y Crisis, llame o envíe un texto al:',
  },
  'publicSite.help.access': {
    en: 'LA County mental health (ACCESS Helpline):',
    es: 'Salud mental del Condado de Los Ángeles (Línea ACCESS):',
  },
  'publicSite.help.more': { en: 'More numbers and how to report', es: 'Más números y cómo reportar' },
  'publicSite.factSheet': {
    en: 'Printable fact sheet (PDF)',
    es: 'Hoja informativa para imprimir (PDF)',
  },
  'publicSite.footer.safeBrowsing': { en: 'How to browse safely', es: 'Cómo navegar con seguridad' },
  'publicSite.footer.sources': { en: 'Sources', es: 'Fuentes' },
  'publicSite.footer.staff': { en: 'Staff sign-in', es: 'Acceso del personal' },
  'publicSite.footer.privacy': {
    en: 'This site sets no cookies, runs no analytics and loads nothing from other sites.',
    es: 'Este sitio no usa cookies, no mide visitas y no carga nada de otros sitios.',
  },
  'publicSite.footer.navLabel': { en: 'Site links', es: 'Enlaces del sitio' },
  'publicSite.notFound.title': { en: 'Page not found', es: 'Página no encontrada' },
  'publicSite.notFound.body': {
    en: 'There is no page at this address. The guide below lists every page of this site.',
    es: 'No hay ninguna página en esta dirección. La guía de abajo enumera todas las páginas de este sitio.',
  },
  'publicSite.notFound.description': {
    en: 'This page does not exist; the guide lists every page of the site.',
    es: 'Esta página no existe; la guía enumera todas las páginas del sitio.',
  },
  'publicSite.pdf.title': {
    en: 'Commercial sexual exploitation of children and youth: fact sheet',
    es: 'Explotación sexual comercial de niños, niñas y jóvenes: hoja informativa',
  },
  'publicSite.pdf.from': {
    en: 'From {url}, last reviewed {date}.',
    es: 'De {url}, última revisión: {date}.',
  },
  'publicSite.pdf.helpLine': {
    en: 'Danger now: 911   Child Protection Hotline (24 h): {dcfs}   Crisis: {crisis}',
    es: 'Peligro ahora: 911   Línea de Protección Infantil (24 h): {dcfs}   Crisis: {crisis}',
  },
  'publicSite.pdf.pageNumber': { en: 'Page {page} of {total}', es: 'Página {page} de {total}' },
});
