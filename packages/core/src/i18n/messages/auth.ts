import { defineMessages } from '../define.js';

/**
 * Problems with a new password (checkPasswordPolicy in the server). ICU MessageFormat; use the typographic
 * apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const authMessages = defineMessages({
  'password.too_short': {
    en: '{minimum, plural, one {Your password needs at least # character.} other {Your password needs at least # characters. A few words strung together make a strong password that is easy to remember.}}',
    es: '{minimum, plural, one {Su contraseña necesita al menos # carácter.} other {Su contraseña necesita al menos # caracteres. Unas cuantas palabras juntas forman una contraseña segura y fácil de recordar.}}',
  },
  'password.too_long': {
    en: '{maximum, plural, one {Your password can have at most # character.} other {Your password can have at most # characters. Please choose a shorter one.}}',
    es: '{maximum, plural, one {Su contraseña puede tener como máximo # carácter.} other {Su contraseña puede tener como máximo # caracteres. Elija una más corta.}}',
  },
  'password.common': {
    en: 'This password is on a list of common or leaked passwords that attackers try first. Please choose another one; a few unrelated words work well.',
    es: 'Esta contraseña aparece en una lista de contraseñas comunes o filtradas que los atacantes prueban primero. Elija otra; unas cuantas palabras sin relación entre sí funcionan bien.',
  },
});
