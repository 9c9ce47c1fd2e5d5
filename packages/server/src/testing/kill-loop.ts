import { type HarborProcess, type StartHarborOptions, startHarbor } from './harbor-process.js';

/** A small seeded generator (mulberry32): the same seed gives the same kill moments and request mix. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The seed of a run: HARBOR_KILL_SEED (a number, or `random` to explore), else the fixed default CI replays. */
export function killSeed(fallback: number): number {
  const given = process.env.HARBOR_KILL_SEED;
  if (!given) return fallback;
  if (given === 'random') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(given);
  if (!Number.isInteger(seed)) throw new Error(`HARBOR_KILL_SEED must be an integer or "random", not ${given}`);
  return seed;
}

/** When to kill the running server: after `acks` acknowledged requests since it listened, then `delayMs` more. */
export interface KillMoment {
  acks: number;
  delayMs: number;
}

/**
 * Kill moments spread over the request stream: a fifth right after the server listens (before or while the first
 * requests arrive), three tenths early in the stream, half under full load.
 */
export function killMoment(random: () => number): KillMoment {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const kind = random();
  if (kind < 0.2) return { acks: 0, delayMs: int(0, 8) };
  if (kind < 0.5) return { acks: int(1, 12), delayMs: 0 };
  return { acks: int(12, 80), delayMs: int(0, 3) };
}

/** One run of `harbor serve`: its number, its address, and whether it has been killed. */
export interface Generation {
  n: number;
  url: string;
  killed: boolean;
}

/**
 * `harbor serve` on one database, killed with SIGKILL and started again: clients ask `live()` for the server to send
 * to, report each acknowledged answer with `acknowledged(generation)`, and after a failed request wait with
 * `after(generation)` for the next run. Nothing here waits on time: a kill waits for a count of acknowledged answers
 * of the running generation (then the moment's own delay), a start for the listening log line.
 */
export class KillLoop {
  private current: { generation: Generation; process: HarborProcess } | undefined;
  private acks = 0;
  private ackWaiter: { target: number; resolve: () => void } | undefined;
  private liveWaiters: Array<(generation: Generation | null) => void> = [];
  private stopped = false;
  private generations = 0;
  /** Milliseconds from spawning to the listening log line, one per start. */
  readonly startMs: number[] = [];

  constructor(private readonly options: StartHarborOptions) {}

  /** Starts the next run of the server, on the same database. */
  async start(): Promise<Generation> {
    const began = performance.now();
    const process = await startHarbor(this.options);
    this.startMs.push(performance.now() - began);
    const generation = { n: ++this.generations, url: process.url, killed: false };
    this.current = { generation, process };
    this.acks = 0;
    for (const resolve of this.liveWaiters.splice(0)) resolve(generation);
    return generation;
  }

  /** The running server, once one listens; null after `finish()`. */
  live(): Promise<Generation | null> {
    if (this.stopped) return Promise.resolve(null);
    const running = this.current?.generation;
    if (running && !running.killed) return Promise.resolve(running);
    return new Promise((resolve) => this.liveWaiters.push(resolve));
  }

  /** A run after the given one (a request to it failed because it was killed); null after `finish()`. */
  async after(generation: Generation): Promise<Generation | null> {
    for (;;) {
      const next = await this.live();
      if (next === null || next.n > generation.n) return next;
      await new Promise<void>((resolve) => this.liveWaiters.push(() => resolve()));
    }
  }

  /** Counts an acknowledged answer of a generation (answers of an earlier run count for nothing). */
  acknowledged(generation: Generation): void {
    if (generation !== this.current?.generation) return;
    this.acks++;
    if (this.ackWaiter && this.acks >= this.ackWaiter.target) {
      this.ackWaiter.resolve();
      this.ackWaiter = undefined;
    }
  }

  /** Kills the running server with SIGKILL at the moment given, and waits for it to be gone. */
  async kill(moment: KillMoment): Promise<void> {
    const running = this.current;
    if (!running) throw new Error('no server is running');
    if (this.acks < moment.acks) {
      await new Promise<void>((resolve) => {
        this.ackWaiter = { target: moment.acks, resolve };
      });
    }
    if (moment.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, moment.delayMs));
    // Marked before the signal: a request that fails from here on failed because of the kill.
    running.generation.killed = true;
    await running.process.stop('SIGKILL');
    if (running.process.child.signalCode !== 'SIGKILL') {
      throw new Error(`harbor serve ended by itself (${running.process.child.exitCode}) before the kill`);
    }
  }

  /** No more runs: clients waiting for one are told to stop. */
  finish(): void {
    this.stopped = true;
    for (const resolve of this.liveWaiters.splice(0)) resolve(null);
  }

  /** Ends the test's use of the loop, whatever happened: no more runs, and a server still running is killed. */
  async close(): Promise<void> {
    this.finish();
    if (this.current) {
      this.current.generation.killed = true;
      await this.current.process.stop('SIGKILL');
    }
  }

  /** What the running (or last) server printed, for a failure message. */
  output(): string {
    return this.current?.process.output.slice(-40).join('\n') ?? '';
  }
}
