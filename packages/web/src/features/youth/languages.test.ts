import { describe, expect, it } from 'vitest';
import { youthCopy } from './copy';
import { languageOptions, otherLanguageName, YOUTH_LANGUAGES } from './languages';

describe('the preferred language of a youth', () => {
  it('names every offered language in both languages', () => {
    for (const tag of YOUTH_LANGUAGES) {
      const copy = youthCopy[`youthPage.language.${tag}`];
      expect(copy.en, tag).toMatch(/\S/);
      expect(copy.es, tag).toMatch(/\S/);
    }
    expect(youthCopy['youthPage.language.ase'].es).toBe('lengua de señas estadounidense');
  });

  it('offers a record’s own tag beside the list, so that a change keeps it', () => {
    expect(languageOptions('')).toEqual([...YOUTH_LANGUAGES]);
    expect(languageOptions('es')).toEqual([...YOUTH_LANGUAGES]);
    expect(languageOptions('zh-Hant')).toEqual([...YOUTH_LANGUAGES, 'zh-Hant']);
  });

  it('names another tag as the browser would, or shows the tag', () => {
    expect(otherLanguageName('zh-Hant', 'en')).toBe('Traditional Chinese');
    expect(otherLanguageName('pa', 'es')).toBe('punyabí');
    expect(otherLanguageName('qaa', 'en')).toBe('qaa');
  });
});
