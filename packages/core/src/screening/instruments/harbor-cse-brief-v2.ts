import type { InstrumentDefinition } from '../definition.js';
import { CRISIS_HELP, SCREENING_DISCLAIMER } from './common.js';
import { harborCseBrief } from './harbor-cse-brief.js';

const yesNo = { type: 'yes_no_unknown' } as const;

/**
 * Harbor's brief screen, version 2 (issue 12, item 10): ten yes/no questions, in Harbor's own words, one for each risk
 * indicator of the LACDMH CSECY fact sheet (running away or homelessness, earlier sexual abuse, truancy, curfew or
 * juvenile-justice involvement, an older "boyfriend" or controlling adult, tattoos or brandings, signs of violence),
 * the way exploiters recruit (gifts, offers and false promises, in person or online), the two signs that are
 * exploitation in themselves (advertised for sex, sex exchanged for something of value) and one safety question.
 * Version 1 (harbor-cse-brief.ts) stays shipped, unchanged, for the screenings made with it.
 */
export const harborCseBriefV2: InstrumentDefinition = {
  id: 'harbor-cse-brief',
  version: 2,
  // The title and the source are version 1's.
  title: harborCseBrief.title,
  description: {
    en: 'Ten yes/no questions for hotline staff and first responders, answered from what you see and learn during the contact. Two or more “yes” answers to the first nine questions is a possible concern. A youth who has been advertised for sex, or who shows any sign of having exchanged sex for something of value, is a clear concern on that answer alone. When most answers are “don’t know”, the result says there is not enough information, never that there is no concern. Whatever the result, make the report the law requires and follow the county protocol.',
    es: 'Diez preguntas de sí o no para el personal de líneas de atención y para el personal de primera respuesta, que se contestan con lo que usted ve y sabe durante el contacto. Dos o más respuestas “sí” a las nueve primeras preguntas indican una preocupación posible. Si la persona joven ha sido anunciada con fines sexuales, o hay cualquier señal de que ha intercambiado sexo por algo de valor, esa sola respuesta indica una preocupación clara. Cuando la mayoría de las respuestas son “no sé”, el resultado dice que no hay suficiente información, nunca que no hay preocupación. Sea cual sea el resultado, haga el reporte que exige la ley y siga el protocolo del condado.',
  },
  audience: 'brief',
  source: harborCseBrief.source,
  disclaimer: SCREENING_DISCLAIMER,
  domains: [
    {
      id: 'indicators',
      title: { en: 'Indicators', es: 'Indicadores' },
      items: [
        {
          id: 'away',
          text: {
            en: 'Is the youth away from home or placement without permission, or without a safe place to stay?',
            es: '¿La persona joven está fuera de su casa o de su colocación sin permiso, o sin un lugar seguro donde quedarse?',
          },
          answer: yesNo,
        },
        {
          id: 'sexual-abuse',
          fieldClass: 'clinical',
          text: {
            en: 'Is the youth known or believed to have been sexually abused earlier in childhood?',
            es: '¿Se sabe o se cree que la persona joven sufrió abuso sexual antes, en la niñez?',
          },
          help: {
            en: 'Nearly all youth who are commercially sexually exploited (95% in the LACDMH fact sheet) were sexually abused earlier in childhood. Only clinical roles and the person who completes the screening see this answer.',
            es: 'Casi todas las personas jóvenes explotadas sexualmente con fines comerciales (el 95 % según la hoja informativa del LACDMH) sufrieron abuso sexual antes, en la niñez. Solo los roles clínicos y la persona que completa la evaluación ven esta respuesta.',
          },
          answer: yesNo,
        },
        {
          id: 'school-justice',
          text: {
            en: 'Does the youth often miss school or break curfew, or has the youth been involved with the juvenile justice system?',
            es: '¿La persona joven falta a la escuela con frecuencia o no respeta el toque de queda, o ha tenido contacto con el sistema de justicia juvenil?',
          },
          answer: yesNo,
        },
        {
          id: 'controlling-adult',
          text: {
            en: 'Is there an older partner or an adult who seems to control the youth (speaks for them, keeps their ID, phone or money)?',
            es: '¿Hay una pareja mayor o un adulto que parece controlar a la persona joven (habla por ella, guarda su identificación, su teléfono o su dinero)?',
          },
          answer: yesNo,
        },
        {
          id: 'offers',
          text: {
            en: 'Has someone, in person or online, given or offered the youth money, gifts, food, drugs, work, a place to stay or a better life, and then expected something in return?',
            es: '¿Alguien, en persona o en internet, le ha dado u ofrecido a la persona joven dinero, regalos, comida, drogas, trabajo, un lugar donde quedarse o una vida mejor, y después ha esperado algo a cambio?',
          },
          answer: yesNo,
        },
        {
          id: 'branding',
          text: {
            en: 'Does the youth have tattoos, brandings or other markings that may show someone’s “ownership” (a name, initials, a symbol, dollar signs)?',
            es: '¿La persona joven tiene tatuajes, marcas a fuego u otras señales que podrían indicar que alguien la considera de su “propiedad” (un nombre, iniciales, un símbolo, signos de dólar)?',
          },
          answer: yesNo,
        },
        {
          id: 'injuries',
          text: {
            en: 'Does the youth have cuts, bruises, burns or other injuries that are unexplained, or explained in a way that does not fit?',
            es: '¿La persona joven tiene cortes, moretones, quemaduras u otras lesiones sin explicación, o con una explicación que no concuerda?',
          },
          answer: yesNo,
        },
        {
          id: 'advertised',
          text: {
            en: 'Has the youth been advertised for sex, online or anywhere else?',
            es: '¿La persona joven ha sido anunciada con fines sexuales, en internet o en cualquier otro lugar?',
          },
          help: {
            en: 'Advertising a minor for sex is commercial sexual exploitation in itself: this answer alone is a clear concern.',
            es: 'Anunciar a una persona menor de edad con fines sexuales es, en sí mismo, explotación sexual comercial: esta sola respuesta indica una preocupación clara.',
          },
          answer: yesNo,
        },
        {
          id: 'exchange',
          text: {
            en: 'Is there any sign that the youth has exchanged sex for money, food, shelter or anything else of value?',
            es: '¿Hay alguna señal de que la persona joven ha intercambiado sexo por dinero, comida, alojamiento u otra cosa de valor?',
          },
          help: {
            en: 'Under California law (Penal Code 11165.1) this is commercial sexual exploitation: a minor cannot consent.',
            es: 'Según la ley de California (Código Penal 11165.1), esto es explotación sexual comercial: una persona menor de edad no puede consentir.',
          },
          answer: yesNo,
        },
      ],
    },
    {
      id: 'safety',
      title: { en: 'Safety now', es: 'Seguridad ahora' },
      safety: true,
      items: [
        {
          id: 'self-harm',
          text: {
            en: 'Has the youth talked about suicide or about hurting themselves, or harmed themselves?',
            es: '¿La persona joven ha hablado de suicidio o de hacerse daño, o se ha hecho daño?',
          },
          help: CRISIS_HELP,
          answer: yesNo,
          safety: true,
        },
      ],
    },
  ],
  scoring: {
    rules: [
      {
        type: 'count',
        items: [
          'away',
          'sexual-abuse',
          'school-justice',
          'controlling-adult',
          'offers',
          'branding',
          'injuries',
          'advertised',
          'exchange',
        ],
        atLeast: 2,
        level: 'possible',
      },
      // Advertised for sex, or sex exchanged for something of value: exploitation in itself (PC 11165.1).
      { type: 'count', items: ['advertised', 'exchange'], atLeast: 1, level: 'clear' },
    ],
  },
};
