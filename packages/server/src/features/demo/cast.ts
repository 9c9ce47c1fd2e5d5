import type { AgencyKind, Role } from '@harbor/core';

/**
 * The fictional county of the demonstration: its agencies and the people who work there. Every name, address,
 * telephone number (555-01xx, the range kept for fiction) and e-mail address (under .example, which no one can own)
 * is invented; any likeness to a real person or agency is chance.
 */

export type AgencyKey = 'mh' | 'cw' | 'probation' | 'sheriff' | 'advocacy' | 'health' | 'court' | 'office';

export interface DemoAgency {
  name: string;
  kind: AgencyKind;
  /** Its staff's e-mail domain, under demo.example. */
  domain: string;
  /** For the written reports its staff make (PC 11167(a): the reporter's business address and telephone). */
  address: string;
  phone: string;
}

export const AGENCIES: Record<AgencyKey, DemoAgency> = {
  mh: {
    name: 'Sycamore Grove Mental Health Center',
    kind: 'mental_health',
    domain: 'sycamore.demo.example',
    address: '410 Sycamore Grove Road, Demo County',
    phone: '(555) 555-0110',
  },
  cw: {
    name: 'Children and Family Services, Coastal Office',
    kind: 'child_welfare',
    domain: 'cfs-coastal.demo.example',
    address: '22 Tideline Avenue, Demo County',
    phone: '(555) 555-0120',
  },
  probation: {
    name: 'Juvenile Probation, Eastside Unit',
    kind: 'probation',
    domain: 'probation-east.demo.example',
    address: '7 Orchard Court, Demo County',
    phone: '(555) 555-0130',
  },
  sheriff: {
    name: 'Mesa Alta Sheriff’s Station',
    kind: 'sheriff',
    domain: 'mesa-alta-sheriff.demo.example',
    address: '1 Ridgeback Way, Demo County',
    phone: '(555) 555-0140',
  },
  advocacy: {
    name: 'Lighthouse Survivor Advocates',
    kind: 'advocacy',
    domain: 'lighthouse.demo.example',
    address: '95 Harborlight Street, Demo County',
    phone: '(555) 555-0150',
  },
  health: {
    name: 'Juniper Youth Health Clinic',
    kind: 'health',
    domain: 'juniper.demo.example',
    address: '300 Juniper Loop, Demo County',
    phone: '(555) 555-0160',
  },
  court: {
    name: 'Juvenile Court, Pathways Department',
    kind: 'court',
    domain: 'pathways-court.demo.example',
    address: '12 Courthouse Plaza, Demo County',
    phone: '(555) 555-0170',
  },
  office: {
    name: 'County Harbor Office',
    kind: 'other',
    domain: 'harbor-office.demo.example',
    address: '5 Civic Center Mall, Demo County',
    phone: '(555) 555-0180',
  },
};

export type PersonKey =
  | 'admin'
  | 'analyst'
  | 'trainer'
  | 'clinician'
  | 'mhSupervisor'
  | 'socialWorker'
  | 'socialWorker2'
  | 'cwSupervisor'
  | 'probationOfficer'
  | 'probationSupervisor'
  | 'deputy'
  | 'deputy2'
  | 'sergeant'
  | 'advocate'
  | 'advocacySupervisor'
  | 'healthProvider'
  | 'erPhysician'
  | 'healthSupervisor'
  | 'courtLiaison';

export interface DemoPerson {
  displayName: string;
  /** The part of the e-mail address before the @ (the domain is the agency's). */
  mailbox: string;
  role: Role;
  agency: AgencyKey;
  locale: 'en' | 'es';
  /** What to look at when signed in as this person: their part in the fictional county's week. */
  try: string;
}

/** Everyone, in the order the seed prints them: the people with the most to show first. */
export const PEOPLE: Record<PersonKey, DemoPerson> = {
  clinician: {
    displayName: 'Renata Solís',
    mailbox: 'renata.solis',
    role: 'clinician',
    agency: 'mh',
    locale: 'en',
    try: 'on eleven care teams: staff screenings (one corrected), a crisis plan, clinical notes, an on-scene step overdue and escalated',
  },
  deputy: {
    displayName: 'Deputy Kevin Marsh',
    mailbox: 'kevin.marsh',
    role: 'law_enforcement',
    agency: 'sheriff',
    locale: 'en',
    try: 'two recoveries: reports made and submitted, cross-reports, a refused SB 1322 arrest, a written report due within hours',
  },
  deputy2: {
    displayName: 'Deputy Ana Beltrán',
    mailbox: 'ana.beltran',
    role: 'law_enforcement',
    agency: 'sheriff',
    locale: 'es',
    try: 'a girl recovered minutes ago (her telephone report is due now and escalates soon), a boy this morning; an unlinked screening',
  },
  socialWorker: {
    displayName: 'Aisha Bello',
    mailbox: 'aisha.bello',
    role: 'social_worker',
    agency: 'cw',
    locale: 'en',
    try: 'child welfare reads every mandated report; on-scene steps done and one overdue; an MDT meeting held',
  },
  socialWorker2: {
    displayName: 'Carmen Ibarra',
    mailbox: 'carmen.ibarra',
    role: 'social_worker',
    agency: 'cw',
    locale: 'es',
    try: 'a written report saved but overdue, an on-scene step late (both escalated to her supervisor); a draft screening',
  },
  advocate: {
    displayName: 'Tasha Greene',
    mailbox: 'tasha.greene',
    role: 'advocate',
    agency: 'advocacy',
    locale: 'en',
    try: 'a disclosure she reported herself; a screening made before the youth was known, then linked; 90-day engagements',
  },
  healthProvider: {
    displayName: 'Dr. Naomi Park',
    mailbox: 'naomi.park',
    role: 'health_provider',
    agency: 'health',
    locale: 'en',
    try: 'health evaluations done (clinical notes) and one overdue; an on-scene step marked not applicable',
  },
  probationOfficer: {
    displayName: 'Luis Navarro',
    mailbox: 'luis.navarro',
    role: 'probation_officer',
    agency: 'probation',
    locale: 'es',
    try: 'a youth on probation, recovered this morning: his on-scene step is done; an earlier brief screening',
  },
  courtLiaison: {
    displayName: 'Victor Huang',
    mailbox: 'victor.huang',
    role: 'court_liaison',
    agency: 'court',
    locale: 'en',
    try: 'reads identity, protocol and contacts only: no crisis plan, no clinical answers, no mandated report',
  },
  mhSupervisor: {
    displayName: 'Thomas Reyes',
    mailbox: 'thomas.reyes',
    role: 'supervisor',
    agency: 'mh',
    locale: 'en',
    try: 'the youth of his agency’s care teams; escalations of its clinicians; a break-glass access to review',
  },
  cwSupervisor: {
    displayName: 'Howard Kim',
    mailbox: 'howard.kim',
    role: 'supervisor',
    agency: 'cw',
    locale: 'en',
    try: 'escalations of overdue child welfare steps; every mandated report; a break-glass access to review',
  },
  sergeant: {
    displayName: 'Sergeant Paula Whitaker',
    mailbox: 'paula.whitaker',
    role: 'supervisor',
    agency: 'sheriff',
    locale: 'en',
    try: 'marked an on-scene step not applicable; reads her deputies’ mandated reports',
  },
  advocacySupervisor: {
    displayName: 'Miriam Stone',
    mailbox: 'miriam.stone',
    role: 'supervisor',
    agency: 'advocacy',
    locale: 'en',
    try: 'the youth her advocates work with, and their reports',
  },
  healthSupervisor: {
    displayName: 'Rosa Delgado',
    mailbox: 'rosa.delgado',
    role: 'supervisor',
    agency: 'health',
    locale: 'es',
    try: 'escalations of overdue health steps, on-scene and the 72-hour evaluation',
  },
  probationSupervisor: {
    displayName: 'Denise Carter',
    mailbox: 'denise.carter',
    role: 'supervisor',
    agency: 'probation',
    locale: 'en',
    try: 'the youth of her officers’ care teams',
  },
  erPhysician: {
    displayName: 'Dr. Samuel Oduya',
    mailbox: 'samuel.oduya',
    role: 'health_provider',
    agency: 'health',
    locale: 'en',
    try: 'on no care team: opened one record by break-glass in the emergency room (it has expired)',
  },
  admin: {
    displayName: 'Priya Natarajan',
    mailbox: 'priya.natarajan',
    role: 'admin',
    agency: 'office',
    locale: 'en',
    try: 'agencies, people, roles and the audit trail; an administrator reads no youth record',
  },
  analyst: {
    displayName: 'Owen Castellanos',
    mailbox: 'owen.castellanos',
    role: 'analyst',
    agency: 'office',
    locale: 'en',
    try: 'aggregates only: no youth record is open to an analyst',
  },
  trainer: {
    displayName: 'Grace Whitfield',
    mailbox: 'grace.whitfield',
    role: 'trainer',
    agency: 'office',
    locale: 'en',
    try: 'training; no youth record is open to a trainer',
  },
};

export const emailOf = (person: DemoPerson): string => `${person.mailbox}@${AGENCIES[person.agency].domain}`;
