import { defineMessages } from '@harbor/core';

/**
 * Copy of the signed-in start page (My Harbor): my work and my account (facts: ../shared/domain/FACTS.md).
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const workCopy = defineMessages({
  // The feature's entry in the header's menu.
  'shell.nav.myHarbor': { en: 'My Harbor', es: 'Mi Harbor' },

  // Signed-in home.
  'page.appHome.title': { en: 'My Harbor', es: 'Mi Harbor' },
  'appHome.heading': { en: 'Welcome, {name}', es: 'Le damos la bienvenida, {name}' },
  'appHome.lead': {
    en: 'Your work today: what is overdue and due soon, the responses you are on, screenings to finish or link, and what you were notified of.',
    es: 'Su trabajo de hoy: lo vencido y lo que vence pronto, las respuestas en las que participa, las evaluaciones por terminar o vincular y los avisos que recibió.',
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

  // What a person starts from here.
  'work.start.heading': { en: 'Start', es: 'Empezar' },
  'work.start.response': { en: 'Open a response', es: 'Abrir una respuesta' },
  'work.start.responseHint': {
    en: 'A recovery, a disclosure or a hotline call: the protocol’s clocks start now.',
    es: 'Una recuperación, una revelación o una llamada a la línea directa: los plazos del protocolo empiezan ahora.',
  },
  'work.start.screening': { en: 'Start a screening', es: 'Empezar una evaluación' },

  // Steps due and overdue.
  'work.deadlines.mine': { en: 'My steps due and overdue', es: 'Mis pasos por vencer y vencidos' },
  'work.deadlines.agency': { en: 'My agency’s steps due and overdue', es: 'Pasos de mi agencia por vencer y vencidos' },
  'work.deadlines.none': {
    en: 'Nothing is due in the next 24 hours, and nothing is overdue.',
    es: 'No vence nada en las próximas 24 horas y no hay nada vencido.',
  },
  'work.deadlines.all': { en: 'All deadlines', es: 'Todos los plazos' },
  'work.deadlines.dueAt': { en: 'Due {time}', es: 'Vence: {time}' },

  // My open responses.
  'work.responses.heading': { en: 'My open responses', es: 'Mis respuestas abiertas' },
  'work.responses.none': { en: 'You are on no open response.', es: 'No participa en ninguna respuesta abierta.' },
  'work.responses.all': { en: 'All my responses', es: 'Todas mis respuestas' },

  // Screenings to finish or link.
  'work.screenings.heading': { en: 'Screenings to finish or link', es: 'Evaluaciones por terminar o vincular' },
  'work.screenings.none': {
    en: 'No draft, and every screening you completed is linked to a youth.',
    es: 'No hay borradores, y cada evaluación que completó está vinculada a un joven.',
  },
  'work.screenings.draft': { en: 'Draft for {youth}', es: 'Borrador para {youth}' },
  'work.screenings.draftUnidentified': {
    en: 'Draft for a youth not identified yet',
    es: 'Borrador para un joven sin identificar',
  },
  'work.screenings.unlinked': {
    en: 'Completed, waiting to be linked to a youth',
    es: 'Completada, en espera de vincularse a un joven',
  },
  'work.screenings.all': { en: 'All my screenings', es: 'Todas mis evaluaciones' },

  // Unread notifications.
  'work.notifications.heading': { en: 'Unread notifications', es: 'Avisos sin leer' },
  'work.notifications.none': { en: 'You have read every notification.', es: 'Leyó todos los avisos.' },
  'work.notifications.all': { en: 'All notifications', es: 'Todos los avisos' },

  // My account: how care teams reach me.
  'work.phone.label': { en: 'Work phone', es: 'Teléfono del trabajo' },
  'work.phone.hint': {
    en: 'Shown with your e-mail to the care teams you are on, so that someone on call at night knows whom to call.',
    es: 'Se muestra con su correo a los equipos de atención de los que forma parte, para que quien esté de guardia de noche sepa a quién llamar.',
  },
  'work.phone.save': { en: 'Save the work phone', es: 'Guardar el teléfono del trabajo' },
  'work.phone.saved': { en: 'Your work phone is saved.', es: 'Se guardó su teléfono del trabajo.' },
  'work.loading': { en: 'Loading…', es: 'Cargando…' },
  'work.failed': {
    en: 'This part of your work did not load. Reload the page to try again.',
    es: 'Esta parte de su trabajo no se cargó. Vuelva a cargar la página para intentarlo de nuevo.',
  },
});
