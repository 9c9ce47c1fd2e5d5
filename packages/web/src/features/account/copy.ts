import { defineMessages } from '@harbor/core';

/**
 * Copy of My sessions.
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const accountCopy = defineMessages({
  // The feature's entry in the header's menu.
  'shell.nav.mySessions': { en: 'My sessions', es: 'Mis sesiones' },

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
});
