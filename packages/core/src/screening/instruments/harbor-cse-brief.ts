import type { InstrumentDefinition } from '../definition.js';
import { CRISIS_HELP, SCREENING_DISCLAIMER } from './common.js';

const yesNo = { type: 'yes_no_unknown' } as const;

/** Harbor's brief screen for hotline staff and first responders: seven yes/no questions, in Harbor's own words. */
export const harborCseBrief: InstrumentDefinition = {
  id: 'harbor-cse-brief',
  version: 1,
  title: {
    en: 'Brief screen for commercial sexual exploitation',
    es: 'Evaluación breve de explotación sexual comercial',
  },
  description: {
    en: 'Seven yes/no questions for hotline staff and first responders, answered from what you see and learn during the contact. Two or more “yes” answers to the first six questions is a possible concern; any sign that the youth has exchanged sex for something of value is a clear concern. Either way, make the report the law requires and follow the county protocol.',
    es: 'Siete preguntas de sí o no para el personal de líneas de atención y para el personal de primera respuesta, que se contestan con lo que usted ve y sabe durante el contacto. Dos o más respuestas “sí” a las seis primeras preguntas indican una preocupación posible; cualquier señal de que la persona joven ha intercambiado sexo por algo de valor indica una preocupación clara. En ambos casos, haga el reporte que exige la ley y siga el protocolo del condado.',
  },
  audience: 'brief',
  source: {
    en: 'Written for Harbor from the risk indicators in the Los Angeles County Department of Mental Health fact sheet “Commercial Sexual Exploitation of Children and Youth (CSECY)” and California Penal Code 11165.1. Its form (a few yes/no questions, two or more positive answers making a positive screen) follows published short screens such as the Short Screen for Child Sex Trafficking (Greenbaum et al., 2018); the questions are Harbor’s own wording, and this screen has not been validated.',
    es: 'Redactada para Harbor a partir de los indicadores de riesgo de la hoja informativa del Departamento de Salud Mental del Condado de Los Ángeles “La explotación sexual comercial de niños y jóvenes (ESCNJ)” y del Código Penal de California 11165.1. Su forma (unas pocas preguntas de sí o no, en la que dos o más respuestas positivas dan un resultado positivo) sigue evaluaciones breves publicadas, como la Short Screen for Child Sex Trafficking (Greenbaum y colaboradores, 2018); la redacción de las preguntas es propia de Harbor y esta evaluación no ha sido validada.',
  },
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
            es: '¿Está fuera de su casa o de su colocación sin permiso, o sin un lugar seguro donde quedarse?',
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
          id: 'gifts',
          text: {
            en: 'Has someone given the youth money, gifts, food, drugs or a place to stay and then expected something in return?',
            es: '¿Alguien le ha dado dinero, regalos, comida, drogas o un lugar donde quedarse y después ha esperado algo a cambio?',
          },
          answer: yesNo,
        },
        {
          id: 'markings',
          text: {
            en: 'Does the youth have tattoos or markings that may show someone’s “ownership”, or injuries they cannot explain?',
            es: '¿Tiene tatuajes o marcas que podrían indicar que alguien le considera de su “propiedad”, o lesiones que no puede explicar?',
          },
          answer: yesNo,
        },
        {
          id: 'online',
          text: {
            en: 'Has the youth been advertised online, or met someone online who offered money, work or a better life?',
            es: '¿Se le ha anunciado en internet, o conoció a alguien en internet que le ofreció dinero, trabajo o una vida mejor?',
          },
          answer: yesNo,
        },
        {
          id: 'exchange',
          text: {
            en: 'Is there any sign that the youth has exchanged sex for money, food, shelter or anything else of value?',
            es: '¿Hay alguna señal de que haya intercambiado sexo por dinero, comida, alojamiento u otra cosa de valor?',
          },
          help: {
            en: 'Under California law (Penal Code 11165.1) this is commercial sexual exploitation: a minor cannot consent.',
            es: 'Según la ley de California (Código Penal 11165.1), esto es explotación sexual comercial: un menor no puede consentir.',
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
            es: '¿Ha hablado de suicidio o de hacerse daño, o se ha hecho daño?',
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
        items: ['away', 'controlling-adult', 'gifts', 'markings', 'online', 'exchange'],
        atLeast: 2,
        level: 'possible',
      },
      { type: 'count', items: ['exchange'], atLeast: 1, level: 'clear' },
    ],
  },
};
