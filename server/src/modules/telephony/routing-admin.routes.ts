// Routing administration over HTTP: queues, break reasons, IVR menus (with a try-out walk) and
// DNIS routes. Managers and admins edit; supervisors read the queues they watch.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { errors, noContent } from '../../http/contract.ts';
import { AppError } from '../../http/errors.ts';
import {
  breakCodeParam,
  breakReasonAdminSchema,
  breakReasonBody,
  dialRouteBody,
  dialRouteSchema,
  dnisParam,
  ivrMenuBody,
  ivrMenuSchema,
  ivrMenuSummarySchema,
  ivrTryBody,
  ivrTryResultSchema,
  menuCodeParam,
  queueBody,
  queueCodeParam,
  queueSchema,
} from './routing-admin.contract.ts';
import {
  getIvrMenu,
  listBreakReasonsAdmin,
  listDialRoutes,
  listIvrMenus,
  listQueuesAdmin,
  reloadRouting,
  removeDialRoute,
  removeIvrMenu,
  saveBreakReason,
  saveDialRoute,
  saveIvrMenu,
  saveQueue,
  tryIvrMenu,
} from './routing-admin.service.ts';

const readRoles = ['supervisor', 'manager', 'admin'] as const;

/** Objects and arrays nested deeper than this in a tree body are refused before the (recursive) schema runs. */
const maxBodyNesting = 64;

function nestingOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > maxBodyNesting) return deepest;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** A tree a caller could never walk (and that would exhaust the validator's stack) is a 422, not a 500. */
async function refuseDeepTree(request: FastifyRequest) {
  if (nestingOf(request.body) > maxBodyNesting) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'tree',
          code: 'too_deep',
          message: 'The menu is too deep: a caller would go through more than eight levels.',
          message_ar: 'القائمة عميقة جدًا: سيمر المتصل بأكثر من ثمانية مستويات.',
        },
      ],
    });
  }
}
const editRoles = ['manager', 'admin'] as const;

export async function routingAdminRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['telephony'];
  const reload = () => reloadRouting(ctx, instance.log);

  app.get(
    '/api/v1/telephony/queues',
    {
      schema: {
        operationId: 'listCallQueues',
        tags,
        summary: 'Every inbound queue with its routing settings (switched-off ones too)',
        response: { 200: z.object({ items: z.array(queueSchema) }) },
      },
      config: { access: readRoles },
    },
    async () => ({ items: await listQueuesAdmin(ctx.database) }),
  );

  app.put(
    '/api/v1/telephony/queues/:code',
    {
      schema: {
        operationId: 'saveCallQueue',
        tags,
        summary: 'Create or change a queue (skill, strategy, wrap-up, service level, overflow, hours); audited',
        params: queueCodeParam,
        body: queueBody,
        response: { 200: queueSchema, 201: queueSchema },
      },
      config: { access: editRoles },
    },
    async (request, reply) => {
      const { queue, created } = await saveQueue(ctx, actorOf(request), request.params.code, request.body);
      await reload();
      return reply.code(created ? 201 : 200).send(queue);
    },
  );

  app.get(
    '/api/v1/telephony/break-reasons',
    {
      schema: {
        operationId: 'listBreakReasonsAdmin',
        tags,
        summary: 'Every break reason, switched-off ones too (agents read theirs through the seat)',
        response: { 200: z.object({ items: z.array(breakReasonAdminSchema) }) },
      },
      config: { access: readRoles },
    },
    async () => ({ items: await listBreakReasonsAdmin(ctx.database) }),
  );

  app.put(
    '/api/v1/telephony/break-reasons/:code',
    {
      schema: {
        operationId: 'saveBreakReason',
        tags,
        summary: 'Create or change a break reason (names, time limit, order, on/off); audited',
        params: breakCodeParam,
        body: breakReasonBody,
        response: { 200: breakReasonAdminSchema, 201: breakReasonAdminSchema, ...errors(409) },
      },
      config: { access: editRoles },
    },
    async (request, reply) => {
      const { reason, created } = await saveBreakReason(ctx, actorOf(request), request.params.code, request.body);
      return reply.code(created ? 201 : 200).send(reason);
    },
  );

  app.get(
    '/api/v1/telephony/ivr-menus',
    {
      schema: {
        operationId: 'listIvrMenus',
        tags,
        summary: 'The IVR menus, with the numbers routed to each',
        response: { 200: z.object({ items: z.array(ivrMenuSummarySchema) }) },
      },
      config: { access: readRoles },
    },
    async () => ({ items: await listIvrMenus(ctx.database) }),
  );

  app.get(
    '/api/v1/telephony/ivr-menus/:code',
    {
      schema: {
        operationId: 'getIvrMenu',
        tags,
        summary: 'One IVR menu with its tree',
        params: menuCodeParam,
        response: { 200: ivrMenuSchema, ...errors(404) },
      },
      config: { access: readRoles },
    },
    async (request) => getIvrMenu(ctx.database, request.params.code),
  );

  app.put(
    '/api/v1/telephony/ivr-menus/:code',
    {
      schema: {
        operationId: 'saveIvrMenu',
        tags,
        summary:
          'Create or change an IVR menu; the tree is checked first (each problem a field error at its path); the version goes up; audited',
        params: menuCodeParam,
        body: ivrMenuBody,
        response: { 200: ivrMenuSchema, 201: ivrMenuSchema },
      },
      preValidation: refuseDeepTree,
      config: { access: editRoles },
    },
    async (request, reply) => {
      const { menu, created } = await saveIvrMenu(ctx, actorOf(request), request.params.code, request.body);
      await reload();
      return reply.code(created ? 201 : 200).send(menu);
    },
  );

  app.delete(
    '/api/v1/telephony/ivr-menus/:code',
    {
      schema: {
        operationId: 'deleteIvrMenu',
        tags,
        summary: 'Delete an IVR menu; refused (ivr_menu_in_use) while a number or another menu leads to it; audited',
        params: menuCodeParam,
        response: { 204: noContent, ...errors(404, 409) },
      },
      config: { access: editRoles },
    },
    async (request, reply) => {
      await removeIvrMenu(ctx, actorOf(request), request.params.code);
      await reload();
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/telephony/ivr-menus/:code/try',
    {
      schema: {
        operationId: 'tryIvrMenu',
        tags,
        summary: 'Walk a draft tree with keys and timeouts as a caller would: what is played and where the call goes',
        params: menuCodeParam,
        body: ivrTryBody,
        response: { 200: ivrTryResultSchema },
      },
      preValidation: refuseDeepTree,
      config: { access: editRoles },
    },
    async (request) => tryIvrMenu(ctx.database, request.params.code, request.body),
  );

  app.get(
    '/api/v1/telephony/routes',
    {
      schema: {
        operationId: 'listDialRoutes',
        tags,
        summary: 'Where each dialled number (DNIS) goes: an IVR menu or a queue; `default` for the rest',
        response: { 200: z.object({ items: z.array(dialRouteSchema) }) },
      },
      config: { access: readRoles },
    },
    async () => ({ items: await listDialRoutes(ctx.database) }),
  );

  app.put(
    '/api/v1/telephony/routes/:dnis',
    {
      schema: {
        operationId: 'saveDialRoute',
        tags,
        summary: 'Route a dialled number to an IVR menu or a queue (which must exist); audited',
        params: dnisParam,
        body: dialRouteBody,
        response: { 200: dialRouteSchema, 201: dialRouteSchema },
      },
      config: { access: editRoles },
    },
    async (request, reply) => {
      const { route, created } = await saveDialRoute(ctx, actorOf(request), request.params.dnis, request.body);
      await reload();
      return reply.code(created ? 201 : 200).send(route);
    },
  );

  app.delete(
    '/api/v1/telephony/routes/:dnis',
    {
      schema: {
        operationId: 'deleteDialRoute',
        tags,
        summary: 'Remove a number’s route (its calls then take the default route); audited',
        params: dnisParam,
        response: { 204: noContent, ...errors(404) },
      },
      config: { access: editRoles },
    },
    async (request, reply) => {
      await removeDialRoute(ctx, actorOf(request), request.params.dnis);
      await reload();
      return reply.code(204).send();
    },
  );
}
