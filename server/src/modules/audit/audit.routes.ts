import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { binary, xlsxType } from '../../http/contract.ts';
import { actorOf } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import type { AuditFilter } from './audit.repository.ts';
import { AUDIT_EXPORT_MAX_ROWS, exportAuditXlsx, listAuditEntries } from './audit.service.ts';

const day = z.iso.date().refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'a date between 2000 and 2100');

const filters = z.object({
  entity: z.string().max(50).optional(),
  entity_id: z.string().max(100).optional(),
  actor_id: z.uuid().optional(),
  action: z.string().max(100).optional(),
  /** First and last day (installation time zone), both included. */
  from: day.optional(),
  to: day.optional(),
});
const query = filters
  .extend({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  })
  .strict();

const entry = z.object({
  id: z.number(),
  at: z.string(),
  actor_id: z.string().nullable(),
  actor: z.string(),
  actor_name: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entity_id: z.string().nullable(),
  entity_label: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

export async function auditRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const filterOf = async (q: z.output<typeof filters>): Promise<AuditFilter> => ({
    entity: q.entity,
    entityId: q.entity_id,
    actorId: q.actor_id,
    action: q.action,
    from: q.from,
    to: q.to,
    timeZone: await ctx.settings.get('timezone'),
  });
  app.get(
    '/api/v1/audit',
    {
      schema: {
        operationId: 'listAuditEntries',
        tags: ['audit'],
        summary: 'The audit log, newest first, with people and records by name; filter by user, action, entity, period',
        querystring: query,
        response: { 200: z.object({ items: z.array(entry) }) },
      },
      config: { access: ['admin', 'manager'] },
    },
    async (request) => {
      const { limit, offset } = request.query;
      return { items: await listAuditEntries(ctx.database.db, await filterOf(request.query), limit, offset) };
    },
  );
  app.get(
    '/api/v1/audit/export.xlsx',
    {
      schema: {
        operationId: 'exportAuditEntries',
        tags: ['audit'],
        response: { 200: binary('The audit log as an XLSX workbook', xlsxType) },
        summary: `The filtered audit log as XLSX (right-to-left, Arabic names; at most ${AUDIT_EXPORT_MAX_ROWS} rows; the export is audited)`,
        querystring: filters.strict(),
      },
      config: { access: ['admin', 'manager'] },
    },
    async (request, reply) => {
      const timeZone = await ctx.settings.get('timezone');
      const filter = await filterOf(request.query);
      const { content } = await ctx.database.db.transaction((tx) =>
        exportAuditXlsx(tx, actorOf(request), filter, timeZone),
      );
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.xlsx"`)
        .send(content);
    },
  );
}
