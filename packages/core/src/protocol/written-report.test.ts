import { describe, expect, it } from 'vitest';
import { dueImmediately } from './clock.js';
import { LA_COUNTY_FIRST_RESPONDER } from './la-county.js';
import { WRITTEN_REPORT_FIELDS } from './reports.js';
import {
  incidentText,
  methodName,
  REPORT_RECIPIENTS,
  recipientName,
  recipientTitle,
  screeningSourceText,
  telephoneReportText,
  WRITTEN_REPORT_LONG_FIELDS,
  WRITTEN_REPORT_METHODS,
  WRITTEN_REPORT_REQUIRED,
} from './written-report.js';

const LA = { locale: 'en', timeZone: 'America/Los_Angeles' } as const;
const LA_ES = { locale: 'es', timeZone: 'America/Los_Angeles' } as const;
// 15:12 UTC on 28 November is 7:12 AM in Los Angeles (PST).
const CALLED = '2026-11-28T15:12:00.000Z';

describe('the written report in words', () => {
  it('names the telephone report’s recipient in plain words, never by its identifier, in both languages', () => {
    for (const recipient of REPORT_RECIPIENTS) {
      for (const locale of ['en', 'es'] as const) {
        expect(recipientName(recipient, locale)).not.toMatch(/_/);
        expect(recipientTitle(recipient, locale)[0]).toMatch(/[A-ZÁÉÍÓÚ]/);
      }
    }
    expect(recipientName('dcfs_child_protection_hotline', 'en')).toBe('the DCFS Child Protection Hotline');
    expect(recipientTitle('dcfs_child_protection_hotline', 'es')).toBe(
      'La Línea Directa de Protección Infantil de DCFS',
    );
    expect(recipientName('something_new', 'en')).toBe('another agency');
    for (const method of WRITTEN_REPORT_METHODS) expect(methodName(method, 'es')).not.toMatch(/_/);
  });

  it('writes the telephone report on the county’s clock with the zone named', () => {
    const call = { calledAt: CALLED, recipient: 'dcfs_child_protection_hotline', worker: 'Lee', referralNumber: '1' };
    const en = telephoneReportText(call, LA);
    expect(en).toMatch(/^Nov 28, 2026, 7:12\sAM PST, to the DCFS Child Protection Hotline, taken by Lee; referral/);
    expect(en).not.toMatch(/UTC|dcfs_/);
    const es = telephoneReportText(call, LA_ES);
    expect(es).toContain('a la Línea Directa de Protección Infantil de DCFS; lo atendió Lee');
    expect(es).toMatch(/7:12/);
    expect(es).not.toMatch(/UTC|dcfs_/);
    // Another county's clock gives another time.
    expect(telephoneReportText(call, { locale: 'en', timeZone: 'America/New_York' })).toMatch(/10:12\sAM EST/);
  });

  it('says how the response came about and when, in words', () => {
    const text = incidentText({ openedBy: 'hotline_call', openedAt: CALLED, recoveredAt: CALLED }, LA);
    expect(text).toMatch(/^Harbor response opened after a hotline call on Nov 28, 2026, 7:12\sAM PST; the youth/);
    expect(text).not.toMatch(/hotline_call|UTC/);
    expect(incidentText({ openedBy: 'recovery', openedAt: CALLED, recoveredAt: null }, LA_ES)).toMatch(
      /^Respuesta de Harbor abierta tras una recuperación el /,
    );
    const source = screeningSourceText({ title: 'Brief', completedBy: 'Ana', completedAt: CALLED, level: 'clear' }, LA);
    expect(source).toMatch(
      /^Brief, completed by Ana on Nov 28, 2026, 7:12\sAM PST \(level of concern: clear concern\)\.$/,
    );
  });

  it('requires and sizes only the report’s own fields', () => {
    for (const field of [...WRITTEN_REPORT_REQUIRED, ...WRITTEN_REPORT_LONG_FIELDS]) {
      expect(WRITTEN_REPORT_FIELDS).toContain(field);
    }
    // How it was sent is kept beside the fields under this name (written-report-view.ts), so no field may take it.
    expect(WRITTEN_REPORT_FIELDS).not.toContain('sentVia');
  });
});

describe('a step due immediately', () => {
  it('is a report the law wants at once (PC 11166(a), (j), (k)), and no step with time to run', () => {
    const immediate = LA_COUNTY_FIRST_RESPONDER.steps.filter(dueImmediately).map((s) => s.id);
    expect(immediate).toEqual(['telephone-report', 'cross-report-immediate', 'cross-report-law-enforcement']);
  });
});
