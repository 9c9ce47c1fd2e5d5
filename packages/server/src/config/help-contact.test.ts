import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHelpContact } from './help-contact.js';
import { buildConfig, ConfigError } from './index.js';

const errorOf = (env: Record<string, string>) => {
  try {
    parseHelpContact(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('the account-help contact (HARBOR_HELP_*)', () => {
  it('is optional: absent when no variable is set, or only blank ones', () => {
    expect(parseHelpContact({})).toBeUndefined();
    expect(parseHelpContact({ HARBOR_HELP_CONTACT: '  ', HARBOR_HELP_PHONE: '' })).toBeUndefined();
    expect(buildConfig({ HARBOR_DATA_DIR: mkdtempSync(join(tmpdir(), 'harbor-config-')) }).helpContact).toBeUndefined();
  });

  it('keeps the name and number as written, and the number’s digits for a tel: link', () => {
    expect(
      parseHelpContact({
        HARBOR_HELP_CONTACT: ' DMH Harbor help desk, weekdays 8 a.m. to 5 p.m. ',
        HARBOR_HELP_PHONE: '(213) 555-0100',
        HARBOR_HELP_EMAIL: 'harbor-help@dmh.county.example',
      }),
    ).toEqual({
      name: 'DMH Harbor help desk, weekdays 8 a.m. to 5 p.m.',
      phone: { display: '(213) 555-0100', tel: '2135550100' },
      email: 'harbor-help@dmh.county.example',
    });
    expect(parseHelpContact({ HARBOR_HELP_PHONE: '+1 213.555.0100' })).toEqual({
      name: undefined,
      phone: { display: '+1 213.555.0100', tel: '+12135550100' },
      email: undefined,
    });
    const config = buildConfig({
      HARBOR_DATA_DIR: mkdtempSync(join(tmpdir(), 'harbor-config-')),
      HARBOR_HELP_EMAIL: 'help@county.example',
    });
    expect(config.helpContact).toEqual({ name: undefined, phone: undefined, email: 'help@county.example' });
  });

  it('refuses a wrong value, naming the variable', () => {
    expect(errorOf({ HARBOR_HELP_PHONE: '213-555-0100 ext. 4' }).variable).toBe('HARBOR_HELP_PHONE');
    expect(errorOf({ HARBOR_HELP_PHONE: '12' }).variable).toBe('HARBOR_HELP_PHONE');
    expect(errorOf({ HARBOR_HELP_PHONE: '1 (213) +555-0100' }).variable).toBe('HARBOR_HELP_PHONE');
    expect(errorOf({ HARBOR_HELP_EMAIL: 'harbor help@county' }).variable).toBe('HARBOR_HELP_EMAIL');
    expect(errorOf({ HARBOR_HELP_EMAIL: 'help@localhost' }).variable).toBe('HARBOR_HELP_EMAIL');
    expect(errorOf({ HARBOR_HELP_CONTACT: 'x'.repeat(121), HARBOR_HELP_EMAIL: 'a@b.example' }).variable).toBe(
      'HARBOR_HELP_CONTACT',
    );
    expect(errorOf({ HARBOR_HELP_CONTACT: 'Help\ndesk', HARBOR_HELP_EMAIL: 'a@b.example' }).variable).toBe(
      'HARBOR_HELP_CONTACT',
    );
  });

  it('refuses a name with no way to reach it', () => {
    const error = errorOf({ HARBOR_HELP_CONTACT: 'The Harbor help desk' });
    expect(error.variable).toBe('HARBOR_HELP_CONTACT');
    expect(error.message).toMatch(/HARBOR_HELP_PHONE, HARBOR_HELP_EMAIL or both/);
  });

  it('stops the start through buildConfig like every other setting', () => {
    expect(() =>
      buildConfig({ HARBOR_DATA_DIR: mkdtempSync(join(tmpdir(), 'harbor-config-')), HARBOR_HELP_PHONE: 'call us' }),
    ).toThrow(/^HARBOR_HELP_PHONE must be a telephone number/);
  });
});
