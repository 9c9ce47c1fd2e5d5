import { describe, expect, it } from 'vitest';
import { translate } from '../../messages';
import { resetRefusal } from './reset-refusal';

describe('a refused password reset', () => {
  it('shows the password’s problem beside the field', () => {
    expect(
      resetRefusal({
        ok: false,
        kind: 'api',
        status: 400,
        error: { code: 'validation_failed', message: 'x', fields: [{ path: 'body.password', message: 'Too common.' }] },
        locale: 'en',
      }),
    ).toEqual({
      field: { kind: 'text', text: 'Too common.' },
      summary: { kind: 'message', key: 'signIn.error.fields', values: { count: 1 } },
      linkGone: false,
    });
  });

  it('says a link that no longer works in our words, in any language, and offers a new one', () => {
    for (const locale of ['en', 'es'] as const) {
      expect(
        resetRefusal({
          ok: false,
          kind: 'api',
          status: 404,
          error: { code: 'not_found', message: translate(locale, 'passwordReset.invalid') },
          locale,
        }),
      ).toEqual({ summary: { kind: 'message', key: 'passwordReset.invalid' }, linkGone: true });
    }
    expect(resetRefusal({ ok: false, kind: 'network' })).toEqual({ summary: { kind: 'network' }, linkGone: false });
  });
});
