import type { BilingualText, InstrumentDefinition, InstrumentItem } from '../definition.js';
import { harborCseIndicators } from './harbor-cse-indicators.js';

/**
 * Harbor's staff-completed indicator tool, version 2 (issue 12, items 10 and 11): version 1's questions with
 * - "don't know" offered on every concern question, so what the staff do not know is said, not answered "no concern";
 *   a screening answered mostly "don't know" then reads "not enough information" (information.ts);
 * - every question feeding a rule: the three vulnerabilities no rule read (a child welfare case, alcohol or drugs,
 *   trouble at home) count with the others in a vulnerabilities rule; where the youth met the older partner counts when
 *   it is one of the places the LACDMH fact sheet says exploiters scout (online, transit, places where youth gather);
 *   thoughts of suicide or self-harm count with the psychological impact (and still show the crisis step at once);
 *   the free-text note is a note, never scored;
 * - Spanish texts that name their subject ("La persona joven...").
 * Version 1 (harbor-cse-indicators.ts) stays shipped, unchanged, for the screenings made with it.
 */

/** The Spanish text of each question in version 2 (the English is version 1's). */
const SPANISH: Record<string, string> = {
  runaway:
    'La persona joven ha huido, ha estado sin hogar o ha pasado la noche fuera de su casa o de su colocación sin permiso.',
  'runaway-count': '¿Cuántas veces en los últimos 12 meses, según lo que usted sabe?',
  'sexual-abuse': 'La persona joven sufrió abuso sexual en la niñez (se sabe o se sospecha con fundamento).',
  'school-justice':
    'La persona joven falta a la escuela con frecuencia, no respeta el toque de queda o ha tenido contacto con el sistema de justicia juvenil.',
  'child-welfare':
    'La persona joven tiene o tuvo un caso en los servicios de bienestar infantil, o vive en un hogar de crianza temporal o en un hogar grupal.',
  'substance-use': 'La persona joven consume alcohol o drogas, o alguien se los proporciona.',
  'trouble-home':
    'La persona joven vive conflictos, violencia o descuido en casa, o no tiene a un adulto de confianza a quien acudir.',
  'older-partner':
    'La persona joven tiene una pareja mayor (un “novio” o una “novia”) o un adulto que controla adónde va, con quién se ve, o su teléfono, su dinero o sus documentos.',
  'meeting-place':
    '¿Dónde conoció la persona joven a esta persona, si se sabe? (Elija todas las opciones que correspondan).',
  gifts:
    'La persona joven recibe de alguien regalos, dinero, comidas, ropa, arreglo personal (uñas, cabello) o un lugar donde quedarse, sin una razón clara.',
  belongings:
    'La persona joven tiene pertenencias nuevas (ropa, joyas, dinero en efectivo) que ni ella ni su familia saben explicar.',
  phones: 'La persona joven tiene más de un teléfono, o un teléfono que otra persona paga o revisa.',
  online:
    'Alguien ha contactado a la persona joven en internet, o se ha hecho su amigo allí, ofreciéndole dinero, trabajo, amor o una vida mejor.',
  'exploited-friend':
    'La persona joven tiene una amistad, un hermano o una hermana, o una pareja que se sabe o se cree que es víctima de explotación sexual comercial.',
  exchange:
    'La persona joven ha intercambiado sexo o un acto sexual por dinero, comida, alojamiento, drogas, protección u otra cosa de valor, o se le obligó a hacerlo.',
  'money-taken': 'Otra persona se queda con el dinero que le dan a la persona joven por actos sexuales, o lo controla.',
  advertised:
    'La persona joven ha sido anunciada en internet con fines sexuales, o se han compartido o vendido imágenes sexuales suyas (material de abuso sexual infantil).',
  quota:
    'La persona joven debe entregar una cantidad fija de dinero (una cuota), o recibe castigos si no entrega lo suficiente.',
  travel:
    'Hay adultos que llevan a la persona joven a moteles, hoteles u otras ciudades, o se le encuentra en zonas conocidas por la explotación.',
  'trade-language': 'La persona joven usa el lenguaje del comercio sexual, o llama a un adulto su “papi” o su jefe.',
  markings:
    'La persona joven tiene tatuajes, marcas a fuego u otras señales que podrían indicar que alguien la considera de su “propiedad” (un nombre, iniciales, un símbolo, signos de dólar, una corona).',
  injuries:
    'La persona joven tiene cortes, moretones, quemaduras u otras lesiones sin explicación, o con una explicación que no concuerda.',
  'sexual-health':
    'La persona joven ha tenido una infección de transmisión sexual o un embarazo, o pide una y otra vez anticoncepción de emergencia o pruebas.',
  'basic-needs':
    'La persona joven se ve con agotamiento, hambre o descuido personal, o no recibe atención para sus problemas de salud.',
  'suicide-self-harm': 'La persona joven tiene pensamientos de suicidio, habla de querer morir o se autolesiona.',
  depression: 'La persona joven muestra depresión, desesperanza o aislamiento de los demás.',
  anxiety:
    'La persona joven muestra ansiedad o miedo, o vive en hipervigilancia (siempre en alerta, se sobresalta con facilidad).',
  'trauma-bond':
    'La persona joven defiende, protege o se mantiene leal a alguien que le hace daño o la explota (vínculo traumático).',
  guilt: 'La persona joven expresa culpa o vergüenza, o se culpa por lo que ha pasado.',
  moods: 'La persona joven tiene dificultad para manejar sus estados de ánimo o su enojo, o actúa por impulso.',
  observations:
    'Cualquier otra cosa que haya observado o que le hayan contado y que importe para la seguridad de la persona joven (opcional).',
};

/** Help texts whose Spanish changes in version 2 (one term for the youth: "persona joven"; docs/glossary.md). */
const SPANISH_HELP: Record<string, string> = {
  runaway: 'Los explotadores buscan a personas jóvenes que han huido o que no tienen un lugar seguro donde quedarse.',
  'sexual-abuse':
    'Casi todas las personas jóvenes explotadas sexualmente con fines comerciales (el 95 % según la hoja informativa del LACDMH) sufrieron abuso sexual antes, en la niñez.',
  exchange:
    'Según la ley de California (Código Penal 11165.1), dar a una persona menor de edad comida, alojamiento o pago a cambio de un acto sexual es explotación sexual comercial. Una persona menor de edad no puede consentir: es abuso, nunca un delito de la persona joven.',
  observations:
    'Escriba lo que vio y escuchó, con las palabras de la persona joven cuando pueda. Esta nota se cifra y solo la ve el equipo de atención.',
};

/** The places the fact sheet says exploiters scout: meeting the older partner there counts. */
const SCOUTED_PLACES = ['online', 'transit', 'gathering-place'];

const spanish = (text: BilingualText, es: string | undefined): BilingualText => ({ en: text.en, es: es ?? text.es });

function itemV2(item: InstrumentItem): InstrumentItem {
  const next: InstrumentItem = { ...item, text: spanish(item.text, SPANISH[item.id]) };
  if (item.help) next.help = spanish(item.help, SPANISH_HELP[item.id]);
  if (item.answer.type === 'concern') next.answer = { type: 'concern', unknown: true };
  if (item.answer.type === 'choice' && item.id === 'meeting-place') {
    next.answer = {
      ...item.answer,
      options: item.answer.options.map((option) =>
        SCOUTED_PLACES.includes(option.id) ? { ...option, positive: true } : option,
      ),
    };
  }
  return next;
}

const v1 = harborCseIndicators;

export const harborCseIndicatorsV2: InstrumentDefinition = {
  ...v1,
  version: 2,
  description: {
    en: `${v1.description.en} Answer “don’t know” where you do not know: when most answers are “don’t know”, the result says there is not enough information, never that there is no concern.`,
    es: `${v1.description.es} Conteste “no sé” cuando no lo sepa: cuando la mayoría de las respuestas son “no sé”, el resultado dice que no hay suficiente información, nunca que no hay preocupación.`,
  },
  domains: v1.domains.map((domain) => ({ ...domain, items: domain.items.map(itemV2) })),
  scoring: {
    rules: [
      ...v1.scoring.rules.map((rule) => {
        if (rule.type !== 'weighted') return rule;
        if (rule.domain === 'relationships') return { ...rule, weights: { ...rule.weights, 'meeting-place': 1 } };
        if (rule.domain === 'psychological') return { ...rule, weights: { ...rule.weights, 'suicide-self-harm': 1 } };
        return rule;
      }),
      // Three or more vulnerabilities, the fact sheet's and the others staff know of (a child welfare case: more than
      // 85% of the youth the First Responder Protocol identified had one; alcohol or drugs; trouble at home).
      {
        type: 'weighted',
        domain: 'vulnerabilities',
        weights: {
          runaway: 1,
          'runaway-count': 1,
          'sexual-abuse': 1,
          'school-justice': 1,
          'child-welfare': 1,
          'substance-use': 1,
          'trouble-home': 1,
        },
        thresholds: [{ atLeast: 3, level: 'possible' }],
      },
    ],
  },
};
