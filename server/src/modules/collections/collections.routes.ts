import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { binary, errors, xlsxType } from '../../http/contract.ts';
import { AppError } from '../../http/errors.ts';
import { readableCustomer, todayIn } from '../customers/index.ts';
import { messagingRuntimeOf, sendingWindow } from '../messaging/index.ts';
import { audit } from '../audit/index.ts';
import {
  attemptSchema,
  dataCorrectionQueue,
  distributeToAgents,
  findWorkListHeader,
  exportWorkListXlsx,
  listItems,
  listsOverview,
  myItems,
  promisesOf,
  reassignItems,
  reassignSchema,
  recordAttempt,
  requireStep,
  resolveDataCorrection,
  resolveSchema,
  sendBack,
  signOff,
} from '../worklists/index.ts';
import { distributeList, runDailyCollections, sendSmsList } from './daily-run.service.ts';
import { findCollectionAgents, findRecentRuns } from './daily-run.repository.ts';
import { collectionsKpis } from './kpis.service.ts';
import { calendarDate } from '../../shared/calendar-date.ts';
import {
  attemptResultSchema,
  dataCorrectionsSchema,
  kpisSchema,
  listItemsSchema,
  listsOverviewSchema,
  myItemsSchema,
  promisesSchema,
  runsSchema,
  runSummarySchema,
} from './collections.contract.ts';

const supervisors = ['admin', 'manager', 'supervisor'] as const;
const dateQuery = z.object({ date: calendarDate().optional() }).strict();
const idParams = z.object({ id: z.uuid() }).strict();

export async function collectionsRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['collections'];
  const today = async () => todayIn(await ctx.settings.get('timezone'));
  // Whether bulk SMS may go now, and if not why and when (calling window, weekend, holiday).
  const windowNow = async () => {
    const s = await ctx.settings.all();
    const decision = sendingWindow(new Date(), {
      timezone: s.timezone,
      window: s.calling_window,
      weekend: s.weekend,
      holidays: s.holidays,
    });
    return decision.open
      ? { open: true, reason: null, next_open_at: null }
      : { open: false, reason: decision.reason, next_open_at: decision.nextOpenAt.toISOString() };
  };

  app.post(
    '/api/v1/collections/runs',
    {
      schema: {
        operationId: 'runCollectionsDay',
        tags,
        summary: 'Run the collections day (idempotent); with send, the SMS lists go out through the outbox',
        response: { 200: runSummarySchema },
        body: z.object({ date: calendarDate(), send: z.boolean().default(true) }).strict(),
      },
      config: { access: ['admin', 'manager'] },
    },
    async (request) => {
      const runtime = request.body.send ? messagingRuntimeOf(ctx) : null;
      const summary = await runDailyCollections(
        ctx.database,
        ctx.settings,
        runtime?.outbox ?? null,
        actorOf(request),
        request.body.date,
        {
          send: request.body.send,
          today: await today(),
        },
      );
      // The outbox job also runs every minute; this starts the sending now.
      if (runtime)
        void runtime.outbox
          .dispatch({ deadline: Date.now() + 50_000 })
          .catch((error: unknown) => request.log.error({ err: error }, 'outbox dispatch failed'));
      return summary;
    },
  );

  app.get(
    '/api/v1/collections/runs',
    {
      schema: {
        operationId: 'listCollectionsRuns',
        tags,
        summary: 'Recent collection days and their summaries',
        response: { 200: runsSchema },
      },
      config: { access: supervisors },
    },
    async () => ({ items: await findRecentRuns(ctx.database.db, 60) }),
  );

  app.get(
    '/api/v1/collections/kpis',
    {
      schema: {
        operationId: 'getCollectionsKpis',
        tags,
        summary: 'KPIs of the collections day',
        querystring: dateQuery,
        response: { 200: kpisSchema },
      },
      config: { access: supervisors },
    },
    async (request) =>
      // The counts come from SQL rows typed loosely; the serializer checks them against the schema.
      (await collectionsKpis(
        ctx.database,
        request.query.date ?? (await today()),
        await ctx.settings.get('timezone'),
      )) as z.input<typeof kpisSchema>,
  );

  // ---- the supervisor's day ----
  app.get(
    '/api/v1/worklists',
    {
      schema: {
        operationId: 'listWorkLists',
        tags,
        summary: 'The work lists of a day with progress per agent',
        querystring: dateQuery,
        response: { 200: listsOverviewSchema },
      },
      config: { access: supervisors },
    },
    async (request) => ({
      ...(await listsOverview(ctx.database, request.query.date ?? (await today()))),
      sending_window: await windowNow(),
    }),
  );
  app.post(
    '/api/v1/worklists/:id/send',
    {
      schema: {
        operationId: 'sendSmsListNow',
        tags,
        response: {
          200: z.object({
            queued: z.number().int(),
            duplicates: z.number().int(),
            refused: z.number().int(),
            refused_reasons: z.record(z.string(), z.number().int()),
            moved_to_phone: z.number().int(),
          }),
          ...errors(404, 409),
        },
        summary: "Send an SMS list's messages not yet sent, now (inside the calling window only; audited)",
        params: idParams,
      },
      config: { access: ['admin', 'manager'] },
    },
    async (request) => {
      const list = await findWorkListHeader(ctx.database.db, request.params.id);
      if (!list) throw new AppError('not_found');
      if (list.channel !== 'sms' || list.status === 'signed_off') throw new AppError('list_not_sendable');
      // Only an approved list goes out (SPEC L1); the collections day's lists are approved by the system.
      requireStep(list.status, 'send');
      const window = await windowNow();
      if (!window.open) {
        const timeZone = await ctx.settings.get('timezone');
        const opensAt = (locale: string) =>
          new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
            new Date(window.next_open_at!),
          );
        const why = {
          hours: { en: 'outside the calling window', ar: 'خارج ساعات الاتصال' },
          weekend: { en: 'on the weekend', ar: 'في عطلة نهاية الأسبوع' },
          holiday: { en: 'on a holiday', ar: 'في عطلة رسمية' },
        }[window.reason!];
        throw new AppError('sending_window_closed', {
          en: `No bulk SMS ${why.en}; sending opens ${opensAt('en-GB')}.`,
          // The time in Arabic words with Latin digits, isolated so that it reads right in the sentence.
          ar: `لا تُرسل الرسائل الجماعية ${why.ar}؛ يُفتح الإرسال \u2068${opensAt('ar-u-nu-latn')}\u2069.`,
        });
      }
      const runtime = messagingRuntimeOf(ctx);
      const actor = actorOf(request);
      const result = await sendSmsList(ctx.database, runtime.outbox, actor, {
        id: list.id,
        purpose: list.purpose,
        businessDate: list.business_date,
      });
      await audit(ctx.database.db, actor, 'work_list.send_now', { entity: 'work_list', id: list.id, after: result });
      void runtime.outbox
        .dispatch({ deadline: Date.now() + 50_000 })
        .catch((error: unknown) => request.log.error({ err: error }, 'outbox dispatch failed'));
      return result;
    },
  );
  app.get(
    '/api/v1/worklists/:id/items',
    {
      schema: {
        operationId: 'listWorkListItems',
        tags,
        summary: 'Items of a list with agent, status and outcome',
        params: idParams,
        response: { 200: listItemsSchema },
      },
      config: { access: supervisors },
    },
    async (request) => ({
      items: await listItems(ctx.database, request.params.id),
    }),
  );
  app.get(
    '/api/v1/worklists/:id/export.xlsx',
    {
      schema: {
        operationId: 'exportWorkList',
        tags,
        summary: 'The list as the seed forms F 1-1 (SMS) / F 1-2 (phone), right-to-left',
        params: idParams,
        response: { 200: binary('The list as an XLSX workbook', xlsxType), ...errors(404) },
      },
      config: { access: supervisors },
    },
    async (request, reply) => {
      const list = await findWorkListHeader(ctx.database.db, request.params.id);
      if (!list) throw new AppError('not_found');
      const items = await listItems(ctx.database, request.params.id);
      const name = `${list.channel === 'sms' ? 'F1-1' : 'F1-2'}-${list.purpose}-${list.business_date}.xlsx`;
      void reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`);
      reply.hijack();
      reply.raw.writeHead(200, reply.getHeaders() as Record<string, string>);
      await exportWorkListXlsx(list, items, reply.raw);
    },
  );
  app.get(
    '/api/v1/collections/agents',
    {
      schema: {
        operationId: 'listCollectionAgents',
        tags,
        summary: 'The active collection agents a supervisor may deal a phone list to (P1-2 step 1)',
        response: { 200: z.object({ items: z.array(z.object({ username: z.string(), display_name: z.string() })) }) },
      },
      config: { access: supervisors },
    },
    async () => ({
      items: (await findCollectionAgents(ctx.database.db)).map((a) => ({
        username: a.username,
        display_name: a.display_name,
      })),
    }),
  );
  app.post(
    '/api/v1/worklists/:id/distribute',
    {
      schema: {
        operationId: 'distributeWorkList',
        tags,
        summary: 'Distribute the unassigned items of a phone list among agents (default: all collection agents)',
        response: { 200: listsOverviewSchema, ...errors(404, 409) },
        params: idParams,
        body: z.object({ agents: z.array(z.string().max(64)).max(200).optional() }).strict(),
      },
      config: { access: ['admin', 'manager', 'supervisor'] },
    },
    async (request) => {
      const list = await findWorkListHeader(ctx.database.db, request.params.id);
      if (!list) throw new AppError('not_found');
      await distributeToAgents(ctx.database, actorOf(request), request.params.id, request.body.agents, (tx, agents) =>
        distributeList(tx, request.params.id, list.purpose, agents, actorOf(request).label),
      );
      return listsOverview(ctx.database, list.business_date);
    },
  );
  app.post(
    '/api/v1/worklists/:id/reassign',
    {
      schema: {
        operationId: 'reassignWorkItems',
        tags,
        summary: "Reassign items, or an absent agent's whole open share",
        response: { 200: z.object({ moved: z.number().int() }), ...errors(404, 409) },
        params: idParams,
        body: reassignSchema,
      },
      config: { access: ['admin', 'manager', 'supervisor'] },
    },
    async (request) => reassignItems(ctx.database, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/v1/worklists/:id/sign-off',
    {
      schema: {
        operationId: 'signOffWorkList',
        tags,
        summary: 'Sign off a list once every item is closed or explained',
        params: idParams,
        response: { 200: z.object({ id: z.uuid(), status: z.string() }), ...errors(404, 409) },
      },
      config: { access: ['admin', 'manager', 'supervisor'] },
    },
    async (request) => signOff(ctx.database, actorOf(request), request.params.id),
  );
  app.post(
    '/api/v1/work-items/:id/send-back',
    {
      schema: {
        operationId: 'sendWorkItemBack',
        tags,
        summary: 'Send an item back to its agent with a note',
        response: { 200: z.object({ id: z.uuid(), status: z.string() }), ...errors(409) },
        params: idParams,
        body: z.object({ note: z.string().max(500) }).strict(),
      },
      config: { access: ['admin', 'manager', 'supervisor'] },
    },
    async (request) => sendBack(ctx.database, actorOf(request), request.params.id, request.body),
  );

  // ---- the agent's day ----
  app.get(
    '/api/v1/my/items',
    {
      schema: {
        operationId: 'listMyWorkItems',
        tags,
        summary: "The signed-in agent's items of a day, in working order",
        querystring: dateQuery,
        response: { 200: myItemsSchema },
      },
      config: { access: ['agent'] },
    },
    async (request) => ({
      items: await myItems(ctx.database, requireAuth(request).user, request.query.date ?? (await today())),
    }),
  );
  app.post(
    '/api/v1/work-items/:id/attempts',
    {
      schema: {
        operationId: 'recordAttempt',
        tags,
        summary: 'Record the outcome of a call attempt on one of my items',
        response: { 201: attemptResultSchema, ...errors(404, 409) },
        params: idParams,
        body: attemptSchema,
      },
      config: { access: ['agent'] },
    },
    async (request, reply) => {
      const s = await ctx.settings.all();
      return reply.code(201).send(
        await recordAttempt(
          ctx.database,
          actorOf(request),
          requireAuth(request).user,
          request.params.id,
          request.body,
          {
            retryDelayMinutes: s.retry_delay_minutes,
            maxAttemptsPerDay: s.max_attempts_per_day,
          },
        ),
      );
    },
  );

  // ---- IT's queue of data corrections ----
  app.get(
    '/api/v1/data-corrections',
    {
      schema: {
        operationId: 'listDataCorrections',
        tags,
        summary: 'Data-correction tasks (wrong numbers, customers without a usable number)',
        response: { 200: dataCorrectionsSchema },
        querystring: z.object({ status: z.enum(['open', 'done']).default('open') }).strict(),
      },
      config: { access: ['admin', 'it', 'supervisor', 'manager'] },
    },
    async (request) => ({
      items: (await dataCorrectionQueue(ctx.database, request.query.status)) as z.input<
        typeof dataCorrectionsSchema
      >['items'],
    }),
  );
  app.post(
    '/api/v1/data-corrections/:id/resolve',
    {
      schema: {
        operationId: 'resolveDataCorrection',
        tags,
        summary: 'Correct the number (or add one); the waiting item reopens',
        response: {
          200: z.object({ id: z.uuid(), status: z.string(), reopened: z.boolean() }),
          ...errors(404, 409),
        },
        params: idParams,
        body: resolveSchema,
      },
      config: { access: ['admin', 'it'] },
    },
    async (request) => resolveDataCorrection(ctx.database, actorOf(request), request.params.id, request.body),
  );

  // ---- promises to pay on the customer page ----
  app.get(
    '/api/v1/customers/:customer_no/promises',
    {
      schema: {
        operationId: 'listCustomerPromises',
        tags,
        summary: 'Promises to pay of a customer: kept, broken or open',
        response: { 200: promisesSchema },
        params: z.object({ customer_no: z.string().min(1).max(64) }).strict(),
      },
      config: { access: ['admin', 'manager', 'supervisor', 'agent', 'it', 'marketing', 'claims'] },
    },
    async (request) => {
      // The same customer scope as the customer's page (SPEC §1).
      await readableCustomer(ctx.database, requireAuth(request).user, request.params.customer_no);
      return {
        items: (await promisesOf(
          ctx.database,
          request.params.customer_no,
          await today(),
          await ctx.settings.get('timezone'),
          await ctx.settings.get('currency'),
        )) as z.input<typeof promisesSchema>['items'],
      };
    },
  );
}
