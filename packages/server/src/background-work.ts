import type { Logger } from 'pino';

/**
 * Work a request starts and does not wait for: the e-mail of "Forgot your password?", whose answer must not depend on
 * whether the address has an account (so the answer goes out first, and the look-up, the link and the e-mail follow).
 * A failure is logged, never thrown. Stopping the server waits for the work in flight (`settled`).
 *
 * `held` (tests only) keeps every task from starting until `release()`: a test can then see the answer sent before any
 * work was done.
 */
export class BackgroundWork {
  readonly #pending = new Set<Promise<void>>();
  #held: (() => void)[] | undefined;

  constructor(
    private readonly logger?: Logger,
    options: { held?: boolean } = {},
  ) {
    if (options.held) this.#held = [];
  }

  run(what: string, task: () => Promise<void>): void {
    const started = new Promise<void>((resolve) => {
      if (this.#held) this.#held.push(resolve);
      else resolve();
    });
    const done = started
      .then(task)
      .catch((error: unknown) =>
        this.logger?.error({ event: 'background.failed', what, err: error }, 'background work failed'),
      )
      .finally(() => this.#pending.delete(done));
    this.#pending.add(done);
  }

  /** Lets held tasks start, and any later ones at once. */
  release(): void {
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const start of held) start();
  }

  /** Waits until no task is running or waiting to start (held tasks count: release them first). */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }
}
