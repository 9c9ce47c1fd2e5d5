import type { Message } from '../i18n/define.js';

/**
 * Specialty court programs as data (FACTS.md, "Specialty courts"): Harbor ships STAR (delinquency, since 2012: weekly
 * hearings, dedicated probation officers with caseloads of at most 25, education and community advocates in weekly
 * contact) and DREAM (dependency, since 2016, modelled on STAR); a county adds its own definitions beside them.
 *
 * The facts name neither court's phases: the phases shipped here are Harbor's starting point, which each county
 * replaces with its court's own (a definition of the same id and a higher version).
 */
export const COURT_KINDS = ['delinquency', 'dependency'] as const;
export type CourtKind = (typeof COURT_KINDS)[number];

/** What a youth must show before the team may advance them to the next phase. */
export type AdvanceRule =
  /** At least this many weeks in the phase. */
  | { kind: 'min_weeks'; weeks: number }
  /** At least this many hearings attended since the phase began. */
  | { kind: 'hearings_attended'; count: number }
  /** No sanction in the last this many weeks. */
  | { kind: 'no_sanction_weeks'; weeks: number };

export interface CourtPhase {
  id: string;
  name: Message;
  /** Rules to meet before advancing to the next phase (none for the last: graduation follows). */
  advanceWhen: readonly AdvanceRule[];
}

export interface CourtProgramDefinition {
  id: string;
  version: number;
  court: CourtKind;
  name: Message;
  /** Days between hearings when the program sits on a fixed cadence (STAR: weekly); null when set hearing by hearing. */
  hearingCadenceDays: number | null;
  /** The most youths one probation officer supervises in the program (STAR: 25); null for no cap. */
  caseloadCap: number | null;
  /** How many days before a hearing each agency's progress report is due. */
  reportDueDaysBefore: number;
  /** STAR is offered at disposition (a delinquency program); null when enrollment may be offered at any time. */
  offeredAt: 'disposition' | null;
  phases: readonly CourtPhase[];
}

/** A phase the team may advance a youth from after `weeks` in it, `hearings` attended (if any) and `clean` weeks without a sanction. */
const phase = (id: string, name: Message, weeks: number, clean: number, hearings?: number): CourtPhase => ({
  id,
  name,
  advanceWhen: [
    { kind: 'min_weeks', weeks },
    ...(hearings ? [{ kind: 'hearings_attended' as const, count: hearings }] : []),
    { kind: 'no_sanction_weeks', weeks: clean },
  ],
});

/** The phases STAR and DREAM share until a county imports its court's own. */
const defaultPhases = (): CourtPhase[] => [
  phase('engagement', { en: 'Phase 1: engagement', es: 'Fase 1: vinculación' }, 4, 2, 4),
  phase('stability', { en: 'Phase 2: stability', es: 'Fase 2: estabilidad' }, 8, 4, 6),
  phase('growth', { en: 'Phase 3: growth', es: 'Fase 3: crecimiento' }, 12, 6),
  { id: 'transition', name: { en: 'Phase 4: transition', es: 'Fase 4: transición' }, advanceWhen: [] },
];

/** STAR: Succeeding Through Achievement and Resilience (delinquency; weekly; caseloads of at most 25). */
export const STAR_PROGRAM: CourtProgramDefinition = {
  id: 'star',
  version: 1,
  court: 'delinquency',
  name: {
    en: 'STAR court (Succeeding Through Achievement and Resilience)',
    es: 'Tribunal STAR (Éxito a través del logro y la resiliencia)',
  },
  hearingCadenceDays: 7,
  caseloadCap: 25,
  reportDueDaysBefore: 2,
  offeredAt: 'disposition',
  phases: defaultPhases(),
};

/** DREAM: Dedication to Restoration through Empowerment, Advocacy and Mentoring (dependency; modelled on STAR). */
export const DREAM_PROGRAM: CourtProgramDefinition = {
  id: 'dream',
  version: 1,
  court: 'dependency',
  name: {
    en: 'DREAM court (Dedication to Restoration through Empowerment, Advocacy and Mentoring)',
    es: 'Tribunal DREAM (Dedicación a la restauración a través del empoderamiento, la abogacía y la tutoría)',
  },
  hearingCadenceDays: null,
  caseloadCap: null,
  reportDueDaysBefore: 2,
  offeredAt: null,
  phases: defaultPhases(),
};

export const SHIPPED_COURT_PROGRAMS: readonly CourtProgramDefinition[] = [STAR_PROGRAM, DREAM_PROGRAM];

export type ProgramProblem = 'court.program.noPhases' | 'court.program.duplicatePhase' | 'court.program.badNumber';

/** Every problem of a county's definition, each where it is: phases, each once, positive whole numbers. */
export function programProblems(program: CourtProgramDefinition): { path: string; problem: ProgramProblem }[] {
  const problems: { path: string; problem: ProgramProblem }[] = [];
  if (program.phases.length === 0) problems.push({ path: 'phases', problem: 'court.program.noPhases' });
  const seen = new Set<string>();
  program.phases.forEach((phase, i) => {
    if (seen.has(phase.id)) problems.push({ path: `phases[${i}].id`, problem: 'court.program.duplicatePhase' });
    seen.add(phase.id);
  });
  const numbers: [string, number][] = [
    ['version', program.version],
    // Due on the hearing's day itself (0) is allowed.
    ['reportDueDaysBefore', program.reportDueDaysBefore + 1],
    ['hearingCadenceDays', program.hearingCadenceDays ?? 1],
    ['caseloadCap', program.caseloadCap ?? 1],
    ...program.phases.flatMap((p, i) =>
      p.advanceWhen.map((r, j): [string, number] =>
        r.kind === 'hearings_attended'
          ? [`phases[${i}].advanceWhen[${j}].count`, r.count]
          : [`phases[${i}].advanceWhen[${j}].weeks`, r.weeks],
      ),
    ),
  ];
  for (const [path, n] of numbers) {
    if (!Number.isInteger(n) || n <= 0) problems.push({ path, problem: 'court.program.badNumber' });
  }
  return problems;
}

/** Whether a county's definition is usable: its first problem, or null. */
export function checkProgram(program: CourtProgramDefinition): ProgramProblem | null {
  return programProblems(program)[0]?.problem ?? null;
}

/** The phase after this one, or null for the last phase. */
export function nextPhase(program: CourtProgramDefinition, phaseId: string): CourtPhase | null {
  const at = program.phases.findIndex((p) => p.id === phaseId);
  return at >= 0 && at + 1 < program.phases.length ? program.phases[at + 1]! : null;
}

export const isLastPhase = (program: CourtProgramDefinition, phaseId: string): boolean =>
  program.phases.at(-1)?.id === phaseId;

/** What the record says about the youth's time in the current phase. */
export interface PhaseFacts {
  enteredPhaseAt: Date;
  hearingsAttendedInPhase: number;
  lastSanctionAt: Date | null;
  now: Date;
}

const WEEK_MS = 7 * 24 * 3600_000;

/** The rules of the phase the youth has not met yet (empty: the team may advance them). */
export function unmetAdvanceRules(phase: CourtPhase, facts: PhaseFacts): AdvanceRule[] {
  return phase.advanceWhen.filter((rule) => {
    switch (rule.kind) {
      case 'min_weeks':
        return facts.now.getTime() - facts.enteredPhaseAt.getTime() < rule.weeks * WEEK_MS;
      case 'hearings_attended':
        return facts.hearingsAttendedInPhase < rule.count;
      case 'no_sanction_weeks':
        return (
          facts.lastSanctionAt !== null && facts.now.getTime() - facts.lastSanctionAt.getTime() < rule.weeks * WEEK_MS
        );
    }
    return true;
  });
}
