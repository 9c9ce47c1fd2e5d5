import { defineMessages } from '../define.js';

/** The resource directory's refusals (the editor's requests). */
export const directoryMessages = defineMessages({
  'directory.error.retiredForEditors': {
    en: 'Only the directory’s editors list the services that are no longer offered.',
    es: 'Solo los editores del directorio ven los servicios que ya no se ofrecen.',
  },
  'directory.error.agesOrder': {
    en: 'The minimum age is above the maximum age.',
    es: 'La edad mínima es mayor que la edad máxima.',
  },
  'directory.error.noAgency': {
    en: 'There is no such agency in Harbor.',
    es: 'No existe esa agencia en Harbor.',
  },
  'directory.error.noOrganization': {
    en: 'There is no such organization in the directory.',
    es: 'No existe esa organización en el directorio.',
  },
  'directory.error.noEntry': {
    en: 'There is no such entry in the directory to translate.',
    es: 'No existe esa entrada en el directorio para traducir.',
  },
  'directory.error.notTranslatable': {
    en: 'This field of this entry is not translated.',
    es: 'Este campo de esta entrada no se traduce.',
  },
  'directory.error.emptyField': {
    en: 'The English text of this field is empty, so there is nothing to translate.',
    es: 'El texto en inglés de este campo está vacío, así que no hay nada que traducir.',
  },
  'directory.error.bedsOverTotal': {
    en: 'More beds are free than the service has.',
    es: 'Hay más camas libres que las que tiene el servicio.',
  },
  'directory.error.noBeds': {
    en: 'Record how many emergency beds the service has first.',
    es: 'Primero registre cuántas camas de emergencia tiene el servicio.',
  },
});
