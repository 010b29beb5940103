import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import type { Role } from '../users/index.ts';
import { escapeHtml } from './domain/email-html.ts';
import {
  listOptOuts,
  optOutQuerySchema,
  optOutSchema,
  recordOptOut,
  unsubscribeByToken,
  unsubscribeTarget,
} from './opt-outs.service.ts';

// The unsubscribe link of marketing mail (GET: a page with a button; POST: the one-click
// unsubscribe of RFC 8058 and that button) and the agents' record of marketing opt-outs.

const optOutRecorders: readonly Role[] = ['admin', 'manager', 'supervisor', 'agent', 'marketing'];
const optOutReaders: readonly Role[] = ['admin', 'manager', 'supervisor', 'marketing'];
const base = '/api/v1/messaging';
const tokenParams = z.object({ token: z.string().max(100) }).strict();

const optOutItemSchema = z
  .object({
    channel: z.enum(['sms', 'email', 'bounce']),
    recipient: z.string().meta({ description: 'Masked number or address' }),
    at: z.string(),
    source: z.string().meta({ description: 'link, one_click, stop_reply, manual; for a bounce its DSN status' }),
    note: z.string().nullable(),
  })
  .meta({ id: 'MarketingOptOut' });

export async function optOutRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['messaging'];
  // Mail clients post the one-click form urlencoded (RFC 8058); only the unsubscribe route takes it.
  instance.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 4096 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  const page = async (lines: string, form?: string) => {
    const company = escapeHtml(await ctx.settings.get('company_name'));
    return (
      `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${company}</title></head>` +
      `<body dir="rtl" style="font-family:Tahoma,Arial,sans-serif;padding:32px;text-align:right;">` +
      `<h1 style="font-size:20px;">${company}</h1>${lines}${form ?? ''}</body></html>`
    );
  };

  app.get(
    `${base}/unsubscribe/:token`,
    {
      schema: {
        operationId: 'unsubscribe',
        tags,
        summary: 'Unsubscribe link of marketing email: a page whose button confirms (changes nothing by itself)',
        params: tokenParams,
        produces: ['text/html'],
        response: {
          200: z.string().meta({ description: 'A page with the button that unsubscribes' }),
          404: z.string().meta({ description: 'A page saying the link is not valid' }),
        },
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const target = await unsubscribeTarget(ctx.database, request.params.token);
      reply.type('text/html; charset=utf-8');
      if (!target) {
        return reply
          .code(404)
          .send(await page('<p>الرابط غير صالح أو منتهٍ.</p><p dir="ltr" lang="en">This link is not valid.</p>'));
      }
      const action = `${base}/unsubscribe/${encodeURIComponent(request.params.token)}`;
      return reply.send(
        await page(
          `<p>هل تريد إيقاف الرسائل التسويقية إلى <bdi dir="ltr">${escapeHtml(target.masked)}</bdi>؟ ` +
            `لن يؤثر ذلك في رسائل الخدمة مثل التذكير بالأقساط.</p>` +
            `<p dir="ltr" lang="en">Stop marketing email to <bdi>${escapeHtml(target.masked)}</bdi>? Service messages such as reminders are not affected.</p>`,
          `<form method="post" action="${escapeHtml(action)}">` +
            `<input type="hidden" name="List-Unsubscribe" value="One-Click">` +
            `<button type="submit" style="font-size:16px;padding:8px 20px;">إلغاء الاشتراك · Unsubscribe</button></form>`,
        ),
      );
    },
  );

  app.post(
    `${base}/unsubscribe/:token`,
    {
      schema: {
        operationId: 'unsubscribeOneClick',
        tags,
        summary: 'One-click unsubscribe (RFC 8058, List-Unsubscribe-Post) and the link page’s button',
        description:
          'Honoured at once and recorded once. A repeat or an unknown token also answers 200: a mail client retries, and the answer must not tell which tokens exist.',
        params: tokenParams,
        produces: ['text/html'],
        response: { 200: z.string().meta({ description: 'A page saying marketing email stopped' }) },
      },
      config: { access: 'public', crossSiteForm: true },
    },
    async (request, reply) => {
      const outcome = await unsubscribeByToken(
        ctx.database,
        request.params.token,
        // The page's own form names itself; a mail client's POST is the one-click button.
        request.headers['sec-fetch-site'] === 'same-origin' ? 'link' : 'one_click',
      );
      const text =
        outcome === 'unknown'
          ? '<p>لا يوجد اشتراك مرتبط بهذا الرابط؛ لم يتغير شيء.</p><p dir="ltr" lang="en">No subscription goes with this link; nothing changed.</p>'
          : '<p>تم إلغاء اشتراكك في الرسائل التسويقية. ستصلك رسائل الخدمة فقط.</p><p dir="ltr" lang="en">You have been unsubscribed from marketing email. Only service messages will reach you.</p>';
      return reply.type('text/html; charset=utf-8').send(await page(text));
    },
  );

  app.get(
    `${base}/opt-outs`,
    {
      schema: {
        operationId: 'listMarketingOptOuts',
        tags,
        summary: 'Marketing opt-outs (SMS numbers, email addresses) and bounced addresses, newest first',
        querystring: optOutQuerySchema,
        response: { 200: z.object({ items: z.array(optOutItemSchema) }) },
      },
      config: { access: optOutReaders },
    },
    async (request) => listOptOuts(ctx.database, request.query),
  );

  app.post(
    `${base}/opt-outs`,
    {
      schema: {
        operationId: 'recordMarketingOptOut',
        tags,
        summary: 'Record that a customer wants no more marketing by SMS or email (service messages still go)',
        body: optOutSchema,
        response: {
          200: z.object({
            channel: z.enum(['sms', 'email']),
            address: z.string(),
            recorded: z.boolean().meta({ description: 'false: it was recorded already' }),
          }),
        },
      },
      config: { access: optOutRecorders },
    },
    async (request) => recordOptOut(ctx.database, actorOf(request), request.body),
  );
}
