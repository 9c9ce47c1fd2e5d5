import { defineMessages } from '../define.js';

/** Messages of signing in, second factors and first-time set-up (server answers). */
export const accountMessages = defineMessages({
  'signIn.failed': {
    en: 'The e-mail address or password is not right. After 5 failed tries in 15 minutes, an account is locked for 15 minutes.',
    es: 'El correo electrónico o la contraseña no son correctos. Después de 5 intentos fallidos en 15 minutos, la cuenta se bloquea durante 15 minutos.',
  },
  'signIn.codeFailed': {
    en: 'That code is not right or was already used. Enter the newest code from your authenticator app.',
    es: 'Ese código no es correcto o ya se usó. Escriba el código más reciente de su aplicación de autenticación.',
  },
  'signIn.recoveryFailed': {
    en: 'That recovery code is not right or was already used.',
    es: 'Ese código de recuperación no es correcto o ya se usó.',
  },
  'signIn.addressHeld': {
    en: 'Too many failed sign-ins came from this network. Try again in 15 minutes, or sign in on a computer or phone where you signed in to Harbor before.',
    es: 'Hubo demasiados intentos fallidos de inicio de sesión desde esta red. Inténtelo de nuevo en 15 minutos, o inicie sesión en una computadora o un teléfono donde ya inició sesión en Harbor.',
  },
  'signIn.lockEmail.subject': {
    en: 'Harbor: your account was locked',
    es: 'Harbor: su cuenta se bloqueó',
  },
  'signIn.lockEmail.password': {
    en: '{minutes, plural, one {On {time}, sign-ins to your Harbor account were stopped for # minute after 5 wrong passwords.} other {On {time}, sign-ins to your Harbor account were stopped for # minutes after 5 wrong passwords.}}',
    es: '{minutes, plural, one {El {time}, los inicios de sesión en su cuenta de Harbor se detuvieron durante # minuto después de 5 contraseñas incorrectas.} other {El {time}, los inicios de sesión en su cuenta de Harbor se detuvieron durante # minutos después de 5 contraseñas incorrectas.}}',
  },
  'signIn.lockEmail.secondFactor': {
    en: '{minutes, plural, one {On {time}, your Harbor account was locked for # minute: someone entered your password, then wrong codes of two-step verification, again and again.} other {On {time}, your Harbor account was locked for # minutes: someone entered your password, then wrong codes of two-step verification, again and again.}}',
    es: '{minutes, plural, one {El {time}, su cuenta de Harbor se bloqueó durante # minuto: alguien escribió su contraseña y después códigos incorrectos de la verificación en dos pasos, una y otra vez.} other {El {time}, su cuenta de Harbor se bloqueó durante # minutos: alguien escribió su contraseña y después códigos incorrectos de la verificación en dos pasos, una y otra vez.}}',
  },
  'signIn.lockEmail.usualDevice': {
    en: 'The tries came from a computer or phone where your account had not signed in before. Where you signed in to Harbor before, you can still sign in as usual. If it was not you, nobody got in: your password and your authenticator app still protect the account. Tell your Harbor administrator if it happens again.',
    es: 'Los intentos vinieron de una computadora o un teléfono donde su cuenta no había iniciado sesión antes. Donde ya inició sesión en Harbor, puede seguir iniciando sesión como siempre. Si no fue usted, nadie entró: su contraseña y su aplicación de autenticación siguen protegiendo la cuenta. Avise a la persona administradora de Harbor si vuelve a ocurrir.',
  },
  'signIn.lockEmail.whatToDo': {
    en: 'If it was not you, someone may know your password: choose a new one at once with “Forgot your password?” on the sign-in page, and tell your Harbor administrator, who can also lift the lock.',
    es: 'Si no fue usted, alguien podría conocer su contraseña: elija una nueva de inmediato con “¿Olvidó su contraseña?” en la página de inicio de sesión, y avise a la persona administradora de Harbor, que también puede quitar el bloqueo.',
  },
  'setup.linkInvalid': {
    en: 'This set-up link is not valid: it may have expired or been used already. Restart Harbor to get a new one.',
    es: 'Este enlace de configuración no es válido: puede haber vencido o ya se usó. Reinicie Harbor para obtener uno nuevo.',
  },
  'setup.alreadyDone': {
    en: 'Harbor already has an administrator. Ask them to invite you.',
    es: 'Harbor ya tiene una persona administradora. Pídale que le invite.',
  },
  'invitation.invalid': {
    en: 'This invitation link is not valid: it may have expired or been used already. Ask for a new invitation.',
    es: 'Este enlace de invitación no es válido: puede haber vencido o ya se usó. Pida una nueva invitación.',
  },
  'account.emailTaken': {
    en: 'An account with this e-mail address already exists.',
    es: 'Ya existe una cuenta con este correo electrónico.',
  },
  'agency.nameTaken': {
    en: 'Another agency already has this name. Choose a different name.',
    es: 'Otra agencia ya tiene este nombre. Elija un nombre diferente.',
  },
  'invitation.scope': {
    en: 'Supervisors manage the invitations of their own agency only, and never an administrator’s.',
    es: 'Las personas supervisoras gestionan solo las invitaciones de su propia agencia, y nunca las de una persona administradora.',
  },
  'invitation.email.subject': {
    en: 'You are invited to Harbor',
    es: 'Le invitan a Harbor',
  },
  'invitation.email.body': {
    en: '{inviter} invited you to Harbor, where your county’s agencies coordinate care for young people. Your account: {role}, {agency}. To accept, open the link below, choose a password and set up two-step verification with an authenticator app on your phone. The link works once, until {expires}.',
    es: '{inviter} le invitó a Harbor, donde las agencias de su condado coordinan la atención de personas jóvenes. Su cuenta: {role}, {agency}. Para aceptar, abra el enlace de abajo, elija una contraseña y configure la verificación en dos pasos con una aplicación de autenticación en su teléfono. El enlace sirve una sola vez, hasta el {expires}.',
  },
  'invitation.email.notExpected': {
    en: 'If you did not expect this invitation, ignore this message: no account is made unless the link is used.',
    es: 'Si no esperaba esta invitación, ignore este mensaje: no se crea ninguna cuenta a menos que se use el enlace.',
  },
  'passwordReset.email.subject': {
    en: 'Harbor: reset your password',
    es: 'Harbor: restablezca su contraseña',
  },
  'passwordReset.email.body': {
    en: '{minutes, plural, one {Someone asked to reset the password of your Harbor account. To choose a new password, open the link below. It works once, for # minute.} other {Someone asked to reset the password of your Harbor account. To choose a new password, open the link below. It works once, for # minutes.}}',
    es: '{minutes, plural, one {Alguien pidió restablecer la contraseña de su cuenta de Harbor. Para elegir una contraseña nueva, abra el enlace de abajo. Sirve una sola vez, durante # minuto.} other {Alguien pidió restablecer la contraseña de su cuenta de Harbor. Para elegir una contraseña nueva, abra el enlace de abajo. Sirve una sola vez, durante # minutos.}}',
  },
  'passwordReset.email.notYou': {
    en: 'If you did not ask for this, ignore this message: your password stays as it is, and signing in still needs your authenticator app. Tell your Harbor administrator if it happens again.',
    es: 'Si usted no lo pidió, ignore este mensaje: su contraseña no cambia, y para iniciar sesión se sigue necesitando su aplicación de autenticación. Avise a la persona administradora de Harbor si vuelve a ocurrir.',
  },
  'passwordReset.invalid': {
    en: 'This password reset link is not valid: it may have expired, been replaced by a newer one, or been used already. Ask for a new link.',
    es: 'Este enlace para restablecer la contraseña no es válido: puede haber vencido, haber sido reemplazado por uno más reciente o ya se usó. Pida un enlace nuevo.',
  },
  'passwordReset.noEmail': {
    en: 'Harbor cannot send e-mail here. Ask your Harbor administrator for a password reset link.',
    es: 'Harbor no puede enviar correos electrónicos aquí. Pida a la persona administradora de Harbor un enlace para restablecer la contraseña.',
  },
  'passwordChange.currentWrong': {
    en: 'Your current password is not right. After 5 failed tries in 15 minutes, your account is locked for 15 minutes.',
    es: 'Su contraseña actual no es correcta. Después de 5 intentos fallidos en 15 minutos, su cuenta se bloquea durante 15 minutos.',
  },
  'passwordChange.same': {
    en: 'Your new password is the same as your current one. Choose a different password.',
    es: 'Su contraseña nueva es igual a la actual. Elija una contraseña diferente.',
  },
  'passwordChange.noPassword': {
    en: 'Your account signs in with single sign-on and has no Harbor password to change.',
    es: 'Su cuenta inicia sesión con el inicio de sesión único y no tiene una contraseña de Harbor que cambiar.',
  },
  'account.notYourself': {
    en: 'You cannot do this to your own account. Another administrator can.',
    es: 'No puede hacer esto con su propia cuenta. Otra persona administradora sí puede.',
  },
});
