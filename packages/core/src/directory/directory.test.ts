import { describe, expect, it } from 'vitest';
import { languageProblems } from '../i18n/language-guard.js';
import { HARBOR_CATEGORIES } from './categories.js';
import { HOTLINE_LIST } from './hotlines.js';
import { EVIDENCE_BASED_PRACTICES } from './practices.js';

/**
 * The numbers the domain facts state (FACTS.md and the fact sheet, outside the repository, so written here: a clean
 * checkout has no ../shared).
 */
const DOMAIN_NUMBERS = [
  '8005404000',
  '2136394500',
  '8002726699',
  '988',
  '8008547771',
  '8883737888',
  '233733',
  '8006554095',
];
const digits = (s: string) => s.replace(/\D/g, '');

/** Every bilingual text of the directory's lists, with where it is. */
function texts(): [string, string][] {
  const out: [string, string][] = [];
  const both = (where: string, t: { en: string; es: string } | undefined) => {
    if (t) out.push([`${where}.en`, t.en], [`${where}.es`, t.es]);
  };
  for (const h of HOTLINE_LIST) {
    both(`${h.id}.name`, h.name);
    both(`${h.id}.forWhom`, h.forWhom);
    both(`${h.id}.note`, h.note);
    h.numbers.forEach((n, i) => {
      both(`${h.id}.numbers[${i}].label`, n.label);
    });
  }
  for (const c of HARBOR_CATEGORIES) both(`category.${c.id}`, c.label);
  for (const p of EVIDENCE_BASED_PRACTICES) both(`practice.${p.id}`, p.label);
  return out;
}

describe("the directory's shipped lists", () => {
  it('write every text in English and Spanish, in the language guide’s words', () => {
    for (const [where, text] of texts()) expect(text.trim(), where).not.toBe('');
    expect(languageProblems(texts())).toEqual([]);
  });

  it('give every hotline number as the domain facts state it, with a tel: form of the same digits', () => {
    for (const h of HOTLINE_LIST) {
      for (const n of h.numbers) {
        const shown = digits(n.display);
        expect(DOMAIN_NUMBERS, `${h.id} ${n.display}`).toContain(shown);
        expect(digits(n.tel).endsWith(shown), `${h.id} tel ${n.tel}`).toBe(true);
        expect(n.tel).toMatch(/^(\+1\d{10}|\d{3,6})$/);
      }
    }
    const ids = HOTLINE_LIST.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('name the lines FACTS.md asks for, the corrections included', () => {
    const numbers = HOTLINE_LIST.flatMap((h) => h.numbers.map((n) => digits(n.display)));
    for (const n of DOMAIN_NUMBERS) expect(numbers).toContain(n);
    // The task force's number as the fact sheet gives it, attributed to it, with its later name.
    const taskforce = HOTLINE_LIST.find((h) => h.id === 'la_metro_taskforce');
    expect(taskforce?.numbers[0].display).toBe('800-655-4095');
    expect(taskforce?.note?.en).toContain('LA Regional Human Trafficking Task Force');
    expect(taskforce?.source).toContain('fact sheet');
    // Hours only where the source states them.
    expect(HOTLINE_LIST.filter((h) => h.hours === '24_7').map((h) => h.id)).toEqual(['dcfs_child_protection_hotline']);
  });

  it('cite FACTS.md for every evidence-based practice', () => {
    expect(EVIDENCE_BASED_PRACTICES.map((p) => p.id)).toEqual([
      'tf_cbt',
      'mentoring',
      'multisystemic_therapy',
      'family_therapy',
    ]);
    for (const p of EVIDENCE_BASED_PRACTICES) expect(p.source.length).toBeGreaterThan(10);
  });
});
