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
});
