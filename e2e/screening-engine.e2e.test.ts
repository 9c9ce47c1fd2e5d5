import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Answers, type InstrumentDefinition, SHIPPED_INSTRUMENTS, scoreScreening } from '@harbor/core';
import fc from 'fast-check';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerSetArbitrary } from '../packages/core/src/screening/testing.js';
import {
  type Account,
  apiPost,
  createUserThroughApi,
  FIRST_ADMIN,
  setUpFirstAdministrator,
  signInThroughApi,
} from './support/accounts.js';
import { newContext } from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';

/**
 * The level of concern must not depend on where it is computed: the browser scores a screening on the spot (even
 * offline) and the server scores it again when it arrives. This builds the core's screening engine for the browser with
 * the web app's bundler, runs it in the real Chromium, and compares its results with the server's engine in Node and
 * with what the running server stores, for thousands of generated answer sets.
 */
const env = useHarborAndBrowser();
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PER_INSTRUMENT = 1500;
const THROUGH_SERVER = 60;

const CLINICIAN: Account = {
  displayName: 'Rosa Delgado',
  email: 'rosa.delgado@dmh.lacounty.example',
  password: 'quiet harbor morning bell',
  agencyName: FIRST_ADMIN.agencyName,
  agencyKind: 'mental_health',
};

let bundle: string;

/**
 * Generated answer sets, many of them mostly quiet: uniformly random answers to a long instrument nearly always hold
 * some concern, and the comparison must cover every level. A share `quiet` of the yes/no and concern answers becomes
 * "no" or "none".
 */
function answerSets(instrument: InstrumentDefinition, count: number, seed: number): Answers[] {
  const items = instrument.domains.flatMap((d) => d.items);
  const arbitrary = fc
    .tuple(
      answerSetArbitrary(instrument),
      fc.constantFrom(0, 0.5, 0.8, 0.95, 1),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: items.length, maxLength: items.length }),
    )
    .map(([answers, quiet, draws]) => {
      const out: Answers = { ...answers };
      items.forEach((item, i) => {
        if (!(item.id in out) || draws[i]! >= quiet) return;
        if (item.answer.type === 'yes_no_unknown') out[item.id] = 'no';
        else if (item.answer.type === 'concern') out[item.id] = 'none';
      });
      return out;
    });
  return fc.sample(arbitrary, { numRuns: count, seed });
}

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'harbor-engine-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: {
        entry: join(ROOT, 'packages/core/src/screening/index.ts'),
        formats: ['iife'],
        name: 'HarborScreening',
        fileName: () => 'engine.js',
      },
    },
  });
  bundle = readFileSync(join(outDir, 'engine.js'), 'utf8');
  rmSync(outDir, { recursive: true, force: true });
  await setUpFirstAdministrator(env.harbor);
}, 120_000);

describe('screening engine: browser and server agree', () => {
  it('gives the same level, reasons and safety flag for generated answer sets', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    // A blank page of our own: no network, no policy; the engine arrives as a script.
    await page.setContent('<!doctype html><title>engine</title>');
    await page.addScriptTag({ content: bundle });

    for (const instrument of SHIPPED_INSTRUMENTS) {
      const sets = answerSets(instrument, PER_INSTRUMENT, 20261128);
      const inBrowser = await page.evaluate(
        ([definition, answerSets]) => {
          const engine = (
            globalThis as unknown as Record<string, { scoreScreening: (i: unknown, a: unknown) => unknown }>
          ).HarborScreening!;
          return answerSets.map((answers) => JSON.stringify(engine.scoreScreening(definition, answers)));
        },
        [instrument, sets] as const,
      );
      const inNode = sets.map((answers) => JSON.stringify(scoreScreening(instrument, answers)));
      expect(inBrowser).toEqual(inNode);
      // The generator reaches every level, or the comparison would prove little.
      const levels = new Set(inNode.map((r) => (JSON.parse(r) as { level: string }).level));
      expect([...levels].sort(), instrument.id).toEqual(['clear', 'none', 'possible']);
    }
    await context.close();
  });

  it('stores what the browser computed when the screening is submitted to the running server', async () => {
    const admin = await newContext(env.browser);
    await signInThroughApi(admin, env.harbor, FIRST_ADMIN);
    const agencies = (await (await admin.request.get(`${env.harbor.url}/api/v1/agencies`)).json()) as {
      id: string;
      name: string;
    }[];
    await createUserThroughApi(
      env.harbor,
      admin,
      CLINICIAN,
      'clinician',
      agencies.find((a) => a.name === FIRST_ADMIN.agencyName)!.id,
    );
    await admin.close();
    const clinician = await newContext(env.browser);
    await signInThroughApi(clinician, env.harbor, CLINICIAN);

    for (const instrument of SHIPPED_INSTRUMENTS) {
      const sets = answerSets(instrument, THROUGH_SERVER, 42);
      for (const answers of sets) {
        const expected = scoreScreening(instrument, answers);
        const stored = await apiPost<{
          level: string;
          safety: boolean;
          result: { reasons: unknown; domains: unknown };
        }>(env.harbor, clinician, '/api/v1/screenings', {
          instrumentId: instrument.id,
          instrumentVersion: instrument.version,
          youthId: null,
          answers,
          complete: true,
          idempotencyKey: randomUUID(),
        });
        expect(stored.level).toBe(expected.level);
        expect(stored.safety).toBe(expected.safety);
        expect(stored.result).toEqual(
          JSON.parse(JSON.stringify({ reasons: expected.reasons, domains: expected.domains })),
        );
      }
    }
    await clinician.close();
  }, 180_000);
});
