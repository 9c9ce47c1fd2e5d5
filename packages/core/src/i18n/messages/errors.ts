import { defineMessages } from '../define.js';

/** Messages for the API's closed set of error codes (see ../../errors.ts). */
export const errorMessages = defineMessages({
  'error.bad_request': {
    en: 'The request could not be understood.',
    es: 'No se pudo entender la solicitud.',
  },
  'error.validation_failed': {
    en: '{count, plural, one {One field needs attention.} other {# fields need attention.}}',
    es: '{count, plural, one {Un campo necesita atención.} other {# campos necesitan atención.}}',
  },
  'error.unauthenticated': {
    en: 'Please sign in to continue.',
    es: 'Inicie sesión para continuar.',
  },
  'error.forbidden': {
    en: 'You do not have permission to do this.',
    es: 'No tiene permiso para hacer esto.',
  },
  'error.not_found': {
    en: 'We could not find what you asked for.',
    es: 'No encontramos lo que solicitó.',
  },
  'error.method_not_allowed': {
    en: 'This address does not accept that kind of request.',
    es: 'Esta dirección no acepta ese tipo de solicitud.',
  },
  'error.conflict': {
    en: 'Someone else changed this record after you opened it. Reload it to see their changes, then try again.',
    es: 'Otra persona cambió este registro después de que usted lo abrió. Vuelva a cargarlo para ver los cambios e inténtelo de nuevo.',
  },
  'error.payload_too_large': {
    en: 'What you sent is too large.',
    es: 'Lo que envió es demasiado grande.',
  },
  'error.uri_too_long': {
    en: 'This address is too long.',
    es: 'Esta dirección es demasiado larga.',
  },
  'error.unsupported_media_type': {
    en: 'This kind of content is not accepted here.',
    es: 'Aquí no se acepta este tipo de contenido.',
  },
  'error.rate_limited': {
    en: 'Too many requests. Please wait a moment and try again.',
    es: 'Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.',
  },
  'error.unavailable': {
    en: 'Harbor is temporarily unavailable. Please try again shortly.',
    es: 'Harbor no está disponible en este momento. Inténtelo de nuevo en unos minutos.',
  },
  'error.internal': {
    en: 'Something went wrong on our side. Nothing was changed. Please try again.',
    es: 'Algo salió mal de nuestro lado. No se cambió nada. Inténtelo de nuevo.',
  },
  'request.unknownHost': {
    en: 'This is not the address of this Harbor. Open Harbor at the address your agency gave you.',
    es: 'Esta no es la dirección de este Harbor. Abra Harbor en la dirección que le dio su agencia.',
  },
  'validation.required': {
    en: 'This field is required.',
    es: 'Este campo es obligatorio.',
  },
  'validation.invalid_type': {
    en: 'This value has the wrong type.',
    es: 'Este valor es del tipo incorrecto.',
  },
  'validation.too_small': {
    en: '{minimum, plural, one {Enter at least # character.} other {Enter at least # characters.}}',
    es: '{minimum, plural, one {Escriba al menos # carácter.} other {Escriba al menos # caracteres.}}',
  },
  'validation.too_big': {
    en: '{maximum, plural, one {Enter at most # character.} other {Enter at most # characters.}}',
    es: '{maximum, plural, one {Escriba como máximo # carácter.} other {Escriba como máximo # caracteres.}}',
  },
  'validation.invalid_value': {
    en: 'This value is not one of the allowed choices.',
    es: 'Este valor no es una de las opciones permitidas.',
  },
  'validation.invalid_format': {
    en: 'This value is not in the expected format.',
    es: 'Este valor no tiene el formato esperado.',
  },
  'validation.unrecognized_keys': {
    en: 'This request contains fields that are not allowed: {keys}.',
    es: 'Esta solicitud contiene campos que no se permiten: {keys}.',
  },
  'validation.control_character': {
    en: 'This text holds an invisible control character (it may come from a copy and paste). Remove it, or type the text again.',
    es: 'Este texto contiene un carácter de control invisible (puede venir de copiar y pegar). Quítelo o vuelva a escribir el texto.',
  },
  'validation.line_break': {
    en: 'This field takes one line: remove the line breaks and tabs.',
    es: 'Este campo admite una sola línea: quite los saltos de línea y las tabulaciones.',
  },
  'validation.invalid': {
    en: 'This value is not valid.',
    es: 'Este valor no es válido.',
  },
});
