import { defineMessages } from '../define.js';

/** Messages the server sends about youth records (refusals and field errors). The web app's youth pages have their own copy. */
export const youthMessages = defineMessages({
  'youth.duplicates.found': {
    en: 'This youth may already have a record in Harbor. Open the record listed, or call the agency named, before you open another. If you are sure this is a different youth, confirm it and save again.',
    es: 'Es posible que este joven ya tenga un expediente en Harbor. Abra el expediente indicado, o llame a la agencia mencionada, antes de abrir otro. Si está seguro de que se trata de otro joven, confírmelo y vuelva a guardar.',
  },
  'youth.birth.required': {
    en: 'Enter the date of birth or, if it is not known, an estimated age.',
    es: 'Escriba la fecha de nacimiento o, si no se conoce, una edad aproximada.',
  },
  'youth.birth.both': {
    en: 'Enter either a date of birth or an estimated age, not both.',
    es: 'Escriba una fecha de nacimiento o una edad aproximada, no ambas.',
  },
  'youth.date.future': {
    en: 'This date cannot be in the future.',
    es: 'Esta fecha no puede ser futura.',
  },
  'youth.agency.unknown': {
    en: 'Choose an agency from the list.',
    es: 'Elija una agencia de la lista.',
  },
  'youth.search.criteria': {
    en: 'Enter a name, a date of birth, or both.',
    es: 'Escriba un nombre, una fecha de nacimiento o ambos.',
  },
  'youth.fields.forbidden': {
    en: 'Your role may not see or change some of the information you sent. Nothing was changed.',
    es: 'Su función no le permite ver ni cambiar parte de la información que envió. No se cambió nada.',
  },
  'youth.field.forbidden': {
    en: 'Your role may not change this information.',
    es: 'Su función no le permite cambiar esta información.',
  },
  'youth.breakGlass.readOnly': {
    en: 'Emergency access lets you read this record, not change it. Ask someone on the care team to add you.',
    es: 'El acceso de emergencia le permite leer este expediente, no cambiarlo. Pida a alguien del equipo de atención que lo agregue.',
  },
});
