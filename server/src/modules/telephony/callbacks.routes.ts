// The agent's outbound calls and call-backs (SPEC A5, A6; issue #13): click-to-call on a work item
// or a customer's phone without seeing the number, the call followed until its end (the outcome
// form opens on it), the call-backs owed (a dropped call comes back on top) dialled with one key.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { errors } from '../../http/contract.ts';
import { AppError } from '../../http/errors.ts';
import { audit } from '../audit/index.ts';
import { findCustomerContacts, findCustomerSummary, maskPhone, readableCustomer } from '../customers/index.ts';
import { itemDialTarget } from '../worklists/index.ts';
import { callbackListSchema, dialBody, dialSchema, lastDialSchema } from './callbacks.contract.ts';
import type { PendingCallback } from './domain/callbacks.ts';
import type { DialView } from './runtime/call-center-state.ts';
import { telephonyOf } from './telephony.instance.ts';

const seatRoles = ['agent', 'supervisor'] as const;
const superviseRoles = ['supervisor', 'manager', 'admin'] as const;
const tags = ['telephony'];

export async function callbacksRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const db = ctx.database.db;

  // Never the full number here, whatever the role: a full number is read only through the audited reveal.
  const masked = (number: string) => maskPhone(number);

  const customerOf = async (id: string | null) => {
    const c = id ? await findCustomerSummary(db, id) : null;
    return c ? { customer_no: c.customerNo, name: c.name } : null;
  };

  const dialView = async (dial: DialView) => ({
    call_id: dial.callId,
    status: dial.status,
    number: masked(dial.number),
    customer: await customerOf(dial.customerId),
    work_item_id: dial.workItemId,
    callback_id: dial.callbackId,
    started_at: dial.startedAt.toISOString(),
    connected_at: dial.connectedAt?.toISOString() ?? null,
    ended_at: dial.endedAt?.toISOString() ?? null,
    cause: dial.cause,
    outcome: dial.outcome as 'reached' | 'no_answer' | 'busy' | 'call_dropped' | null,
  });

  const callbackView = async (callback: PendingCallback, agent: string | null) => ({
    id: callback.id,
    reason: callback.reason,
    queue: callback.queue,
    mine: agent !== null && callback.agent === agent,
    number: masked(callback.number),
    customer: await customerOf(callback.customerId),
    requested_at: callback.requestedAt.toISOString(),
    place_at: callback.placeAt.toISOString(),
    status: callback.status,
    attempts: callback.attempts,
    last_cause: callback.lastCause,
    not_before: callback.notBefore?.toISOString() ?? null,
  });

  app.post(
    '/api/v1/telephony/seat/dial',
    {
      schema: {
        operationId: 'dialFromSeat',
        tags,
        summary:
          'Call one of my work items, or a customer’s phone, through the telephone (the number stays hidden); audited',
        body: dialBody,
        response: { 200: dialSchema, ...errors(403, 404, 409, 503) },
      },
      config: { access: seatRoles },
    },
    async (request) => {
      const user = requireAuth(request).user;
      const body = request.body;
      let target: { number: string; customerId: string; workItemId: string | null; entity: string; id: string };
      if ('work_item_id' in body) {
        const item = await itemDialTarget(ctx.database, user, body.work_item_id);
        target = { ...item, workItemId: item.itemId, entity: 'work_item', id: item.itemId };
      } else {
        const customer = await readableCustomer(ctx.database, user, body.customer_no);
        const contact = (await findCustomerContacts(db, [customer.id])).get(customer.id);
        const phone = contact?.phones.find((p) => p.id === body.contact_point_id);
        if (!contact || !phone) throw new AppError('not_found');
        if (contact.doNotCall) throw new AppError('do_not_call');
        if (phone.wrong || !phone.e164) throw new AppError('number_unusable');
        target = {
          number: phone.e164,
          customerId: customer.id,
          workItemId: null,
          entity: 'contact_point',
          id: phone.id,
        };
      }
      const runtime = await telephonyOf(ctx);
      const dial = await runtime.center.dial(user.username, {
        number: target.number,
        customerId: target.customerId,
        workItemId: target.workItemId,
      });
      await audit(db, actorOf(request), 'telephony.dial', {
        entity: target.entity,
        id: target.id,
        after: { call: dial.callId },
      });
      return dialView(dial);
    },
  );

  app.get(
    '/api/v1/telephony/seat/dial',
    {
      schema: {
        operationId: 'getLastDial',
        tags,
        summary: 'My last placed call: ringing, connected or ended with its cause and the outcome it suggests',
        response: { 200: lastDialSchema },
      },
      config: { access: seatRoles },
    },
    async (request) => {
      const runtime = await telephonyOf(ctx);
      const dial = runtime.center.lastDial(requireAuth(request).user.username);
      return { dial: dial ? await dialView(dial) : null };
    },
  );

  app.get(
    '/api/v1/telephony/seat/callbacks',
    {
      schema: {
        operationId: 'listSeatCallbacks',
        tags,
        summary: 'The call-backs I owe (my dropped calls, on top) and those waiting in my queues',
        response: { 200: callbackListSchema },
      },
      config: { access: seatRoles },
    },
    async (request) => {
      const agent = requireAuth(request).user.username;
      const center = (await telephonyOf(ctx)).center;
      const queues = center.agent(agent)?.queues ?? [];
      const list = [...center.callbacksOf(agent), ...center.queueCallbacks().filter((c) => queues.includes(c.queue))];
      return { items: await Promise.all(list.map((c) => callbackView(c, agent))) };
    },
  );

  app.post(
    '/api/v1/telephony/seat/callbacks/:id/dial',
    {
      schema: {
        operationId: 'dialSeatCallback',
        tags,
        summary: 'Dial one of my call-backs now (one key); audited',
        params: z.object({ id: z.uuid() }),
        response: { 200: dialSchema, ...errors(404, 409, 503) },
      },
      config: { access: seatRoles },
    },
    async (request) => {
      const agent = requireAuth(request).user.username;
      const dial = await (await telephonyOf(ctx)).center.dialCallback(agent, request.params.id);
      await audit(db, actorOf(request), 'telephony.callback.dial', {
        entity: 'call_callback',
        id: request.params.id,
        after: { call: dial.callId },
      });
      return dialView(dial);
    },
  );

  app.get(
    '/api/v1/telephony/callbacks',
    {
      schema: {
        operationId: 'listCallbacks',
        tags,
        summary: 'Every call-back still owed: agents’ dropped calls and queue call-backs',
        response: { 200: callbackListSchema },
      },
      config: { access: superviseRoles },
    },
    async () => {
      const center = (await telephonyOf(ctx)).center;
      const own = center.agents().flatMap((a) => center.callbacksOf(a.agent));
      const list = [...own, ...center.queueCallbacks()];
      return { items: await Promise.all(list.map((c) => callbackView(c, null))) };
    },
  );
}
