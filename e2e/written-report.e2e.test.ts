import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DEFAULT_TIME_ZONE, formatInZone, type Locale } from '@harbor/core';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Enrolled, setUpPeople, signInThroughApi, testAccount } from './support/accounts.js';
import { newContext, open, unexpectedConsoleErrors, visibleText, watchContext } from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';
import { checkScreenAsIs, DESKTOP, PHONE } from './support/screens.js';

/**
 * The written report holds what Penal Code 11167(a) lists, and is made without the child's name when it is not
 * known (issue 12, item 4): a social worker opens a response for a youth not identified, makes the telephone report,
 * fills in the person suspected, the guardians and the grade, says when the report was sent (a time the clocks show
 * twice: the page asks which, and refuses the hour they skip), reviews it, marks it sent, and downloads the PDF. In
 * English at 1280 px and in Spanish at 320 px, axe-clean.
 */
const env = useHarborAndBrowser();
const WORKER = testAccount('Inés Castillo', 'ines.castillo@dcfs.example', 'DCFS', 'child_welfare');
let enrolled: Enrolled | undefined;
const FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

beforeAll(async () => {
  await setUpPeople(env.harbor, env.browser, [{ account: WORKER, role: 'social_worker' }]);
});

const SUSPECT = {
  suspectName: 'Marcus Dell',
  suspectStreetName: 'Big M',
  suspectAddress: '1200 W 7th St, Los Angeles, CA 90017',
  suspectPhone: '(213) 555-0177',
  suspectVehicle: 'Black Dodge Charger, plate 8ABC123',
  suspectOnline: 'Instagram @bigm_213',
  suspectOther: 'Says he is her boyfriend; about 30.',
  guardians: 'Rosa Díaz, grandmother and legal guardian, (323) 555-0101',
  childGradeClass: '9th grade, homeroom 214',
} as const;
const REPORTER = {
  reporterBusinessAddress: '12440 E Imperial Hwy, Norwalk, CA 90650',
  reporterPhone: '(562) 555-0133',
  suspicionBasis: 'The youth was advertised online; an older man collects the money.',
  suspicionSource: 'A screenshot a classmate showed the school counselor.',
} as const;
// 1:30 happens twice in Los Angeles on 1 November 2026 (PDT, then PST); 2:30 on 8 March 2026 never happens.
const REPEATED = '2026-11-01T01:30';
const SKIPPED = '2026-03-08T02:30';
const READINGS = { first: '2026-11-01T08:30:00.000Z', second: '2026-11-01T09:30:00.000Z' } as const;

/** The PDF's form fields (by name) and the words drawn on its pages. */
async function readPdf(bytes: Uint8Array): Promise<{ fields: Record<string, string>; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), standardFontDataUrl: FONTS, isEvalSupported: false })
    .promise;
  const form = (await PDFDocument.load(bytes)).getForm();
  const fields = Object.fromEntries(
    form.getFields().map((f) => [f.getName(), form.getTextField(f.getName()).getText() ?? '']),
  );
  const words: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    for (const item of (await (await doc.getPage(n)).getTextContent()).items) if ('str' in item) words.push(item.str);
  }
  await doc.destroy();
  return { fields, text: words.join(' ') };
}

const plain = (text: string) => text.replace(/\s+/g, ' ');

async function makeReport(page: Page, locale: Locale, which: 'first' | 'second') {
  const t = (key: Parameters<typeof msg>[1], values?: Parameters<typeof msg>[2]) => msg(locale, key, values);
  // Where a person starts: their work page, "Open a response", for a youth not identified yet.
  await open(page, `${env.harbor.url}/app`);
  await page.getByTestId('home-open-response').click();
  await page.locator('label', { hasText: t('responseWeb.open.whoUnidentified') }).click();
  await page.locator('label', { hasText: t('responseWeb.openedBy.disclosure') }).click();
  await page.getByRole('button', { name: t('responseWeb.open.submit') }).click();
  await page.waitForURL(/\/app\/responses\/[0-9a-f-]{36}$/);

  // The telephone report (a consultation: no referral number); the time field names the county's zone.
  const call = page.getByTestId('telephone-form');
  await call.waitFor();
  expect(await visibleText(call)).toContain(t('dateTime.zone', { zone: zoneLong(locale) }));
  await call.getByLabel(t('responseWeb.telephone.worker')).fill('Hotline worker Ruiz');
  await call.getByLabel(t('responseWeb.telephone.category')).selectOption('consultation');
  // A time the clocks skip stops the form (which checks its fields natively), and the field says why.
  const calledAt = call.getByLabel(t('responseWeb.telephone.at'));
  const now = await calledAt.inputValue();
  await calledAt.fill(SKIPPED);
  await call.getByRole('button', { name: t('responseWeb.telephone.submit') }).click();
  await call.getByText(t('dateTime.skipped')).waitFor();
  expect(await calledAt.evaluate((input) => (input as HTMLInputElement).validity.valid)).toBe(false);
  expect(await page.getByTestId('telephone-reports').count()).toBe(0);
  await calledAt.fill(now);
  await call.getByRole('button', { name: t('responseWeb.telephone.submit') }).click();
  await page.getByTestId('telephone-reports').waitFor();

  // The written report: no child's name (the field says the report is made without it), the person suspected.
  const report = page.getByTestId('written-report');
  const field = (name: string) =>
    report.getByLabel(t(`response.writtenReport.field.${name}` as Parameters<typeof msg>[1]), { exact: false });
  await field('childName').waitFor();
  expect(await field('childName').inputValue()).toBe('');
  expect(await visibleText(report)).toContain(t('responseWeb.written.childNameHint'));
  expect(await visibleText(report.getByTestId('report-section-suspect'))).toContain(
    t('responseWeb.written.suspectIntro'),
  );
  for (const [name, value] of Object.entries({ ...REPORTER, ...SUSPECT })) await field(name).fill(value);
  await report.getByRole('button', { name: t('responseWeb.written.save'), exact: true }).click();
  await page.getByTestId('response-flash').getByText(t('responseWeb.written.saved')).waitFor();

  // When it was sent: a time the clocks skip is refused, in words; one they show twice asks which, none chosen.
  const sentAt = report.getByLabel(t('responseWeb.written.submittedAt'));
  await sentAt.fill(SKIPPED);
  await report.getByText(t('dateTime.skipped')).first().waitFor();
  await report.getByLabel(t('responseWeb.written.method')).selectOption('online_system');
  await report.getByTestId('written-report-review').click();
  const summary = page.getByTestId('error-summary');
  await expect.poll(() => visibleText(summary)).toContain(t('dateTime.skipped'));
  await sentAt.fill(REPEATED);
  const repeated = report.getByTestId('report-submitted-at-repeated');
  await repeated.waitFor();
  const first = repeated.getByRole('radio').first();
  expect(await repeated.getByRole('radio').evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).checked))).toEqual(
    [false, false],
  );
  await report.getByTestId('written-report-review').click();
  await expect.poll(() => visibleText(summary)).toContain(t('dateTime.repeated.required'));
  // The summary's link takes the person to the choice.
  await summary.getByRole('link', { name: t('dateTime.repeated.required') }).click();
  await expect.poll(() => first.evaluate((r) => r === document.activeElement)).toBe(true);
  await checkScreenAsIs(page, `written-report-repeated-hour-${which}`, [DESKTOP, PHONE]);
  const zoneAbbr = which === 'first' ? 'PDT' : 'PST';
  await repeated.locator('label', { hasText: zoneAbbr }).click();

  // The review shows what will be recorded: the time with its zone, the child's name not known, the person suspected.
  await report.getByTestId('written-report-review').click();
  const review = report.getByTestId('written-report-review-step');
  await review.waitFor();
  const when = formatInZone(new Date(READINGS[which]), DEFAULT_TIME_ZONE, locale);
  const reviewText = await visibleText(review);
  expect(plain(reviewText)).toContain(plain(when));
  expect(reviewText).toContain(t('response.writtenReport.childNameUnknown'));
  for (const value of Object.values(SUSPECT)) expect(reviewText).toContain(value);
  await checkScreenAsIs(page, `written-report-review-${which}`, [DESKTOP, PHONE]);
  await review.getByRole('button', { name: t('responseWeb.written.submit') }).click();
  await page.getByTestId('response-flash').getByText(t('responseWeb.written.submitted')).waitFor();
  await expect.poll(() => visibleText(report.getByTestId('written-report-sent'))).toContain(zoneAbbr);
  const shown = await visibleText(report.getByTestId('written-report-fields'));
  expect(shown).toContain(t('response.writtenReport.section.suspect'));
  expect(shown).toContain(SUSPECT.suspectVehicle);

  // The PDF, downloaded as a person would: the fields as sent, the child's name not known, the time on the county's clock.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByTestId('written-report-pdf').click(),
  ]);
  const pdf = await readPdf(new Uint8Array(await readFile((await download.path())!)));
  for (const [name, value] of Object.entries({ ...REPORTER, ...SUSPECT })) expect(pdf.fields[name], name).toBe(value);
  expect(pdf.fields.childName).toBe(t('response.writtenReport.childNameUnknown'));
  expect(plain(pdf.text)).toContain(plain(`${t('response.writtenReport.submittedAt')}: ${when}`));
  expect(pdf.text).toContain(t('response.writtenReport.section.suspect'));
  expect(pdf.text).not.toMatch(/UTC|GMT|\d{4}-\d{2}-\d{2}T/);
}

const zoneLong = (locale: Locale) =>
  locale === 'es' ? 'hora del Pacífico (Los Angeles)' : 'Pacific Time (Los Angeles)';

// Each on a device in another zone than the county's: the page still reads and writes Los Angeles time.
const CASES = [
  {
    name: 'in English at 1280 px, the second 1:30 (PST)',
    locale: 'en',
    device: 'en-US',
    zone: 'America/New_York',
    screen: DESKTOP,
    which: 'second',
  },
  {
    name: 'in Spanish at 320 px, the first 1:30 (PDT)',
    locale: 'es',
    device: 'es-MX',
    zone: 'Asia/Tokyo',
    screen: PHONE,
    which: 'first',
  },
] as const;

describe('the written report (PC 11167(a))', () => {
  for (const c of CASES) {
    it(`is made without the child’s name, with the person suspected, on the county’s clock, ${c.name}`, async () => {
      const context = await newContext(env.browser, {
        serviceWorkers: 'block',
        locale: c.device,
        timezoneId: c.zone,
        viewport: { width: c.screen.width, height: c.screen.height },
        acceptDownloads: true,
      });
      const problems = await watchContext(context, env.harbor.url);
      enrolled = await signInThroughApi(context, env.harbor, WORKER, enrolled);
      await makeReport(await context.newPage(), c.locale, c.which);
      expect(unexpectedConsoleErrors(problems)).toEqual([]);
      await context.close();
    }, 120_000);
  }
});
