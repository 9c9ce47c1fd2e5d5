import {
  type AuditEventName,
  decideOwnedAccess,
  decideYouthAccess,
  disclosedFieldClasses,
  type FieldClass,
  mayWrite,
  referralSections,
  seesMandatedReport,
  sharedFieldClasses,
  visibleFieldClasses,
  type YouthAccess,
  type YouthAccessFacts,
} from '@harbor/core';
import type { Kysely } from 'kysely';
import { prepareAudit } from '../audit/append-audit.js';
import type { AuditEventInput } from '../audit/events.js';
import { type BatchTransaction, GroupCommitter } from '../audit/group-commit.js';
import {
  type BlindIndexKind,
  blindIndex,
  blindIndexCandidates,
  decryptField,
  encryptField,
  fieldAad,
} from '../crypto/field-encryption.js';
import type { Keyring } from '../crypto/keys.js';
import type { HarborDatabase } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { HarborError, harborErrorWithMessage } from '../errors.js';
import { type Actor, actorFields } from './actor.js';
import { type CanSee, type Classed, holdsYouthData, type Presented, present } from './classed.js';
import type { FeatureRegistry } from './declaration.js';
import { accessFacts, accessFactsMany } from './need-to-know-facts.js';

/**
 * The records gate: the one door to a youth's data. A use case asks it to read or write on behalf of an actor, naming
 * the youth (or how to find the record's youth or owner), the action and the audit event. The gate
 * 1. decides need-to-know with core's pure decision, fed the youth's care team and the actor's grants; without it the
 *    answer is 404, as if nothing existed, and the denial is audited;
 * 2. refuses writes under break-glass (read-only emergency access); an agency that receives an open referral of the
 *    youth reads only the record types and field classes the referral shares (anything else is 404, audited) and
 *    changes only the referral;
 * 3. gives the use case a handle: the database (for a write, the transaction), the decided access, and sealing and
 *    opening of encrypted columns, which must be declared by a feature (so `harbor keys rotate` reaches them);
 * 4. filters what comes back by the field classes the actor may see (values the use case marks with `classed`);
 * 5. audits exactly the fields returned, and, for a write, every event the use case records, in its transaction.
 */

export type Access = YouthAccess | 'creator';

/** Where a record belongs: a youth, or (not linked to a youth yet) the person who made it. */
export type Located =
  /** `mdtMeetingId`: a roster entry of an MDT meeting, which the disclosures at that meeting may open. */
  | { youthId: string; mdtMeetingId?: string }
  | { owner: { userId: string; agencyId: string }; supervisorsSee: boolean; youthId?: null };

export type Target =
  | { youthId: string }
  | {
      recordType: string;
      recordId: string;
      /** Finds the record (in the feature's query module); undefined when there is none (404). */
      locate: (db: Kysely<Database>) => Promise<Located | undefined>;
    }
  /** A new record with no youth or owner yet (a youth's record, a screening of an unidentified youth): its maker acts. */
  | { creating: string };

type Details = NonNullable<AuditEventInput['details']>;

/** An audit event a use case records, without the actor (the gate adds it). */
export type RecordedEvent = Omit<AuditEventInput, 'actorUserId' | 'actorAgencyId' | 'ip' | 'userAgent'>;

export interface RecordHandle {
  readonly db: Kysely<Database>;
  readonly actor: Actor;
  readonly access: Access;
  /** The youth the record belongs to, when it belongs to one. */
  readonly youthId: string | null;
  readonly now: Date;
  /** The field classes the actor sees on this record (a value they wrote they see whatever its class). */
  readonly classes: ReadonlySet<FieldClass>;
  /** Encrypts a value of a declared encrypted column, bound to its table, column and row. */
  seal(table: string, column: string, rowId: string, plaintext: string): string;
  open(table: string, column: string, rowId: string, stored: string): string;
  /** A keyed blind index of a value under the current key (for search without decryption). */
  blindIndex(value: string, kind: BlindIndexKind): string;
  /** The value's blind index under every key of the keyring (matches rows written before a rotation). */
  blindIndexCandidates(value: string, kind: BlindIndexKind): string[];
  /** Records an audit event in this operation's transaction (writes; or extra events of a read, such as a search). */
  record(event: RecordedEvent): void;
  /** Which record a write's result shows (a record it created), for the audit entry of that read. */
  shows(record: { youthId?: string | null; recordId: string }): void;
  /**
   * The access the actor has to each of these youth (those missing: none), e.g. for possible duplicates; a receiving
   * agency's `referral` access only when its referrals share `recordType`.
   */
  accessTo(youthIds: readonly string[], recordType?: string): Promise<Map<string, YouthAccess>>;
  /**
   * Records the refusal the use case is about to throw (a field the role may not write): written in a transaction of
   * its own once the operation's transaction has rolled back, so the refusal is kept and nothing else.
   */
  refuse(event: RecordedEvent): void;
}

export interface ReadOperation<V> {
  /** What the actor tries to do, for a denial's audit entry ('read', 'read_written_report'...). */
  action: string;
  event: AuditEventName;
  recordType: string;
  recordId?: string;
  details?: Details;
  run: (h: RecordHandle) => Promise<V>;
}

export interface WriteOperation<R> {
  action: string;
  /** When the result holds a youth's data, the event its read is audited under. */
  readEvent?: AuditEventName;
  recordType?: string;
  recordId?: string;
  run: (h: RecordHandle) => Promise<R>;
}

export interface ListItem<V> {
  youthId: string | null;
  /** The access of a record not linked to a youth (the caller's own, or their agency's as a supervisor). */
  access?: Access;
  recordType: string;
  recordId: string;
  view: V;
}

export interface GateOptions {
  database: HarborDatabase;
  auditKey: Buffer;
  keyring: Keyring;
  registry: FeatureRegistry;
  now?: () => Date;
}

const READ_ONLY = 'youth.breakGlass.readOnly';

export class RecordsGate {
  /** Commits the gate's changes and audit entries together with other requests' (one fsync per batch). */
  readonly committer: GroupCommitter;

  constructor(private readonly options: GateOptions) {
    this.committer = new GroupCommitter({ database: options.database, auditKey: options.auditKey });
  }

  /** The database, for what is not a youth's data (users, agencies, definitions) and for the features' queries. */
  get db(): Kysely<Database> {
    return this.options.database.db;
  }

  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /**
   * Whether a classed value is shown to an actor with this access; `shared`, for a receiving agency of a referral,
   * narrows the classes to those the referral shares.
   */
  canSee(actor: Actor, access: Access, shared: ReadonlySet<FieldClass> | null = null): CanSee {
    const classes = visibleClasses(actor, access, shared);
    return (value: Classed) => {
      if (value.author !== null && value.author === actor.userId) return true;
      if (value.fieldClass === 'mandated_report')
        return value.report !== null && seesMandatedReport(actor, access, value.report);
      return classes.has(value.fieldClass);
    };
  }

  /** Reads a youth's data (or a record not linked to one yet): need-to-know, field classes, one audit entry. */
  async read<V>(actor: Actor, target: Target, op: ReadOperation<V>): Promise<Presented<V>> {
    const now = this.now();
    const { located, access, shared } = await this.decide(this.db, actor, target, op.action, now, op.recordType);
    const events: RecordedEvent[] = [];
    const refusals: RecordedEvent[] = [];
    const handle = this.handle(this.db, actor, { access, shared }, located, now, events, refusals);
    const view: V = await this.withRefusals(
      actor,
      () => refusals,
      () => op.run(handle),
    );
    const { value, fields } = present(view, this.canSee(actor, access, shared));
    const youthId = located.youthId ?? null;
    const read: AuditEventInput = {
      event: op.event,
      ...actorFields(actor),
      ...(youthId ? { youthId } : {}),
      recordType: op.recordType,
      ...recordIdOf(op.recordId, target),
      fields,
      outcome: 'success',
      details: { access, ...op.details },
    };
    await this.flush([read, ...this.withActor(actor, events)], now);
    return value;
  }

  /**
   * Reads several youths' data at once (lists, searches, deadlines). `run` finds the candidates in the feature's query
   * module, asks `h.accessTo` which the actor may read, and returns the items to show, each naming its youth (or, for
   * a record not linked to a youth, the access it was found under). The gate checks each item's access itself,
   * filters it by that access and audits it by an entry of its own, all in one transaction.
   */
  async readMany<V>(
    actor: Actor,
    input: { event: AuditEventName; details?: Details; mdtMeetingId?: string },
    run: (h: ListHandle) => Promise<ListItem<V>[]>,
  ): Promise<Presented<V>[]> {
    const now = this.now();
    const events: RecordedEvent[] = [];
    const meetingId = input.mdtMeetingId;
    const items = await run({
      db: this.db,
      actor,
      now,
      accessTo: (youthIds, recordType) => this.accessTo(this.db, actor, youthIds, now, recordType, meetingId),
      decide: (youthIds, recordType) => this.decideWithClasses(this.db, actor, youthIds, now, recordType, meetingId),
      open: (table, column, rowId, stored) => this.openValue(table, column, rowId, stored),
      blindIndexCandidates: (value, kind) => blindIndexCandidates(this.options.keyring, value, kind),
      record: (event) => events.push(event),
    });
    const youthIds = items.flatMap((item) => (item.youthId ? [item.youthId] : []));
    const decided = await this.decideMany(this.db, actor, youthIds, now, meetingId);
    const shown: { item: ListItem<V>; value: Presented<V>; fields: string[]; access: Access }[] = [];
    for (const item of items) {
      const youth = item.youthId ? decided.get(item.youthId) : undefined;
      const itemAccess = item.youthId ? youth?.access : item.access;
      const shared = youth ? sharedOf(youth.access, youth.facts, item.recordType) : null;
      if (!itemAccess || shared?.size === 0) {
        throw new HarborError('internal', `a list offered ${item.recordType} ${item.recordId} outside need-to-know`);
      }
      const { value, fields } = present(item.view, this.canSee(actor, itemAccess, shared));
      shown.push({ item, value, fields, access: itemAccess });
    }
    const entries: AuditEventInput[] = shown.map(({ item, fields, access: itemAccess }) => ({
      event: input.event,
      ...actorFields(actor),
      ...(item.youthId ? { youthId: item.youthId } : {}),
      recordType: item.recordType,
      recordId: item.recordId,
      fields,
      outcome: 'success',
      details: { access: itemAccess, ...input.details, ...(meetingId ? { meeting_id: meetingId } : {}) },
    }));
    entries.push(...this.withActor(actor, events));
    await this.flush(entries, now);
    return shown.map((s) => s.value);
  }

  /**
   * Changes a youth's data: need-to-know (a break-glass visitor is refused), one piece of work holding the change and
   * every event the use case records (at least one), and, when the result holds a youth's data, its audited read,
   * committed in a batch with other requests' work (group-commit.ts).
   */
  async write<R>(actor: Actor, target: Target, op: WriteOperation<R>): Promise<Presented<R>> {
    const now = this.now();
    const refusals: RecordedEvent[] = [];
    const denials: RecordedEvent[] = [];
    const recordType = 'recordType' in target ? target.recordType : op.recordType;
    const decideWrite = async (db: Kysely<Database>) => {
      const decided = await this.decide(db, actor, target, op.action, now, op.recordType, denials);
      if (decided.access === 'referral' && !mayWrite(decided.access, recordType)) {
        // A receiving agency changes the referral, nothing else: as if the record did not exist (audited).
        denials.push(denialOf(decided.located, target, op.action));
        throw new HarborError('not_found', `a referral's agency may not ${op.action}`);
      }
      if (!mayWrite(decided.access, recordType)) {
        throw harborErrorWithMessage('forbidden', READ_ONLY, 'break-glass access reads only');
      }
      return decided;
    };
    const work = async (tx: BatchTransaction): Promise<Presented<R>> => {
      const trx = tx.db;
      const { located, access, shared } = await decideWrite(trx);
      const events: RecordedEvent[] = [];
      const shown: { youthId?: string | null; recordId?: string } = {};
      const result: R = await op.run(
        this.handle(trx, actor, { access, shared }, located, now, events, refusals, shown),
      );
      if (events.length === 0) throw new HarborError('internal', `write ${op.action} recorded no audit event`);
      const entries = this.withActor(actor, events);
      if (!holdsYouthData(result)) {
        this.flushInto(tx, entries, now);
        return result as Presented<R>;
      }
      if (!op.readEvent || !op.recordType) {
        throw new HarborError('internal', `write ${op.action} returns a youth's data without a read event`);
      }
      const { value, fields } = present(result, this.canSee(actor, access, shared));
      const youthId = shown.youthId !== undefined ? shown.youthId : (located.youthId ?? null);
      const recordId = shown.recordId ?? op.recordId ?? ('recordId' in target ? target.recordId : undefined);
      entries.push({
        event: op.readEvent,
        ...actorFields(actor),
        ...(youthId ? { youthId } : {}),
        recordType: op.recordType,
        ...(recordId ? { recordId } : {}),
        fields,
        outcome: 'success',
        details: { access, via: op.action },
      });
      this.flushInto(tx, entries, now);
      return value;
    };
    // Denials and refusals are kept although the operation's work rolled back.
    return this.withRefusals(
      actor,
      () => [...denials, ...refusals],
      async () => {
        // A request refused for need-to-know never joins a batch; in the batch the decision is taken again, on the
        // latest data (under the batch's locks).
        if (!('creating' in target)) await decideWrite(this.db);
        return this.committer.run(work);
      },
    );
  }

  /** Records an event with no other change (a refusal, a denial) in a transaction of its own. */
  async audit(actor: Actor, event: RecordedEvent): Promise<void> {
    const now = this.now();
    await this.flush(this.withActor(actor, [event]), now);
  }

  /** Reads a declared encrypted value without an actor (the scheduler, the CLI): only for system work. */
  openValue(table: string, column: string, rowId: string, stored: string): string {
    return decryptField(this.options.keyring, stored, fieldAad(table, column, rowId), {
      purpose: this.options.registry.purposeOf(table, column),
    });
  }

  sealValue(table: string, column: string, rowId: string, plaintext: string): string {
    return encryptField(this.options.keyring, plaintext, fieldAad(table, column, rowId), {
      purpose: this.options.registry.purposeOf(table, column),
    });
  }

  /** The access to each youth the actor may read, with the facts it rests on (a referral's sections, disclosures). */
  private async decideMany(
    db: Kysely<Database>,
    actor: Actor,
    youthIds: readonly string[],
    now: Date,
    meetingId?: string,
  ): Promise<Map<string, { access: YouthAccess; facts: YouthAccessFacts }>> {
    const decided = new Map<string, { access: YouthAccess; facts: YouthAccessFacts }>();
    for (const [youthId, facts] of await accessFactsMany(db, actor, youthIds, meetingId)) {
      const access = decideYouthAccess(actor, facts, now);
      if (access) decided.set(youthId, { access, facts });
    }
    return decided;
  }

  /**
   * The access to each youth for records of a type: a `referral` access counts only when its referrals share that
   * record type, an `mdt_disclosure` only for the meeting's roster entry (none without a record type: a list of
   * another feature never shows a referred youth).
   */
  /** The access to each youth for records of a type with the classes the actor sees on them (see accessTo). */
  private async decideWithClasses(
    db: Kysely<Database>,
    actor: Actor,
    youthIds: readonly string[],
    now: Date,
    recordType: string,
    meetingId?: string,
  ): Promise<Map<string, { access: YouthAccess; classes: Set<FieldClass> }>> {
    const out = new Map<string, { access: YouthAccess; classes: Set<FieldClass> }>();
    for (const [youthId, decided] of await this.decideMany(db, actor, youthIds, now, meetingId)) {
      const shared = sharedOf(decided.access, decided.facts, recordType);
      if (shared?.size === 0) continue;
      out.set(youthId, { access: decided.access, classes: visibleClasses(actor, decided.access, shared) });
    }
    return out;
  }

  private async accessTo(
    db: Kysely<Database>,
    actor: Actor,
    youthIds: readonly string[],
    now: Date,
    recordType?: string,
    meetingId?: string,
  ): Promise<Map<string, YouthAccess>> {
    const access = new Map<string, YouthAccess>();
    for (const [youthId, decided] of await this.decideMany(db, actor, youthIds, now, meetingId)) {
      const shared = sharedOf(decided.access, decided.facts, recordType ?? '');
      if (shared === null || shared.size > 0) access.set(youthId, decided.access);
    }
    return access;
  }

  private handle(
    db: Kysely<Database>,
    actor: Actor,
    { access, shared }: { access: Access; shared: ReadonlySet<FieldClass> | null },
    located: Located,
    now: Date,
    events: RecordedEvent[],
    refusals: RecordedEvent[],
    shown: { youthId?: string | null; recordId?: string } = {},
  ): RecordHandle {
    return {
      db,
      actor,
      access,
      youthId: located.youthId ?? null,
      now,
      classes: visibleClasses(actor, access, shared),
      seal: (table, column, rowId, plaintext) => this.sealValue(table, column, rowId, plaintext),
      open: (table, column, rowId, stored) => this.openValue(table, column, rowId, stored),
      blindIndex: (value, kind) => blindIndex(this.options.keyring, value, kind),
      blindIndexCandidates: (value, kind) => blindIndexCandidates(this.options.keyring, value, kind),
      record: (event) => events.push(event),
      refuse: (event) => refusals.push(event),
      accessTo: (youthIds, recordType) => this.accessTo(db, actor, youthIds, now, recordType, meetingOf(located)),
      shows: (record) => {
        shown.youthId = record.youthId ?? null;
        shown.recordId = record.recordId;
      },
    };
  }

  /** Runs `work`; when it fails, the refusals and denials it recorded are audited before the error goes on. */
  private async withRefusals<T>(
    actor: Actor,
    recorded: () => readonly RecordedEvent[],
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const refusals = recorded();
      if (refusals.length > 0) {
        const now = this.now();
        await this.flush(this.withActor(actor, refusals), now);
      }
      throw error;
    }
  }

  private async decide(
    db: Kysely<Database>,
    actor: Actor,
    target: Target,
    action: string,
    now: Date,
    opRecordType: string | undefined,
    denials?: RecordedEvent[],
  ): Promise<{ located: Located; access: Access; shared: ReadonlySet<FieldClass> | null }> {
    if ('creating' in target) {
      return {
        located: { owner: { userId: actor.userId, agencyId: actor.agencyId }, supervisorsSee: false },
        access: 'creator',
        shared: null,
      };
    }
    const located = 'locate' in target ? await target.locate(db) : target;
    if (!located) throw new HarborError('not_found', `no ${'recordType' in target ? target.recordType : 'record'}`);
    let access: Access | null;
    let shared: ReadonlySet<FieldClass> | null = null;
    if (located.youthId) {
      const facts = await accessFacts(db, actor, located.youthId, meetingOf(located));
      access = decideYouthAccess(actor, facts, now);
      // A receiving agency reads only what its open referrals share, a reader by an MDT disclosure only the meeting's
      // roster entry in the classes disclosed: another record type is as if it did not exist.
      shared = access
        ? sharedOf(access, facts, ('recordType' in target ? target.recordType : opRecordType) ?? '')
        : null;
      if (shared?.size === 0) access = null;
    } else if ('owner' in located) {
      access = decideOwnedAccess(actor, located.owner, located.supervisorsSee);
    } else {
      access = null;
    }
    if (access) return { located, access, shared };
    // As if the record did not exist; the denial is audited (after the rollback, for a write).
    const denial = denialOf(located, target, action);
    if (denials) denials.push(denial);
    else await this.audit(actor, denial);
    throw new HarborError('not_found', `no need-to-know for ${action}`);
  }

  private withActor(actor: Actor, events: readonly RecordedEvent[]): AuditEventInput[] {
    return events.map((event) => ({ ...event, ...actorFields(actor) }));
  }

  /**
   * Checks the operation's entries, each of an event some feature declares (the vocabulary is the features'
   * declarations), before they join a batch.
   */
  private prepare(inputs: readonly AuditEventInput[], now: Date) {
    for (const input of inputs) {
      if (!this.options.registry.auditEvents.has(input.event)) {
        throw new HarborError('internal', `audit event ${input.event} is declared by no feature`);
      }
    }
    return prepareAudit(inputs, now);
  }

  /** Appends entries with no other change, committed with other requests' (group-commit.ts). */
  private flush(inputs: readonly AuditEventInput[], now: Date): Promise<void> {
    return this.committer.audit(this.prepare(inputs, now));
  }

  /** Appends a write's entries after its change, in its batch. */
  private flushInto(tx: BatchTransaction, inputs: readonly AuditEventInput[], now: Date): void {
    tx.audit(this.prepare(inputs, now));
  }
}

/** The MDT meeting whose roster entry a record is, whose disclosures may open it. */
function meetingOf(located: Located): string | undefined {
  return 'mdtMeetingId' in located ? located.mdtMeetingId : undefined;
}

/**
 * The classes a narrowed access opens on a record type (a referral's sections, an MDT meeting's disclosures); null
 * for an access that is not narrowed.
 */
function sharedOf(access: YouthAccess, facts: YouthAccessFacts, recordType: string): Set<FieldClass> | null {
  if (access === 'referral') return sharedFieldClasses(referralSections(facts), recordType);
  if (access === 'mdt_disclosure') return disclosedFieldClasses(facts.disclosures ?? [], recordType);
  return null;
}

/** The classes an actor sees with this access, narrowed for a receiving agency to those its referrals share. */
function visibleClasses(actor: Actor, access: Access, shared: ReadonlySet<FieldClass> | null): Set<FieldClass> {
  const classes = visibleFieldClasses(actor, access);
  if (shared) for (const c of classes) if (!shared.has(c)) classes.delete(c);
  return classes;
}

/** The handle of a list read: the access of each youth the actor may read among those asked about. */
export interface ListHandle {
  db: Kysely<Database>;
  actor: Actor;
  now: Date;
  accessTo: RecordHandle['accessTo'];
  /** As accessTo, with the field classes the actor sees on each youth's records of that type. */
  decide(
    youthIds: readonly string[],
    recordType: string,
  ): Promise<Map<string, { access: YouthAccess; classes: ReadonlySet<FieldClass> }>>;
  open: RecordHandle['open'];
  blindIndexCandidates: RecordHandle['blindIndexCandidates'];
  record: RecordHandle['record'];
}

/** The audit entry of a need-to-know denial. */
function denialOf(located: Located, target: Target, action: string): RecordedEvent {
  const youthId = located.youthId ?? null;
  return {
    event: 'access.denied',
    ...(youthId ? { youthId } : {}),
    recordType: 'recordType' in target ? target.recordType : 'youth',
    ...recordIdOf(undefined, target),
    outcome: 'denied',
    details: { action },
  };
}

function recordIdOf(recordId: string | undefined, target: Target): { recordId?: string } {
  if (recordId) return { recordId };
  if ('recordId' in target) return { recordId: target.recordId };
  if ('youthId' in target) return { recordId: target.youthId };
  return {};
}
