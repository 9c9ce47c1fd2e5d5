import { HARBOR_TAXONOMIES } from '@harbor/core';
import { fixedId, HARBOR_TAXONOMY_LIST, type ProfileTerm, termId } from './harbor-taxonomies.js';

/**
 * The Harbor profile as HSDS attributes and back. The profile is stored in typed columns (searchable, checked,
 * indexed: directory_service_profile, directory_service_practice, directory_location.confidential); HSDS carries it
 * as attributes of the `Harbor profile` and `Evidence-based practices` taxonomies, each with a fixed id, so an
 * export imports back into the same rows.
 */
type Row = Record<string, unknown>;

function term(taxonomyId: string, code: string) {
  const taxonomy = HARBOR_TAXONOMY_LIST.find((t) => t.id === taxonomyId);
  const found = taxonomy?.terms.find((t) => t.code === code);
  const name = found?.name.en ?? code;
  return { id: termId(taxonomyId, code), code, name, description: name, taxonomy_id: taxonomyId, language: 'en' };
}

function attribute(
  linkEntity: string,
  linkId: string,
  taxonomyId: string,
  code: string,
  value: string,
  nested: boolean,
  id?: string,
) {
  const t = term(taxonomyId, code);
  return {
    id: id ?? fixedId(`profile:${linkEntity}:${linkId}:${code}`),
    link_id: linkId,
    link_entity: linkEntity,
    link_type: taxonomyId === HARBOR_TAXONOMIES.practice ? 'practice' : 'profile',
    taxonomy_term_id: t.id,
    value,
    ...(nested ? { taxonomy_term: t } : {}),
  };
}

const FLAGS: [ProfileTerm, string][] = [
  ['serves_ages_11_17', 'serves_ages_11_17'],
  ['serves_transition_age', 'serves_transition_age'],
  ['csec_specialised', 'csec_specialised'],
  ['intake_24_7', 'intake_24_7'],
];
const COUNTS: ProfileTerm[] = ['emergency_beds', 'beds_available'];

export const profileAttributes = {
  service(serviceId: string, profile: Row | undefined, practices: Row[], nested: boolean) {
    const out = [];
    const profileOf = (code: ProfileTerm, value: string) =>
      attribute('service', serviceId, HARBOR_TAXONOMIES.profile, code, value, nested);
    if (profile) {
      for (const [code, column] of FLAGS) {
        if (Number(profile[column]) === 1) out.push(profileOf(code, 'true'));
      }
      if (profile.accepts_runaway !== null) {
        out.push(profileOf('accepts_runaway', Number(profile.accepts_runaway) === 1 ? 'true' : 'false'));
      }
      for (const code of COUNTS) {
        if (profile[code] !== null) out.push(profileOf(code, String(profile[code])));
      }
      if (profile.beds_updated_at !== null) out.push(profileOf('beds_updated_at', String(profile.beds_updated_at)));
    }
    for (const p of practices) {
      const value = JSON.stringify({
        clinician_name: p.clinician_name ?? null,
        certified_until: p.certified_until ?? null,
      });
      out.push(
        attribute(
          'service',
          serviceId,
          HARBOR_TAXONOMIES.practice,
          p.practice as string,
          value,
          nested,
          p.id as string,
        ),
      );
    }
    return out;
  },
  location(row: Row, nested: boolean) {
    return Number(row.confidential) === 1
      ? [attribute('location', row.id as string, HARBOR_TAXONOMIES.profile, 'confidential', 'true', nested)]
      : [];
  },
};

/** What the profile's attributes of one service say, read back (the import): a profile row and practice rows. */
export interface ParsedProfile {
  profile: {
    serves_ages_11_17: number;
    serves_transition_age: number;
    csec_specialised: number;
    intake_24_7: number;
    accepts_runaway: number | null;
    emergency_beds: number | null;
    beds_available: number | null;
    beds_updated_at: string | null;
  } | null;
  practices: { id: string; practice: string; clinician_name: string | null; certified_until: string | null }[];
}

export interface ProfileProblem {
  index: number;
  message: string;
}

/** Whether an attribute belongs to a Harbor taxonomy that is stored in columns rather than as an attribute row. */
export function isProfileAttribute(a: { taxonomy_term_id?: unknown }): boolean {
  const id = a.taxonomy_term_id;
  return HARBOR_TAXONOMY_LIST.filter((t) => t.id !== HARBOR_TAXONOMIES.category).some((t) =>
    t.terms.some((x) => termId(t.id, x.code) === id),
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a service's profile attributes back into rows; what cannot be read is a problem (with the attribute's index). */
export function parseProfile(attributes: readonly Row[]): { parsed: ParsedProfile; problems: ProfileProblem[] } {
  const problems: ProfileProblem[] = [];
  const profile: NonNullable<ParsedProfile['profile']> = {
    serves_ages_11_17: 0,
    serves_transition_age: 0,
    csec_specialised: 0,
    intake_24_7: 0,
    accepts_runaway: null,
    emergency_beds: null,
    beds_available: null,
    beds_updated_at: null,
  };
  let any = false;
  const practices: ParsedProfile['practices'] = [];
  attributes.forEach((a, index) => {
    const value = typeof a.value === 'string' ? a.value : '';
    for (const t of HARBOR_TAXONOMY_LIST) {
      if (t.id === HARBOR_TAXONOMIES.category) continue;
      const found = t.terms.find((x) => termId(t.id, x.code) === a.taxonomy_term_id);
      if (!found) continue;
      if (t.id === HARBOR_TAXONOMIES.practice) {
        let v: unknown;
        try {
          v = JSON.parse(value);
        } catch {
          v = undefined;
        }
        const o = v as { clinician_name?: unknown; certified_until?: unknown } | undefined;
        const okName = o && (o.clinician_name === null || typeof o.clinician_name === 'string');
        const okDate =
          o && (o.certified_until === null || (typeof o.certified_until === 'string' && DATE.test(o.certified_until)));
        if (!okName || !okDate) {
          problems.push({ index, message: 'a practice attribute needs a value {"clinician_name", "certified_until"}' });
        } else {
          practices.push({
            id: String(a.id),
            practice: found.code,
            clinician_name: (o.clinician_name as string | null) ?? null,
            certified_until: (o.certified_until as string | null) ?? null,
          });
        }
        continue;
      }
      any = true;
      const code = found.code as ProfileTerm;
      if (code === 'confidential') problems.push({ index, message: 'confidential applies to a location' });
      else if (FLAGS.some(([c]) => c === code)) {
        if (value !== 'true') problems.push({ index, message: `${code} takes the value "true"` });
        else profile[code as 'csec_specialised'] = 1;
      } else if (code === 'accepts_runaway') {
        if (value !== 'true' && value !== 'false')
          problems.push({ index, message: 'accepts_runaway takes "true" or "false"' });
        else profile.accepts_runaway = value === 'true' ? 1 : 0;
      } else if (code === 'emergency_beds' || code === 'beds_available') {
        if (!/^\d{1,5}$/.test(value)) problems.push({ index, message: `${code} takes a whole number` });
        else profile[code] = Number(value);
      } else if (code === 'beds_updated_at') {
        if (Number.isNaN(Date.parse(value))) problems.push({ index, message: 'beds_updated_at takes a time' });
        else profile.beds_updated_at = value;
      }
    }
  });
  return { parsed: { profile: any ? profile : null, practices }, problems };
}
