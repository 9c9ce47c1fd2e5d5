import type { BilingualText } from '../definition.js';

/** Shown with every result of Harbor's shipped instruments. */
export const SCREENING_DISCLAIMER: BilingualText = {
  en: 'A screening result is never proof and never legal evidence. It starts a conversation, a report where the law requires one (reasonable suspicion is enough: Penal Code 11166), and a response. A youth who has been commercially sexually exploited is a victim, never an offender.',
  es: 'El resultado de una evaluación nunca es una prueba ni una evidencia legal. Da pie a una conversación, a un reporte cuando la ley lo exige (basta con una sospecha razonable: Código Penal 11166) y a una respuesta. Una persona joven que ha sido explotada sexualmente con fines comerciales es una víctima, nunca una infractora.',
};

/** Help for a safety item: what to do at once. */
export const CRISIS_HELP: BilingualText = {
  en: 'If yes, Harbor shows the crisis step at once: make sure the youth is safe now and follow your agency’s crisis procedure (988 Suicide & Crisis Lifeline; LACDMH ACCESS Helpline 800-854-7771).',
  es: 'Si la respuesta es sí, Harbor muestra de inmediato el paso de crisis: asegúrese de que la persona joven esté a salvo ahora y siga el procedimiento de crisis de su agencia (988, Línea de Prevención del Suicidio y Crisis; Línea de Ayuda ACCESS del LACDMH, 800-854-7771).',
};
