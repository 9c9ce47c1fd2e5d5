import { defineMessages } from '@harbor/core';

/**
 * Copy of My sessions.
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const accountCopy = defineMessages({
  // The feature's entry in the header's menu.
  'shell.nav.mySessions': { en: 'My sessions', es: 'Mis sesiones' },
  'shell.nav.password': { en: 'Password', es: 'Contraseña' },

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

  // Changing my password.
  'page.password.title': { en: 'Change password', es: 'Cambiar contraseña' },
  'passwordPage.heading': { en: 'Change your password', es: 'Cambie su contraseña' },
  'passwordPage.intro': {
    en: 'Type your current password, then the new one. Harbor then signs you out on your other devices; this one stays signed in.',
    es: 'Escriba su contraseña actual y luego la nueva. Después, Harbor cierra su sesión en sus otros dispositivos; en este sigue abierta.',
  },
  'passwordPage.current.label': { en: 'Current password', es: 'Contraseña actual' },
  'passwordPage.current.required': { en: 'Enter your current password.', es: 'Escriba su contraseña actual.' },
  'passwordPage.submit': { en: 'Change my password', es: 'Cambiar mi contraseña' },
  'passwordPage.submitting': { en: 'Changing…', es: 'Cambiando…' },
  'passwordPage.error.heading': { en: 'The password was not changed', es: 'No se cambió la contraseña' },
  'passwordPage.done.heading': { en: 'Your password was changed', es: 'Se cambió su contraseña' },
  'passwordPage.done.body': {
    en: '{count, plural, =0 {Use the new password from now on. You were not signed in anywhere else.} one {Use the new password from now on. # session on another device was ended.} other {Use the new password from now on. # sessions on other devices were ended.}}',
    es: '{count, plural, =0 {Use la contraseña nueva a partir de ahora. No tenía la sesión iniciada en ningún otro lugar.} one {Use la contraseña nueva a partir de ahora. Se cerró # sesión en otro dispositivo.} other {Use la contraseña nueva a partir de ahora. Se cerraron # sesiones en otros dispositivos.}}',
  },
});
