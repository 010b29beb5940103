import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth, type AuthUser } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { errors, noContent } from '../../http/contract.ts';
import { clearSessionCookie, setSessionCookie } from '../../http/security.ts';
import { getUser, roles, updateOwnProfile } from '../users/index.ts';
import { publicUserSchema } from '../users/mount.ts';
import {
  changePassword,
  createApiToken,
  createTokenSchema,
  issueSession,
  listApiTokens,
  login,
  loginSchema,
  logout,
  revokeApiToken,
} from './auth.service.ts';

const meSchema = z
  .object({
    user: z.object({
      id: z.string(),
      username: z.string(),
      display_name: z.string(),
      role: z.enum(roles),
      skills: z.array(z.string()),
      teams: z.array(z.string()),
      locale: z.enum(['ar', 'en']),
    }),
    csrf_token: z.string().nullable().meta({ description: 'Send it as X-CSRF-Token with uploads (null with a token)' }),
  })
  .meta({ id: 'Me' });

const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  username: z.string(),
  user_id: z.uuid(),
  created_at: z.iso.datetime(),
  last_used_at: z.iso.datetime().nullable(),
  revoked_at: z.iso.datetime().nullable(),
});

function meView(u: AuthUser, csrfToken: string | null) {
  return {
    user: {
      id: u.id,
      username: u.username,
      display_name: u.displayName,
      role: u.role,
      skills: u.skills,
      teams: u.teams,
      locale: u.locale,
    },
    csrf_token: csrfToken,
  };
}

export async function authRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        operationId: 'login',
        tags,
        summary: 'Sign in with username and password; sets the session cookie',
        body: loginSchema,
        response: { 200: meSchema, ...errors(423) },
      },
      config: { access: 'public', rateLimit: { max: ctx.loginRatePerMinute, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const session = await login(ctx.database, ctx.authPolicy, ctx.attempts, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        requestId: request.id,
      });
      setSessionCookie(request, reply, ctx, session.token, session.expiresAt);
      return meView(session.user, session.csrfToken);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: { operationId: 'logout', tags, summary: 'Sign out (ends this session)', response: { 204: noContent } },
      config: { access: 'authenticated' },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (auth.via === 'session') await logout(ctx.database, actorOf(request), auth.sessionHash);
      clearSessionCookie(request, reply, ctx);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      schema: {
        operationId: 'getMe',
        tags,
        summary: 'The signed-in user and the CSRF token for uploads',
        response: { 200: meSchema },
      },
      config: { access: 'authenticated' },
    },
    async (request) => {
      const auth = requireAuth(request);
      return meView(auth.user, auth.via === 'session' ? auth.csrfToken : null);
    },
  );

  app.patch(
    '/api/v1/auth/me',
    {
      schema: {
        operationId: 'updateMe',
        tags,
        summary: 'Change my display name or language',
        response: { 200: publicUserSchema },
        body: z
          .object({ display_name: z.string().max(100), locale: z.enum(['ar', 'en']) })
          .partial()
          .strict(),
      },
      config: { access: 'authenticated' },
    },
    async (request) => updateOwnProfile(ctx.database, actorOf(request), request.body),
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        operationId: 'changeMyPassword',
        tags,
        summary: 'Change my password (other sessions end; this one is renewed)',
        response: { 204: noContent },
        body: z.object({ current_password: z.string().max(256), new_password: z.string().max(256) }).strict(),
      },
      config: { access: 'authenticated' },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await changePassword(ctx.database, ctx.authPolicy, ctx.attempts, actorOf(request), request.body);
      if (auth.via === 'session') {
        const session = await issueSession(ctx.database, ctx.authPolicy, auth.user.id, {
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        });
        setSessionCookie(request, reply, ctx, session.token, session.expiresAt);
      }
      return reply.code(204).send();
    },
  );

  // ---- API tokens (admin) ----
  const tokenTags = ['api tokens'];
  app.get(
    '/api/v1/api-tokens',
    {
      schema: {
        operationId: 'listApiTokens',
        tags: tokenTags,
        summary: 'List API tokens (never the secret)',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }) },
      },
      config: { access: ['admin'] },
    },
    async () => ({ items: await listApiTokens(ctx.database) }),
  );
  app.post(
    '/api/v1/api-tokens',
    {
      schema: {
        operationId: 'createApiToken',
        tags: tokenTags,
        summary: 'Create an API token acting as a user; the secret is shown only in this answer',
        body: createTokenSchema,
        response: {
          201: z.object({
            id: z.uuid(),
            name: z.string(),
            username: z.string(),
            prefix: z.string(),
            token: z.string().meta({ description: 'The secret, shown only here' }),
          }),
        },
      },
      config: { access: ['admin'] },
    },
    async (request, reply) => reply.code(201).send(await createApiToken(ctx.database, actorOf(request), request.body)),
  );
  app.delete(
    '/api/v1/api-tokens/:id',
    {
      schema: {
        operationId: 'revokeApiToken',
        tags: tokenTags,
        summary: 'Revoke an API token',
        params: z.object({ id: z.uuid() }),
        response: { 204: noContent, ...errors(404) },
      },
      config: { access: ['admin'] },
    },
    async (request, reply) => {
      await revokeApiToken(ctx.database, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  // The profile page needs the full record of the signed-in user.
  app.get(
    '/api/v1/auth/profile',
    {
      schema: {
        operationId: 'getMyProfile',
        tags,
        summary: 'My full account record',
        response: { 200: publicUserSchema },
      },
      config: { access: 'authenticated' },
    },
    async (request) => getUser(ctx.database, requireAuth(request).user.id),
  );
}
