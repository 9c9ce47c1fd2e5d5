import { z } from 'zod';
import { AGENCY_KINDS } from '../access/agencies.js';
import { ROLES } from '../access/roles.js';
import { OPENED_BY, type OpenedBy } from './opened-by.js';

/**
 * A response protocol as data: its steps, who owns each, what starts each clock, when each is due, how it is completed
 * and whom to tell when it is overdue. Shared by the server (which runs responses) and the web app (which shows them).
 */

const bilingual = z.strictObject({ en: z.string().trim().min(1).max(4000), es: z.string().trim().min(1).max(4000) });
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes');

export { OPENED_BY, type OpenedBy } from './opened-by.js';

/** The facts a step can depend on, recorded when a response opens. */
export interface ProtocolFacts {
  opened_by: OpenedBy;
  on_probation: boolean;
  reporter_is_law_enforcement: boolean;
  /** The youth receives child welfare services (a dependent, or in foster care): PC 11166(j)'s 24-hour reports. */
  in_child_welfare?: boolean;
}

/** The yes-or-no facts; one missing from a response opened before it existed reads as no. */
export const BOOLEAN_FACTS = ['on_probation', 'reporter_is_law_enforcement', 'in_child_welfare'] as const;

const Condition = z.union([
  z.strictObject({ fact: z.literal('opened_by'), in: z.array(z.enum(OPENED_BY)).min(1) }),
  z.strictObject({ fact: z.enum(BOOLEAN_FACTS), equals: z.boolean() }),
]);
export type StepCondition = z.infer<typeof Condition>;

const Start = z.union([
  z.strictObject({ on: z.literal('response_opened') }),
  z.strictObject({ on: z.literal('recovery') }),
  /**
   * When the reporter received the information (PC 11166(a): the written report is due "within 36 hours of receiving
   * the information concerning the incident", not of the call). The response records it (`learnedAt`).
   */
  z.strictObject({ on: z.literal('information_received') }),
  /** The recovery where there is one, else the response's opening (the protocol's 72 hours and 90 days). */
  z.strictObject({ on: z.literal('recovery_or_opening') }),
  z.strictObject({ on: z.literal('step_completed'), step: id }),
]);

export const COMPLETIONS = ['manual', 'telephone_report', 'written_report', 'cross_report'] as const;

export const ProtocolStepSchema = z.strictObject({
  id,
  title: bilingual,
  description: bilingual,
  /** A role, or 'opener': the person who opened the response (the mandated reporter). */
  owner: z.strictObject({
    role: z.enum([...ROLES, 'opener']),
    agencyKind: z.enum(AGENCY_KINDS).optional(),
  }),
  start: Start,
  due: z.strictObject({
    minutes: z
      .number()
      .int()
      .min(0)
      .max(366 * 24 * 60),
  }),
  completion: z.enum(COMPLETIONS),
  appliesWhen: z.array(Condition).max(5).optional(),
  escalation: z
    .array(
      z.strictObject({
        afterMinutesOverdue: z
          .number()
          .int()
          .min(0)
          .max(30 * 24 * 60),
        notify: z.enum(['owner', 'owner_supervisor']),
      }),
    )
    .max(5)
    .optional(),
  /** An engagement that lasts at least this many days once started (the advocate's 90 days). */
  minimumDays: z.number().int().min(1).max(3650).optional(),
  /**
   * A service the youth may decline (the advocate's engagement): its owner records it as declined by the youth, a
   * closed step that is neither done nor overdue.
   */
  declinable: z.boolean().optional(),
  /**
   * The field class of the step's notes (docs/security.md). Without it, the notes of a step owned by a clinician or a
   * health provider are clinical ("STI test positive"), and the others protocol.
   */
  noteClass: z.enum(['protocol', 'clinical']).optional(),
});
export type ProtocolStep = z.infer<typeof ProtocolStepSchema>;

export const ProtocolDefinitionSchema = z.strictObject({
  id,
  version: z.number().int().positive(),
  title: bilingual,
  description: bilingual,
  source: bilingual,
  steps: z.array(ProtocolStepSchema).min(1).max(50),
});
export type ProtocolDefinition = z.infer<typeof ProtocolDefinitionSchema>;

type Problem = { path: string; message: string };

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    '',
  );
}

/** Checks beyond the shape: unique ids, references that exist, no cycle of steps waiting for each other. */
function crossChecks(protocol: ProtocolDefinition): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  protocol.steps.forEach((step, i) => {
    if (ids.has(step.id)) problems.push({ path: `steps[${i}].id`, message: `the step id "${step.id}" is used twice` });
    ids.set(step.id, i);
  });
  protocol.steps.forEach((step, i) => {
    if (step.start.on === 'step_completed' && !ids.has(step.start.step)) {
      problems.push({ path: `steps[${i}].start.step`, message: `no step has the id "${step.start.step}"` });
    }
    const escalation = step.escalation ?? [];
    escalation.forEach((rule, j) => {
      if (j > 0 && rule.afterMinutesOverdue < escalation[j - 1]!.afterMinutesOverdue) {
        problems.push({
          path: `steps[${i}].escalation[${j}].afterMinutesOverdue`,
          message: 'escalations must be in ascending order of time',
        });
      }
    });
  });
  // A step waiting for itself, directly or through others, would never start.
  protocol.steps.forEach((step, i) => {
    const seen = new Set<string>([step.id]);
    let current = step;
    while (current.start.on === 'step_completed') {
      const next = protocol.steps.find((s) => s.id === (current.start as { step: string }).step);
      if (!next) break;
      if (seen.has(next.id)) {
        problems.push({ path: `steps[${i}].start.step`, message: 'the steps wait for each other in a circle' });
        break;
      }
      seen.add(next.id);
      current = next;
    }
  });
  return problems;
}

/** Reads a protocol definition, listing every problem (with where it is) when there is any. */
export function parseProtocol(
  input: unknown,
): { ok: true; protocol: ProtocolDefinition } | { ok: false; errors: Problem[] } {
  const parsed = ProtocolDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message })),
    };
  }
  const problems = crossChecks(parsed.data);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, protocol: parsed.data };
}

/** The field class of a step's notes: as the step says, else clinical for clinical and health owners. */
export function stepNoteClass(step: Pick<ProtocolStep, 'owner' | 'noteClass'> | undefined): 'protocol' | 'clinical' {
  if (!step) return 'clinical';
  if (step.noteClass) return step.noteClass;
  return step.owner.role === 'clinician' || step.owner.role === 'health_provider' ? 'clinical' : 'protocol';
}

/** Whether a step applies to a response with these facts. */
export function stepApplies(step: ProtocolStep, facts: ProtocolFacts): boolean {
  return (step.appliesWhen ?? []).every((condition) =>
    'in' in condition ? condition.in.includes(facts.opened_by) : (facts[condition.fact] ?? false) === condition.equals,
  );
}
