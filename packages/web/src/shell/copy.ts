import { defineMessages } from '@harbor/core';

/** Copy of the page frame's demonstration banner (shown on every page while the server says its data is fictional). */
export const demoBannerCopy = defineMessages({
  'shell.demo.heading': { en: 'Demonstration data.', es: 'Datos de demostración.' },
  'shell.demo.body': {
    en: 'Everyone and everything in this Harbor is fictional. Do not enter information about real people.',
    es: 'Todas las personas y todos los datos de este Harbor son ficticios. No ingrese información de personas reales.',
  },
});
