import { defineMessages } from '@harbor/core';

/**
 * Copy of the page for an address no other page has.
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const notFoundCopy = defineMessages({
  // Not-found page.
  'page.notFound.title': { en: 'Page not found', es: 'Página no encontrada' },
  'notFound.heading': { en: 'We can’t find that page', es: 'No encontramos esa página' },
  'notFound.body': {
    en: 'The address may be mistyped, or the page may have moved.',
    es: 'Puede que la dirección tenga un error o que la página se haya movido.',
  },
  'notFound.home': { en: 'Go to the Harbor home page', es: 'Ir a la página de inicio de Harbor' },
});
