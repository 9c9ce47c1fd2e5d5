import type { InstrumentDefinition } from '../definition.js';
import { CRISIS_HELP, SCREENING_DISCLAIMER } from './common.js';

const yesNo = { type: 'yes_no_unknown' } as const;
const concern = { type: 'concern' } as const;

/**
 * Harbor's staff-completed indicator tool. Written for Harbor in its own words from the LACDMH CSECY fact sheet and the
 * domain facts (shared/domain/FACTS.md); it borrows no item wording from any licensed instrument.
 */
export const harborCseIndicators: InstrumentDefinition = {
  id: 'harbor-cse-indicators',
  version: 1,
  title: {
    en: 'Indicators of commercial sexual exploitation (staff)',
    es: 'Indicadores de explotación sexual comercial (personal)',
  },
  description: {
    en: 'Completed by staff from everything they know about the youth: records, conversations, reports from others and what they have observed. The items are not read aloud to the youth. The result is a level of concern (no concern, possible concern or clear concern) about whether the youth is being, or is at risk of being, commercially sexually exploited.',
    es: 'Lo completa el personal con todo lo que sabe sobre la persona joven: expedientes, conversaciones, lo que informan otras personas y lo que ha observado. Las preguntas no se leen en voz alta a la persona joven. El resultado es un nivel de preocupación (sin preocupación, preocupación posible o preocupación clara) sobre si la persona joven está siendo explotada sexualmente con fines comerciales, o corre el riesgo de serlo.',
  },
  audience: 'staff',
  source: {
    en: 'Written for Harbor from the Los Angeles County Department of Mental Health fact sheet “Commercial Sexual Exploitation of Children and Youth (CSECY)” (how exploitation happens, risk indicators, psychological impact) and California Penal Code 11165.1. Its levels (no, possible and clear concern) follow staff-completed tools such as the CSE-IT; the items are Harbor’s own wording. It has not been validated as a screening instrument.',
    es: 'Redactado para Harbor a partir de la hoja informativa del Departamento de Salud Mental del Condado de Los Ángeles “La explotación sexual comercial de niños y jóvenes (ESCNJ)” (cómo sucede, indicadores de riesgo, impacto psicológico) y del Código Penal de California 11165.1. Sus niveles (sin preocupación, preocupación posible y clara) siguen herramientas que completa el personal, como el CSE-IT; la redacción de las preguntas es propia de Harbor. No ha sido validado como instrumento de evaluación.',
  },
  disclaimer: SCREENING_DISCLAIMER,
  domains: [
    {
      id: 'vulnerabilities',
      title: { en: 'Vulnerabilities', es: 'Vulnerabilidades' },
      items: [
        {
          id: 'runaway',
          text: {
            en: 'Has run away, been homeless, or stayed away from home or placement overnight without permission.',
            es: 'Ha huido, ha estado sin hogar o ha pasado la noche fuera de su casa o de su colocación sin permiso.',
          },
          help: {
            en: 'Exploiters look for youth who have run away or have no safe place to stay.',
            es: 'Los explotadores buscan a jóvenes que han huido o que no tienen un lugar seguro donde quedarse.',
          },
          answer: yesNo,
        },
        {
          id: 'runaway-count',
          text: {
            en: 'How many times in the last 12 months, as far as you know?',
            es: '¿Cuántas veces en los últimos 12 meses, según lo que usted sabe?',
          },
          help: {
            en: 'Three times or more counts as a risk indicator of its own.',
            es: 'Tres veces o más cuenta como un indicador de riesgo por sí mismo.',
          },
          required: false,
          answer: { type: 'number', min: 0, max: 366, integer: true, positiveAtLeast: 3 },
          showIf: { op: 'equals', item: 'runaway', value: 'yes' },
        },
        {
          id: 'sexual-abuse',
          fieldClass: 'clinical',
          text: {
            en: 'Was sexually abused earlier in childhood (known or strongly suspected).',
            es: 'Sufrió abuso sexual en la niñez (se sabe o se sospecha con fundamento).',
          },
          help: {
            en: 'Nearly all youth who are commercially sexually exploited (95% in the LACDMH fact sheet) were sexually abused earlier in childhood.',
            es: 'Casi todos los jóvenes explotados sexualmente con fines comerciales (el 95 % según la hoja informativa del LACDMH) sufrieron abuso sexual antes, en la niñez.',
          },
          answer: yesNo,
        },
        {
          id: 'school-justice',
          text: {
            en: 'Misses school often, breaks curfew, or has been involved with the juvenile justice system.',
            es: 'Falta a la escuela con frecuencia, no respeta el toque de queda o ha tenido contacto con el sistema de justicia juvenil.',
          },
          answer: yesNo,
        },
        {
          id: 'child-welfare',
          text: {
            en: 'Has an open or past child welfare case, or lives in foster care or a group home.',
            es: 'Tiene o tuvo un caso en los servicios de bienestar infantil, o vive en un hogar de crianza temporal o en un hogar grupal.',
          },
          answer: yesNo,
        },
        {
          id: 'substance-use',
          fieldClass: 'clinical',
          text: {
            en: 'Uses alcohol or drugs, or someone supplies them.',
            es: 'Consume alcohol o drogas, o alguien se los proporciona.',
          },
          answer: yesNo,
        },
        {
          id: 'trouble-home',
          text: {
            en: 'Lives with conflict, violence or neglect at home, or has no safe adult to turn to.',
            es: 'Vive conflictos, violencia o descuido en casa, o no tiene a un adulto de confianza a quien acudir.',
          },
          answer: yesNo,
        },
      ],
    },
    {
      id: 'relationships',
      title: { en: 'Relationships and control', es: 'Relaciones y control' },
      items: [
        {
          id: 'older-partner',
          text: {
            en: 'Has an older partner (a “boyfriend” or “girlfriend”) or an adult who controls where the youth goes, whom they see, or their phone, money or documents.',
            es: 'Tiene una pareja mayor (un “novio” o una “novia”) o un adulto que controla adónde va, con quién se ve, o su teléfono, su dinero o sus documentos.',
          },
          help: {
            en: 'Exploiters often build what looks like a loving relationship first; the person may also be a family member or another trusted adult.',
            es: 'Los explotadores suelen crear primero lo que parece una relación amorosa; también puede tratarse de un familiar u otro adulto de confianza.',
          },
          answer: concern,
        },
        {
          id: 'meeting-place',
          text: {
            en: 'Where did the youth meet this person, if known? (Choose all that apply.)',
            es: '¿Dónde conoció a esta persona, si se sabe? (Elija todas las opciones que correspondan).',
          },
          required: false,
          answer: {
            type: 'choice',
            multiple: true,
            options: [
              {
                id: 'online',
                label: {
                  en: 'Online (social media, apps or games)',
                  es: 'En internet (redes sociales, aplicaciones o juegos)',
                },
              },
              { id: 'transit', label: { en: 'A bus or train station', es: 'Una estación de autobús o de tren' } },
              {
                id: 'gathering-place',
                label: {
                  en: 'A mall, arcade or other place where youth gather',
                  es: 'Un centro comercial, una sala de juegos u otro lugar donde se reúnen jóvenes',
                },
              },
              { id: 'school', label: { en: 'At or near school', es: 'En la escuela o cerca de ella' } },
              {
                id: 'placement',
                label: {
                  en: 'At a placement, shelter or group home',
                  es: 'En una colocación, un albergue o un hogar grupal',
                },
              },
              {
                id: 'family',
                label: {
                  en: 'Through family or family friends',
                  es: 'Por medio de la familia o de amistades de la familia',
                },
              },
              { id: 'not-known', label: { en: 'Not known', es: 'No se sabe' } },
            ],
          },
          showIf: { op: 'positive', item: 'older-partner' },
        },
        {
          id: 'gifts',
          text: {
            en: 'Receives gifts, money, meals, clothes, grooming (nails, hair) or a place to stay from someone, with no clear reason.',
            es: 'Recibe de alguien regalos, dinero, comidas, ropa, arreglo personal (uñas, cabello) o un lugar donde quedarse, sin una razón clara.',
          },
          answer: concern,
        },
        {
          id: 'belongings',
          text: {
            en: 'Has new belongings (clothes, jewelry, cash) that neither the youth nor the family can explain.',
            es: 'Tiene pertenencias nuevas (ropa, joyas, dinero en efectivo) que ni la persona joven ni su familia saben explicar.',
          },
          answer: concern,
        },
        {
          id: 'phones',
          text: {
            en: 'Has more than one phone, or a phone that someone else pays for or checks.',
            es: 'Tiene más de un teléfono, o un teléfono que otra persona paga o revisa.',
          },
          answer: concern,
        },
        {
          id: 'online',
          text: {
            en: 'Has been contacted or befriended online by someone offering money, work, love or a better life.',
            es: 'Alguien le ha contactado o se ha hecho su amigo en internet ofreciéndole dinero, trabajo, amor o una vida mejor.',
          },
          answer: concern,
        },
        {
          id: 'exploited-friend',
          text: {
            en: 'Has a friend, sibling or partner who is known or believed to be commercially sexually exploited.',
            es: 'Tiene una amistad, un hermano o una hermana, o una pareja que se sabe o se cree que es víctima de explotación sexual comercial.',
          },
          answer: concern,
        },
      ],
    },
    {
      id: 'exploitation',
      title: { en: 'Signs of exploitation', es: 'Señales de explotación' },
      critical: true,
      items: [
        {
          id: 'exchange',
          text: {
            en: 'Has traded sex or a sexual act for money, food, shelter, drugs, protection or anything else of value, or was made to.',
            es: 'Ha intercambiado sexo o un acto sexual por dinero, comida, alojamiento, drogas, protección u otra cosa de valor, o se le obligó a hacerlo.',
          },
          help: {
            en: 'Under California law (Penal Code 11165.1), giving a child food, shelter or payment for a sexual act is commercial sexual exploitation. A minor cannot consent: this is abuse, never an offense by the youth.',
            es: 'Según la ley de California (Código Penal 11165.1), dar a un menor comida, alojamiento o pago a cambio de un acto sexual es explotación sexual comercial. Un menor no puede consentir: es abuso, nunca un delito de la persona joven.',
          },
          answer: concern,
        },
        {
          id: 'money-taken',
          text: {
            en: 'Someone else takes or controls the money the youth is given for sexual acts.',
            es: 'Otra persona se queda con el dinero que le dan por actos sexuales, o lo controla.',
          },
          answer: concern,
        },
        {
          id: 'advertised',
          text: {
            en: 'Has been advertised online for sex, or sexual images of the youth (child sexual abuse material) have been shared or sold.',
            es: 'Se le ha anunciado en internet con fines sexuales, o se han compartido o vendido imágenes sexuales suyas (material de abuso sexual infantil).',
          },
          answer: concern,
        },
        {
          id: 'quota',
          text: {
            en: 'Must bring in a set amount of money (a quota), or is punished for not bringing in enough.',
            es: 'Debe entregar una cantidad fija de dinero (una cuota), o recibe castigos si no entrega lo suficiente.',
          },
          answer: concern,
        },
        {
          id: 'travel',
          text: {
            en: 'Is taken by adults to motels, hotels or other cities, or is found in areas known for exploitation.',
            es: 'Hay adultos que le llevan a moteles, hoteles u otras ciudades, o se le encuentra en zonas conocidas por la explotación.',
          },
          answer: concern,
        },
        {
          id: 'trade-language',
          text: {
            en: 'Uses the language of the commercial sex trade, or calls an adult their “daddy” or manager.',
            es: 'Usa el lenguaje del comercio sexual, o llama a un adulto su “papi” o su jefe.',
          },
          answer: concern,
        },
      ],
    },
    {
      id: 'physical',
      title: { en: 'Physical signs', es: 'Señales físicas' },
      items: [
        {
          id: 'markings',
          text: {
            en: 'Has tattoos, brandings or other markings that may show someone’s “ownership” (a name, initials, a symbol, dollar signs, a crown).',
            es: 'Tiene tatuajes, marcas a fuego u otras señales que podrían indicar que alguien le considera de su “propiedad” (un nombre, iniciales, un símbolo, signos de dólar, una corona).',
          },
          answer: concern,
        },
        {
          id: 'injuries',
          text: {
            en: 'Has cuts, bruises, burns or other injuries that are unexplained, or explained in a way that does not fit.',
            es: 'Tiene cortes, moretones, quemaduras u otras lesiones sin explicación, o con una explicación que no concuerda.',
          },
          answer: concern,
        },
        {
          id: 'sexual-health',
          fieldClass: 'clinical',
          text: {
            en: 'Has had a sexually transmitted infection or a pregnancy, or asks again and again for emergency contraception or testing.',
            es: 'Ha tenido una infección de transmisión sexual o un embarazo, o pide una y otra vez anticoncepción de emergencia o pruebas.',
          },
          answer: concern,
        },
        {
          id: 'basic-needs',
          text: {
            en: 'Seems exhausted, hungry or unkempt, or goes without care for health problems.',
            es: 'Se ve con agotamiento, hambre o descuido personal, o no recibe atención para sus problemas de salud.',
          },
          answer: concern,
        },
      ],
    },
    {
      id: 'psychological',
      title: { en: 'Psychological impact', es: 'Impacto psicológico' },
      // Mental-health content: for clinical roles only (docs/security.md).
      fieldClass: 'clinical',
      items: [
        {
          id: 'suicide-self-harm',
          text: {
            en: 'Has thoughts of suicide, talks about wanting to die, or harms themselves (self-harm).',
            es: 'Tiene pensamientos de suicidio, habla de querer morir o se autolesiona.',
          },
          help: CRISIS_HELP,
          answer: yesNo,
          safety: true,
        },
        {
          id: 'depression',
          text: {
            en: 'Shows depression, hopelessness or withdrawal from others.',
            es: 'Muestra depresión, desesperanza o aislamiento de los demás.',
          },
          answer: concern,
        },
        {
          id: 'anxiety',
          text: {
            en: 'Shows anxiety or fear, or is hypervigilant (always on guard, easily startled).',
            es: 'Muestra ansiedad o miedo, o vive en hipervigilancia (siempre en alerta, se sobresalta con facilidad).',
          },
          answer: concern,
        },
        {
          id: 'trauma-bond',
          text: {
            en: 'Defends, protects or stays loyal to someone who harms or exploits them (trauma bonding).',
            es: 'Defiende, protege o se mantiene leal a alguien que le hace daño o le explota (vínculo traumático).',
          },
          answer: concern,
        },
        {
          id: 'guilt',
          text: {
            en: 'Expresses guilt or shame, or blames themselves for what has happened.',
            es: 'Expresa culpa o vergüenza, o se culpa por lo que ha pasado.',
          },
          answer: concern,
        },
        {
          id: 'moods',
          text: {
            en: 'Has difficulty managing moods or anger, or acts on impulse.',
            es: 'Tiene dificultad para manejar sus estados de ánimo o su enojo, o actúa por impulso.',
          },
          answer: concern,
        },
        {
          id: 'observations',
          text: {
            en: 'Anything else you observed or were told that matters for this youth’s safety (optional).',
            es: 'Cualquier otra cosa que haya observado o que le hayan contado y que importe para la seguridad de este joven (opcional).',
          },
          help: {
            en: 'Write what you saw and heard, in the youth’s words where you can. This note is encrypted and seen only by the care team.',
            es: 'Escriba lo que vio y escuchó, con las palabras del joven cuando pueda. Esta nota se cifra y solo la ve el equipo de atención.',
          },
          required: false,
          answer: { type: 'text', maxLength: 2000 },
        },
      ],
    },
  ],
  scoring: {
    rules: [
      // Any item of the exploitation domain answered clear concern: the youth is being commercially sexually exploited.
      { type: 'critical_clear', domains: ['exploitation'] },
      // Even a possible concern about a sign of exploitation is a possible concern overall.
      {
        type: 'count',
        items: ['exchange', 'money-taken', 'advertised', 'quota', 'travel', 'trade-language'],
        atLeast: 1,
        level: 'possible',
      },
      // Three or more of the fact sheet's risk indicators.
      {
        type: 'count',
        items: ['runaway', 'runaway-count', 'sexual-abuse', 'school-justice', 'older-partner', 'markings', 'injuries'],
        atLeast: 3,
        level: 'possible',
      },
      {
        type: 'weighted',
        domain: 'relationships',
        weights: { 'older-partner': 2, gifts: 1, belongings: 1, phones: 1, online: 1, 'exploited-friend': 1 },
        thresholds: [
          { atLeast: 2, level: 'possible' },
          { atLeast: 5, level: 'clear' },
        ],
      },
      {
        type: 'weighted',
        domain: 'physical',
        weights: { markings: 2, injuries: 1, 'sexual-health': 1, 'basic-needs': 1 },
        thresholds: [{ atLeast: 2, level: 'possible' }],
      },
      {
        type: 'weighted',
        domain: 'psychological',
        weights: { 'trauma-bond': 2, depression: 1, anxiety: 1, guilt: 1, moods: 1 },
        thresholds: [{ atLeast: 3, level: 'possible' }],
      },
    ],
  },
};
