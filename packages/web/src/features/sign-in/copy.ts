import { defineMessages } from '@harbor/core';

/**
 * Copy of the sign-in page: password, second factor, enrolment, recovery codes, single sign-on.
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const signInCopy = defineMessages({
  // The feature's entry in the header's menu.
  'shell.nav.signIn': { en: 'Sign in', es: 'Iniciar sesión' },

  // Sign-in page.
  'page.signIn.title': { en: 'Sign in', es: 'Iniciar sesión' },
  'signIn.intro': {
    en: 'Use the email address and password of your Harbor staff account.',
    es: 'Use el correo electrónico y la contraseña de su cuenta de personal de Harbor.',
  },
  'signIn.password.label': { en: 'Password', es: 'Contraseña' },
  'signIn.password.required': { en: 'Enter your password.', es: 'Escriba su contraseña.' },
  'signIn.submit': { en: 'Sign in', es: 'Iniciar sesión' },
  'signIn.submitting': { en: 'Signing in…', es: 'Iniciando sesión…' },
  'signIn.error.heading': { en: 'Sign-in did not work', es: 'No se pudo iniciar sesión' },
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
  'signIn.forgotPassword': { en: 'Forgot your password?', es: '¿Olvidó su contraseña?' },
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
  'signIn.recovery.noCodes': {
    en: 'No recovery codes left? Ask your Harbor administrator to reset your two-step verification. At your next sign-in, you will set up an authenticator app again.',
    es: '¿No le quedan códigos de recuperación? Pida a la persona administradora de Harbor que restablezca su verificación en dos pasos. En su próximo inicio de sesión, volverá a configurar una aplicación de autenticación.',
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

  'oidc.signIn': {
    en: 'Sign in with single sign-on',
    es: 'Iniciar sesión con inicio de sesión único',
  },
  'oidc.failed': {
    en: 'Single sign-on did not work. You may not have a Harbor account yet, or it may be disabled or locked. Try again, sign in with your password, or ask your agency’s Harbor administrator.',
    es: 'El inicio de sesión único no funcionó. Es posible que todavía no tenga una cuenta en Harbor, o que esté desactivada o bloqueada. Inténtelo de nuevo, inicie sesión con su contraseña o consulte a la persona administradora de Harbor de su agencia.',
  },
  'oidc.secondFactor': {
    en: 'Single sign-on worked. To finish signing in, Harbor needs your second factor: the code from your authenticator app (or setting one up, the first time).',
    es: 'El inicio de sesión único funcionó. Para terminar de iniciar sesión, Harbor necesita su segundo factor: el código de su aplicación de autenticación (o configurarla, la primera vez).',
  },
});
