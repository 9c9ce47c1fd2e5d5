import { defineMessages } from '@harbor/core';

/**
 * Copy of the resource directory's pages: the staff search, a service's page, its editing and its change history
 * (facts: ../shared/domain/FACTS.md; the directory follows Open Referral HSDS 3.0). Category and practice names come
 * from core's vocabulary, which holds them in both languages.
 * ICU MessageFormat; use the typographic apostrophe (’) in text, since a plain one can start an ICU quote.
 */
export const directoryCopy = defineMessages({
  'directoryWeb.nav': { en: 'Resource directory', es: 'Directorio de recursos' },
  'directoryWeb.title': { en: 'Resource directory', es: 'Directorio de recursos' },
  'directoryWeb.intro': {
    en: 'Services for youth who have been commercially sexually exploited and their families, in Los Angeles County: find one by what the youth needs, the language the youth speaks, age, area and whether it can take the youth now.',
    es: 'Servicios para jóvenes que han sufrido explotación sexual comercial y sus familias en el condado de Los Ángeles: busque por lo que necesita el joven, el idioma que habla, la edad, la zona y si puede recibirlo ahora.',
  },
  'directoryWeb.pick.title': { en: 'Choose a service to refer to', es: 'Elija un servicio al que referir' },
  'directoryWeb.pick.intro': {
    en: 'Find the service for the youth, then choose “Refer to this service”. The youth’s age is filled in; change any filter you need.',
    es: 'Busque el servicio para el joven y elija “Referir a este servicio”. La edad del joven ya está escrita; cambie los filtros que necesite.',
  },
  'directoryWeb.pick.noAgency': {
    en: 'No agency in Harbor receives referrals for this service: call it to refer the youth.',
    es: 'Ninguna agencia en Harbor recibe referencias para este servicio: llámelo para referir al joven.',
  },
  'directoryWeb.pick.cancel': { en: 'Back to the youth’s record', es: 'Volver al expediente del joven' },
  'directoryWeb.pick.refer': { en: 'Refer to this service', es: 'Referir a este servicio' },

  // The filters.
  'directoryWeb.filters': { en: 'Search', es: 'Búsqueda' },
  'directoryWeb.filter.text': { en: 'Name or words', es: 'Nombre o palabras' },
  'directoryWeb.filter.textHint': {
    en: 'A service’s or organization’s name, or words of its description.',
    es: 'El nombre de un servicio u organización, o palabras de su descripción.',
  },
  'directoryWeb.filter.category': { en: 'What the youth needs', es: 'Lo que necesita el joven' },
  'directoryWeb.filter.language': { en: 'Language spoken by staff', es: 'Idioma que habla el personal' },
  'directoryWeb.filter.age': { en: 'Youth’s age', es: 'Edad del joven' },
  'directoryWeb.filter.ageHint': {
    en: 'Only services that take a youth of this age.',
    es: 'Solo servicios que reciben a jóvenes de esta edad.',
  },
  'directoryWeb.filter.area': { en: 'Area (city or ZIP code)', es: 'Zona (ciudad o código postal)' },
  'directoryWeb.filter.practice': { en: 'Evidence-based practice', es: 'Práctica basada en evidencia' },
  'directoryWeb.filter.availability': { en: 'Available', es: 'Disponibilidad' },
  'directoryWeb.filter.intake24x7': { en: 'Intake 24 hours, 7 days', es: 'Admisión las 24 horas, los 7 días' },
  'directoryWeb.filter.openNow': { en: 'Open now', es: 'Abierto ahora' },
  'directoryWeb.filter.bedsAvailable': {
    en: 'Emergency beds available',
    es: 'Camas de emergencia disponibles',
  },
  'directoryWeb.filter.csec': {
    en: 'Specialised in youth who have been commercially sexually exploited',
    es: 'Especializado en jóvenes que han sufrido explotación sexual comercial',
  },
  'directoryWeb.filter.any': { en: 'Any', es: 'Cualquiera' },
  'directoryWeb.filter.submit': { en: 'Search', es: 'Buscar' },
  'directoryWeb.filter.clear': { en: 'Clear the filters', es: 'Borrar los filtros' },
  'directoryWeb.error.age': {
    en: 'Enter an age from 0 to 30, or leave it empty.',
    es: 'Escriba una edad de 0 a 30, o déjela vacía.',
  },
  'directoryWeb.error.heading': { en: 'Check the search', es: 'Revise la búsqueda' },

  // The results.
  'directoryWeb.results': { en: 'Services found', es: 'Servicios encontrados' },
  'directoryWeb.results.count': {
    en: '{count, plural, =0 {No service matches. Remove a filter to see more.} one {# service} other {# services}}',
    es: '{count, plural, =0 {Ningún servicio coincide. Quite un filtro para ver más.} one {# servicio} other {# servicios}}',
  },
  'directoryWeb.results.more': { en: 'Show more services', es: 'Mostrar más servicios' },
  'directoryWeb.service.by': { en: 'By {organization}', es: 'De {organization}' },
  'directoryWeb.service.languages': { en: 'Staff speak', es: 'El personal habla' },
  'directoryWeb.service.ages': { en: 'Ages', es: 'Edades' },
  'directoryWeb.service.agesRange': { en: '{min} to {max}', es: 'De {min} a {max}' },
  'directoryWeb.service.agesFrom': { en: '{min} and older', es: '{min} o más' },
  'directoryWeb.service.agesUpTo': { en: 'Up to {max}', es: 'Hasta {max}' },
  'directoryWeb.service.agesAny': { en: 'Any age', es: 'Cualquier edad' },
  'directoryWeb.service.practices': { en: 'Practices', es: 'Prácticas' },
  'directoryWeb.service.certified': {
    en: '{practice}: {count, plural, =0 {no clinician with a current certification} one {# certified clinician} other {# certified clinicians}}',
    es: '{practice}: {count, plural, =0 {ningún clínico con certificación vigente} one {# clínico certificado} other {# clínicos certificados}}',
  },
  'directoryWeb.service.certifiedExpiry': {
    en: '{practice}: {count, plural, one {# certified clinician, until {date}} other {# certified clinicians, the first certification ending {date}}}',
    es: '{practice}: {count, plural, one {# clínico certificado, hasta el {date}} other {# clínicos certificados; la primera certificación vence el {date}}}',
  },
  'directoryWeb.service.clinicians': {
    en: 'Clinicians and their certifications',
    es: 'Clínicos y sus certificaciones',
  },
  'directoryWeb.service.beds': { en: 'Emergency beds', es: 'Camas de emergencia' },
  'directoryWeb.service.bedsFree': {
    en: '{free} of {total} free, updated {time}',
    es: '{free} de {total} libres, actualizado: {time}',
  },
  'directoryWeb.service.bedsFreeNow': {
    en: '{free} free, updated {time}',
    es: '{free, plural, one {# libre} other {# libres}}, actualizado: {time}',
  },
  'directoryWeb.service.bedsNotUpdated': {
    en: '{total} beds; how many are free is not known',
    es: '{total} camas; no se sabe cuántas están libres',
  },
  'directoryWeb.service.phones': { en: 'Phone', es: 'Teléfono' },
  'directoryWeb.service.area': { en: 'Where', es: 'Dónde' },
  'directoryWeb.service.open': { en: 'Open the service’s page', es: 'Abrir la página del servicio' },
  'directoryWeb.tag.intake24x7': { en: '24/7 intake', es: 'Admisión 24/7' },
  'directoryWeb.tag.csec': { en: 'CSEC-specialised', es: 'Especializado en CSEC' },
  'directoryWeb.tag.runaway': { en: 'Takes youth on runaway status', es: 'Recibe a jóvenes fugados' },
  'directoryWeb.tag.noRunaway': { en: 'Does not take youth on runaway status', es: 'No recibe a jóvenes fugados' },
  'directoryWeb.tag.openNow': { en: 'Open now', es: 'Abierto ahora' },

  // A service's page.
  'directoryWeb.service.title': { en: 'Service', es: 'Servicio' },
  'directoryWeb.service.back': { en: 'Back to the search', es: 'Volver a la búsqueda' },
  'directoryWeb.service.about': { en: 'About the service', es: 'Sobre el servicio' },
  'directoryWeb.service.eligibility': { en: 'Who it serves', es: 'A quién atiende' },
  'directoryWeb.service.hours': { en: 'Hours', es: 'Horario' },
  'directoryWeb.service.contact': { en: 'How to reach it', es: 'Cómo comunicarse' },
  'directoryWeb.service.email': { en: 'Email', es: 'Correo electrónico' },
  'directoryWeb.service.website': { en: 'Website', es: 'Sitio web' },
  'directoryWeb.service.locations': { en: 'Locations', es: 'Ubicaciones' },
  'directoryWeb.service.categories': { en: 'Services offered', es: 'Servicios que ofrece' },
  'directoryWeb.service.certifiedUntil': {
    en: '{name}, certified until {date}',
    es: '{name}, certificación vigente hasta el {date}',
  },
  'directoryWeb.service.certificationExpired': {
    en: '{name}, certification expired on {date}',
    es: '{name}, la certificación venció el {date}',
  },
  'directoryWeb.service.runaway': { en: 'Runaway or AWOL status', es: 'Jóvenes fugados o ausentes sin permiso' },
  'directoryWeb.service.confidentialLocation': {
    en: 'Confidential location: ask the service by telephone.',
    es: 'Ubicación confidencial: pregunte al servicio por teléfono.',
  },
  'directoryWeb.service.translationPending': {
    en: 'This text has no reviewed Spanish translation yet: it is shown in English.',
    es: 'Este texto aún no tiene una traducción al español revisada: se muestra en inglés.',
  },
  'directoryWeb.service.notFound': {
    en: 'This service is not in the directory.',
    es: 'Este servicio no está en el directorio.',
  },
  'directoryWeb.unknown': { en: 'Not known', es: 'No se sabe' },
  'directoryWeb.help': { en: 'How the directory works', es: 'Cómo funciona el directorio' },
  'directoryWeb.yes': { en: 'Yes', es: 'Sí' },
  'directoryWeb.status.active': { en: 'Offered', es: 'Se ofrece' },
  'directoryWeb.status.inactive': { en: 'No longer offered (inactive)', es: 'Ya no se ofrece (inactivo)' },
  'directoryWeb.status.defunct': { en: 'Closed for good', es: 'Cerrado definitivamente' },
  'directoryWeb.status.closed': { en: 'Temporarily closed', es: 'Cerrado temporalmente' },
  'directoryWeb.status.retiredNote': {
    en: 'This service is not offered now: it is not found by the search and cannot be referred to. Its entry in the directory stays, as do the referrals made to it.',
    es: 'Este servicio no se ofrece ahora: la búsqueda no lo muestra y no se puede referir a él. Su entrada en el directorio se conserva, igual que las referencias que se hicieron a él.',
  },
  'directoryWeb.edit.status': { en: 'Status', es: 'Estado' },
  'directoryWeb.edit.statusHint': {
    en: 'A service no longer offered is retired, never deleted: it leaves the search and referrals, and stays in the directory’s files.',
    es: 'Un servicio que ya no se ofrece se retira, nunca se borra: sale de la búsqueda y de las referencias, y se conserva en los archivos del directorio.',
  },
  'directoryWeb.filter.retired': {
    en: 'Include services no longer offered (editors)',
    es: 'Incluir servicios que ya no se ofrecen (editores)',
  },
  'directoryWeb.no': { en: 'No', es: 'No' },

  // Editing (directory.edit) and the change history.
  'directoryWeb.edit.open': { en: 'Edit the service', es: 'Editar el servicio' },
  'directoryWeb.edit.heading': { en: 'Edit the service', es: 'Editar el servicio' },
  'directoryWeb.edit.save': { en: 'Save the changes', es: 'Guardar los cambios' },
  'directoryWeb.edit.cancel': { en: 'Cancel', es: 'Cancelar' },
  'directoryWeb.edit.saved': { en: 'Changes saved', es: 'Cambios guardados' },
  'directoryWeb.edit.notSaved': { en: 'Not saved', es: 'No se guardó' },
  'directoryWeb.edit.nothing': { en: 'Nothing was changed.', es: 'No se cambió nada.' },
  'directoryWeb.edit.conflict': {
    en: 'Someone changed this service while you were editing: the page shows their version. Make your changes again.',
    es: 'Alguien cambió este servicio mientras usted lo editaba: la página muestra su versión. Vuelva a hacer sus cambios.',
  },
  'directoryWeb.edit.name': { en: 'Name of the service', es: 'Nombre del servicio' },
  'directoryWeb.edit.minimumAge': { en: 'Youngest age served', es: 'Edad mínima atendida' },
  'directoryWeb.edit.maximumAge': { en: 'Oldest age served', es: 'Edad máxima atendida' },
  'directoryWeb.edit.areas': { en: 'Areas served', es: 'Zonas que atiende' },
  'directoryWeb.edit.areasHint': {
    en: 'One a line: a Service Planning Area, a city or a ZIP code.',
    es: 'Una por línea: un Área de Planificación de Servicios, una ciudad o un código postal.',
  },
  'directoryWeb.edit.translated': {
    en: 'This is the reviewed translation. To change the English text, switch the page to English.',
    es: 'Esta es la traducción revisada. Para cambiar el texto en inglés, cambie la página a inglés.',
  },
  'directoryWeb.edit.error.name': { en: 'Enter the name of the service.', es: 'Escriba el nombre del servicio.' },
  'directoryWeb.edit.error.minimumAge': {
    en: 'Enter the youngest age as whole years (0 to 120), or leave it empty.',
    es: 'Escriba la edad mínima en años cumplidos (de 0 a 120), o déjela vacía.',
  },
  'directoryWeb.edit.error.maximumAge': {
    en: 'Enter the oldest age as whole years (0 to 120), or leave it empty.',
    es: 'Escriba la edad máxima en años cumplidos (de 0 a 120), o déjela vacía.',
  },
  'directoryWeb.edit.error.ageOrder': {
    en: 'The oldest age served is below the youngest.',
    es: 'La edad máxima atendida es menor que la mínima.',
  },
  'directoryWeb.history.heading': { en: 'Change history', es: 'Historial de cambios' },
  'directoryWeb.history.none': { en: 'No change has been recorded.', es: 'No se ha registrado ningún cambio.' },
  'directoryWeb.history.line': {
    en: '{field}: “{from}” to “{to}”',
    es: '{field}: de “{from}” a “{to}”',
  },
  'directoryWeb.history.meta': { en: '{who}, {time}', es: '{who}, {time}' },
  'directoryWeb.history.field.status': { en: 'Status', es: 'Estado' },
  'directoryWeb.history.field.alert': { en: 'Notice', es: 'Aviso' },
  'directoryWeb.history.field.ages11To17': {
    en: 'Serves youth aged 11 to 17',
    es: 'Atiende a jóvenes de 11 a 17 años',
  },
  'directoryWeb.history.field.transitionAge': {
    en: 'Serves transition-age youth (18 and over)',
    es: 'Atiende a jóvenes en edad de transición (18 años o más)',
  },
  'directoryWeb.beds.label': { en: 'Emergency beds free now', es: 'Camas de emergencia libres ahora' },
  'directoryWeb.beds.hint': {
    en: 'Saved with the time now, so that workers see how fresh the count is.',
    es: 'Se guarda con la hora actual, para que el personal vea qué tan reciente es el conteo.',
  },
  'directoryWeb.beds.save': { en: 'Save the count', es: 'Guardar el conteo' },
  'directoryWeb.beds.error': {
    en: 'Enter how many beds are free, as a whole number.',
    es: 'Escriba cuántas camas están libres, como número entero.',
  },
  'directoryWeb.history.system': {
    en: 'Harbor (import or shipped entry)',
    es: 'Harbor (importación o entrada incluida)',
  },
  'directoryWeb.history.empty': { en: '(empty)', es: '(vacío)' },
  'directoryWeb.loading': { en: 'Loading…', es: 'Cargando…' },
});
