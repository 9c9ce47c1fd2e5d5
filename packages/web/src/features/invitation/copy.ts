import { defineMessages } from '@harbor/core';

/**
 * Copy of the invitation page (/invitation).
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const invitationCopy = defineMessages({
  'page.invitation.title': { en: 'Join Harbor', es: 'Unirse a Harbor' },
  'invitationPage.heading': { en: 'Join Harbor', es: 'Únase a Harbor' },
  'invitationPage.intro': {
    en: 'You were invited to Harbor, where your county’s agencies coordinate care for young people. Choose the name your colleagues will see and a password. Next, you will set up two-step verification with an authenticator app on your phone.',
    es: 'Le invitaron a Harbor, donde las agencias de su condado coordinan la atención de personas jóvenes. Elija el nombre que verán sus colegas y una contraseña. Después, configurará la verificación en dos pasos con una aplicación de autenticación en su teléfono.',
  },
  'invitationPage.loading': { en: 'Checking your invitation…', es: 'Comprobando su invitación…' },
  'invitationPage.facts.email': { en: 'You will sign in with', es: 'Iniciará sesión con' },
  'invitationPage.facts.role': { en: 'Role', es: 'Rol' },
  'invitationPage.facts.agency': { en: 'Agency', es: 'Agencia' },
  'invitationPage.facts.until': { en: 'Invitation valid until', es: 'Invitación válida hasta' },
  'invitationPage.name.label': { en: 'Your full name', es: 'Su nombre completo' },
  'invitationPage.name.hint': { en: 'Colleagues will see this name.', es: 'Sus colegas verán este nombre.' },
  'invitationPage.name.required': { en: 'Enter your name.', es: 'Escriba su nombre.' },
  'invitationPage.password.label': { en: 'Choose a password', es: 'Elija una contraseña' },
  'invitationPage.submit': { en: 'Create my account', es: 'Crear mi cuenta' },
  'invitationPage.submitting': { en: 'Creating your account…', es: 'Creando su cuenta…' },
  'invitationPage.error.heading': { en: 'Your account was not created', es: 'No se creó su cuenta' },
  'invitationPage.invalid.heading': { en: 'This invitation does not work', es: 'Esta invitación no funciona' },
  'invitationPage.noToken.heading': { en: 'Open your invitation link', es: 'Abra su enlace de invitación' },
  'invitationPage.noToken.body': {
    en: 'This page works only with the invitation link you received. Open that link exactly as you got it, or ask the person who invited you to send it again.',
    es: 'Esta página solo funciona con el enlace de invitación que recibió. Abra ese enlace tal como lo recibió o pida a la persona que le invitó que se lo envíe de nuevo.',
  },
  'invitationPage.signedIn.heading': { en: 'Someone is signed in here', es: 'Hay una sesión iniciada aquí' },
  'invitationPage.signedIn.body': {
    en: 'This browser is signed in to Harbor as {name}. To accept an invitation, sign out first, then open the invitation link again.',
    es: 'Este navegador tiene una sesión de Harbor iniciada como {name}. Para aceptar una invitación, cierre primero la sesión y luego vuelva a abrir el enlace de invitación.',
  },
  'invitationPage.done.heading': { en: 'Your account is ready', es: 'Su cuenta está lista' },
  'invitationPage.done.body': {
    en: 'The account for {email} was created. One more step: set up two-step verification now. Have your phone ready with an authenticator app.',
    es: 'Se creó la cuenta de {email}. Falta un paso: configure ahora la verificación en dos pasos. Tenga a mano su teléfono con una aplicación de autenticación.',
  },
  'invitationPage.done.continue': {
    en: 'Set up two-step verification',
    es: 'Configurar la verificación en dos pasos',
  },
});
