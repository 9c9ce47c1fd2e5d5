import { defineMessages } from '@harbor/core';

/**
 * Copy of the first-administrator set-up page (/setup).
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const setupCopy = defineMessages({
  // First-administrator set-up page.
  'page.setup.title': { en: 'Set up Harbor', es: 'Configurar Harbor' },
  'setupPage.heading': { en: 'Set up Harbor', es: 'Configure Harbor' },
  'setupPage.intro': {
    en: 'Create the first administrator account. Administrators manage staff accounts and agencies; they do not see information about youth. Next, you will sign in and set up two-step verification.',
    es: 'Cree la primera cuenta de administración. Las personas administradoras gestionan las cuentas del personal y las agencias; no ven información sobre jóvenes. Después, iniciará sesión y configurará la verificación en dos pasos.',
  },
  'setupPage.noToken.heading': { en: 'Open the set-up link', es: 'Abra el enlace de configuración' },
  'setupPage.noToken.body': {
    en: 'This page works only with the link Harbor printed when it started for the first time. Open that link exactly as printed. It works once, for 24 hours; restart Harbor to get a new one.',
    es: 'Esta página solo funciona con el enlace que Harbor mostró al iniciarse por primera vez. Abra ese enlace tal como aparece. Sirve una sola vez, durante 24 horas; reinicie Harbor para obtener uno nuevo.',
  },
  'setupPage.you.legend': { en: 'About you', es: 'Sus datos' },
  'setupPage.agency.legend': { en: 'Your agency', es: 'Su agencia' },
  'setupPage.name.label': { en: 'Your full name', es: 'Su nombre completo' },
  'setupPage.name.hint': { en: 'Colleagues will see this name.', es: 'Sus colegas verán este nombre.' },
  'setupPage.name.required': { en: 'Enter your name.', es: 'Escriba su nombre.' },
  'setupPage.email.hint': {
    en: 'Your work email address. You will use it to sign in.',
    es: 'Su correo electrónico de trabajo. Lo usará para iniciar sesión.',
  },
  'setupPage.password.label': { en: 'Choose a password', es: 'Elija una contraseña' },
  'setupPage.password.hint': {
    en: 'At least 12 characters. A few unrelated words strung together make a strong password that is easy to remember. Harbor refuses common and leaked passwords.',
    es: 'Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar. Harbor rechaza las contraseñas comunes o filtradas.',
  },
  'setupPage.password.required': { en: 'Choose a password.', es: 'Elija una contraseña.' },
  'setupPage.agencyName.label': { en: 'Agency name', es: 'Nombre de la agencia' },
  'setupPage.agencyName.hint': {
    en: 'For example: Los Angeles County Department of Mental Health.',
    es: 'Por ejemplo: Departamento de Salud Mental del Condado de Los Ángeles.',
  },
  'setupPage.agencyName.required': { en: 'Enter the name of your agency.', es: 'Escriba el nombre de su agencia.' },
  'setupPage.agencyName.tooShort': {
    en: 'Enter at least 2 characters.',
    es: 'Escriba al menos 2 caracteres.',
  },
  'setupPage.agencyKind.label': { en: 'Kind of agency', es: 'Tipo de agencia' },
  'setupPage.agencyKind.choose': { en: '- Select -', es: '- Seleccione -' },
  'setupPage.agencyKind.required': { en: 'Choose the kind of agency.', es: 'Elija el tipo de agencia.' },
  'setupPage.submit': { en: 'Create the administrator account', es: 'Crear la cuenta de administración' },
  'setupPage.submitting': { en: 'Creating the account…', es: 'Creando la cuenta…' },
  'setupPage.error.heading': { en: 'The account was not created', es: 'No se creó la cuenta' },
  'setupPage.done.heading': { en: 'Harbor is ready', es: 'Harbor está listo' },
  'setupPage.done.body': {
    en: 'The administrator account for {email} was created. Sign in now to finish: you will set up two-step verification with an authenticator app on your phone.',
    es: 'Se creó la cuenta de administración de {email}. Inicie sesión ahora para terminar: configurará la verificación en dos pasos con una aplicación de autenticación en su teléfono.',
  },
  'setupPage.done.signIn': { en: 'Go to sign-in', es: 'Ir al inicio de sesión' },

  // Kinds of agency (AGENCY_KINDS in @harbor/core).
  'agencyKindName.mental_health': { en: 'Mental health', es: 'Salud mental' },
  'agencyKindName.child_welfare': { en: 'Child welfare', es: 'Bienestar infantil' },
  'agencyKindName.probation': { en: 'Probation', es: 'Libertad condicional' },
  'agencyKindName.sheriff': { en: 'Sheriff’s department', es: 'Departamento del Sheriff' },
  'agencyKindName.police': { en: 'Police department', es: 'Departamento de policía' },
  'agencyKindName.advocacy': { en: 'Community advocacy organization', es: 'Organización comunitaria de defensa' },
  'agencyKindName.court': { en: 'Court', es: 'Tribunal' },
  'agencyKindName.health': { en: 'Health care', es: 'Atención médica' },
  'agencyKindName.other': { en: 'Other', es: 'Otro tipo' },
});
