import { describe, expect, it } from 'vitest';
import { translate } from '../../messages';
import { checkSetup, EMPTY_SETUP, PASSWORD_MIN, refusalOf, setupRequest, tokenFromHash } from './setup-checks';

const good = {
  displayName: ' Dana Admin ',
  email: ' dana@example.org ',
  password: 'correct horse battery',
  agencyName: ' LA County DMH ',
  agencyKind: 'mental_health',
};

const refused = (message: string, fields: { path: string; message: string }[] = [], locale: 'en' | 'es' = 'en') =>
  ({ ok: false, kind: 'api', status: 400, error: { code: 'validation_failed', message, fields }, locale }) as const;

describe('the set-up form', () => {
  it('reads the token from the address’s fragment', () => {
    expect(tokenFromHash('#abc%2Bdef ')).toBe('abc+def');
    expect(tokenFromHash('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(tokenFromHash('')).toBe('');
  });

  it('checks every field before sending, counting the password in characters as people see them', () => {
    expect(Object.keys(checkSetup(EMPTY_SETUP))).toEqual([
      'displayName',
      'email',
      'password',
      'agencyName',
      'agencyKind',
    ]);
    expect(checkSetup(good)).toEqual({});
    expect(checkSetup({ ...good, email: 'dana' }).email).toEqual({ kind: 'message', key: 'signIn.email.invalid' });
    expect(checkSetup({ ...good, password: 'é'.normalize('NFD').repeat(PASSWORD_MIN - 1) }).password).toEqual({
      kind: 'message',
      key: 'password.too_short',
      values: { minimum: PASSWORD_MIN },
    });
    expect(checkSetup({ ...good, agencyKind: 'bakery' }).agencyKind).toBeDefined();
  });

  it('sends the values trimmed, the password as typed', () => {
    expect(setupRequest(good, 'tok')).toEqual({
      token: 'tok',
      email: 'dana@example.org',
      displayName: 'Dana Admin',
      password: 'correct horse battery',
      agencyName: 'LA County DMH',
      agencyKind: 'mental_health',
    });
  });
});

describe('a refusal of the set-up', () => {
  it('puts field problems beside their fields and counts them above the form', () => {
    const { fields, summary } = refusalOf(refused('x', [{ path: 'body.password', message: 'Too common.' }]));
    expect(fields).toEqual({ password: { kind: 'text', text: 'Too common.' } });
    expect(summary).toEqual({ kind: 'message', key: 'signIn.error.fields', values: { count: 1 } });
  });

  it('recognises the known refusals in the language they came in, so a language switch re-translates them', () => {
    const taken = refusalOf(refused(translate('es', 'account.emailTaken'), [], 'es'));
    expect(taken.summary).toEqual({ kind: 'message', key: 'account.emailTaken' });
    expect(taken.fields.email).toEqual({ kind: 'message', key: 'account.emailTaken' });
    expect(refusalOf(refused('bad', [{ path: 'body.token', message: 'Too short.' }])).summary).toEqual({
      kind: 'message',
      key: 'setup.linkInvalid',
    });
  });

  it('otherwise gives the server’s words, or says the network failed', () => {
    expect(refusalOf(refused('x', [{ path: 'body.other', message: 'Odd.' }])).summary).toEqual({
      kind: 'text',
      text: 'Odd.',
    });
    expect(refusalOf({ ok: false, kind: 'network' })).toEqual({ fields: {}, summary: { kind: 'network' } });
  });
});
