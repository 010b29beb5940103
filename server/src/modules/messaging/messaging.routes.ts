import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { binary, errors } from '../../http/contract.ts';
import { AppError } from '../../http/errors.ts';
import { sameSecret } from '../auth/index.ts';
import type { Role } from '../users/index.ts';
import { getAttachment, getInboundEmail, listInboundEmails } from './inbound-email.service.ts';
import {
  deliveryReportResultSchema,
  deliveryReportSchema,
  inboundEmailSchema,
  inboundListSchema,
  messageSchema,
  messageWithEventsSchema,
  outboxStatsSchema,
  previewResultSchema,
  providerSchema,
  templateSchema,
} from './messaging.contract.ts';
import { messagingRuntimeOf } from './messaging.runtime.ts';
import {
  emailTestSchema,
  getMessage,
  listOutbox,
  outboxQuerySchema,
  outboxStats,
  providerSettings,
  receiveDeliveryReport,
  retryMessage,
  sendTestEmail,
  sendTestSms,
  smsTestSchema,
  templateQuerySchema,
} from './messaging.service.ts';
import { optOutRoutes } from './opt-outs.routes.ts';
import {
  approveTemplate,
  archiveTemplate,
  companyNameProblems,
  createTemplate,
  createTemplateSchema,
  getTemplate,
  listTemplates,
  previewMessage,
  previewSchema,
  updateTemplate,
  updateTemplateSchema,
} from './templates.service.ts';

const templateReaders: readonly Role[] = ['admin', 'manager', 'supervisor', 'marketing'];
const templateEditors: readonly Role[] = ['manager', 'supervisor', 'marketing'];
const approvers: readonly Role[] = ['manager'];
const outboxReaders: readonly Role[] = ['admin', 'manager', 'supervisor'];
const outboxOperators: readonly Role[] = ['manager', 'supervisor'];
const providerAdmins: readonly Role[] = ['admin', 'manager', 'it'];
const mailReaders: readonly Role[] = ['admin', 'manager', 'supervisor'];

const idParams = z.object({ id: z.uuid() }).strict();
const base = '/api/v1/messaging';

export async function messagingRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const runtime = messagingRuntimeOf(ctx, (entry, message) => instance.log.info(entry, message));
  instance.addHook('onClose', async () => runtime.close());
  // A company name that would break an approved SMS template is refused when it is saved.
  ctx.settings.addGuard(async (after, changed) =>
    changed.includes('company_name') ? companyNameProblems(ctx.database, after.company_name) : [],
  );
  const tags = ['messaging'];

  // ---- templates ----
  app.get(
    `${base}/templates`,
    {
      schema: {
        operationId: 'listTemplates',
        tags,
        summary: 'Message templates',
        querystring: templateQuerySchema,
        response: { 200: z.object({ items: z.array(templateSchema) }) },
      },
      config: { access: templateReaders },
    },
    async (request) => listTemplates(ctx.database, request.query),
  );
  app.post(
    `${base}/templates`,
    {
      schema: {
        operationId: 'createTemplate',
        tags,
        summary: 'Draft a template',
        body: createTemplateSchema,
        response: { 201: templateSchema },
      },
      config: { access: templateEditors },
    },
    async (request, reply) => reply.code(201).send(await createTemplate(ctx.database, actorOf(request), request.body)),
  );
  app.post(
    `${base}/templates/preview`,
    {
      schema: {
        operationId: 'previewTemplate',
        tags,
        summary: 'Rendered text, encoding, segments and worst case per variable',
        body: previewSchema,
        response: { 200: previewResultSchema },
      },
      // IT uses the counter on the provider page's test message too.
      config: { access: [...templateReaders, 'it'] },
    },
    async (request) => previewMessage(request.body, await ctx.settings.get('company_name')),
  );
  app.get(
    `${base}/templates/:id`,
    {
      schema: {
        operationId: 'getTemplate',
        tags,
        summary: 'One template version',
        params: idParams,
        response: { 200: templateSchema, ...errors(404) },
      },
      config: { access: templateReaders },
    },
    async (request) => getTemplate(ctx.database, request.params.id),
  );
  app.patch(
    `${base}/templates/:id`,
    {
      schema: {
        operationId: 'updateTemplate',
        tags,
        summary: 'Edit a draft (an approved template gets a new draft version)',
        params: idParams,
        body: updateTemplateSchema,
        response: { 200: templateSchema, ...errors(404, 409) },
      },
      config: { access: templateEditors },
    },
    async (request) => updateTemplate(ctx.database, actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/templates/:id/approve`,
    {
      schema: {
        operationId: 'approveTemplate',
        tags,
        summary: 'Approve a draft (archives the previous approved version)',
        params: idParams,
        response: { 200: templateSchema, ...errors(404, 409) },
      },
      config: { access: approvers },
    },
    async (request) =>
      approveTemplate(ctx.database, actorOf(request), request.params.id, await ctx.settings.get('company_name')),
  );
  app.post(
    `${base}/templates/:id/archive`,
    {
      schema: {
        operationId: 'archiveTemplate',
        tags,
        summary: 'Archive a template version',
        params: idParams,
        response: { 200: templateSchema, ...errors(404, 409) },
      },
      config: { access: approvers },
    },
    async (request) => archiveTemplate(ctx.database, actorOf(request), request.params.id),
  );

  // ---- outbox ----
  app.get(
    `${base}/outbox`,
    {
      schema: {
        operationId: 'listOutbox',
        tags,
        summary: 'Outgoing messages (recipients masked)',
        querystring: outboxQuerySchema,
        response: { 200: z.object({ total: z.number().int(), items: z.array(messageSchema) }) },
      },
      config: { access: outboxReaders },
    },
    async (request) => listOutbox(ctx.database, request.query, await ctx.settings.get('timezone')),
  );
  app.get(
    `${base}/outbox/stats`,
    {
      schema: {
        operationId: 'getOutboxStats',
        tags,
        summary: 'Messages by status, and how many were re-sent after a crash',
        response: { 200: outboxStatsSchema },
      },
      config: { access: outboxReaders },
    },
    async () => outboxStats(ctx.database),
  );
  app.get(
    `${base}/outbox/:id`,
    {
      schema: {
        operationId: 'getOutboxMessage',
        tags,
        summary: 'One message with its history (audited read)',
        params: idParams,
        response: { 200: messageWithEventsSchema, ...errors(404) },
      },
      config: { access: outboxReaders },
    },
    async (request) => getMessage(ctx.database, actorOf(request), request.params.id),
  );
  app.post(
    `${base}/outbox/:id/retry`,
    {
      schema: {
        operationId: 'retryOutboxMessage',
        tags,
        summary: 'Send a failed message again',
        params: idParams,
        response: { 200: messageSchema, ...errors(404, 409) },
      },
      config: { access: outboxOperators },
    },
    async (request) => retryMessage(runtime, ctx.database, actorOf(request), request.params.id),
  );

  // ---- providers ----
  app.get(
    `${base}/provider`,
    {
      schema: {
        operationId: 'getProviderSettings',
        tags,
        summary: 'Configured adapters (passwords masked)',
        response: { 200: providerSchema },
      },
      config: { access: providerAdmins },
    },
    async () => providerSettings(runtime, await ctx.settings.get('sms_sender')),
  );
  app.post(
    `${base}/sms/test`,
    {
      schema: {
        operationId: 'sendTestSms',
        tags,
        summary: 'Send one test SMS now through the configured adapter',
        body: smsTestSchema,
        response: { 201: messageSchema },
      },
      config: { access: providerAdmins },
    },
    async (request, reply) => reply.code(201).send(await sendTestSms(runtime, actorOf(request), request.body)),
  );
  app.post(
    `${base}/email/test`,
    {
      schema: {
        operationId: 'sendTestEmail',
        tags,
        summary: 'Send one test email now',
        body: emailTestSchema,
        response: { 201: messageSchema },
      },
      config: { access: providerAdmins },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await sendTestEmail(runtime, actorOf(request), request.body, await ctx.settings.get('company_name'))),
  );

  // ---- delivery-report webhook (HTTP gateways) ----
  // Public, authenticated by the shared secret TAWASUL_SMS_DLR_SECRET: in the path
  // (/webhooks/sms/{secret}) or in the X-Tawasul-Webhook-Secret header. JSON POST or GET query.
  const checkSecret = (request: FastifyRequest, fromPath: string | undefined) => {
    const secret = ctx.config.messaging.sms.dlrSecret;
    if (!secret) throw new AppError('webhook_disabled');
    const header = request.headers['x-tawasul-webhook-secret'];
    const given = fromPath ?? (typeof header === 'string' ? header : undefined);
    if (!given || !sameSecret(given, secret)) throw new AppError('webhook_secret');
  };
  const payloadOf = (request: FastifyRequest) =>
    ({
      ...((request.query as Record<string, unknown>) ?? {}),
      ...(request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {}),
    }) as Record<string, unknown>;
  const secretParams = z.object({ secret: z.string().min(1).max(200) }).strict();
  for (const method of ['GET', 'POST'] as const) {
    app.route({
      method,
      url: `${base}/webhooks/sms/:secret`,
      schema: {
        operationId: method === 'GET' ? 'receiveDeliveryReportByQuery' : 'receiveDeliveryReport',
        tags,
        summary: 'Delivery report from an HTTP SMS gateway (secret in the path)',
        params: secretParams,
        ...(method === 'GET' ? { querystring: deliveryReportSchema } : { body: deliveryReportSchema.optional() }),
        response: { 200: deliveryReportResultSchema, ...errors(404) },
      },
      config: { access: 'public' },
      handler: async (request) => {
        checkSecret(request, (request.params as { secret: string }).secret);
        return receiveDeliveryReport(runtime, payloadOf(request));
      },
    });
  }
  app.post(
    `${base}/webhooks/sms`,
    {
      schema: {
        operationId: 'receiveDeliveryReportWithHeader',
        tags,
        summary: 'Delivery report (secret in the X-Tawasul-Webhook-Secret header)',
        body: deliveryReportSchema.optional(),
        response: { 200: deliveryReportResultSchema, ...errors(404) },
      },
      config: { access: 'public' },
    },
    async (request) => {
      checkSecret(request, undefined);
      return receiveDeliveryReport(runtime, payloadOf(request));
    },
  );

  await optOutRoutes(instance, ctx);

  // ---- inbound mail ----
  const inboundQuery = z
    .object({
      fax: z.enum(['true', 'false']).optional(),
      thread_id: z.string().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
    })
    .strict();
  app.get(
    `${base}/inbound-emails`,
    {
      schema: {
        operationId: 'listInboundEmails',
        tags,
        summary: 'Received email and faxes',
        querystring: inboundQuery,
        response: { 200: inboundListSchema },
      },
      config: { access: mailReaders },
    },
    async (request) => {
      const { fax, thread_id, limit, offset } = request.query;
      return listInboundEmails(
        ctx.database,
        { ...(fax !== undefined && { fax: fax === 'true' }), ...(thread_id && { threadId: thread_id }) },
        limit,
        offset,
      );
    },
  );
  app.get(
    `${base}/inbound-emails/:id`,
    {
      schema: {
        operationId: 'getInboundEmail',
        tags,
        summary: 'One received email with its attachments',
        params: idParams,
        response: { 200: inboundEmailSchema, ...errors(404) },
      },
      config: { access: mailReaders },
    },
    async (request) => getInboundEmail(ctx.database, request.params.id),
  );
  app.get(
    `${base}/inbound-emails/:id/attachments/:attachmentId`,
    {
      schema: {
        operationId: 'getInboundAttachment',
        tags,
        summary: 'Download an attachment',
        params: z.object({ id: z.uuid(), attachmentId: z.uuid() }).strict(),
        response: { 200: binary('The attachment in its own media type', '*/*'), ...errors(404, 409) },
      },
      config: { access: mailReaders },
    },
    async (request, reply) => {
      const a = await getAttachment(ctx.database, request.params.id, request.params.attachmentId);
      return reply
        .type(a.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.filename)}`)
        .send(a.content);
    },
  );
}
