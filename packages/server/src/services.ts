import type { FastifyRequest } from 'fastify';
import type { RolePermissions } from './access/role-permissions.js';
import type { BackgroundWork } from './background-work.js';
import type { Config } from './config/index.js';
import type { Keyring } from './crypto/keys.js';
import type { HarborDatabase } from './db/database.js';
import type { MailSender } from './mail/sender.js';
import type { Actor, AgencyKinds } from './records/actor.js';
import type { FeatureRegistry } from './records/declaration.js';
import type { RecordsGate } from './records/gate.js';

/**
 * What features are given: made once at start by the composition root (app.ts), the same for every feature, instead
 * of an option bag per feature.
 */
export interface Services {
  config: Config;
  database: HarborDatabase;
  keyring: Keyring;
  /** The audit chain key (entries are appended through the gate, or auditOnce for events with no youth). */
  auditKey: Buffer;
  permissions: RolePermissions;
  /** Each agency's kind, read through a short cache (the field rules follow it). */
  agencyKinds: AgencyKinds;
  registry: FeatureRegistry;
  gate: RecordsGate;
  /** The signed-in person of a request (routes that reach it have a complete session: access rules). */
  actorOf(request: FastifyRequest): Promise<Actor>;
  /** Sends e-mail through HARBOR_SMTP_URL; absent when SMTP is not configured. */
  mail?: MailSender | undefined;
  /** Work a request starts and does not wait for (the e-mail of a password reset); stopping waits for it. */
  background: BackgroundWork;
  /** True once the server is shutting down (readiness off, so a load balancer drains this process). */
  isDraining(): boolean;
  /** Where the built web app and the public site's files are. */
  webDist: string;
  /** Where the public site's pages are (content/public unless a test says otherwise). */
  publicContentDir?: string | undefined;
}
