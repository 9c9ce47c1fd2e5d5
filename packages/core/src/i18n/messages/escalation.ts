import { defineMessages } from '../define.js';

/** Notification e-mail and the notifications list. The e-mail never names a youth: the link leads to Harbor. */
export const escalationMessages = defineMessages({
  'escalation.email.overdue.subject': {
    en: 'Harbor: a step you are responsible for is overdue',
    es: 'Harbor: un paso a su cargo está vencido',
  },
  'escalation.email.overdue.body': {
    en: 'A step of a response you are responsible for is overdue: {step}. Open Harbor to complete it, or mark it not applicable with the reason:',
    es: 'Un paso de una respuesta a su cargo está vencido: {step}. Abra Harbor para completarlo o marcarlo como no aplicable con el motivo:',
  },
  'escalation.email.overdueSupervisor.subject': {
    en: 'Harbor: a step in your agency is overdue',
    es: 'Harbor: un paso de su agencia está vencido',
  },
  'escalation.email.overdueSupervisor.body': {
    en: 'A step someone in your agency is responsible for is still overdue: {step}. Open Harbor to see the response:',
    es: 'Un paso a cargo de alguien de su agencia sigue vencido: {step}. Abra Harbor para ver la respuesta:',
  },
  'escalation.email.crisis.subject': {
    en: 'Harbor: a safety step was opened for a youth on your care team',
    es: 'Harbor: se abrió un paso de seguridad para un joven de su equipo de atención',
  },
  'escalation.email.crisis.body': {
    en: 'A safety step was opened (thoughts of suicide or self-harm, or a crisis). Open Harbor now:',
    es: 'Se abrió un paso de seguridad (pensamientos de suicidio o autolesión, o una crisis). Abra Harbor ahora:',
  },
  'escalation.email.unlawfulArrest.subject': {
    en: 'Harbor: an unlawful arrest or charge of a youth on your care team',
    es: 'Harbor: un arresto o cargo ilegal de un joven de su equipo de atención',
  },
  'escalation.email.unlawfulArrest.body': {
    en: 'An arrest, citation or charge that the law does not allow (SB 1322, or Penal Code 653.22 after its repeal) was recorded. Someone must act on it. Open Harbor:',
    es: 'Se registró un arresto, una citación o un cargo que la ley no permite (SB 1322, o el artículo 653.22 del Código Penal después de su derogación). Alguien debe actuar. Abra Harbor:',
  },
  'escalation.email.deadlineEarlier.subject': {
    en: 'Harbor: a written report you are responsible for is due earlier',
    es: 'Harbor: un reporte escrito a su cargo vence antes',
  },
  'escalation.email.deadlineEarlier.body': {
    en: 'The written report’s 36 hours run from when you received the information, not from the call (Penal Code 11166(a)), so its due time is now earlier: {step}. Open Harbor to see it:',
    es: 'Las 36 horas del reporte escrito cuentan desde que usted recibió la información, no desde la llamada (Código Penal 11166(a)), así que ahora vence antes: {step}. Abra Harbor para verlo:',
  },
  'escalation.email.footer': {
    en: 'This message holds no information about the youth; sign in to Harbor to see it.',
    es: 'Este mensaje no contiene información sobre el joven; inicie sesión en Harbor para verla.',
  },
});
