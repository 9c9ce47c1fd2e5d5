import { defineMessages } from '../define.js';

/** Messages of single sign-on through an OpenID Connect identity provider (shown by the web app's sign-in page). */
export const oidcMessages = defineMessages({
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
