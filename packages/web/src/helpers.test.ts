import { describe, expect, it } from 'vitest';
import { describeUserAgent } from './features/account/user-agent';
import { looksLikeRecoveryCode, totpDigits } from './features/sign-in/step';
import { durationInWords, groupsOf } from './format';
import { translate } from './messages';

describe('describeUserAgent', () => {
  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      { browser: 'Edge', system: 'Windows' },
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36',
      { browser: 'Chrome', system: 'Linux' },
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      { browser: 'Safari', system: 'iPhone' },
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0',
      { browser: 'Firefox', system: 'macOS' },
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
      { browser: 'Samsung Internet', system: 'Android' },
    ],
  ])('names %s', (userAgent, expected) => {
    expect(describeUserAgent(userAgent)).toEqual(expected);
  });

  it('says nothing it does not know', () => {
    expect(describeUserAgent(null)).toEqual({});
    expect(describeUserAgent('curl/8.5.0')).toEqual({});
  });
});

describe('durationInWords', () => {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate('en', key, values);
  const es = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate('es', key, values);

  it('rounds up to whole seconds and names minutes and seconds', () => {
    expect(durationInWords(119_001, t)).toBe('2 minutes');
    expect(durationInWords(115_000, t)).toBe('1 minute and 55 seconds');
    expect(durationInWords(60_000, t)).toBe('1 minute');
    expect(durationInWords(1_000, t)).toBe('1 second');
    expect(durationInWords(0, t)).toBe('0 seconds');
    expect(durationInWords(-5, t)).toBe('0 seconds');
    expect(durationInWords(61_000, es)).toBe('1 minuto y 1 segundo');
  });
});

describe('sign-in input', () => {
  it('reads six digits, with spaces allowed', () => {
    expect(totpDigits('123456')).toBe('123456');
    expect(totpDigits(' 123 456 ')).toBe('123456');
    expect(totpDigits('12345')).toBeUndefined();
    expect(totpDigits('12345a')).toBeUndefined();
  });

  it('recognises the shape of a recovery code', () => {
    expect(looksLikeRecoveryCode('ABCDE-12345')).toBe(true);
    expect(looksLikeRecoveryCode('abcde 12345')).toBe(true);
    expect(looksLikeRecoveryCode('ABCDE-1234')).toBe(false);
  });

  it('groups a key in fours', () => {
    expect(groupsOf('ABCDEFGHIJ')).toEqual(['ABCD', 'EFGH', 'IJ']);
  });
});
