import { createHash } from 'node:crypto';
import { and, desc, eq, isNull, ne, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.ts';
import type { AuthUser } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import { publish } from '../events/index.ts';
import {
  addTimelineEntry,
  answersInboundContacts,
  customers,
  findOrCreateProspect,
  findReplyAddresses,
  parsePhone,
} from '../customers/index.ts';
import { users } from '../users/index.ts';
import { withGreeting } from './domain/customer-mail.ts';
import { inquiryChanged } from './domain/live-audience.ts';
import { inquiryNumber, threadHeaders } from './domain/status.ts';
import { ticketCategories } from './domain/categories.ts';
import { inquiries } from './tickets.schema.ts';
import {
  findAttachmentContent,
  findAttachmentsOf,
  findCustomerRefById,
  findCustomerRefByNo,
  findMessagesOfInquiry,
  updateInquiryRow,
  insertMessage,
  insertAttachment,
} from './tickets.repository.ts';
import { createTicket, type TicketsDeps } from './tickets.service.ts';

// الاستفسارات (S1, seed 000 §3.3): current customers ask about their accounts and installments,
// prospects about products and services. Logged by phone, or from the mailbox (email and fax).

export const inquiryChannels = ['phone', 'fax', 'email'] as const;
export const inquiryCategories = ['account', 'installments', 'products', 'shipment', 'complaint', 'other'] as const;

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), 'control characters are not allowed');
const required = (max: number) => text(max).pipe(z.string().trim().min(1));

export const createInquirySchema = z
  .object({
    channel: z.enum(inquiryChannels),
    customer_no: required(50).optional(),
    prospect: z
      .object({
        name: required(200),
        phone: text(40).optional(),
        email: z.email().max(200).optional(),
        country: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .default('SA'),
      })
      .strict()
      .optional(),
    category: z.enum(inquiryCategories).default('other'),
    subject: required(300),
    question: text(20_000).default(''),
    answer: text(20_000).optional(),
    first_contact_resolved: z.boolean().default(false),
  })
  .strict()
  .refine((v) => !(v.customer_no && v.prospect), {
    message: 'give either customer_no or prospect, not both',
    path: ['prospect'],
  });

export const answerInquirySchema = z
  .object({
    /** Links the inquiry to the customer the agent recognised (a mail from an unknown address). */
    customer_no: required(50).optional(),
    answer: required(20_000).optional(),
    category: z.enum(inquiryCategories).optional(),
    first_contact_resolved: z.boolean().optional(),
    version: z.number().int().positive().optional(),
  })
  .strict();

export const inquiryQuerySchema = z
  .object({
    status: z.enum(['open', 'answered']).optional(),
    channel: z.enum(inquiryChannels).optional(),
    customer_no: z.string().max(50).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

const seeAllRoles = new Set(['admin', 'manager', 'supervisor']);

function assertMayLog(user: AuthUser) {
  if (!seeAllRoles.has(user.role) && !answersInboundContacts(user)) throw new AppError('forbidden');
}

/** An agent sees the inquiries he logged and the shared mailbox (email and fax). */
function canSeeInquiry(user: AuthUser, row: typeof inquiries.$inferSelect) {
  return seeAllRoles.has(user.role) || row.createdBy === user.id || row.channel !== 'phone';
}

function view(
  row: typeof inquiries.$inferSelect,
  customer: { customerNo: string; name: string } | undefined,
  createdByName?: string | null,
) {
  return {
    id: row.id,
    number: inquiryNumber(row.number),
    channel: row.channel,
    customer_no: customer?.customerNo ?? null,
    customer_name: customer?.name ?? null,
    category: row.category,
    subject: row.subject,
    question: row.question,
    answer: row.answer,
    first_contact_resolved: row.firstContactResolved,
    status: row.status,
    requester_email: row.requesterEmail,
    ticket_id: row.ticketId,
    // The person's name; the mailbox intake by its label (`system:mail-intake`).
    created_by: createdByName ?? row.createdByLabel,
    created_at: row.createdAt.toISOString(),
    answered_at: row.answeredAt?.toISOString() ?? null,
    version: row.version,
  };
}

async function nameOf(deps: TicketsDeps, userId: string | null) {
  if (!userId) return null;
  const [u] = await deps.database.db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return u?.name ?? null;
}

async function customerOrError(deps: TicketsDeps, customerNo: string) {
  const c = await findCustomerRefByNo(deps.database.db, customerNo.trim());
  if (c) return c;
  throw new AppError('validation_failed', {
    errors: [
      {
        field: 'customer_no',
        code: 'unknown_customer',
        message: `There is no customer ${customerNo}.`,
        message_ar: `لا يوجد عميل برقم ${customerNo}.`,
      },
    ],
  });
}

export async function createInquiry(deps: TicketsDeps, actor: Actor, user: AuthUser | null, raw: unknown) {
  if (user) assertMayLog(user);
  const input = parseInput(createInquirySchema, raw);
  const customerId = input.customer_no ? (await customerOrError(deps, input.customer_no)).id : null;
  const phone = input.prospect?.phone?.trim();
  if (phone && !parsePhone(phone, input.prospect!.country).valid) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'prospect.phone',
          code: 'invalid_phone',
          message: `“${phone}” is not a valid phone number in ${input.prospect!.country}.`,
          message_ar: `«${phone}» ليس رقم هاتف صحيحًا في ${input.prospect!.country}.`,
        },
      ],
    });
  }
  return insertInquiry(deps, actor, { ...input, customerId });
}

export async function insertInquiry(
  deps: TicketsDeps,
  actor: Actor,
  input: z.output<typeof createInquirySchema> & {
    customerId: string | null;
    requesterEmail?: string | null;
    emailThreadId?: string | null;
    inboundEmailId?: string | null;
  },
  inTransaction?: (tx: DbOrTx, id: string) => Promise<void>,
) {
  const now = new Date();
  const answered = Boolean(input.answer?.trim());
  const row = await deps.database.db.transaction(async (tx) => {
    const customerId =
      input.customerId ?? (input.prospect ? (await findOrCreateProspect(tx, actor, input.prospect)).id : null);
    const [created] = await tx
      .insert(inquiries)
      .values({
        customerId,
        channel: input.channel,
        category: input.category,
        subject: input.subject.trim(),
        question: input.question,
        answer: answered ? input.answer!.trim() : null,
        firstContactResolved: answered && input.first_contact_resolved,
        status: answered ? 'answered' : 'open',
        requesterEmail: input.requesterEmail ?? input.prospect?.email?.toLowerCase() ?? null,
        emailThreadId: input.emailThreadId ?? null,
        inboundEmailId: input.inboundEmailId ?? null,
        createdBy: actor.id,
        createdByLabel: actor.label,
        answeredBy: answered ? actor.id : null,
        answeredAt: answered ? now : null,
      })
      .returning();
    await audit(tx, actor, 'inquiry.create', { entity: 'inquiry', id: created!.id, after: { channel: input.channel } });
    if (customerId) {
      await addTimelineEntry(tx, {
        customerId,
        kind: 'inquiry',
        summary: `${inquiryNumber(created!.number)} — ${created!.subject}`.slice(0, 500),
        data: {
          channel: input.channel,
          category: input.category,
          first_contact_resolved: created!.firstContactResolved,
        },
        actor,
        refType: 'inquiry',
        refId: created!.id,
      });
    }
    await inTransaction?.(tx, created!.id);
    await publish(tx, inquiryChanged(created!));
    return created!;
  });
  const customer = row.customerId ? await findCustomerRefById(deps.database.db, row.customerId) : undefined;
  return view(row, customer, await nameOf(deps, row.createdBy));
}

export async function listInquiries(deps: TicketsDeps, user: AuthUser, query: z.output<typeof inquiryQuerySchema>) {
  assertMayLog(user);
  const where: SQL[] = [];
  if (!seeAllRoles.has(user.role)) where.push(or(eq(inquiries.createdBy, user.id), ne(inquiries.channel, 'phone'))!);
  if (query.status) where.push(eq(inquiries.status, query.status));
  if (query.channel) where.push(eq(inquiries.channel, query.channel));
  if (query.customer_no) where.push(eq(customers.customerNo, query.customer_no));
  const found = await deps.database.db
    .select({ i: inquiries, customerNo: customers.customerNo, name: customers.name, by: users.displayName })
    .from(inquiries)
    .leftJoin(customers, eq(customers.id, inquiries.customerId))
    .leftJoin(users, eq(users.id, inquiries.createdBy))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(inquiries.createdAt))
    .limit(query.limit + 1)
    .offset(query.offset);
  return {
    items: found
      .slice(0, query.limit)
      .map((r) => view(r.i, r.customerNo ? { customerNo: r.customerNo, name: r.name ?? '' } : undefined, r.by)),
    has_more: found.length > query.limit,
  };
}

async function visibleInquiry(deps: TicketsDeps, user: AuthUser, id: string) {
  assertMayLog(user);
  const [row] = await deps.database.db.select().from(inquiries).where(eq(inquiries.id, id));
  if (!row) throw new AppError('not_found');
  if (!canSeeInquiry(user, row)) throw new AppError('forbidden');
  return row;
}

/** A received fax is a PDF or a TIFF: told by its first bytes, whatever its name says. */
export function faxTypeOf(content: Buffer): 'application/pdf' | 'image/tiff' | null {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  const head = content.subarray(0, 4).toString('latin1');
  if (head === 'II*\u0000' || head === 'MM\u0000*') return 'image/tiff';
  return null;
}

/**
 * A fax received on paper or by a machine outside the mailbox, added by hand to its inquiry
 * (S1): a PDF or TIFF, kept with the inquiry like a faxed mail's document, and audited.
 */
export async function addInquiryDocument(
  deps: TicketsDeps,
  actor: Actor,
  user: AuthUser,
  id: string,
  file: { filename: string; content: Buffer },
) {
  await visibleInquiry(deps, user, id);
  const type = faxTypeOf(file.content);
  if (!type) throw new AppError('fax_type');
  const ext = type === 'application/pdf' ? '.pdf' : '.tif';
  const base = file.filename.replace(/[\u0000-\u001f\u007f/\\]/g, '_').slice(0, 200) || `fax${ext}`;
  const filename = /\.(pdf|tiff?)$/i.test(base) ? base : `${base}${ext}`;
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  const created = await deps.database.db.transaction(async (tx) => {
    const row = await insertAttachment(tx, {
      inquiryId: id,
      filename,
      contentType: type,
      size: file.content.length,
      sha256,
      content: new Uint8Array(file.content),
      uploadedBy: actor.id,
      uploadedByLabel: user.displayName,
    });
    await tx.update(inquiries).set({ updatedAt: new Date() }).where(eq(inquiries.id, id));
    await audit(tx, actor, 'inquiry.attachment_add', {
      entity: 'inquiry',
      id,
      after: { attachment_id: row.id, filename, content_type: type, size: file.content.length, sha256 },
    });
    return row;
  });
  return {
    id: created.id,
    filename,
    content_type: type,
    size: file.content.length,
    created_at: created.createdAt.toISOString(),
  };
}

/** A document of the inquiry (a fax's PDF or TIFF, an emailed file), for whoever may see it. */
export async function getInquiryAttachment(
  deps: TicketsDeps,
  actor: Actor,
  user: AuthUser,
  id: string,
  attachmentId: string,
) {
  await visibleInquiry(deps, user, id);
  const row = await findAttachmentContent(deps.database.db, attachmentId);
  if (!row || row.inquiryId !== id) throw new AppError('not_found');
  await audit(deps.database.db, actor, 'inquiry.attachment_read', {
    entity: 'inquiry',
    id,
    after: { attachment_id: attachmentId, filename: row.filename },
  });
  return { filename: row.filename, contentType: row.contentType, content: Buffer.from(row.content) };
}

export async function getInquiry(deps: TicketsDeps, user: AuthUser, id: string) {
  const row = await visibleInquiry(deps, user, id);
  const [customer, messages, attachments, createdBy] = await Promise.all([
    row.customerId ? findCustomerRefById(deps.database.db, row.customerId) : undefined,
    findMessagesOfInquiry(deps.database.db, id),
    findAttachmentsOf(deps.database.db, { inquiryId: id }),
    nameOf(deps, row.createdBy),
  ]);
  return {
    ...view(row, customer, createdBy),
    messages: messages.map((m) => ({
      id: m.id,
      kind: m.kind,
      body: m.body,
      author: m.author,
      created_at: m.createdAt.toISOString(),
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      content_type: a.contentType,
      size: a.size,
      created_at: a.createdAt.toISOString(),
    })),
  };
}

export async function answerInquiry(deps: TicketsDeps, actor: Actor, user: AuthUser, id: string, raw: unknown) {
  const input = parseInput(answerInquirySchema, raw);
  const row = await visibleInquiry(deps, user, id);
  const linkTo = input.customer_no ? await customerOrError(deps, input.customer_no) : undefined;
  const now = new Date();
  const updated = await deps.database.db.transaction(async (tx) => {
    const u = await updateInquiryRow(
      tx,
      id,
      {
        ...(linkTo ? { customerId: linkTo.id } : {}),
        ...(input.answer
          ? { answer: input.answer.trim(), status: 'answered', answeredBy: actor.id, answeredAt: now }
          : {}),
        ...(input.category ? { category: input.category } : {}),
        ...(input.first_contact_resolved !== undefined ? { firstContactResolved: input.first_contact_resolved } : {}),
        updatedAt: now,
      },
      input.version ?? row.version,
    );
    if (!u) throw new AppError('ticket_version_conflict');
    await audit(tx, actor, 'inquiry.update', { entity: 'inquiry', id, before: { status: row.status }, after: input });
    if (linkTo && linkTo.id !== row.customerId) {
      await addTimelineEntry(tx, {
        customerId: linkTo.id,
        kind: 'inquiry',
        summary: `${inquiryNumber(u.number)} — ${u.subject}`.slice(0, 500),
        data: { channel: u.channel, category: u.category, first_contact_resolved: u.firstContactResolved },
        actor,
        refType: 'inquiry',
        refId: u.id,
      });
    }
    await publish(tx, inquiryChanged(u));
    return u;
  });
  const customer = updated.customerId ? await findCustomerRefById(deps.database.db, updated.customerId) : undefined;
  return view(updated, customer, await nameOf(deps, updated.createdBy));
}

/** An answer by email: the outbox row, the message and the answered state are written together. */
export async function replyToInquiry(deps: TicketsDeps, actor: Actor, user: AuthUser, id: string, raw: unknown) {
  const input = parseInput(z.object({ body: required(20_000) }).strict(), raw);
  const row = await visibleInquiry(deps, user, id);
  if (!deps.outbox) throw new AppError('unavailable');
  const customer = row.customerId ? await findCustomerRefById(deps.database.db, row.customerId) : undefined;
  const to =
    row.requesterEmail ?? (row.customerId ? (await findReplyAddresses(deps.database.db, row.customerId)).email : null);
  if (!to) throw new AppError('no_customer_email');
  const company = await deps.settings.get('company_name');
  const now = new Date();
  const result = await deps.outbox.enqueueEmail(
    [
      {
        purpose: 'general',
        businessRef: `inquiry-reply:${id}:${now.getTime()}`,
        to,
        language: 'ar',
        subject: `${row.subject} [${inquiryNumber(row.number)}]`,
        text: `${withGreeting(input.body, customer?.name)}\n\n${company}`,
        createdBy: actor.id,
        headers: threadHeaders(row.emailThreadId),
      },
    ],
    {
      inTransaction: async (tx, inserted) => {
        await insertMessage(tx, {
          inquiryId: id,
          kind: 'reply',
          body: input.body,
          authorId: actor.id,
          author: user.displayName,
          outboundMessageId: inserted[0]?.id ?? null,
        });
        await updateInquiryRow(tx, id, {
          answer: input.body,
          status: 'answered',
          answeredBy: actor.id,
          answeredAt: now,
          updatedAt: now,
        });
        await audit(tx, actor, 'inquiry.reply', { entity: 'inquiry', id, after: { to } });
        await publish(tx, inquiryChanged(row));
      },
    },
  );
  if (result.refused.length)
    throw new AppError('no_customer_email', { en: result.refused[0]!.message, ar: result.refused[0]!.message_ar });
  return getInquiry(deps, user, id);
}

export const inquiryTicketSchema = z
  .object({
    category: z.enum(ticketCategories),
    subject: text(300).optional(),
    description: text(20_000).optional(),
    fields: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

/** An inquiry that needs work by another group becomes a ticket (the inquiry keeps the link). */
export async function ticketFromInquiry(deps: TicketsDeps, actor: Actor, user: AuthUser, id: string, raw: unknown) {
  const input = parseInput(inquiryTicketSchema, raw);
  const row = await visibleInquiry(deps, user, id);
  if (row.ticketId) throw new AppError('inquiry_has_ticket');
  const customer = row.customerId ? await findCustomerRefById(deps.database.db, row.customerId) : undefined;
  if (!customer) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'customer_no',
          code: 'required',
          message: 'The inquiry has no customer.',
          message_ar: 'الاستفسار غير مرتبط بعميل.',
        },
      ],
    });
  }
  return createTicket(
    deps,
    actor,
    user,
    {
      customer_no: customer.customerNo,
      category: input.category,
      subject: input.subject ?? row.subject,
      description: input.description ?? row.question,
      fields: input.fields,
    },
    {
      source: row.channel,
      requesterEmail: row.requesterEmail,
      emailThreadId: row.emailThreadId,
      inquiryId: row.id,
      inTransaction: async (tx, t) => {
        // Two agents converting at once: the second finds the link taken and its ticket is undone.
        const linked = await tx
          .update(inquiries)
          .set({ ticketId: t.id, updatedAt: new Date() })
          .where(and(eq(inquiries.id, row.id), isNull(inquiries.ticketId)))
          .returning({ id: inquiries.id });
        if (linked.length === 0) {
          throw new AppError('inquiry_has_ticket');
        }
        await publish(tx, inquiryChanged(row));
      },
    },
  );
}
