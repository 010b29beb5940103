import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { sameSecret } from '../auth/index.ts';
import type { Role } from '../users/index.ts';
import { escapeHtml } from './domain/email-html.ts';
import { getAttachment, getInboundEmail, listInboundEmails } from './inbound-email.service.ts';
import { messagingRuntimeOf } from './messaging.runtime.ts';
import {
  getMessage,
  listOutbox,
  outboxQuerySchema,
  outboxStats,
  providerSettings,
  receiveDeliveryReport,
  retryMessage,
  sendTestEmail,
  sendTestSms,
  templateQuerySchema,
  unsubscribe,
} from './messaging.service.ts';
import {
  approveTemplate,
  archiveTemplate,
  companyNameProblems,
  createTemplate,
  getTemplate,
  listTemplates,
  previewMessage,
} from './templates.service.ts';
import { updateTemplate } from './templates.service.ts';

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
      schema: { tags, summary: 'Message templates', querystring: templateQuerySchema },
      config: { access: templateReaders },
    },
    async (request) => listTemplates(ctx.database, request.query),
  );
  app.post(
    `${base}/templates`,
    { schema: { tags, summary: 'Draft a template' }, config: { access: templateEditors } },
    async (request, reply) => reply.code(201).send(await createTemplate(ctx.database, actorOf(request), request.body)),
  );
  app.post(
    `${base}/templates/preview`,
    {
      schema: { tags, summary: 'Rendered text, encoding, segments and worst case per variable' },
      // IT uses the counter on the provider page's test message too.
      config: { access: [...templateReaders, 'it'] },
    },
    async (request) => previewMessage(request.body, await ctx.settings.get('company_name')),
  );
  app.get(
    `${base}/templates/:id`,
    { schema: { tags, summary: 'One template version', params: idParams }, config: { access: templateReaders } },
    async (request) => getTemplate(ctx.database, request.params.id),
  );
  app.patch(
    `${base}/templates/:id`,
    {
      schema: { tags, summary: 'Edit a draft (an approved template gets a new draft version)', params: idParams },
      config: { access: templateEditors },
    },
    async (request) => updateTemplate(ctx.database, actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/templates/:id/approve`,
    {
      schema: { tags, summary: 'Approve a draft (archives the previous approved version)', params: idParams },
      config: { access: approvers },
    },
    async (request) =>
      approveTemplate(ctx.database, actorOf(request), request.params.id, await ctx.settings.get('company_name')),
  );
  app.post(
    `${base}/templates/:id/archive`,
    { schema: { tags, summary: 'Archive a template version', params: idParams }, config: { access: approvers } },
    async (request) => archiveTemplate(ctx.database, actorOf(request), request.params.id),
  );

  // ---- outbox ----
  app.get(
    `${base}/outbox`,
    {
      schema: { tags, summary: 'Outgoing messages (recipients masked)', querystring: outboxQuerySchema },
      config: { access: outboxReaders },
    },
    async (request) => listOutbox(ctx.database, request.query, await ctx.settings.get('timezone')),
  );
  app.get(
    `${base}/outbox/stats`,
    {
      schema: { tags, summary: 'Messages by status, and how many were re-sent after a crash' },
      config: { access: outboxReaders },
    },
    async () => outboxStats(ctx.database),
  );
  app.get(
    `${base}/outbox/:id`,
    {
      schema: { tags, summary: 'One message with its history (audited read)', params: idParams },
      config: { access: outboxReaders },
    },
    async (request) => getMessage(ctx.database, actorOf(request), request.params.id),
  );
  app.post(
    `${base}/outbox/:id/retry`,
    { schema: { tags, summary: 'Send a failed message again', params: idParams }, config: { access: outboxOperators } },
    async (request) => retryMessage(runtime, ctx.database, actorOf(request), request.params.id),
  );

  // ---- providers ----
  app.get(
    `${base}/provider`,
    { schema: { tags, summary: 'Configured adapters (passwords masked)' }, config: { access: providerAdmins } },
    async () => providerSettings(runtime, await ctx.settings.get('sms_sender')),
  );
  app.post(
    `${base}/sms/test`,
    {
      schema: { tags, summary: 'Send one test SMS now through the configured adapter' },
      config: { access: providerAdmins },
    },
    async (request, reply) => reply.code(201).send(await sendTestSms(runtime, actorOf(request), request.body)),
  );
  app.post(
    `${base}/email/test`,
    { schema: { tags, summary: 'Send one test email now' }, config: { access: providerAdmins } },
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
      schema: { tags, summary: 'Delivery report from an HTTP SMS gateway (secret in the path)', params: secretParams },
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
      schema: { tags, summary: 'Delivery report (secret in the X-Tawasul-Webhook-Secret header)' },
      config: { access: 'public' },
    },
    async (request) => {
      checkSecret(request, undefined);
      return receiveDeliveryReport(runtime, payloadOf(request));
    },
  );

  // ---- unsubscribe link of marketing mail ----
  app.get(
    `${base}/unsubscribe/:token`,
    {
      schema: {
        tags,
        summary: 'Unsubscribe link of marketing email',
        params: z.object({ token: z.string().max(100) }).strict(),
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const done = await unsubscribe(ctx.database, request.params.token);
      const company = escapeHtml(await ctx.settings.get('company_name'));
      const text = done
        ? 'تم إلغاء اشتراكك في الرسائل التسويقية. You have been unsubscribed from marketing email.'
        : 'الرابط غير صالح أو منتهٍ. This link is not valid.';
      return reply
        .code(done ? 200 : 404)
        .type('text/html; charset=utf-8')
        .send(
          `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${company}</title></head>` +
            `<body dir="rtl" style="font-family:Tahoma,Arial,sans-serif;padding:32px;text-align:right;"><p>${text}</p></body></html>`,
        );
    },
  );

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
      schema: { tags, summary: 'Received email and faxes', querystring: inboundQuery },
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
      schema: { tags, summary: 'One received email with its attachments', params: idParams },
      config: { access: mailReaders },
    },
    async (request) => getInboundEmail(ctx.database, request.params.id),
  );
  app.get(
    `${base}/inbound-emails/:id/attachments/:attachmentId`,
    {
      schema: {
        tags,
        summary: 'Download an attachment',
        params: z.object({ id: z.uuid(), attachmentId: z.uuid() }).strict(),
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
