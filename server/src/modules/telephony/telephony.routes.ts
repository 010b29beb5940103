// The agent's seat (state bar, answer, hold, hang up, wrap-up, transfer) and the supervisor's
// live view (agents by state, waiting calls, queues today; force a state, move a call, snoop).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { errors, noContent } from '../../http/contract.ts';
import { AppError } from '../../http/errors.ts';
import { audit } from '../audit/index.ts';
import { findCustomerSummary, maskPhone, revealRoles } from '../customers/index.ts';
import { findBreakReasons, findCallTakers, findQueues, queueDayFigures } from './routing.repository.ts';
import type { CallView } from './runtime/call-center-state.ts';
import { callerContext } from './caller-context.service.ts';
import {
  callerContextSchema,
  forceStateBody,
  holdBody,
  liveViewSchema,
  moveCallBody,
  seatSchema,
  seatStateBody,
  snoopBody,
  transferBody,
} from './telephony.contract.ts';
import { telephonyOf } from './telephony.instance.ts';

const seatRoles = ['agent', 'supervisor'] as const;
const superviseRoles = ['supervisor', 'manager', 'admin'] as const;

export async function telephonyRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['telephony'];

  const reveals = (request: FastifyRequest) =>
    (revealRoles as readonly string[]).includes(requireAuth(request).user.role);
  const numberFor = (request: FastifyRequest, number: string | null) =>
    number === null ? null : reveals(request) ? number : maskPhone(number);

  const breakReasonsOf = async () =>
    (await findBreakReasons(ctx.database.db)).map((r) => ({
      code: r.code,
      name_ar: r.nameAr,
      name_en: r.nameEn,
      limit_minutes: r.limitMinutes,
    }));

  const seatOf = async (request: FastifyRequest) => {
    const user = requireAuth(request).user;
    const runtime = await telephonyOf(ctx);
    const seat = runtime.center.agent(user.username);
    if (!seat) throw new AppError('not_in_queue');
    const live = seat.callId ? runtime.center.call(seat.callId) : null;
    const customer = live?.customerId ? await findCustomerSummary(ctx.database.db, live.customerId) : null;
    return {
      agent: seat.agent,
      state: seat.state,
      reason: seat.reason,
      since: seat.since.toISOString(),
      queues: seat.queues,
      calls_today: seat.callsToday,
      call: live
        ? {
            id: live.id,
            status: live.status,
            direction: live.direction,
            number: numberFor(request, live.ani),
            dnis: live.dnis,
            queue: live.queue,
            entered_at: live.enteredAt?.toISOString() ?? null,
            answered_at: live.answeredAt?.toISOString() ?? null,
            held: live.held,
            customer: customer
              ? {
                  id: customer.id,
                  customer_no: customer.customerNo,
                  name: customer.name,
                  key_account: customer.keyAccount,
                }
              : null,
          }
        : null,
      break_reasons: await breakReasonsOf(),
      adapter: runtime.port.name,
    };
  };

  app.get(
    '/api/v1/telephony/seat',
    {
      schema: {
        operationId: 'getSeat',
        tags,
        summary: 'My telephone: state, the call ringing or connected, the caller (screen pop)',
        response: { 200: seatSchema, ...errors(409) },
      },
      config: { access: seatRoles },
    },
    async (request) => seatOf(request),
  );

  app.get(
    '/api/v1/telephony/seat/caller',
    {
      schema: {
        operationId: 'getSeatCaller',
        tags,
        summary:
          'The screen pop’s context of my call: its reason, and the caller’s open tickets, work items, promises and last five interactions',
        response: { 200: callerContextSchema, ...errors(409) },
      },
      config: { access: seatRoles },
    },
    async (request) => callerContext(ctx, requireAuth(request).user.username),
  );

  app.post(
    '/api/v1/telephony/seat/state',
    {
      schema: {
        operationId: 'setSeatState',
        tags,
        summary: 'Go available, on a break (with a reason) or offline; during a call it starts after the wrap-up',
        body: seatStateBody,
        response: { 200: seatSchema, ...errors(404, 409, 422) },
      },
      config: { access: seatRoles },
    },
    async (request) => {
      const { state, reason } = request.body;
      if (state === 'break') {
        const reasons = await findBreakReasons(ctx.database.db);
        if (!reason || !reasons.some((r) => r.code === reason)) throw new AppError('not_found');
      }
      const runtime = await telephonyOf(ctx);
      runtime.center.setState(requireAuth(request).user.username, state, state === 'break' ? (reason ?? null) : null);
      return seatOf(request);
    },
  );

  const seatAction = (
    path: string,
    operationId: string,
    summary: string,
    run: (username: string, request: FastifyRequest) => Promise<unknown>,
    body?: z.ZodType,
  ) =>
    app.post(
      `/api/v1/telephony/seat/${path}`,
      {
        schema: {
          operationId,
          tags,
          summary,
          ...(body ? { body } : {}),
          response: { 204: noContent, ...errors(404, 409, 422, 503) },
        },
        config: { access: seatRoles },
      },
      async (request, reply) => {
        await run(requireAuth(request).user.username, request);
        return reply.code(204).send();
      },
    );

  seatAction('answer', 'answerSeatCall', 'Answer the call ringing on my seat', async (agent) =>
    (await telephonyOf(ctx)).center.answer(agent),
  );
  seatAction(
    'hold',
    'holdSeatCall',
    'Put the caller on hold (on: true) or take him back (on: false)',
    async (agent, request) => (await telephonyOf(ctx)).center.hold(agent, (request.body as { on: boolean }).on),
    holdBody,
  );
  seatAction('hangup', 'hangupSeatCall', 'End my call (or refuse the one ringing)', async (agent) =>
    (await telephonyOf(ctx)).center.hangup(agent),
  );
  seatAction('wrap-up-done', 'finishWrapUp', 'My wrap-up is done: available again', async (agent) =>
    (await telephonyOf(ctx)).center.finishWrapUp(agent),
  );
  seatAction(
    'transfer',
    'transferSeatCall',
    'Transfer my caller to a queue (blind); I go to wrap-up',
    async (agent, request) =>
      (await telephonyOf(ctx)).center.transferToQueue(agent, (request.body as { queue: string }).queue),
    transferBody,
  );

  app.get(
    '/api/v1/telephony/live',
    {
      schema: {
        operationId: 'getTelephonyLive',
        tags,
        summary: 'Agents by state with time in state, calls waiting and connected, queues today',
        response: { 200: liveViewSchema },
      },
      config: { access: superviseRoles },
    },
    async (request) => {
      const runtime = await telephonyOf(ctx);
      const now = runtime.port.name === 'simulator' && runtime.simulator ? runtime.simulator.now() : new Date();
      const [queueRows, names, figures, breakReasons] = await Promise.all([
        findQueues(ctx.database.db, { activeOnly: true }),
        findCallTakers(ctx.database.db),
        queueDayFigures(ctx.database.db, startOfDay(now, String(await ctx.settings.get('timezone'))), now),
        breakReasonsOf(),
      ]);
      const nameOf = new Map(names.map((u) => [u.username, u.displayName]));
      const agents = runtime.center.agents();
      const calls = runtime.center.liveCalls();
      const waitingOf = (queue: string) => calls.filter((c) => c.queue === queue && isWaiting(c));
      return {
        now: now.toISOString(),
        agents: agents.map((a) => ({
          agent: a.agent,
          name: nameOf.get(a.agent) ?? a.agent,
          state: a.state,
          reason: a.reason,
          since: a.since.toISOString(),
          queues: a.queues,
          simulated: a.simulated,
          call_id: a.callId,
          calls_today: a.callsToday,
        })),
        calls: calls
          .filter((c) => c.status !== 'ended')
          .map((c) => ({
            id: c.id,
            status: c.status,
            queue: c.queue,
            number: numberFor(request, c.ani),
            key_account: c.keyAccount,
            entered_at: c.enteredAt?.toISOString() ?? null,
            answered_at: c.answeredAt?.toISOString() ?? null,
            agent: c.agent,
            held: c.held,
          })),
        queues: queueRows.map((q) => {
          const waiting = waitingOf(q.code);
          const longest = waiting.reduce(
            (max, c) => Math.max(max, now.getTime() - (c.enteredAt?.getTime() ?? now.getTime())),
            0,
          );
          const members = agents.filter((a) => a.queues.includes(q.code));
          const f = figures.get(q.code);
          return {
            code: q.code,
            name_ar: q.nameAr,
            name_en: q.nameEn,
            waiting: waiting.length,
            longest_wait_seconds: Math.round(longest / 1000),
            agents_available: members.filter((a) => a.state === 'available').length,
            agents_busy: members.filter((a) => ['ringing', 'on_call', 'hold', 'wrap_up'].includes(a.state)).length,
            offered_today: f?.offered ?? 0,
            answered_today: f?.answered ?? 0,
            abandoned_today: f?.abandoned ?? 0,
            service_level_today: f && f.offered > 0 ? f.answeredWithin / f.offered : null,
            sl_seconds: q.slSeconds,
            sl_target_percent: q.slTarget,
          };
        }),
        break_reasons: breakReasons,
        supports_snoop: runtime.port.supports.snoop,
      };
    },
  );

  app.post(
    '/api/v1/telephony/agents/:agent/state',
    {
      schema: {
        operationId: 'forceAgentState',
        tags,
        summary: 'Force an agent available, on a break or offline (not during a call); audited',
        params: z.object({ agent: z.string().min(1).max(100) }),
        body: forceStateBody,
        response: { 204: noContent, ...errors(404, 409, 422) },
      },
      config: { access: superviseRoles },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const runtime = await telephonyOf(ctx);
      runtime.center.forceState(request.params.agent, request.body.state, requireAuth(request).user.username);
      await audit(ctx.database.db, actor, 'telephony.agent.force_state', {
        entity: 'agent',
        id: request.params.agent,
        after: { state: request.body.state },
      });
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/telephony/calls/:id/move',
    {
      schema: {
        operationId: 'moveWaitingCall',
        tags,
        summary: 'Move a waiting call to another queue; it keeps its place in line; audited',
        params: z.object({ id: z.string().min(1).max(200) }),
        body: moveCallBody,
        response: { 204: noContent, ...errors(404, 409, 422) },
      },
      config: { access: superviseRoles },
    },
    async (request, reply) => {
      const runtime = await telephonyOf(ctx);
      runtime.center.moveCall(request.params.id, request.body.queue);
      await audit(ctx.database.db, actorOf(request), 'telephony.call.move', {
        entity: 'call',
        id: request.params.id,
        after: { queue: request.body.queue },
      });
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/telephony/agents/:agent/snoop',
    {
      schema: {
        operationId: 'snoopAgentCall',
        tags,
        summary: 'Listen to, whisper to, or barge into an agent’s call (on the supervisor’s phone); audited',
        params: z.object({ agent: z.string().min(1).max(100) }),
        body: snoopBody,
        response: { 204: noContent, ...errors(404, 409, 422, 503) },
      },
      config: { access: superviseRoles },
    },
    async (request, reply) => {
      const runtime = await telephonyOf(ctx);
      const supervisor = requireAuth(request).user.username;
      await runtime.center.snoop(supervisor, request.params.agent, request.body.mode);
      await audit(ctx.database.db, actorOf(request), 'telephony.call.snoop', {
        entity: 'agent',
        id: request.params.agent,
        after: { mode: request.body.mode },
      });
      return reply.code(204).send();
    },
  );
}

function isWaiting(call: CallView): boolean {
  return call.status === 'queued' || call.status === 'ringing' || call.status === 'routing';
}

/** Midnight of `at`'s day in `timeZone`. */
function startOfDay(at: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const sinceMidnight = ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + at.getMilliseconds();
  return new Date(at.getTime() - sinceMidnight);
}
