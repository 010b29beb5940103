import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { uploadedFile } from '../../http/upload.ts';
import { messagingRuntimeOf } from '../messaging/index.ts';
import type { Role } from '../users/index.ts';
import { groupsView, setGroupMembers, updateGroup, groupPatchSchema, membersSchema } from './groups.service.ts';
import {
  addInquiryDocument,
  answerInquiry,
  createInquiry,
  getInquiry,
  getInquiryAttachment,
  inquiryQuerySchema,
  listInquiries,
  replyToInquiry,
  ticketFromInquiry,
} from './inquiries.service.ts';
import { keyAccountsReport, weeklyReport, reportXlsx } from './reports.service.ts';
import { describeTicketSettings, updateTicketSettings } from './ticket-settings.service.ts';
import {
  addAttachment,
  addNote,
  addReply,
  assignTicket,
  changeStatus,
  closeTicket,
  createTicket,
  decideClaim,
  getAttachment,
  getTicket,
  listQueue,
  queueQuerySchema,
  TICKET_ATTACHMENT_MAX_BYTES,
  ticketCreateRoles,
  ticketRoles,
  transferTicket,
  type TicketsDeps,
} from './tickets.service.ts';
import { calendarDate, calendarMonth } from '../../shared/calendar-date.ts';

const idParams = z.object({ id: z.uuid() }).strict();
const settingsRoles = ['admin', 'manager'] as const;
const reportRoles = ['admin', 'manager', 'supervisor'] as const;
const inquiryRoles = ['admin', 'manager', 'supervisor', 'agent'] as const;
const bodyOf = (request: FastifyRequest) => request.body ?? {};

export function ticketsDepsOf(ctx: AppContext): TicketsDeps {
  return { database: ctx.database, settings: ctx.settings, outbox: messagingRuntimeOf(ctx).outbox };
}

export async function ticketsRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['tickets'];
  const deps = ticketsDepsOf(ctx);
  const work = { access: ticketRoles };
  // Bodies are validated by the use cases (their 422s name each field, mandatory fields included).
  const anyBody = z.unknown();

  app.get(
    '/api/v1/tickets',
    {
      schema: {
        tags,
        summary:
          'Ticket queues: mine, my groups (and the tickets I opened), or all (supervisors); open tickets by SLA due time',
        querystring: queueQuerySchema,
      },
      config: work,
    },
    async (request) => listQueue(deps, requireAuth(request).user, request.query),
  );

  app.post(
    '/api/v1/tickets',
    {
      schema: {
        tags,
        summary:
          'Open a ticket {customer_no, category, subject, description, fields}; routed to its group with its SLA → 201 {id, number, group, status, sla_due_at, created_at}',
        body: anyBody,
      },
      config: { access: ticketCreateRoles },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createTicket(deps, actorOf(request), requireAuth(request).user, bodyOf(request), { source: 'web' }),
        ),
  );

  app.get(
    '/api/v1/tickets/:id',
    {
      schema: {
        tags,
        summary: 'The ticket page: fields, conversation, notes, attachments, history, SLA state, permissions',
        params: idParams,
      },
      config: work,
    },
    async (request) => getTicket(deps, requireAuth(request).user, request.params.id),
  );

  type ChangeRequest = FastifyRequest & { params: { id: string } };
  const change = (
    path: string,
    summary: string,
    run: (request: ChangeRequest) => Promise<unknown>,
    access: { access: readonly Role[] } = work,
  ) =>
    app.post(
      `/api/v1/tickets/:id/${path}`,
      { schema: { tags, summary, params: idParams, body: anyBody }, config: access },
      async (request) => run(request as ChangeRequest),
    );

  change('status', 'Change the status {action: open|pending|resolve|reopen, resolution?, version?}', (r) =>
    changeStatus(deps, actorOf(r), requireAuth(r).user, r.params.id, bodyOf(r)),
  );
  change(
    'transfer',
    'Hand the ticket to another group {group, note?, version?} (never back to key_accounts: 409)',
    (r) => transferTicket(deps, actorOf(r), requireAuth(r).user, r.params.id, bodyOf(r)),
  );
  change('assign', 'Assign to a member of the group {assignee_id|null, version?}', (r) =>
    assignTicket(deps, actorOf(r), requireAuth(r).user, r.params.id, bodyOf(r)),
  );
  change(
    'close',
    'Close the ticket {resolution, version?} (members of the assigned group, supervisors, managers)',
    (r) => closeTicket(deps, actorOf(r), requireAuth(r).user, r.params.id, bodyOf(r)),
  );
  change('notes', 'An internal note {body, version?}', (r) =>
    addNote(deps, actorOf(r), requireAuth(r).user, r.params.id, bodyOf(r)),
  );
  change('replies', 'A reply to the customer by email {body, version?} (refused on a closed ticket)', (r) =>
    addReply(deps, actorOf(r), requireAuth(r).user, r.params.id, bodyOf(r)),
  );
  change(
    'claim-approval',
    'Approve or reject a claim above the approval amount {approve, note?, version?}',
    (r) => decideClaim(deps, actorOf(r), r.params.id, bodyOf(r)),
    { access: ['manager'] },
  );

  app.post(
    '/api/v1/tickets/:id/attachments',
    {
      schema: {
        tags,
        summary: `Attach a file (multipart field "file", header X-CSRF-Token; at most ${TICKET_ATTACHMENT_MAX_BYTES / 1048576} MB; PDF, images, text, CSV, DOCX, XLSX)`,
        params: idParams,
        consumes: ['multipart/form-data'],
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
        tags,
        summary: 'Download an attachment',
        params: z.object({ id: z.uuid(), attachmentId: z.uuid() }).strict(),
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
    { schema: { tags, summary: 'Groups with their countries and members' }, config: work },
    async () => groupsView(ctx.database),
  );
  app.patch(
    '/api/v1/ticket-groups/:code',
    {
      schema: {
        tags,
        summary: 'Change a group {name_ar?, name_en?, countries?, active?}',
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
        tags,
        summary: 'Set the members of a group {user_ids}',
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
      schema: { tags, summary: 'Business hours, SLA policies, claim approval amount, report recipients' },
      config: { access: reportRoles },
    },
    async () => describeTicketSettings(ctx.database, ctx.settings),
  );
  app.patch(
    '/api/v1/ticket-settings',
    {
      schema: {
        tags,
        summary:
          'Change {business_hours?, claim_approval_above?, report_recipients?, policies?} (policies replace the list)',
        body: anyBody,
      },
      config: { access: settingsRoles },
    },
    async (request) => updateTicketSettings(ctx.database, ctx.settings, actorOf(request), bodyOf(request)),
  );

  // ---- inquiries (S1) ----
  const itags = ['inquiries'];
  app.get(
    '/api/v1/inquiries',
    {
      schema: { tags: itags, summary: 'Inquiries, newest first', querystring: inquiryQuerySchema },
      config: { access: inquiryRoles },
    },
    async (request) => listInquiries(deps, requireAuth(request).user, request.query),
  );
  app.post(
    '/api/v1/inquiries',
    {
      schema: {
        tags: itags,
        summary:
          'Log an inquiry {channel, customer_no | prospect{name, phone?, email?}, category, subject, question, answer?, first_contact_resolved?}',
        body: anyBody,
      },
      config: { access: inquiryRoles },
    },
    async (request, reply) =>
      reply.code(201).send(await createInquiry(deps, actorOf(request), requireAuth(request).user, bodyOf(request))),
  );
  app.get(
    '/api/v1/inquiries/:id',
    {
      schema: { tags: itags, summary: 'One inquiry with its messages and documents', params: idParams },
      config: { access: inquiryRoles },
    },
    async (request) => getInquiry(deps, requireAuth(request).user, request.params.id),
  );
  app.patch(
    '/api/v1/inquiries/:id',
    {
      schema: {
        tags: itags,
        summary:
          'Answer, recategorise or link to a customer {customer_no?, answer?, category?, first_contact_resolved?, version?}',
        params: idParams,
        body: anyBody,
      },
      config: { access: inquiryRoles },
    },
    async (request) =>
      answerInquiry(deps, actorOf(request), requireAuth(request).user, request.params.id, bodyOf(request)),
  );
  app.get(
    '/api/v1/inquiries/:id/attachments/:attachmentId',
    {
      schema: {
        tags: itags,
        summary: "Download a document of the inquiry (a fax's PDF or TIFF, an emailed file)",
        params: z.object({ id: z.uuid(), attachmentId: z.uuid() }).strict(),
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
        tags: itags,
        summary: 'Answer by email (Arabic, right-to-left) {body}',
        params: idParams,
        body: anyBody,
      },
      config: { access: inquiryRoles },
    },
    async (request) =>
      replyToInquiry(deps, actorOf(request), requireAuth(request).user, request.params.id, bodyOf(request)),
  );
  app.post(
    '/api/v1/inquiries/:id/ticket',
    {
      schema: {
        tags: itags,
        summary: 'Turn the inquiry into a ticket {category, subject?, description?, fields}',
        params: idParams,
        body: anyBody,
      },
      config: { access: ['manager', 'supervisor', 'agent'] },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await ticketFromInquiry(
            deps,
            actorOf(request),
            requireAuth(request).user,
            request.params.id,
            bodyOf(request),
          ),
        ),
  );

  // ---- reports (S4) ----
  const rtags = ['ticket reports'];
  const format = z.enum(['json', 'xlsx']).default('json');
  app.get(
    '/api/v1/ticket-reports/key-accounts',
    {
      schema: {
        tags: rtags,
        summary:
          'Monthly key-accounts report per customer and category (opened, resolved, SLA compliance, median resolution, backlog)',
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
        tags: rtags,
        summary:
          'Weekly performance per group and per person (week starting on the given date, default the last full week)',
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
