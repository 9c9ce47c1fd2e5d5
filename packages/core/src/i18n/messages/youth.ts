import { defineMessages } from '../define.js';

/** Messages of youth features (server errors and web screens), English and Spanish side by side. */
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

  'youth.fieldClass.identity': { en: 'Identity', es: 'Identidad' },
  'youth.fieldClass.protocol': { en: 'Protocol', es: 'Protocolo' },
  'youth.fieldClass.contact': { en: 'Contact and placement', es: 'Contacto y ubicación' },
  'youth.fieldClass.clinical': { en: 'Clinical', es: 'Clínico' },

  'youth.gender.girl': { en: 'Girl', es: 'Niña o joven mujer' },
  'youth.gender.boy': { en: 'Boy', es: 'Niño o joven varón' },
  'youth.gender.transgender': { en: 'Transgender', es: 'Transgénero' },
  'youth.gender.nonbinary': { en: 'Nonbinary', es: 'No binario' },
  'youth.gender.another': { en: 'Another identity', es: 'Otra identidad' },
  'youth.gender.not_disclosed': { en: 'Prefers not to say', es: 'Prefiere no decirlo' },

  'youth.placement.home_parent': { en: 'At home with a parent', es: 'En casa con su madre o padre' },
  'youth.placement.relative': { en: 'With a relative', es: 'Con un familiar' },
  'youth.placement.foster_home': { en: 'Foster home', es: 'Hogar de crianza' },
  'youth.placement.group_home_strtp': {
    en: 'Group home (STRTP)',
    es: 'Hogar grupal (STRTP)',
  },
  'youth.placement.shelter': { en: 'Shelter', es: 'Refugio' },
  'youth.placement.homeless_runaway': {
    en: 'Homeless or runaway',
    es: 'Sin hogar o fugado',
  },
  'youth.placement.detention': { en: 'Juvenile detention', es: 'Detención juvenil' },
  'youth.placement.other': { en: 'Other', es: 'Otro' },

  'youth.identifier.dcfs_case': { en: 'DCFS case number', es: 'Número de caso de DCFS' },
  'youth.identifier.probation': { en: 'Probation number', es: 'Número de libertad condicional' },
  'youth.identifier.court': { en: 'Court case number', es: 'Número de caso judicial' },
  'youth.identifier.other': { en: 'Other number', es: 'Otro número' },
});
