import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errors } from '../../http/contract.ts';
import type { AppContext } from '../../http/context.ts';
import { dayPlanSchema, kpiReportSchema, staffingResultSchema } from './kpi.contract.ts';
import {
  calculateStaffing,
  dayPlanQuerySchema,
  kpiDefinitions,
  kpiQuerySchema,
  kpiReport,
  kpiRoles,
  planStaffingDay,
  staffingInputSchema,
} from './kpi.service.ts';

// مؤشرات الأداء والتوظيف — the K1 report with each figure's definition, and the staffing
// calculator (K4). Supervisors, managers and admins.

const tags = ['kpi'];

export async function kpiRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const timeZone = () => ctx.settings.get('timezone');

  app.get(
    '/api/v1/kpi/report',
    {
      schema: {
        operationId: 'getKpiReport',
        tags,
        summary:
          'The K1 call figures (offered, answered, abandoned, ASA, AHT, service level, occupancy …) of the queued calls that ended in the days, per day, interval, week, month, agent or queue, with their definitions in Arabic and English',
        querystring: kpiQuerySchema,
        response: { 200: kpiReportSchema, ...errors(422) },
      },
      config: { access: kpiRoles },
    },
    async (request) => ({
      ...(await kpiReport(ctx.database, request.query, await timeZone())),
      definitions: kpiDefinitions(),
    }),
  );

  app.post(
    '/api/v1/kpi/staffing',
    {
      schema: {
        operationId: 'calculateStaffing',
        tags,
        summary:
          'Agents needed for one interval (Erlang C; Erlang A when a caller patience is given): agents, scheduled after shrinkage, service level, ASA, occupancy, P(wait), P(abandon)',
        body: staffingInputSchema,
        response: { 200: staffingResultSchema, ...errors(422) },
      },
      config: { access: kpiRoles },
    },
    async (request) => calculateStaffing(request.body),
  );

  app.get(
    '/api/v1/kpi/staffing/plan',
    {
      schema: {
        operationId: 'getStaffingDayPlan',
        tags,
        summary:
          'A day plan: calls per interval forecast from the same weekday of past weeks, and the agents each interval needs and to schedule',
        querystring: dayPlanQuerySchema,
        response: { 200: dayPlanSchema, ...errors(422) },
      },
      config: { access: kpiRoles },
    },
    async (request) => planStaffingDay(ctx.database, request.query, await timeZone()),
  );
}
