import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { binary, errors, jsonOrFile, xlsxType } from '../../http/contract.ts';
import { AppError } from '../../http/errors.ts';
import { uploadedFile } from '../../http/upload.ts';
import { messagingRuntimeOf } from '../messaging/index.ts';
import type { Role } from '../users/index.ts';
import { groupsView, setGroupMembers, updateGroup, groupPatchSchema, membersSchema } from './groups.service.ts';
import {
  addInquiryDocument,
  answerInquiry,
  answerInquirySchema,
  createInquiry,
  createInquirySchema,
  getInquiry,
  getInquiryAttachment,
  inquiryQuerySchema,
  inquiryTicketSchema,
  listInquiries,
  replyToInquiry,
  ticketFromInquiry,
} from './inquiries.service.ts';
import { keyAccountsReport, weeklyReport, reportXlsx } from './reports.service.ts';
import { describeTicketSettings, ticketSettingsPatchSchema, updateTicketSettings } from './ticket-settings.service.ts';
import {
  attachmentCreatedSchema,
  createdTicketSchema,
  groupsSchema,
  inquiryDetailSchema,
  inquirySchema,
  keyAccountsReportSchema,
  queueSchema,
  ticketGroupSchema,
  ticketMessageResultSchema,
  ticketSchema,
  ticketSettingsSchema,
  ticketSummarySchema,
  weeklyReportSchema,
} from './tickets.contract.ts';
import {
  addNote,
  addReply,
  assignSchema,
  assignTicket,
  changeStatus,
  claimDecisionSchema,
  closeSchema,
  closeTicket,
  createTicket,
  createTicketSchema,
  decideClaim,
  noteSchema,
  statusSchema,
  ticketCreateRoles,
  ticketRoles,
  transferSchema,
  transferTicket,
  type TicketsDeps,
} from './tickets.service.ts';
import { addAttachment, getAttachment, TICKET_ATTACHMENT_MAX_BYTES } from './ticket-attachments.service.ts';
import { getTicket, listQueue, queueQuerySchema } from './ticket-queries.service.ts';
import { calendarDate, calendarMonth } from '../../shared/calendar-date.ts';

const idParams = z.object({ id: z.uuid() }).strict();
const settingsRoles = ['admin', 'manager'] as const;
const reportRoles = ['admin', 'manager', 'supervisor'] as const;
const inquiryRoles = ['admin', 'manager', 'supervisor', 'agent'] as const;
const inquiryReplySchema = z.object({ body: z.string().max(20_000) }).strict();

export function ticketsDepsOf(ctx: AppContext): TicketsDeps {
  return { database: ctx.database, settings: ctx.settings, outbox: messagingRuntimeOf(ctx).outbox };
}

export async function ticketsRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['tickets'];
  const deps = ticketsDepsOf(ctx);
  const work = { access: ticketRoles };
  // The use cases parse their bodies again with the same schemas (the CLI and the mail intake call them too).

  app.get(
    '/api/v1/tickets',
    {
      schema: {
        operationId: 'listTickets',
        tags,
        summary:
          'Ticket queues: mine, my groups (and the tickets I opened), or all (supervisors); open tickets by SLA due time',
        querystring: queueQuerySchema,
        response: { 200: queueSchema },
      },
      config: work,
    },
    async (request) => listQueue(deps, requireAuth(request).user, request.query),
  );

  app.post(
    '/api/v1/tickets',
    {
      schema: {
        operationId: 'createTicket',
        tags,
        summary:
          'Open a ticket; routed to its group with its SLA (the mandatory fields of its category are checked: 422)',
        body: createTicketSchema,
        response: { 201: createdTicketSchema },
      },
      config: { access: ticketCreateRoles },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createTicket(deps, actorOf(request), requireAuth(request).user, request.body, { source: 'web' })),
  );

  app.get(
    '/api/v1/tickets/:id',
    {
      schema: {
        operationId: 'getTicket',
        tags,
        summary: 'The ticket page: fields, conversation, notes, attachments, history, SLA state, permissions',
        params: idParams,
        response: { 200: ticketSchema, ...errors(404) },
      },
      config: work,
    },
    async (request) => getTicket(deps, requireAuth(request).user, request.params.id),
  );

  // A change of a ticket: `version` (optional) is the version the user saw; another change meanwhile is a 409.
  type ChangeRequest = FastifyRequest & { params: { id: string }; body: unknown };
  const change = (
    path: string,
    operationId: string,
    summary: string,
    body: z.ZodType,
    response: typeof ticketSummarySchema | typeof ticketMessageResultSchema,
    run: (request: ChangeRequest) => Promise<unknown>,
    access: { access: readonly Role[] } = work,
  ) =>
    app.post(
      `/api/v1/tickets/:id/${path}`,
      {
        schema: {
          operationId,
          tags,
          summary,
          params: idParams,
          body,
          response: { 200: response, ...errors(404, 409) },
        },
        config: access,
      },
      async (request) => (await run(request as ChangeRequest)) as z.input<typeof response>,
    );

  change(
    'status',
    'changeTicketStatus',
    'Change the status (open, pending, resolve, reopen)',
    statusSchema,
    ticketSummarySchema,
    (r) => changeStatus(deps, actorOf(r), requireAuth(r).user, r.params.id, r.body),
  );
  change(
    'transfer',
    'transferTicket',
    'Hand the ticket to another group (never back to key_accounts: 409)',
    transferSchema,
    ticketSummarySchema,
    (r) => transferTicket(deps, actorOf(r), requireAuth(r).user, r.params.id, r.body),
  );
  change(
    'assign',
    'assignTicket',
    'Assign to a member of the group (or unassign with null)',
    assignSchema,
    ticketSummarySchema,
    (r) => assignTicket(deps, actorOf(r), requireAuth(r).user, r.params.id, r.body),
  );
  change(
    'close',
    'closeTicket',
    'Close the ticket (members of the assigned group, supervisors, managers)',
    closeSchema,
    ticketSummarySchema,
    (r) => closeTicket(deps, actorOf(r), requireAuth(r).user, r.params.id, r.body),
  );
  change('notes', 'addTicketNote', 'An internal note', noteSchema, ticketMessageResultSchema, (r) =>
    addNote(deps, actorOf(r), requireAuth(r).user, r.params.id, r.body),
  );
  change(
    'replies',
    'replyToTicket',
    'A reply to the customer by email (refused on a closed ticket)',
    noteSchema,
    ticketMessageResultSchema,
    (r) => addReply(deps, actorOf(r), requireAuth(r).user, r.params.id, r.body),
  );
  change(
    'claim-approval',
    'decideClaim',
    'Approve or reject a claim above the approval amount',
    claimDecisionSchema,
    ticketSummarySchema,
    (r) => decideClaim(deps, actorOf(r), r.params.id, r.body),
    { access: ['manager'] },
  );

  app.post(
    '/api/v1/tickets/:id/attachments',
    {
      schema: {
        operationId: 'addTicketAttachment',
        tags,
        summary: `Attach a file (multipart field "file", header X-CSRF-Token; at most ${TICKET_ATTACHMENT_MAX_BYTES / 1048576} MB; PDF, images, text, CSV, DOCX, XLSX)`,
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: attachmentCreatedSchema, ...errors(404, 409) },
      },
      config: { ...work, upload: true },
    },
    async (request, reply) => {
      const part = await uploadedFile(request, TICKET_ATTACHMENT_MAX_BYTES);
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.file.truncated) {
        throw new AppError('attachment_too_large', {
          en: `The attachment is larger than ${TICKET_ATTACHMENT_MAX_BYTES / 1048576} MB.`,
          ar: `حجم المرفق أكبر من ${TICKET_ATTACHMENT_MAX_BYTES / 1048576} ميغابايت.`,
        });
      }
      const created = await addAttachment(deps, actorOf(request), requireAuth(request).user, request.params.id, {
        filename: part.filename || 'attachment',
        content: Buffer.concat(chunks),
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/v1/tickets/:id/attachments/:attachmentId',
    {
      schema: {
        operationId: 'getTicketAttachment',
        tags,
        summary: 'Download an attachment',
        params: z.object({ id: z.uuid(), attachmentId: z.uuid() }).strict(),
        response: { 200: binary('The file in its own media type', '*/*'), ...errors(404) },
      },
      config: work,
    },
    async (request, reply) =>
      sendFile(
        reply,
        await getAttachment(
          deps,
          actorOf(request),
          requireAuth(request).user,
          request.params.id,
          request.params.attachmentId,
        ),
      ),
  );

  // ---- groups and SLA settings ----
  app.get(
    '/api/v1/ticket-groups',
    {
      schema: {
        operationId: 'listTicketGroups',
        tags,
        summary: 'Groups with their countries and members',
        response: { 200: groupsSchema },
      },
      config: work,
    },
    async () => groupsView(ctx.database),
  );
  app.patch(
    '/api/v1/ticket-groups/:code',
    {
      schema: {
        operationId: 'updateTicketGroup',
        tags,
        summary: 'Change a group (names, countries, active)',
        response: { 200: ticketGroupSchema, ...errors(404) },
        params: z.object({ code: z.string().max(40) }).strict(),
        body: groupPatchSchema,
      },
      config: { access: settingsRoles },
    },
    async (request) => updateGroup(ctx.database, actorOf(request), request.params.code, request.body),
  );
  app.put(
    '/api/v1/ticket-groups/:code/members',
    {
      schema: {
        operationId: 'setTicketGroupMembers',
        tags,
        summary: 'Set the members of a group',
        response: { 200: groupsSchema, ...errors(404) },
        params: z.object({ code: z.string().max(40) }).strict(),
        body: membersSchema,
      },
      config: { access: settingsRoles },
    },
    async (request) => setGroupMembers(ctx.database, actorOf(request), request.params.code, request.body.user_ids),
  );
  app.get(
    '/api/v1/ticket-settings',
    {
      schema: {
        operationId: 'getTicketSettings',
        tags,
        summary: 'Business hours, SLA policies, claim approval amount, report recipients',
        response: { 200: ticketSettingsSchema },
      },
      config: { access: reportRoles },
    },
    async () => describeTicketSettings(ctx.database, ctx.settings),
  );
  app.patch(
    '/api/v1/ticket-settings',
    {
      schema: {
        operationId: 'updateTicketSettings',
        tags,
        summary:
          'Change business hours, claim approval amount, report recipients or policies (policies replace the list)',
        body: ticketSettingsPatchSchema,
        response: { 200: ticketSettingsSchema },
      },
      config: { access: settingsRoles },
    },
    async (request) => updateTicketSettings(ctx.database, ctx.settings, actorOf(request), request.body),
  );

  // ---- inquiries (S1) ----
  const itags = ['inquiries'];
  app.get(
    '/api/v1/inquiries',
    {
      schema: {
        operationId: 'listInquiries',
        tags: itags,
        summary: 'Inquiries, newest first',
        querystring: inquiryQuerySchema,
        response: { 200: z.object({ items: z.array(inquirySchema), has_more: z.boolean() }) },
      },
      config: { access: inquiryRoles },
    },
    async (request) => listInquiries(deps, requireAuth(request).user, request.query),
  );
  app.post(
    '/api/v1/inquiries',
    {
      schema: {
        operationId: 'createInquiry',
        tags: itags,
        summary: 'Log an inquiry from a customer (customer_no) or a prospect',
        body: createInquirySchema,
        response: { 201: inquirySchema, ...errors(404) },
      },
      config: { access: inquiryRoles },
    },
    async (request, reply) =>
      reply.code(201).send(await createInquiry(deps, actorOf(request), requireAuth(request).user, request.body)),
  );
  app.get(
    '/api/v1/inquiries/:id',
    {
      schema: {
        operationId: 'getInquiry',
        tags: itags,
        summary: 'One inquiry with its messages and documents',
        params: idParams,
        response: { 200: inquiryDetailSchema, ...errors(404) },
      },
      config: { access: inquiryRoles },
    },
    async (request) => getInquiry(deps, requireAuth(request).user, request.params.id),
  );
  app.patch(
    '/api/v1/inquiries/:id',
    {
      schema: {
        operationId: 'updateInquiry',
        tags: itags,
        summary: 'Answer, recategorise or link to a customer',
        params: idParams,
        body: answerInquirySchema,
        response: { 200: inquirySchema, ...errors(404, 409) },
      },
      config: { access: inquiryRoles },
    },
    async (request) =>
      answerInquiry(deps, actorOf(request), requireAuth(request).user, request.params.id, request.body),
  );
  app.get(
    '/api/v1/inquiries/:id/attachments/:attachmentId',
    {
      schema: {
        operationId: 'getInquiryAttachment',
        tags: itags,
        summary: "Download a document of the inquiry (a fax's PDF or TIFF, an emailed file)",
        params: z.object({ id: z.uuid(), attachmentId: z.uuid() }).strict(),
        response: { 200: binary('The document in its own media type', '*/*'), ...errors(404) },
      },
      config: { access: inquiryRoles },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await getInquiryAttachment(
          deps,
          actorOf(request),
          requireAuth(request).user,
          request.params.id,
          request.params.attachmentId,
        ),
      ),
  );
  app.post(
    '/api/v1/inquiries/:id/attachments',
    {
      schema: {
        operationId: 'addInquiryFax',
        tags: itags,
        summary: `Add a received fax by hand (multipart field "file", header X-CSRF-Token; a PDF or TIFF told by its first bytes; at most ${TICKET_ATTACHMENT_MAX_BYTES / 1048576} MB; audited)`,
        params: idParams,
        consumes: ['multipart/form-data'],
        response: {
          201: z.object({
            id: z.uuid(),
            filename: z.string(),
            content_type: z.enum(['application/pdf', 'image/tiff']),
            size: z.number().int(),
            created_at: z.string(),
          }),
        },
      },
      config: { access: inquiryRoles, upload: true },
    },
    async (request, reply) => {
      const part = await request.file({ limits: { fileSize: TICKET_ATTACHMENT_MAX_BYTES, files: 1 } });
      if (!part || part.fieldname !== 'file') throw new AppError('file_required');
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.file.truncated) {
        throw new AppError('attachment_too_large', {
          en: `The fax is larger than ${TICKET_ATTACHMENT_MAX_BYTES / 1048576} MB.`,
          ar: `حجم الفاكس أكبر من ${TICKET_ATTACHMENT_MAX_BYTES / 1048576} ميغابايت.`,
        });
      }
      const created = await addInquiryDocument(deps, actorOf(request), requireAuth(request).user, request.params.id, {
        filename: part.filename || 'fax',
        content: Buffer.concat(chunks),
      });
      return reply.code(201).send(created);
    },
  );
  app.post(
    '/api/v1/inquiries/:id/replies',
    {
      schema: {
        operationId: 'replyToInquiry',
        tags: itags,
        summary: 'Answer by email (Arabic, right-to-left)',
        params: idParams,
        body: inquiryReplySchema,
        response: { 200: inquiryDetailSchema, ...errors(404) },
      },
      config: { access: inquiryRoles },
    },
    async (request) =>
      replyToInquiry(deps, actorOf(request), requireAuth(request).user, request.params.id, request.body),
  );
  app.post(
    '/api/v1/inquiries/:id/ticket',
    {
      schema: {
        operationId: 'createTicketFromInquiry',
        tags: itags,
        summary: 'Turn the inquiry into a ticket',
        params: idParams,
        body: inquiryTicketSchema,
        response: { 201: createdTicketSchema, ...errors(404, 409) },
      },
      config: { access: ['manager', 'supervisor', 'agent'] },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await ticketFromInquiry(deps, actorOf(request), requireAuth(request).user, request.params.id, request.body),
        ),
  );

  // ---- reports (S4) ----
  const rtags = ['ticket reports'];
  const format = z.enum(['json', 'xlsx']).default('json');
  app.get(
    '/api/v1/ticket-reports/key-accounts',
    {
      schema: {
        operationId: 'getKeyAccountsReport',
        tags: rtags,
        summary:
          'Monthly key-accounts report per customer and category (opened, resolved, SLA compliance, median resolution, backlog)',
        response: {
          200: jsonOrFile('The report (format=json) or the workbook (format=xlsx)', keyAccountsReportSchema, xlsxType),
        },
        querystring: z.object({ month: calendarMonth(), format }).strict(),
      },
      config: { access: reportRoles },
    },
    async (request, reply) => {
      const report = await keyAccountsReport(ctx.database, ctx.settings, request.query.month);
      if (request.query.format === 'json') return report;
      return sendXlsx(reply, `key-accounts-${request.query.month}.xlsx`, await reportXlsx(report));
    },
  );
  app.get(
    '/api/v1/ticket-reports/weekly',
    {
      schema: {
        operationId: 'getWeeklyReport',
        tags: rtags,
        summary:
          'Weekly performance per group and per person (week starting on the given date, default the last full week)',
        response: {
          200: jsonOrFile('The report (format=json) or the workbook (format=xlsx)', weeklyReportSchema, xlsxType),
        },
        querystring: z.object({ week_start: calendarDate().optional(), format }).strict(),
      },
      config: { access: reportRoles },
    },
    async (request, reply) => {
      const report = await weeklyReport(ctx.database, ctx.settings, request.query.week_start);
      if (request.query.format === 'json') return report;
      return sendXlsx(reply, `weekly-${report.week_start}.xlsx`, await reportXlsx(report));
    },
  );
}

function sendXlsx(reply: import('fastify').FastifyReply, name: string, content: Buffer) {
  return sendFile(reply, {
    filename: name,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content,
  });
}

/** A stored file as a download: its own type, its name in ASCII and in UTF-8 (RFC 6266). */
function sendFile(
  reply: import('fastify').FastifyReply,
  file: { filename: string; contentType: string; content: Buffer },
) {
  return reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${file.filename.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    )
    .send(file.content);
}
