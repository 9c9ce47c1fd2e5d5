import { describe, expect, it } from 'vitest';
import { translate } from '../../messages';
import { checkInvitation, EMPTY, refusalOf } from './invitation-checks';

const refused = (message: string, fields: { path: string; message: string }[] = [], locale: 'en' | 'es' = 'en') =>
  ({ ok: false, kind: 'api', status: 400, error: { code: 'validation_failed', message, fields }, locale }) as const;

describe('the invitation form', () => {
  it('asks for a name and a password of 12 to 128 characters before sending', () => {
    expect(checkInvitation(EMPTY)).toEqual({
      displayName: { kind: 'message', key: 'invitationPage.name.required' },
      password: { kind: 'message', key: 'password.new.required' },
    });
    expect(checkInvitation({ displayName: 'Marisol', password: 'short' }).password).toEqual({
      kind: 'message',
      key: 'password.too_short',
      values: { minimum: 12 },
    });
    expect(checkInvitation({ displayName: ' Marisol ', password: 'tide pool lantern' })).toEqual({});
  });

  it('puts the server’s refusal of a password beside the field and counts it above the form', () => {
    const { fields, summary } = refusalOf(refused('x', [{ path: 'body.password', message: 'Too common.' }]));
    expect(fields).toEqual({ password: { kind: 'text', text: 'Too common.' } });
    expect(summary).toEqual({ kind: 'message', key: 'signIn.error.fields', values: { count: 1 } });
  });

  it('recognises a link that no longer works, in the language it came in', () => {
    const gone = refusalOf({
      ok: false,
      kind: 'api',
      status: 404,
      error: { code: 'not_found', message: translate('es', 'invitation.invalid') },
      locale: 'es',
    });
    expect(gone.summary).toEqual({ kind: 'message', key: 'invitation.invalid' });
    expect(refusalOf(refused('bad', [{ path: 'body.token', message: 'Too short.' }])).summary).toEqual({
      kind: 'message',
      key: 'invitation.invalid',
    });
    expect(refusalOf({ ok: false, kind: 'network' }).summary).toEqual({ kind: 'network' });
  });
});
