import { defineMessages } from '@harbor/core';

/**
 * Copy of the forgotten-password pages (/forgot-password, /reset-password).
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const passwordResetCopy = defineMessages({
  'page.forgotPassword.title': { en: 'Forgot your password?', es: '¿Olvidó su contraseña?' },
  'forgotPassword.heading': { en: 'Forgot your password?', es: '¿Olvidó su contraseña?' },
  'forgotPassword.loading': { en: 'Loading…', es: 'Cargando…' },
  'forgotPassword.intro': {
    en: 'Enter the email address of your Harbor account. We will send it a link to choose a new password.',
    es: 'Escriba el correo electrónico de su cuenta de Harbor. Le enviaremos un enlace para elegir una contraseña nueva.',
  },
  'forgotPassword.email.hint': {
    en: 'Your work email address, the one you sign in with.',
    es: 'Su correo electrónico de trabajo, el que usa para iniciar sesión.',
  },
  'forgotPassword.submit': { en: 'Send me a reset link', es: 'Enviarme un enlace' },
  'forgotPassword.submitting': { en: 'Sending…', es: 'Enviando…' },
  'forgotPassword.sent.heading': { en: 'Check your email', es: 'Revise su correo electrónico' },
  'forgotPassword.sent.body': {
    en: 'If {email} belongs to a Harbor account, we sent it a link to choose a new password. The link works once, for 60 minutes. Look in your inbox and your spam folder. If nothing arrives within a few minutes, ask your Harbor administrator.',
    es: 'Si {email} pertenece a una cuenta de Harbor, le enviamos un enlace para elegir una contraseña nueva. El enlace sirve una sola vez, durante 60 minutos. Busque en su bandeja de entrada y en la carpeta de correo no deseado. Si no llega nada en unos minutos, consulte a la persona administradora de Harbor.',
  },
  'forgotPassword.error.heading': { en: 'The link was not sent', es: 'No se envió el enlace' },
  'forgotPassword.askAdmin.heading': {
    en: 'Ask your Harbor administrator',
    es: 'Consulte a la persona administradora de Harbor',
  },
  'forgotPassword.askAdmin.body': {
    en: 'Harbor does not send email here. Your Harbor administrator can make you a link to choose a new password and give it to you by phone or in person.',
    es: 'Harbor no envía correos electrónicos aquí. La persona administradora de Harbor puede crearle un enlace para elegir una contraseña nueva y dárselo por teléfono o en persona.',
  },
  'forgotPassword.phone.heading': { en: 'Lost your phone?', es: '¿Perdió su teléfono?' },
  'forgotPassword.phone.body': {
    en: 'Sign in with one of the recovery codes you saved when you set up two-step verification. No codes left? Ask your Harbor administrator to reset your two-step verification; at your next sign-in you will set up an authenticator app again.',
    es: 'Inicie sesión con uno de los códigos de recuperación que guardó al configurar la verificación en dos pasos. ¿No le quedan códigos? Pida a la persona administradora de Harbor que restablezca su verificación en dos pasos; en su próximo inicio de sesión volverá a configurar una aplicación de autenticación.',
  },
  'forgotPassword.back': { en: 'Back to sign-in', es: 'Volver al inicio de sesión' },

  'page.resetPassword.title': { en: 'Choose a new password', es: 'Elegir una contraseña nueva' },
  'resetPassword.heading': { en: 'Choose a new password', es: 'Elija una contraseña nueva' },
  'resetPassword.intro': {
    en: 'Your new password replaces the old one at once, and Harbor signs you out everywhere. Then sign in with the new password and your authenticator app.',
    es: 'Su contraseña nueva reemplaza a la anterior de inmediato, y Harbor cierra todas sus sesiones. Después, inicie sesión con la contraseña nueva y su aplicación de autenticación.',
  },
  'resetPassword.submit': { en: 'Save my new password', es: 'Guardar mi contraseña nueva' },
  'resetPassword.submitting': { en: 'Saving…', es: 'Guardando…' },
  'resetPassword.error.heading': { en: 'The password was not changed', es: 'No se cambió la contraseña' },
  'resetPassword.newLink': { en: 'Ask for a new link', es: 'Pedir un enlace nuevo' },
  'resetPassword.noToken.heading': { en: 'Open your reset link', es: 'Abra su enlace para restablecer' },
  'resetPassword.noToken.body': {
    en: 'This page works only with a password reset link, from an email or from your Harbor administrator. Open that link exactly as you got it.',
    es: 'Esta página solo funciona con un enlace para restablecer la contraseña, recibido por correo electrónico o de la persona administradora de Harbor. Abra ese enlace tal como lo recibió.',
  },
  'resetPassword.done.heading': { en: 'Your password was changed', es: 'Se cambió su contraseña' },
  'resetPassword.done.body': {
    en: 'The new password of {email} works now, and every earlier session has ended. Sign in with it and your authenticator app.',
    es: 'La contraseña nueva de {email} ya funciona, y todas las sesiones anteriores terminaron. Inicie sesión con ella y con su aplicación de autenticación.',
  },
  'resetPassword.done.signIn': { en: 'Go to sign-in', es: 'Ir al inicio de sesión' },
});
