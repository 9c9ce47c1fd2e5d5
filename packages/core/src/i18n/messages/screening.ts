import { defineMessages } from '../define.js';

/**
 * Messages of screening answers both sides use: the answers to a yes/no item, and what the server (and the form, with
 * the same validateAnswers) finds wrong with an answer. The web app's screening pages have their own copy.
 */
export const screeningMessages = defineMessages({
  // Answers to a yes/no item.
  'screening.answer.yes': { en: 'Yes', es: 'Sí' },
  'screening.answer.no': { en: 'No', es: 'No' },
  'screening.answer.unknown': { en: 'Don’t know', es: 'No se sabe' },

  // What is wrong with an answer (validateAnswers issue codes).
  'screening.answer.unknown_item': {
    en: 'This question is not part of this screening.',
    es: 'Esta pregunta no forma parte de esta evaluación.',
  },
  'screening.answer.hidden': {
    en: 'This answer is for clinical staff only, so it cannot be changed here. The correction keeps it as it was.',
    es: 'Esta respuesta es solo para el personal clínico, por eso no se puede cambiar aquí. La corrección la conserva como estaba.',
  },
  'screening.answer.not_allowed': {
    en: 'Choose one of the answers offered.',
    es: 'Elija una de las respuestas que se ofrecen.',
  },
  'screening.answer.required': {
    en: 'Answer this question to complete the screening.',
    es: 'Responda esta pregunta para completar la evaluación.',
  },
  'screening.answer.out_of_range': {
    en: 'Enter a number within the range this question allows.',
    es: 'Escriba un número dentro del rango que permite esta pregunta.',
  },
  'screening.answer.too_long': {
    en: 'This answer is too long. Shorten it.',
    es: 'Esta respuesta es demasiado larga. Acórtela.',
  },
  'screening.answer.not_a_number': {
    en: 'Enter a number (a whole number where the question asks for one).',
    es: 'Escriba un número (un número entero cuando la pregunta lo pida).',
  },

  // An instrument named by a request that Harbor does not have.
  'screening.instrument.unknown': {
    en: 'Harbor does not have this version of the screening instrument.',
    es: 'Harbor no tiene esta versión del instrumento de evaluación.',
  },
});
