import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { runMdtClocks } from '../mdt/run-mdt-clocks.js';
import { runReferralClocks } from '../referral/run-referral-clocks.js';

/** One pass of a feature's clocks: acts on what is overdue in its own transactions and returns how many it acted on. */
export type ClockRunner = (input: { db: Kysely<Database>; auditKey: Buffer; now: Date }) => Promise<number>;

/**
 * The clocks the deadline scheduler runs after the protocol steps' escalations, each through the same notifications
 * and e-mail: one line per feature that keeps clocks of its own (`run-<feature>-clocks.ts`).
 */
export const CLOCK_RUNNERS: readonly ClockRunner[] = [runReferralClocks, runMdtClocks];
