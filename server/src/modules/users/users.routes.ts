import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { roles, userAdminRoles } from './domain/roles.ts';
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

export async function usersRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];
  const config = { access: userAdminRoles };

  app.get(
    '/api/v1/users',
    { schema: { tags, summary: 'List and search users', querystring: listQuery }, config },
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
    { schema: { tags, summary: 'Create a user', body: createUserSchema }, config },
    async (request, reply) => reply.code(201).send(await createUser(ctx.database, actorOf(request), request.body)),
  );

  app.get('/api/v1/users/:id', { schema: { tags, summary: 'One user', params: idParams }, config }, async (request) =>
    getUser(ctx.database, request.params.id),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: 'Change a user (role, skills, teams, active, password)',
        params: idParams,
        body: updateUserSchema,
      },
      config,
    },
    async (request) => updateUser(ctx.database, actorOf(request), request.params.id, request.body),
  );

  // Accounts are never deleted (the audit log refers to them): DELETE deactivates.
  app.delete(
    '/api/v1/users/:id',
    { schema: { tags, summary: 'Deactivate a user', params: idParams }, config },
    async (request) => updateUser(ctx.database, actorOf(request), request.params.id, { active: false }),
  );
}
