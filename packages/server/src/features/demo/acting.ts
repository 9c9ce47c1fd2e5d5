import { randomUUID } from 'node:crypto';
import {
  ActionBody,
  AddMemberBody,
  type Answers,
  BreakGlassBody,
  type CareTeamBasis,
  CompleteStepBody,
  CorrectionBody,
  CrisisBody,
  CrisisPlanBody,
  DEFAULT_TIME_ZONE,
  type InstrumentDefinition,
  NewYouthBody,
  NotApplicableBody,
  OpenResponseBody,
  type Permission,
  type ScreeningLevel,
  SubmitBody,
  TelephoneReportBody,
  UpdateBody,
  visibleItemIds,
  WRITTEN_REPORT_FIELDS,
  WrittenReportBody,
  type WrittenReportField,
  YouthPatchBody,
} from '@harbor/core';
import type { z } from 'zod';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { completeStep } from '../response/complete-step.js';
import { openCrisis, saveCrisisPlan } from '../response/crisis.js';
import { markStepNotApplicable } from '../response/mark-step-not-applicable.js';
import { openResponse } from '../response/open-response.js';
import { readResponse } from '../response/read-response.js';
import { readWrittenReport } from '../response/read-written-report.js';
import { recordAction } from '../response/record-action.js';
import { recordTelephoneReport } from '../response/record-telephone-report.js';
import { saveWrittenReport } from '../response/save-written-report.js';
import { correctScreening } from '../screening/correct-screening.js';
import { linkScreening } from '../screening/link-screening.js';
import { readScreening } from '../screening/read-screening.js';
import { submitScreening } from '../screening/submit-screening.js';
import { updateDraft } from '../screening/update-draft.js';
import { addCareTeamMember } from '../youth/add-care-team-member.js';
import { createYouth } from '../youth/create-youth.js';
import { openBreakGlass } from '../youth/open-break-glass.js';
import { readYouth } from '../youth/read-youth.js';
import { updateYouth } from '../youth/update-youth.js';

/**
 * What the fictional staff do, each through the use case the API calls for it, as the API would call it: the request
 * body checked by the route's own schema (core's contracts), the route's permission held by the person's role, the
 * records gate deciding need-to-know, field classes and the audit trail. A version a request needs (a step's, a
 * draft's, a report's) is read first through the read use case, as the web app does. Whatever the API would refuse,
 * this refuses too, and the seed stops.
 */

type Input<S extends z.ZodType> = z.input<S>;
type Time = Date;
const iso = (at: Time) => at.toISOString();

/** Yes/no, concern and text answers, in the items' own terms ('yes', 'clear', free text…). */
export type GivenAnswers = Answers;

/** The answers of a completed screening: every visible item, the given ones as given and the others quiet. */
export function answersFor(instrument: InstrumentDefinition, given: GivenAnswers): Answers {
  const items = new Map(instrument.domains.flatMap((d) => d.items).map((i) => [i.id, i]));
  for (const id of Object.keys(given)) {
    if (!items.has(id)) throw new Error(`${instrument.id} has no item ${id}`);
  }
  let answers: Answers = { ...given };
  // Skip logic can show an item only once another is answered: settle in a few rounds.
  for (let round = 0; round < 4; round++) {
    const next: Answers = {};
    for (const id of visibleItemIds(instrument, answers)) {
      const item = items.get(id)!;
      if (id in given) next[id] = given[id]!;
      else if (item.answer.type === 'yes_no_unknown') next[id] = 'no';
      else if (item.answer.type === 'concern') next[id] = 'none';
      else if (item.required !== false) throw new Error(`${instrument.id}: say how ${id} is answered`);
    }
    answers = next;
  }
  return answers;
}

export class Acting {
  /** What the stories made, for the seed's summary. */
  readonly made = { youth: 0, screenings: 0, responses: 0 };

  constructor(private readonly gate: RecordsGate) {}

  private need(by: Actor, permission: Permission): void {
    if (!by.permissions.has(permission)) {
      throw new HarborError('forbidden', `${by.displayName} (${by.role}) may not use ${permission}`);
    }
  }

  // Youth records and care teams.

  async createYouth(by: Actor, body: Input<typeof NewYouthBody>): Promise<string> {
    this.need(by, 'youth.write');
    const outcome = await createYouth({ gate: this.gate, actor: by, body: NewYouthBody.parse(body) });
    if ('duplicates' in outcome) throw new Error(`${body.legalName.given} looks like a youth already in Harbor`);
    this.made.youth++;
    return outcome.id;
  }

  async updateYouth(by: Actor, youthId: string, change: Omit<Input<typeof YouthPatchBody>, 'version'>) {
    this.need(by, 'youth.write');
    const current = await readYouth({ gate: this.gate, actor: by, youthId });
    await updateYouth({
      gate: this.gate,
      actor: by,
      youthId,
      body: YouthPatchBody.parse({ ...change, version: current.version }),
    });
  }

  async addToTeam(by: Actor, youthId: string, members: readonly Actor[], basis: Exclude<CareTeamBasis, 'creator'>) {
    this.need(by, 'care_team.manage');
    for (const member of members) {
      const body = AddMemberBody.parse({ userId: member.userId, basis });
      await addCareTeamMember({ gate: this.gate, actor: by, youthId, userId: body.userId, basis: body.basis });
    }
  }

  async breakGlass(by: Actor, youthId: string, reason: string): Promise<void> {
    this.need(by, 'break_glass.use');
    await openBreakGlass({ gate: this.gate, actor: by, youthId, reason: BreakGlassBody.parse({ reason }).reason });
  }

  // Screenings.

  /** A completed screening (checked to end at the level the story says), or a draft. Returns its id. */
  async screen(
    by: Actor,
    instrument: InstrumentDefinition,
    input: { youthId: string | null; given: GivenAnswers; expect: ScreeningLevel | 'draft' },
  ): Promise<string> {
    this.need(by, 'youth.write');
    const complete = input.expect !== 'draft';
    const body = SubmitBody.parse({
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      youthId: input.youthId,
      answers: complete ? answersFor(instrument, input.given) : input.given,
      complete,
      idempotencyKey: randomUUID(),
    });
    const { screening } = await submitScreening({ gate: this.gate, actor: by, body });
    if (input.expect !== 'draft') this.expectLevel(screening, input.expect);
    this.made.screenings++;
    return screening.id;
  }

  /** Saves more answers into a draft (it stays a draft). */
  async saveDraft(by: Actor, screeningId: string, answers: GivenAnswers): Promise<void> {
    this.need(by, 'youth.write');
    const current = await readScreening({ gate: this.gate, actor: by, screeningId });
    await updateDraft({
      gate: this.gate,
      actor: by,
      screeningId,
      body: UpdateBody.parse({ answers, version: current.version, complete: false }),
    });
  }

  /** Corrects a completed screening (a new version naming the one it corrects); returns the new version's id. */
  async correct(
    by: Actor,
    instrument: InstrumentDefinition,
    screeningId: string,
    input: { given: GivenAnswers; reason: string; expect: ScreeningLevel },
  ): Promise<string> {
    this.need(by, 'youth.write');
    const body = CorrectionBody.parse({
      answers: answersFor(instrument, input.given),
      reason: input.reason,
      idempotencyKey: randomUUID(),
    });
    const { screening } = await correctScreening({ gate: this.gate, actor: by, screeningId, body });
    this.expectLevel(screening, input.expect);
    this.made.screenings++;
    return screening.id;
  }

  async link(by: Actor, screeningId: string, youthId: string): Promise<void> {
    this.need(by, 'youth.write');
    await linkScreening({ gate: this.gate, actor: by, screeningId, youthId });
  }

  private expectLevel(screening: { id: string; level?: string | null }, level: ScreeningLevel): void {
    if (screening.level !== level) {
      throw new Error(`screening ${screening.id} ended at ${screening.level ?? 'no level'}, not ${level}`);
    }
  }

  // Responses.

  async open(by: Actor, body: Input<typeof OpenResponseBody>): Promise<string> {
    this.need(by, 'youth.write');
    const id = await openResponse({ gate: this.gate, actor: by, body: OpenResponseBody.parse(body) });
    this.made.responses++;
    return id;
  }

  async telephoneReport(
    by: Actor,
    responseId: string,
    input: Omit<Input<typeof TelephoneReportBody>, 'calledAt'> & { calledAt: Time },
  ): Promise<void> {
    this.need(by, 'youth.write');
    const body = TelephoneReportBody.parse({ ...input, calledAt: iso(input.calledAt) });
    await recordTelephoneReport({ gate: this.gate, actor: by, responseId, body });
  }

  /**
   * The reporter saves the written report (SS 8572): what Harbor pre-filled (or saved before), with the story's
   * additions; with `submittedAt` it is marked submitted.
   */
  async writtenReport(
    by: Actor,
    responseId: string,
    input: { fields: Partial<Record<WrittenReportField, string>>; submittedAt?: Time },
  ): Promise<void> {
    this.need(by, 'youth.write');
    const current = await readWrittenReport({ gate: this.gate, actor: by, responseId });
    const before = current.fields ?? {};
    const fields = Object.fromEntries(
      WRITTEN_REPORT_FIELDS.map((f) => [f, input.fields[f] ?? (before as Record<string, string>)[f] ?? '']),
    );
    const body = WrittenReportBody.parse({
      fields,
      version: current.version,
      ...(input.submittedAt ? { submittedAt: iso(input.submittedAt) } : {}),
    });
    await saveWrittenReport({ gate: this.gate, actor: by, responseId, body });
  }

  private async stepVersion(by: Actor, responseId: string, stepId: string): Promise<number> {
    const response = await readResponse({ gate: this.gate, actor: by, responseId });
    const step = response.steps.find((s) => s.stepId === stepId);
    if (!step) throw new Error(`response ${responseId} has no step ${stepId}`);
    return step.version;
  }

  async complete(
    by: Actor,
    responseId: string,
    stepId: string,
    input: { note?: string; completedAt?: Time } = {},
  ): Promise<void> {
    this.need(by, 'youth.write');
    const body = CompleteStepBody.parse({
      version: await this.stepVersion(by, responseId, stepId),
      ...(input.completedAt ? { completedAt: iso(input.completedAt) } : {}),
      ...(input.note ? { note: input.note } : {}),
    });
    await completeStep({ gate: this.gate, actor: by, responseId, stepId, body });
  }

  async notApplicable(by: Actor, responseId: string, stepId: string, reason: string): Promise<void> {
    this.need(by, 'youth.write');
    const body = NotApplicableBody.parse({ version: await this.stepVersion(by, responseId, stepId), reason });
    await markStepNotApplicable({ gate: this.gate, actor: by, responseId, stepId, body });
  }

  async openCrisis(by: Actor, responseId: string, reason: string): Promise<void> {
    this.need(by, 'youth.write');
    await openCrisis({ gate: this.gate, actor: by, responseId, reason: CrisisBody.parse({ reason }).reason });
  }

  async saveCrisisPlan(by: Actor, responseId: string, plan: Input<typeof CrisisPlanBody>['plan']): Promise<void> {
    this.need(by, 'youth.write');
    const response = await readResponse({ gate: this.gate, actor: by, responseId });
    const body = CrisisPlanBody.parse({ version: response.version, plan });
    await saveCrisisPlan({ gate: this.gate, actor: by, responseId, body });
  }

  /**
   * A law-enforcement action that SB 1322 forbids for a minor: Harbor refuses it, records the refusal in the audit
   * trail and stores nothing. Anything but that refusal stops the seed.
   */
  async refusedCharge(by: Actor, responseId: string, input: Input<typeof ActionBody>): Promise<void> {
    this.need(by, 'youth.write');
    const body = ActionBody.parse(input);
    try {
      await recordAction({
        gate: this.gate,
        actor: by,
        responseId,
        timeZone: DEFAULT_TIME_ZONE,
        body: { kind: body.kind, code: body.code, ageYears: body.ageYears ?? null },
      });
    } catch (error) {
      if (error instanceof HarborError && error.fields?.some((f) => f.message === 'response.sb1322.refused')) return;
      throw error;
    }
    throw new Error(`SB 1322 did not refuse ${body.kind} under ${body.code}`);
  }
}
