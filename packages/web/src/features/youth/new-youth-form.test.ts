import { YOUTH_FIELD_CLASSES } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../messages';
import {
  EMPTY_IDENTIFIER,
  EMPTY_YOUTH_FORM,
  formOfYouth,
  identifierErrors,
  patchBody,
  serverFieldErrors,
  summaryEntries,
  youthBody,
  youthFormErrors,
} from './new-youth-form';

const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
  translate('en', key, values);

describe('the new-youth form', () => {
  it('sends trimmed names, the names used one by one, and null for what was left empty', () => {
    const form = {
      ...EMPTY_YOUTH_FORM,
      given: ' Maya ',
      family: 'Lopez ',
      namesUsed: 'May, M\n Lo ,',
      estimatedAge: '15',
    };
    expect(youthBody(form, false)).toEqual({
      legalName: { given: 'Maya', family: 'Lopez' },
      namesUsed: ['May', 'M', 'Lo'],
      dateOfBirth: null,
      estimatedAge: 15,
      genderIdentity: null,
      pronouns: null,
      preferredLanguage: null,
      placement: null,
    });
    const placed = { ...form, placementKind: 'shelter', placementDetail: '  ' };
    expect(youthBody(placed, true)).toMatchObject({
      placement: { kind: 'shelter', detail: null },
      confirmNotDuplicate: true,
    });
  });

  it('asks for both names, and for a date of birth or an estimated age, not both', () => {
    expect(youthFormErrors(EMPTY_YOUTH_FORM, t)).toEqual({
      given: t('youthPage.error.given'),
      family: t('youthPage.error.family'),
    });
    const both = { ...EMPTY_YOUTH_FORM, given: 'A', family: 'B', dateOfBirth: '2011-04-02', estimatedAge: '14' };
    expect(youthFormErrors(both, t)).toEqual({ estimatedAge: t('youthPage.error.both') });
  });

  it('asks for the kind, the number and the agency of each identifier begun; an empty row is left out', () => {
    const form = {
      ...EMPTY_YOUTH_FORM,
      given: 'Maya',
      family: 'Lopez',
      identifiers: [
        EMPTY_IDENTIFIER,
        { kind: '', value: ' 884213 ', agencyId: '' },
        { kind: 'court', value: '', agencyId: 'a1' },
        { kind: 'dcfs_case', value: '5512', agencyId: 'a1' },
      ],
    };
    const errors = youthFormErrors(form, t);
    expect(errors).toEqual({
      'identifier-1-kind': t('youthPage.error.identifierKind', { n: 2 }),
      'identifier-1-agency': t('youthPage.error.identifierAgency', { n: 2 }),
      'identifier-2-value': t('youthPage.error.identifierValue', { n: 3 }),
    });
    expect(identifierErrors(form, t)).toEqual(errors);
    // The summary leads to each row's own control.
    expect(summaryEntries(errors).map((e) => e.target)).toEqual([
      'identifier-1-kind',
      'identifier-1-agency',
      'identifier-2-value',
    ]);
    expect(youthFormErrors({ ...form, identifiers: [EMPTY_IDENTIFIER, form.identifiers[3]!] }, t)).toEqual({});
  });

  it('puts the server’s field errors beside their fields, the rest in the summary, each field a link', () => {
    const { errors, other } = serverFieldErrors([
      { path: 'body.legalName.given', message: 'Too long.' },
      { path: 'body.placement.kind', message: 'Choose one.' },
      { path: 'body.identifiers.0.agencyId', message: 'Unknown agency.' },
    ]);
    expect(errors).toEqual({ given: 'Too long.', placementKind: 'Choose one.' });
    expect(summaryEntries(errors, other)).toEqual([
      { target: 'youth-given', text: 'Too long.' },
      { target: 'youth-placementKind', text: 'Choose one.' },
      { text: 'Unknown agency.' },
    ]);
  });

  it('changes only what changed, of the classes the reader may see, at the version read', () => {
    const before = formOfYouth({
      legalName: { given: 'Maya', family: 'Lopez' },
      pronouns: 'she/her',
      placement: { kind: 'shelter', detail: 'Casa' },
      identifiers: [],
      contacts: [{ name: 'Ana Lopez', relationship: 'mother', phone: null, address: null }],
    });
    const form = {
      ...before,
      pronouns: 'she/they',
      placementDetail: 'Casa Esperanza',
      identifiers: [
        { kind: 'dcfs_case', value: ' 884213 ', agencyId: 'a1' },
        { kind: 'court', value: '', agencyId: 'a1' },
      ],
      contacts: [...before.contacts, { name: 'Tío Luis', relationship: 'uncle', phone: ' 310 555 0100 ', address: '' }],
    };
    const all = ['identity', 'protocol', 'contact'];
    expect(patchBody(form, before, all, YOUTH_FIELD_CLASSES, 4)).toEqual({
      version: 4,
      pronouns: 'she/they',
      identifiers: [{ kind: 'dcfs_case', value: '884213', agencyId: 'a1' }],
      placement: { kind: 'shelter', detail: 'Casa Esperanza' },
      contacts: [
        { name: 'Ana Lopez', relationship: 'mother', phone: null, address: null },
        { name: 'Tío Luis', relationship: 'uncle', phone: '310 555 0100', address: null },
      ],
    });
    // A deputy's classes: identity and protocol, never the placement or the contacts.
    expect(patchBody(form, before, ['identity', 'protocol'], YOUTH_FIELD_CLASSES, 4)).toEqual({
      version: 4,
      pronouns: 'she/they',
      identifiers: [{ kind: 'dcfs_case', value: '884213', agencyId: 'a1' }],
    });
    expect(patchBody(before, before, all, YOUTH_FIELD_CLASSES, 4)).toEqual({ version: 4 });
  });
});
