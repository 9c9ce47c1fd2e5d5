import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';

/** A request hook's work: throws to refuse, and returns a promise only when it has to wait for something. */
export type HookStep = (request: FastifyRequest, reply: FastifyReply) => void | Promise<void>;

/**
 * A hook (onRequest, preValidation, onResponse) that costs no promise when its work is synchronous, which on most
 * requests it is: an `async` hook makes a promise and a turn of the microtask queue on every request, for every hook.
 * What it throws, or the promise it returns rejects with, is the request's error, as from an `async` hook.
 */
export function requestHook(step: HookStep) {
  return (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    let pending: void | Promise<void>;
    try {
      pending = step(request, reply);
    } catch (error) {
      done(error as Error);
      return;
    }
    if (pending) pending.then(() => done(), done);
    else done();
  };
}

/** An onSend hook that sets headers and leaves the payload as it is, without a promise per request. */
export function headersHook(step: (request: FastifyRequest, reply: FastifyReply) => void) {
  return (
    request: FastifyRequest,
    reply: FastifyReply,
    _payload: unknown,
    done: (error: Error | null) => void,
  ): void => {
    try {
      step(request, reply);
    } catch (error) {
      done(error as Error);
      return;
    }
    done(null);
  };
}
