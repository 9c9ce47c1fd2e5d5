import type { FastifyRequest } from 'fastify';
import type { Keyring } from '../crypto/keys.js';
import type { HarborDatabase } from '../db/database.js';
import { HarborError } from '../errors.js';
import type { Caller } from './youth/youth-records.js';

/** What a feature's repository needs to act for the signed-in user of a request: database, audit key, keys, who. */
export interface KeyedCaller extends Caller {
  keyring: Keyring;
}

/** Makes, for a feature's routes, the caller of each request (routes that reach it have a session: access rules). */
export function callerFactory(options: {
  database: HarborDatabase;
  auditKey: Buffer;
  keyring: Keyring;
}): (request: FastifyRequest) => KeyedCaller {
  return (request) => {
    if (!request.auth) throw new HarborError('unauthenticated', 'no session');
    return {
      db: options.database.db,
      auditKey: options.auditKey,
      keyring: options.keyring,
      user: request.auth.user,
      ip: request.ip,
    };
  };
}
