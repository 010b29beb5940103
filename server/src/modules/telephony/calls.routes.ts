import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../http/access.ts';
import { binary, errors, xlsxType } from '../../http/contract.ts';
import type { AppContext } from '../../http/context.ts';
import { calendarDate } from '../../shared/calendar-date.ts';
import { systemClock } from '../../shared/clock.ts';
import { agentTimelineSchema, callDetailSchema, callListSchema } from './calls.contract.ts';
import { CALLS_EXPORT_MAX_ROWS, exportCalls } from './calls-export.ts';
import {
  agentTimeline,
  callFilterSchema,
  callReaderRoles,
  getCall,
  listCalls,
  overseerRoles,
} from './calls.service.ts';

// سجل المكالمات — call records and agent timelines. Supervisors, managers and admins read every
// call and agent; an agent reads his own (another agent's call or day is not found).

const tags = ['calls'];

const listQuery = callFilterSchema
  .extend({
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  })
  .strict();

export async function callsRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const timeZone = () => ctx.settings.get('timezone');

  app.get(
    '/api/v1/calls',
    {
      schema: {
        operationId: 'listCalls',
        tags,
        summary:
          'Call records, newest first: filter by days, queue, agent, direction, cause, result and number; an agent gets his own calls with numbers masked',
        querystring: listQuery,
        response: { 200: callListSchema },
      },
      config: { access: callReaderRoles },
    },
    async (request) => listCalls(ctx.database, requireAuth(request).user, request.query, await timeZone()),
  );

  app.get(
    '/api/v1/calls/export',
    {
      schema: {
        operationId: 'exportCalls',
        tags,
        summary: `The filtered call records as XLSX (right-to-left, Arabic headers) or CSV (UTF-8 with BOM); formulas neutralised; at most ${CALLS_EXPORT_MAX_ROWS} rows; audited`,
        querystring: callFilterSchema.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') }).strict(),
        response: { 200: binary('The call records', xlsxType, 'text/csv') },
      },
      config: { access: overseerRoles },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const file = await exportCalls(
        ctx.database,
        actorOf(request),
        requireAuth(request).user,
        query,
        format,
        await timeZone(),
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.content);
    },
  );

  app.get(
    '/api/v1/calls/:id',
    {
      schema: {
        operationId: 'getCall',
        tags,
        summary: 'A call record with its events in time order (offered, queued, rang, answered, holds, ended …)',
        params: z.object({ id: z.uuid() }).strict(),
        response: { 200: callDetailSchema, ...errors(404) },
      },
      config: { access: callReaderRoles },
    },
    async (request) => getCall(ctx.database, requireAuth(request).user, request.params.id),
  );

  app.get(
    '/api/v1/agents/:agent/timeline',
    {
      schema: {
        operationId: 'getAgentTimeline',
        tags,
        summary:
          "An agent's states over a day (installation time zone; today until now) with the seconds in each state; an agent reads his own",
        params: z.object({ agent: z.string().min(1).max(64) }).strict(),
        querystring: z
          .object({ date: calendarDate().optional().meta({ description: 'The day, YYYY-MM-DD; today by default' }) })
          .strict(),
        response: { 200: agentTimelineSchema, ...errors(404) },
      },
      config: { access: callReaderRoles },
    },
    async (request) => {
      const tz = await timeZone();
      const date = request.query.date ?? todayIn(tz);
      return agentTimeline(ctx.database, requireAuth(request).user, request.params.agent, date, tz, systemClock);
    },
  );
}

function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    systemClock.now(),
  );
}
