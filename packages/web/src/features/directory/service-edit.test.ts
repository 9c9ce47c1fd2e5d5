import { describe, expect, it } from 'vitest';
import type { ServiceDetail } from './api';
import { changesOf, formOf, formProblems } from './service-edit';

const en = (text: string) => ({ text, language: 'en' as const });
const SERVICE = {
  id: 's1',
  version: 4,
  name: en('Youth therapy'),
  description: en('Trauma therapy for youth.'),
  eligibilityDescription: null,
  minimumAge: 12,
  maximumAge: 17,
  languages: ['en', 'es'],
  categories: ['mental_health'],
  areas: ['SPA 4'],
  status: 'active',
} as unknown as ServiceDetail;

describe('the editor’s form of a service', () => {
  it('sends only what changed, at the version read', () => {
    const form = { ...formOf(SERVICE), maximumAge: '21', languages: ['es', 'en', 'ko'], areas: 'SPA 4\nSPA 6\n' };
    expect(changesOf(SERVICE, form)).toEqual({
      version: 4,
      maximumAge: 21,
      languages: ['es', 'en', 'ko'],
      areas: ['SPA 4', 'SPA 6'],
    });
    expect(changesOf(SERVICE, { ...formOf(SERVICE), languages: ['es', 'en'] })).toBeNull();
  });

  it('retires a service by its status, and brings it back', () => {
    expect(changesOf(SERVICE, { ...formOf(SERVICE), status: 'defunct' })).toEqual({ version: 4, status: 'defunct' });
    const retired = { ...SERVICE, status: 'inactive' } as ServiceDetail;
    expect(formOf(retired).status).toBe('inactive');
    expect(changesOf(retired, { ...formOf(retired), status: 'active' })).toEqual({ version: 4, status: 'active' });
  });

  it('clears an emptied text and age', () => {
    expect(changesOf(SERVICE, { ...formOf(SERVICE), description: ' ', minimumAge: '' })).toEqual({
      version: 4,
      description: null,
      minimumAge: null,
    });
  });

  it('never writes a reviewed translation over the English text', () => {
    const spanish = { ...SERVICE, description: { text: 'Terapia para jóvenes.', language: 'es' } } as ServiceDetail;
    expect(changesOf(spanish, { ...formOf(spanish), description: 'Otra cosa' })).toBeNull();
  });

  it('says what is wrong, field by field', () => {
    expect(formProblems({ ...formOf(SERVICE), name: ' ', minimumAge: 'x' })).toEqual(['name', 'minimumAge']);
    expect(formProblems({ ...formOf(SERVICE), minimumAge: '18', maximumAge: '17' })).toEqual(['ageOrder']);
    expect(formProblems(formOf(SERVICE))).toEqual([]);
  });
});
