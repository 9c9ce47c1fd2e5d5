import { type CourtProgramDefinition, programProblems, SHIPPED_COURT_PROGRAMS, translate } from '@harbor/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { DefinitionStore } from '../../definitions/definition-store.js';
import { harborErrorWithMessage } from '../../errors.js';

const message = z.strictObject({ en: z.string().min(1), es: z.string().min(1) });
const rule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('min_weeks'), weeks: z.number() }),
  z.strictObject({ kind: z.literal('hearings_attended'), count: z.number() }),
  z.strictObject({ kind: z.literal('no_sanction_weeks'), weeks: z.number() }),
]);
const ProgramSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,59}$/, 'lowercase letters, digits and hyphens, starting with a letter'),
  version: z.number(),
  court: z.enum(['delinquency', 'dependency']),
  name: message,
  hearingCadenceDays: z.number().nullable(),
  caseloadCap: z.number().nullable(),
  reportDueDaysBefore: z.number(),
  offeredAt: z.literal('disposition').nullable(),
  phases: z.array(z.strictObject({ id: z.string().min(1).max(60), name: message, advanceWhen: z.array(rule) })),
});

/** "phases[0].advanceWhen[1].weeks", as the file's author reads it. */
const pathOf = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');

/** Court programs kept as data (STAR and DREAM ship; a county imports its own): parsed, then core's checks. */
export const courtPrograms = new DefinitionStore<CourtProgramDefinition>(
  'court_program',
  (input) => {
    const parsed = ProgramSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, errors: parsed.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })) };
    }
    const problems = programProblems(parsed.data);
    return problems.length > 0
      ? { ok: false, errors: problems.map((p) => ({ path: p.path, message: translate('en', p.problem) })) }
      : { ok: true, value: parsed.data };
  },
  SHIPPED_COURT_PROGRAMS,
);

/** A program's version, or 404 in the caller's language. */
export async function programOf(db: Kysely<Database>, id: string, version: number): Promise<CourtProgramDefinition> {
  const program = await courtPrograms.find(db, id, version);
  if (!program) throw harborErrorWithMessage('not_found', 'court.program.unknown', `no court program ${id}@${version}`);
  return program;
}

/** The newest version of a program, or 404. */
export async function newestProgram(db: Kysely<Database>, id: string): Promise<CourtProgramDefinition> {
  const found = (await courtPrograms.newest(db)).find((p) => p.definition.id === id);
  if (!found) throw harborErrorWithMessage('not_found', 'court.program.unknown', `no court program ${id}`);
  return found.definition;
}

/** The most days before a hearing any program's reports are due (how far ahead a report's clock looks). */
export const longestReportLead = async (db: Kysely<Database>): Promise<number> =>
  Math.max(0, ...(await courtPrograms.newest(db)).map((p) => p.definition.reportDueDaysBefore));
