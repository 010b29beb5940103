import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { errors } from '../../http/contract.ts';
import { agentSkills, roles, userAdminRoles } from './domain/roles.ts';
import { createUser, createUserSchema, getUser, listUsers, updateUser, updateUserSchema } from './users.service.ts';

const listQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    role: z.enum(roles).optional(),
    active: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

const idParams = z.object({ id: z.uuid() }).strict();

/** What the API shows of a user: never the hash or the lock counters. */
export const publicUserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    display_name: z.string(),
    role: z.enum(roles),
    skills: z.array(z.enum(agentSkills)),
    teams: z.array(z.string()),
    active: z.boolean(),
    locale: z.enum(['ar', 'en']),
    last_login_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'User' });

export async function usersRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];
  const config = { access: userAdminRoles };

  app.get(
    '/api/v1/users',
    {
      schema: {
        operationId: 'listUsers',
        tags,
        summary: 'List and search users',
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(publicUserSchema), total: z.number().int() }) },
      },
      config,
    },
    async (request) => {
      const { q, role, active, limit, offset } = request.query;
      return listUsers(
        ctx.database,
        { q, role, active: active === undefined ? undefined : active === 'true' },
        limit,
        offset,
      );
    },
  );

  app.post(
    '/api/v1/users',
    {
      schema: {
        operationId: 'createUser',
        tags,
        summary: 'Create a user',
        body: createUserSchema,
        response: { 201: publicUserSchema, ...errors(409) },
      },
      config,
    },
    async (request, reply) => reply.code(201).send(await createUser(ctx.database, actorOf(request), request.body)),
  );

  app.get(
    '/api/v1/users/:id',
    {
      schema: {
        operationId: 'getUser',
        tags,
        summary: 'One user',
        params: idParams,
        response: { 200: publicUserSchema, ...errors(404) },
      },
      config,
    },
    async (request) => getUser(ctx.database, request.params.id),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        operationId: 'updateUser',
        tags,
        summary: 'Change a user (role, skills, teams, active, password)',
        params: idParams,
        body: updateUserSchema,
        response: { 200: publicUserSchema, ...errors(404, 409) },
      },
      config,
    },
    async (request) => updateUser(ctx.database, actorOf(request), request.params.id, request.body),
  );

  // Accounts are never deleted (the audit log refers to them): DELETE deactivates.
  app.delete(
    '/api/v1/users/:id',
    {
      schema: {
        operationId: 'deactivateUser',
        tags,
        summary: 'Deactivate a user',
        params: idParams,
        response: { 200: publicUserSchema, ...errors(404, 409) },
      },
      config,
    },
    async (request) => updateUser(ctx.database, actorOf(request), request.params.id, { active: false }),
  );
}
