// المتابعات المصعّدة — escalations (SPEC A5): the agent escalates from his seat with the promised
// follow-up time; supervisors see the list by due time (overdue on top), take one and close it.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { errors } from '../../http/contract.ts';
import {
  escalationChangeSchema,
  escalationListSchema,
  escalationQuery,
  escalationSchema,
  escalationSummarySchema,
} from './escalations.contract.ts';
import { findEscalations } from './escalations.repository.ts';
import {
  closeEscalation,
  doneBody,
  escalate,
  escalateBody,
  escalationSummary,
  escalationView,
  handlerRoles,
  listEscalations,
  takeEscalation,
} from './escalations.service.ts';

const tags = ['escalations'];
const idParams = z.object({ id: z.uuid() });

export async function escalationsRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/escalations',
    {
      schema: {
        operationId: 'createEscalation',
        tags,
        summary:
          'Escalate my call (or a customer of mine) to the supervisors with the follow-up time promised; audited',
        body: escalateBody,
        response: { 201: escalationSchema, ...errors(403, 404, 422) },
      },
      config: { access: ['agent', 'supervisor'] },
    },
    async (request, reply) => {
      const user = requireAuth(request).user;
      const row = await escalate(ctx.database, ctx.config.telephony.adapter, actorOf(request), user, request.body);
      const [view] = (await findEscalations(ctx.database.db, { agentId: user.id, limit: 500 })).filter(
        (r) => r.id === row.id,
      );
      return reply.code(201).send(escalationView(view!, new Date()));
    },
  );

  app.get(
    '/api/v1/escalations',
    {
      schema: {
        operationId: 'listEscalations',
        tags,
        summary: 'Escalations: mine (agents), or all (supervisors), open ones by due time',
        querystring: escalationQuery,
        response: { 200: escalationListSchema, ...errors(403) },
      },
      config: { access: ['agent', ...handlerRoles] },
    },
    async (request) => listEscalations(ctx.database, requireAuth(request).user, request.query),
  );

  app.get(
    '/api/v1/escalations/summary',
    {
      schema: {
        operationId: 'getEscalationSummary',
        tags,
        summary: 'How many escalations are open and how many are overdue (the badge)',
        response: { 200: escalationSummarySchema },
      },
      config: { access: handlerRoles },
    },
    async () => escalationSummary(ctx.database),
  );

  app.post(
    '/api/v1/escalations/:id/take',
    {
      schema: {
        operationId: 'takeEscalation',
        tags,
        summary: 'Take an open escalation (it is mine to follow up); audited',
        params: idParams,
        response: { 200: escalationChangeSchema, ...errors(404, 409) },
      },
      config: { access: handlerRoles },
    },
    async (request) => {
      const row = await takeEscalation(ctx.database, actorOf(request), requireAuth(request).user, request.params.id);
      return { id: row.id, status: row.status as 'taken' };
    },
  );

  app.post(
    '/api/v1/escalations/:id/done',
    {
      schema: {
        operationId: 'closeEscalation',
        tags,
        summary: 'Close an escalation with what was done; audited and on the customer’s timeline',
        params: idParams,
        body: doneBody,
        response: { 200: escalationChangeSchema, ...errors(404, 409) },
      },
      config: { access: handlerRoles },
    },
    async (request) => {
      const row = await closeEscalation(
        ctx.database,
        actorOf(request),
        requireAuth(request).user,
        request.params.id,
        request.body.note,
      );
      return { id: row.id, status: row.status as 'done' };
    },
  );
}
