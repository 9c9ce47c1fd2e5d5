import { defineMessages } from '../define.js';

/** Names of the roles (ROLES in @harbor/core): the web app shows them, the server writes them into the written report. */
export const roleMessages = defineMessages({
  'roleName.admin': { en: 'Administrator', es: 'Persona administradora' },
  'roleName.supervisor': { en: 'Supervisor', es: 'Persona supervisora' },
  'roleName.clinician': { en: 'Clinician', es: 'Profesional clínico' },
  'roleName.social_worker': { en: 'Social worker', es: 'Profesional de trabajo social' },
  'roleName.probation_officer': { en: 'Probation officer', es: 'Oficial de libertad condicional' },
  'roleName.law_enforcement': { en: 'Law enforcement officer', es: 'Agente del orden público' },
  'roleName.advocate': { en: 'Advocate', es: 'Persona defensora' },
  'roleName.court_liaison': { en: 'Court liaison', es: 'Enlace con el tribunal' },
  'roleName.health_provider': { en: 'Health care provider', es: 'Profesional de atención médica' },
  'roleName.analyst': { en: 'Analyst', es: 'Analista' },
  'roleName.trainer': { en: 'Trainer', es: 'Profesional de capacitación' },
});
