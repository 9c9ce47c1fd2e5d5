import { describe, expect, it } from 'vitest';
import { translate } from '../../messages';
import {
  agesText,
  bedsText,
  categoryName,
  certificationText,
  languageName,
  practiceName,
  telHref,
} from './service-words';

const en = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
  translate('en', key, values);

describe('how the directory says a service’s facts', () => {
  it('names languages, needs and practices in the reader’s language', () => {
    expect(languageName('es', 'en')).toBe('Spanish');
    expect(languageName('es', 'es')).toBe('español');
    expect(categoryName('mental_health', 'es')).toBe('Salud mental');
    expect(practiceName('tf_cbt', 'en')).toContain('TF-CBT');
  });

  it('says the ages a service takes', () => {
    expect(agesText(12, 17, en)).toBe('12 to 17');
    expect(agesText(18, null, en)).toBe('18 and older');
    expect(agesText(null, null, en)).toBe('Any age');
  });

  it('says how many emergency beds are free and when they were counted, or that it is not known', () => {
    const time = (iso: string) => `at ${iso}`;
    const counted = { bedsAvailable: 2, bedsUpdatedAt: 'T', emergencyBeds: 6 };
    expect(bedsText(counted, time, en)).toBe('2 of 6 free, updated at T');
    expect(bedsText({ ...counted, bedsAvailable: null, bedsUpdatedAt: null }, time, en)).toContain('not known');
    expect(bedsText({ bedsAvailable: null, bedsUpdatedAt: null, emergencyBeds: null }, time, en)).toBeNull();
  });

  it('says how many clinicians hold a current certification in a practice, and the first to end', () => {
    const tf = { practice: 'tf_cbt' as const, certifiedClinicians: 2, nextExpiry: '2027-03-31' };
    expect(certificationText(tf, 'en', en)).toMatch(
      /TF-CBT.*: 2 certified clinicians, the first certification ending 2027-03-31$/,
    );
    expect(certificationText({ ...tf, certifiedClinicians: 1 }, 'en', en)).toMatch(
      /: 1 certified clinician, until 2027-03-31$/,
    );
    expect(certificationText({ ...tf, nextExpiry: null }, 'en', en)).toMatch(/: 2 certified clinicians$/);
    expect(
      certificationText({ ...tf, certifiedClinicians: 0, nextExpiry: null }, 'es', (k, v) => translate('es', k, v)),
    ).toMatch(/: ningún clínico con certificación vigente$/);
  });

  it('dials a number with its extension', () => {
    expect(telHref('(800) 854-7771')).toBe('tel:8008547771');
    expect(telHref('+1 213 555 0100', 12)).toBe('tel:+12135550100,12');
    expect(telHref('233733', null, 'text')).toBe('sms:233733');
  });
});
