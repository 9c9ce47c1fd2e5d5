import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';

/** Launches the system Chromium (or HARBOR_CHROMIUM), headless. One per test file; close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.HARBOR_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A browser context for a user whose browser prefers `locale` (sets navigator.languages and Accept-Language). */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, ...options });
}

/** Loads a page and waits until the app has rendered its heading. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main h1').waitFor();
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page with the WCAG 2.0/2.1 A and AA rules. The source is evaluated through the DevTools
 * protocol (not a <script> tag), so the page's Content-Security-Policy does not block it.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    const results = (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })) as {
      violations: AxeViolation[];
    };
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, WCAG_TAGS);
}

/** Readable one-line-per-problem summary for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`)
    .join('\n');
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

/**
 * Watches a context for console errors, uncaught exceptions, Content-Security-Policy violations and requests that
 * leave `origin`. Attach before opening pages.
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [], foreignRequests: [] };
  await context.exposeBinding('__harborReportCspViolation', (_source, violation: string) => {
    problems.cspViolations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __harborReportCspViolation: (v: string) => void })
        .__harborReportCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const watchPage = (page: Page) => {
    page.on('console', (message) => {
      // The location of a "Failed to load resource" message is the resource's address.
      if (message.type() === 'error') {
        problems.consoleErrors.push(`${page.url()}: ${message.text()} (${message.location().url})`);
      }
    });
    page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
  });
  return problems;
}

/**
 * The console errors that are not the browser's own note of an expected refusal: a 401 answer from the API, which is
 * how Harbor says "not signed in" (the app asks for the session at start) or "that code is wrong", and any other
 * refusal a test provokes on purpose (`expected`: status and API path).
 */
export function unexpectedConsoleErrors(
  problems: PageProblems,
  expected: { status: number; path: string }[] = [],
): string[] {
  const refusal = /Failed to load resource: the server responded with a status of (\d{3}) .*\((https?:\/\/[^)]+)\)$/;
  return problems.consoleErrors.filter((e) => {
    const match = refusal.exec(e);
    if (!match) return true;
    const status = Number(match[1]);
    const path = new URL(match[2]!).pathname;
    if (status === 401 && path.startsWith('/api/v1/')) return false;
    return !expected.some((x) => x.status === status && x.path === path);
  });
}

/** The text a user sees in an element (Playwright's innerText: rendered, whitespace as laid out). */
/**
 * Resolves once the page has run the tasks already queued: the app draws in a MessageChannel task (React's scheduler,
 * Preact's effects here; Playwright's clock does not fake it), and one more message through a channel comes after.
 */
export async function pageTasksRun(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }),
  );
}

export function visibleText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: this is Playwright's Locator, not the DOM property
  return locator.innerText();
}

/** Keeps a picture of the page as `NAME.png` in HARBOR_E2E_SCREENSHOTS, when that is set (for reviewing the design). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  const folder = process.env.HARBOR_E2E_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage });
}
