import {
  PasswordReset,
  PasswordResetDone,
  PasswordResetInfo,
  PasswordResetRequest,
  PasswordResetRequested,
} from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { harborErrorWithMessage } from '../../errors.js';
import { PUBLIC } from '../../http/access.js';
import type { Services } from '../../services.js';
import { requestPasswordReset } from './request-password-reset.js';
import { resetPassword } from './reset-password.js';

/** Per-address limit, as on sign-in. */
const SECRET_RATE_LIMIT = { max: 20, timeWindow: '1 minute' };

/**
 * "Forgot your password?" and the reset page. The request answers 202 at once and the same for every address: the
 * look-up, the link and the e-mail happen afterwards (services.background), so neither the answer nor its timing
 * tells whether an account exists.
 */
export async function passwordResetRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  api.get(
    '/api/v1/auth/password-reset',
    {
      config: { access: PUBLIC },
      schema: {
        tags,
        summary: 'Whether Harbor can e-mail a reset link (else the person asks an administrator)',
        response: { 200: PasswordResetInfo },
      },
    },
    async () => ({ byEmail: services.mail !== undefined }),
  );

  api.post(
    '/api/v1/auth/password-reset/request',
    {
      config: { access: PUBLIC, rateLimit: SECRET_RATE_LIMIT, errors: [409] },
      schema: {
        tags,
        summary: 'Ask for a reset link by e-mail; the same answer whether or not the address has an account',
        body: PasswordResetRequest,
        response: { 202: PasswordResetRequested },
      },
    },
    async (request, reply) => {
      if (!services.mail) throw harborErrorWithMessage('conflict', 'passwordReset.noEmail', 'no SMTP');
      const { email } = request.body;
      const ip = request.ip;
      const userAgent = request.headers['user-agent'];
      services.background.run('password reset e-mail', () => requestPasswordReset({ services, email, ip, userAgent }));
      return reply.status(202).send({ accepted: true });
    },
  );

  api.post(
    '/api/v1/auth/password-reset',
    {
      config: { access: PUBLIC, rateLimit: SECRET_RATE_LIMIT, errors: [404] },
      schema: {
        tags,
        summary: 'Set a new password with a reset link; every session of the person ends',
        body: PasswordReset,
        response: { 200: PasswordResetDone },
      },
    },
    async (request) =>
      resetPassword({
        services,
        reset: request.body,
        locale: request.locale,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      }),
  );
}
