import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.ts';
import { listAuditEntries } from './audit.service.ts';

const query = z
  .object({
    entity: z.string().max(50).optional(),
    entity_id: z.string().max(100).optional(),
    actor_id: z.uuid().optional(),
    action: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export async function auditRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/audit',
    {
      schema: {
        operationId: 'listAuditEntries',
        tags: ['audit'],
        summary: 'The audit log, newest first',
        querystring: query,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                at: z.iso.datetime(),
                actor_id: z.string().nullable(),
                actor: z.string(),
                action: z.string(),
                entity: z.string(),
                entity_id: z.string().nullable(),
                before: z.unknown(),
                after: z.unknown(),
                ip: z.string().nullable(),
              }),
            ),
          }),
        },
      },
      config: { access: ['admin', 'manager'] },
    },
    async (request) => {
      const { limit, offset, entity, entity_id, actor_id, action } = request.query;
      return {
        items: await listAuditEntries(
          ctx.database.db,
          { entity, entityId: entity_id, actorId: actor_id, action },
          limit,
          offset,
        ),
      };
    },
  );
}
