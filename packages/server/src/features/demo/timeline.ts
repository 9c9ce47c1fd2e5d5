import type { HarborDatabase } from '../../db/database.js';
import { DeadlineScheduler } from '../escalation/scheduler.js';
import { nextEscalationDue } from '../response/escalation-queries.js';

/**
 * The demonstration's time. The fictional county's work happened over the last days: each action runs at its own
 * moment of a clock the records gate and the deadline scheduler read, in the order of those moments (whatever order
 * the stories were written in), so every record, step, clock and audit entry carries the time it would have in real
 * use. Between two actions the deadline scheduler runs at each moment an escalation fell due, as a serving Harbor
 * would have; what falls due after the seed is left to the serving Harbor.
 */
export class DemoClock {
  #at: Date;

  constructor(at: Date) {
    this.#at = new Date(at);
  }

  now = (): Date => new Date(this.#at);

  /** Moves on (never back: the audit trail and the escalations only go forward). */
  moveTo(at: Date): void {
    if (at.getTime() > this.#at.getTime()) this.#at = new Date(at);
  }
}

interface Scheduled {
  at: Date;
  order: number;
  what: string;
  run: () => Promise<void>;
}

/** A guard against a scheduler pass that would send nothing, again and again. */
const MAX_PASSES = 2000;

export class Timeline {
  readonly #items: Scheduled[] = [];

  constructor(
    private readonly clock: DemoClock,
    private readonly database: HarborDatabase,
    private readonly auditKey: Buffer,
  ) {}

  /** Adds an action at a moment; actions at the same moment run in the order they were added. */
  at(at: Date, what: string, run: () => Promise<void>): void {
    this.#items.push({ at, order: this.#items.length, what, run });
  }

  /** Runs every action in time order, then brings the clock (and the escalations) to `end`. */
  async run(end: Date): Promise<void> {
    const scheduler = new DeadlineScheduler({
      database: this.database,
      auditKey: this.auditKey,
      intervalMs: 60_000,
      now: this.clock.now,
    });
    const items = [...this.#items].sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
    for (const item of items) {
      await this.escalateUntil(scheduler, item.at);
      this.clock.moveTo(item.at);
      try {
        await item.run();
      } catch (error) {
        const fields = (error as { fields?: { path: string; message: string }[] }).fields ?? [];
        const reason = [
          error instanceof Error ? error.message : String(error),
          ...fields.map((f) => `${f.path}: ${f.message}`),
        ].join('; ');
        throw new Error(`the demonstration stopped at "${item.what}": ${reason}`, { cause: error });
      }
    }
    await this.escalateUntil(scheduler, end);
    this.clock.moveTo(end);
  }

  /**
   * Runs the deadline scheduler at each moment an escalation falls due, up to `until`. When a pass sends nothing, a
   * Harbor serving the same database holds those escalations (it sends them at its own time): they are left to it.
   */
  private async escalateUntil(scheduler: DeadlineScheduler, until: Date): Promise<void> {
    let stuckAt: number | undefined;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const due = await nextEscalationDue(this.database.db);
      if (!due || due.getTime() > until.getTime() || due.getTime() === stuckAt) return;
      this.clock.moveTo(due);
      stuckAt = (await scheduler.runOnce()) === 0 ? due.getTime() : undefined;
    }
    throw new Error('the deadline scheduler did not send the escalations that fell due');
  }
}
