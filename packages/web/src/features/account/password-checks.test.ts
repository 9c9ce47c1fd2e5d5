import { describe, expect, it } from 'vitest';
import { checkPasswordChange, passwordChangeRefusal } from './password-checks';

describe('changing my password', () => {
  it('asks for the current password and a new one of 12 to 128 characters', () => {
    expect(checkPasswordChange({ currentPassword: '', newPassword: '' })).toEqual({
      currentPassword: { kind: 'message', key: 'passwordPage.current.required' },
      newPassword: { kind: 'message', key: 'password.new.required' },
    });
    expect(checkPasswordChange({ currentPassword: 'x', newPassword: 'a'.repeat(129) }).newPassword).toEqual({
      kind: 'message',
      key: 'password.too_long',
      values: { maximum: 128 },
    });
    expect(checkPasswordChange({ currentPassword: 'x', newPassword: 'river stone lantern' })).toEqual({});
  });

  it('puts each of the server’s refusals beside its field', () => {
    const refusal = passwordChangeRefusal({
      ok: false,
      kind: 'api',
      status: 400,
      error: {
        code: 'validation_failed',
        message: '2 fields',
        fields: [
          { path: 'body.currentPassword', message: 'Not right.' },
          { path: 'body.newPassword', message: 'Too common.' },
        ],
      },
      locale: 'en',
    });
    expect(refusal.fields).toEqual({
      currentPassword: { kind: 'text', text: 'Not right.' },
      newPassword: { kind: 'text', text: 'Too common.' },
    });
    expect(refusal.summary).toEqual({ kind: 'message', key: 'signIn.error.fields', values: { count: 2 } });
  });
});
