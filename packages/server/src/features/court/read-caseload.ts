import { caseloadLines } from '@harbor/core';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { newestProgram } from './programs.js';
import { activeCountsByOfficer, probationOfficersOf } from './queries.js';

/**
 * The probation caseloads of a program: every officer carrying youths in it (and, for a probation agency, its
 * officers carrying none), the cap (STAR: 25) and who is over it. Counts and officers' names only: no youth's data.
 * For probation and the court.
 */
export async function readCaseload(input: { gate: RecordsGate; actor: Actor; programId: string }) {
  const { gate, actor } = input;
  if (actor.agencyKind !== 'probation' && actor.agencyKind !== 'court') {
    // Not refused as forbidden (the role holds the permission): there is no caseload for other agencies to see.
    throw new HarborError('not_found', `caseloads are for probation and the court, not ${actor.agencyKind}`);
  }
  const program = await newestProgram(gate.db, input.programId);
  const counts = await activeCountsByOfficer(gate.db, program.id);
  const names = new Map(counts.map((c) => [c.officerId, c.name]));
  const active = new Map(counts.map((c) => [c.officerId, Number(c.active)]));
  if (actor.agencyKind === 'probation') {
    for (const officer of await probationOfficersOf(gate.db, actor.agencyId)) {
      names.set(officer.id, officer.display_name);
      if (!active.has(officer.id)) active.set(officer.id, 0);
    }
  }
  return {
    programId: program.id,
    cap: program.caseloadCap,
    officers: caseloadLines(active, program.caseloadCap).map((line) => ({
      ...line,
      name: names.get(line.officerId) ?? '',
    })),
  };
}
