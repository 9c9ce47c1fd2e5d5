import { HARBOR_TAXONOMIES } from '@harbor/core';
import { fixedId, termId } from './harbor-taxonomies.js';
import type { HsdsValidator } from './hsds-schemas.js';
import { hsdsValidator } from './hsds-schemas.js';

/** Test helpers of the directory: a small fictional directory as Harbor's HSDS file, and one compiled validator. */
export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const SAMPLE = {
  advocates: id(1),
  clinic: id(2),
  advocacy: id(11),
  therapy: id(12),
  shelter: id(13),
  office: id(21),
  shelterSite: id(22),
  countyTaxonomy: id(31),
  countyTerm: id(32),
} as const;

let validator: HsdsValidator | undefined;
export function testValidator(): HsdsValidator {
  validator ??= hsdsValidator();
  return validator;
}

const category = (code: string) => termId(HARBOR_TAXONOMIES.category, code);
const profile = (serviceId: string, code: string, value: string) => ({
  id: fixedId(`profile:service:${serviceId}:${code}`),
  link_id: serviceId,
  link_entity: 'service',
  link_type: 'profile',
  taxonomy_term_id: termId(HARBOR_TAXONOMIES.profile, code),
  value,
});

/** A fictional county's directory: an advocacy agency with a confidential shelter, and a clinic offering TF-CBT. */
export function sampleDirectory() {
  return {
    hsds_version: '3.0' as const,
    taxonomies: [{ id: SAMPLE.countyTaxonomy, name: 'County service codes', description: 'Codes the county attaches' }],
    taxonomy_terms: [
      {
        id: SAMPLE.countyTerm,
        code: 'CSEC-ADV',
        name: 'CSEC advocacy',
        description: 'Advocacy for youth who have been exploited',
        taxonomy_id: SAMPLE.countyTaxonomy,
      },
    ],
    organizations: [
      {
        id: SAMPLE.advocates,
        name: 'Valley Youth Advocates',
        description: 'Advocacy for youth who have been commercially sexually exploited.',
        email: 'intake@valley-advocates.example',
        website: 'https://valley-advocates.example/',
        phones: [{ id: id(101), organization_id: SAMPLE.advocates, number: '(818) 555-0100', type: 'voice' }],
        attributes: [],
        locations: [
          {
            id: SAMPLE.office,
            location_type: 'physical',
            organization_id: SAMPLE.advocates,
            name: 'Valley office',
            latitude: 34.18,
            longitude: -118.45,
            addresses: [
              {
                id: id(201),
                location_id: SAMPLE.office,
                address_1: '100 Example Way',
                city: 'Van Nuys',
                state_province: 'CA',
                postal_code: '91401',
                country: 'US',
                address_type: 'physical',
              },
            ],
            phones: [],
            languages: [],
            schedules: [],
            attributes: [],
          },
          {
            id: SAMPLE.shelterSite,
            location_type: 'physical',
            organization_id: SAMPLE.advocates,
            name: 'Safe house',
            latitude: 34.2,
            longitude: -118.5,
            addresses: [
              {
                id: id(202),
                location_id: SAMPLE.shelterSite,
                address_1: '200 Hidden Lane',
                city: 'Los Angeles',
                state_province: 'CA',
                postal_code: '91402',
                country: 'US',
                address_type: 'physical',
              },
            ],
            phones: [],
            languages: [],
            schedules: [],
            attributes: [
              {
                id: fixedId(`profile:location:${SAMPLE.shelterSite}:confidential`),
                link_id: SAMPLE.shelterSite,
                link_entity: 'location',
                link_type: 'profile',
                taxonomy_term_id: termId(HARBOR_TAXONOMIES.profile, 'confidential'),
                value: 'true',
              },
            ],
          },
        ],
      },
      {
        id: SAMPLE.clinic,
        name: 'Eastside Family Clinic',
        description: 'Outpatient mental health care for children and families.',
        phones: [],
        attributes: [],
        locations: [],
      },
    ],
    services: [
      {
        id: SAMPLE.advocacy,
        organization_id: SAMPLE.advocates,
        name: 'Survivor advocacy',
        description: 'An advocate who stays with the youth for at least 90 days.',
        status: 'active',
        minimum_age: 11,
        maximum_age: 21,
        eligibility_description: 'Youth aged 11 to 21 in the San Fernando Valley.',
        last_modified: '2026-11-30T09:00:00.000Z',
        phones: [{ id: id(102), service_id: SAMPLE.advocacy, number: '(818) 555-0111', type: 'voice' }],
        schedules: [
          { id: id(301), service_id: SAMPLE.advocacy, byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' },
        ],
        languages: [
          { id: id(401), service_id: SAMPLE.advocacy, name: 'English', code: 'en' },
          { id: id(402), service_id: SAMPLE.advocacy, name: 'Spanish', code: 'es' },
        ],
        service_areas: [{ id: id(501), service_id: SAMPLE.advocacy, name: 'SPA 2 San Fernando' }],
        service_at_locations: [
          {
            id: id(601),
            service_id: SAMPLE.advocacy,
            location_id: SAMPLE.office,
            phones: [],
            schedules: [],
            attributes: [],
          },
        ],
        attributes: [
          {
            id: id(701),
            link_id: SAMPLE.advocacy,
            link_entity: 'service',
            link_type: 'category',
            taxonomy_term_id: category('advocacy'),
          },
          {
            id: id(702),
            link_id: SAMPLE.advocacy,
            link_entity: 'service',
            link_type: 'county',
            taxonomy_term_id: SAMPLE.countyTerm,
          },
          profile(SAMPLE.advocacy, 'serves_ages_11_17', 'true'),
          profile(SAMPLE.advocacy, 'csec_specialised', 'true'),
          profile(SAMPLE.advocacy, 'accepts_runaway', 'true'),
        ],
      },
      {
        id: SAMPLE.shelter,
        organization_id: SAMPLE.advocates,
        name: 'Emergency shelter beds',
        description: 'Emergency beds for youth who have been exploited.',
        status: 'active',
        minimum_age: 12,
        maximum_age: 17,
        last_modified: '2026-11-30T09:00:00.000Z',
        phones: [],
        schedules: [],
        languages: [{ id: id(403), service_id: SAMPLE.shelter, name: 'English', code: 'en' }],
        service_areas: [{ id: id(502), service_id: SAMPLE.shelter, name: 'Los Angeles County' }],
        service_at_locations: [
          {
            id: id(602),
            service_id: SAMPLE.shelter,
            location_id: SAMPLE.shelterSite,
            phones: [],
            schedules: [],
            attributes: [],
          },
        ],
        attributes: [
          {
            id: id(703),
            link_id: SAMPLE.shelter,
            link_entity: 'service',
            link_type: 'category',
            taxonomy_term_id: category('emergency_shelter'),
          },
          profile(SAMPLE.shelter, 'serves_ages_11_17', 'true'),
          profile(SAMPLE.shelter, 'csec_specialised', 'true'),
          profile(SAMPLE.shelter, 'intake_24_7', 'true'),
          profile(SAMPLE.shelter, 'accepts_runaway', 'true'),
          profile(SAMPLE.shelter, 'emergency_beds', '6'),
          profile(SAMPLE.shelter, 'beds_available', '2'),
          profile(SAMPLE.shelter, 'beds_updated_at', '2026-12-01T20:00:00.000Z'),
        ],
      },
      {
        id: SAMPLE.therapy,
        organization_id: SAMPLE.clinic,
        name: 'Trauma therapy for youth',
        description: 'TF-CBT for youth who experienced trafficking or exploitation.',
        status: 'active',
        minimum_age: 8,
        maximum_age: 17,
        last_modified: '2026-11-30T09:00:00.000Z',
        phones: [{ id: id(103), service_id: SAMPLE.therapy, number: '(323) 555-0123', type: 'voice' }],
        schedules: [],
        languages: [
          { id: id(404), service_id: SAMPLE.therapy, name: 'Spanish', code: 'es' },
          { id: id(405), service_id: SAMPLE.therapy, name: 'English', code: 'en' },
        ],
        service_areas: [{ id: id(503), service_id: SAMPLE.therapy, name: 'SPA 4 Metro' }],
        service_at_locations: [],
        attributes: [
          {
            id: id(704),
            link_id: SAMPLE.therapy,
            link_entity: 'service',
            link_type: 'category',
            taxonomy_term_id: category('mental_health'),
          },
          {
            id: id(801),
            link_id: SAMPLE.therapy,
            link_entity: 'service',
            link_type: 'practice',
            taxonomy_term_id: termId(HARBOR_TAXONOMIES.practice, 'tf_cbt'),
            value: JSON.stringify({ clinician_name: 'Dr. Ana Reyes', certified_until: '2027-09-30' }),
          },
          profile(SAMPLE.therapy, 'serves_ages_11_17', 'true'),
        ],
      },
    ],
  };
}
