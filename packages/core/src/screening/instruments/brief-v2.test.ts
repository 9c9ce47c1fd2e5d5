import { describe, expect, it } from 'vitest';
import { instrumentItems } from '../answers.js';
import { scoreScreening } from '../scoring.js';
import { harborCseBrief } from './harbor-cse-brief.js';
import { CURRENT_INSTRUMENTS, SHIPPED_INSTRUMENTS } from './index.js';

/** Issue 12, item 10: the brief screen's new version, and the old one still scoring the screenings made with it. */

const brief = (version: number) =>
  SHIPPED_INSTRUMENTS.find((i) => i.id === 'harbor-cse-brief' && i.version === version);
const current = () => CURRENT_INSTRUMENTS.find((i) => i.id === 'harbor-cse-brief')!;
const none = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'no']));

describe('the brief screen, version 2', () => {
  it('is the version new screenings use, and version 1 stays shipped', () => {
    expect(current().version).toBe(2);
    expect(brief(1)).toBe(harborCseBrief);
  });

  it('has at most 10 items, a safety item and each of the fact sheet’s risk indicators on its own', () => {
    const v2 = current();
    const items = instrumentItems(v2);
    expect(items.length).toBeLessThanOrEqual(10);
    const ids = items.map((i) => i.id);
    for (const id of ['away', 'sexual-abuse', 'school-justice', 'controlling-adult', 'branding', 'injuries']) {
      expect(ids).toContain(id);
    }
    // Tattoos or brandings and injuries are separate questions; being advertised is not asked with meeting someone.
    const text = (id: string) => items.find((i) => i.id === id)!.text.en;
    expect(text('branding')).toMatch(/tattoos|brandings/);
    expect(text('branding')).not.toMatch(/injur|bruise/);
    expect(text('injuries')).not.toMatch(/tattoo|brand/);
    expect(text('advertised')).toMatch(/advertised/);
    expect(text('advertised')).not.toMatch(/met someone|offered/);
    expect(items.filter((i) => i.safety).map((i) => i.id)).toEqual(['self-harm']);
  });

  it('"advertised" alone is a clear concern, and so is "exchange"', () => {
    const v2 = current();
    const others = instrumentItems(v2).map((i) => i.id);
    expect(scoreScreening(v2, { ...none(others), advertised: 'yes' }).level).toBe('clear');
    expect(scoreScreening(v2, { ...none(others), exchange: 'yes' }).level).toBe('clear');
  });

  it('two indicators are a possible concern; one is not', () => {
    const v2 = current();
    const others = instrumentItems(v2).map((i) => i.id);
    expect(scoreScreening(v2, { ...none(others), branding: 'yes' }).level).toBe('none');
    expect(scoreScreening(v2, { ...none(others), branding: 'yes', injuries: 'yes' }).level).toBe('possible');
    expect(scoreScreening(v2, { ...none(others), 'sexual-abuse': 'yes', 'school-justice': 'yes' }).level).toBe(
      'possible',
    );
  });

  it('Spanish questions name their subject (“¿La persona joven…?”) or the youth is named in them', () => {
    for (const item of instrumentItems(current())) {
      expect(item.text.es, item.id).toMatch(/persona joven/);
    }
  });
});

describe('the brief screen, version 1, for the screenings made with it', () => {
  // The scores version 1 gave before version 2 existed (computed from the v1 rules on main).
  const cases: [Record<string, string>, string][] = [
    [{ online: 'yes' }, 'none'],
    [{ online: 'yes', markings: 'yes' }, 'possible'],
    [{ exchange: 'yes' }, 'clear'],
    [{ away: 'yes', 'controlling-adult': 'yes', markings: 'unknown' }, 'possible'],
    [{ away: 'unknown', gifts: 'unknown', markings: 'unknown', online: 'unknown', exchange: 'unknown' }, 'none'],
  ];
  it.each(cases)('scores %j as %s, exactly as before', (given, level) => {
    const v1 = brief(1)!;
    const answers = { ...none(instrumentItems(v1).map((i) => i.id)), ...given };
    expect(scoreScreening(v1, answers).level).toBe(level);
  });

  it('keeps its questions and rules as they shipped', () => {
    const v1 = brief(1)!;
    expect(instrumentItems(v1).map((i) => i.id)).toEqual([
      'away',
      'controlling-adult',
      'gifts',
      'markings',
      'online',
      'exchange',
      'self-harm',
    ]);
    expect(v1.scoring.rules).toEqual([
      {
        type: 'count',
        items: ['away', 'controlling-adult', 'gifts', 'markings', 'online', 'exchange'],
        atLeast: 2,
        level: 'possible',
      },
      { type: 'count', items: ['exchange'], atLeast: 1, level: 'clear' },
    ]);
  });
});
