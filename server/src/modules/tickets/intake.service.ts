import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { systemActor } from '../audit/index.ts';
import { publish } from '../events/index.ts';
import {
  findBusinessRefsOfSentEmails,
  inboundEmailAttachments,
  inboundEmails,
  mayAutoReply,
} from '../messaging/index.ts';
import { dataCorrectionTasks } from '../worklists/index.ts';
import { customers, contactPoints, maskPhone } from '../customers/index.ts';
import type { DbOrTx } from '../../db/client.ts';
import { inquiryChanged } from './domain/live-audience.ts';
import { inquiryNumberInSubject, ticketNumberInSubject } from './domain/status.ts';
import { ticketAttachments, ticketInboundEmails, inquiries, tickets, ticketMessages } from './tickets.schema.ts';
import {
  findCustomerIdByEmail,
  findCustomerRefById,
  findTicketById,
  findTicketByNumber,
  findTicketByThread,
} from './tickets.repository.ts';
import { insertInquiry } from './inquiries.service.ts';
import { addInboundMessage, createTicket, resolveBySystem, type TicketsDeps } from './tickets.service.ts';

// Work that arrives by itself: inbound mail from the messaging mailbox (S1, S2) and IT's
// data-correction tasks from collections (which appear as `data_correction` tickets in `it`).

const complaintWords = /شكو[ىي]|شكاو[ىي]|تظلم|complain/i;

export type IntakeReport = { joined: number; tickets: number; inquiries: number; failed: number };

/**
 * Turns unprocessed inbound emails into work: a reply to a ticket (its number in the subject,
 * or the same thread) joins it; a reply to an inquiry joins that; a complaint from a known
 * customer opens a complaint ticket (acknowledged in Arabic); everything else, and every fax,
 * becomes an inquiry with its documents. Each email is processed once (a bookmark row).
 */
export async function processInboundEmails(deps: TicketsDeps, limit = 100): Promise<IntakeReport> {
  const db = deps.database.db;
  const actor = systemActor('mail-intake');
  const report: IntakeReport = { joined: 0, tickets: 0, inquiries: 0, failed: 0 };
  const pending = await db
    .select({ e: inboundEmails })
    .from(inboundEmails)
    .leftJoin(ticketInboundEmails, eq(ticketInboundEmails.inboundEmailId, inboundEmails.id))
    .where(isNull(ticketInboundEmails.inboundEmailId))
    .orderBy(asc(inboundEmails.receivedAt))
    .limit(limit);
  for (const { e } of pending) {
    try {
      const outcome = await processOne(deps, actor, e);
      report[outcome]++;
    } catch {
      // Another process took it, or the mail cannot be used: it is marked and left to staff.
      report.failed++;
      await db
        .insert(ticketInboundEmails)
        .values({ inboundEmailId: e.id, outcome: 'failed' })
        .onConflictDoNothing()
        .catch(() => undefined);
    }
  }
  return report;
}

type Email = typeof inboundEmails.$inferSelect;

async function processOne(deps: TicketsDeps, actor: ReturnType<typeof systemActor>, e: Email) {
  const db = deps.database.db;
  const bookmark = (ticketId: string | null, inquiryId: string | null, outcome: string) => async (tx: DbOrTx) => {
    await tx.insert(ticketInboundEmails).values({ inboundEmailId: e.id, ticketId, inquiryId, outcome });
  };
  const body = (e.text ?? '').slice(0, 20_000) || '(بلا نص)';
  const author = e.fromName ? `${e.fromName} <${e.fromAddress ?? ''}>` : (e.fromAddress ?? 'unknown');
  const from = e.fromAddress?.trim().toLowerCase() ?? null;
  const senderCustomerId = from ? await findCustomerIdByEmail(db, from) : undefined;
  // A number in the subject is easy to type: it joins only a mail from the ticket's or inquiry's
  // own correspondent (its requester, or an address of its customer). A thread is not guessable.
  const fromItsCorrespondent = (r: { requesterEmail: string | null; customerId: string | null }) =>
    from !== null &&
    (r.requesterEmail?.toLowerCase() === from || (r.customerId !== null && r.customerId === senderCustomerId));
  const number = ticketNumberInSubject(e.subject);
  const byTicketNumber = number ? await findTicketByNumber(db, number) : undefined;
  const ticket =
    (byTicketNumber && fromItsCorrespondent(byTicketNumber) ? byTicketNumber : undefined) ??
    (await findTicketByThread(db, e.threadId)) ??
    (await ticketAnswered(db, e));
  if (ticket) {
    await addInboundMessage(deps, actor, ticket.id, { body, author, inboundEmailId: e.id }, async (tx) => {
      await bookmark(ticket.id, null, 'joined_ticket')(tx);
      await copyAttachments(tx, e.id, { ticketId: ticket.id });
    });
    return 'joined' as const;
  }
  // A reply to an inquiry: its number in the subject (`[Q-000123]`), or the same thread.
  const inquiryNo = inquiryNumberInSubject(e.subject);
  const [byNumber] = inquiryNo ? await db.select().from(inquiries).where(eq(inquiries.number, inquiryNo)) : [];
  const [inquiry] =
    byNumber && fromItsCorrespondent(byNumber)
      ? [byNumber]
      : await db.select().from(inquiries).where(eq(inquiries.emailThreadId, e.threadId)).limit(1);
  if (inquiry) {
    await db.transaction(async (tx) => {
      await tx
        .insert(ticketMessages)
        .values({ inquiryId: inquiry.id, kind: 'inbound', body, author, inboundEmailId: e.id });
      await tx.update(inquiries).set({ status: 'open', updatedAt: new Date() }).where(eq(inquiries.id, inquiry.id));
      await bookmark(null, inquiry.id, 'joined_inquiry')(tx);
      await copyAttachments(tx, e.id, { inquiryId: inquiry.id });
      await publish(tx, inquiryChanged(inquiry));
    });
    return 'joined' as const;
  }
  const customerId = senderCustomerId;
  const subject = (e.subject ?? '').trim().slice(0, 300) || (e.isFax ? 'فاكس وارد' : 'رسالة بريد وارد');
  const complaint = !e.isFax && complaintWords.test(`${e.subject ?? ''}\n${(e.text ?? '').slice(0, 4000)}`);
  const customer = customerId ? await findCustomerRefById(db, customerId) : undefined;
  if (complaint && customer) {
    await createTicket(
      deps,
      actor,
      null,
      { customer_no: customer.customerNo, category: 'complaint', subject, description: body, fields: {} },
      {
        source: 'email',
        requesterEmail: e.fromAddress,
        emailThreadId: e.threadId,
        inReplyTo: { messageId: e.messageId, references: e.references },
        acknowledge: mayAutoReply(e.autoSubmitted),
        inTransaction: async (tx, t) => {
          await tx
            .insert(ticketMessages)
            .values({ ticketId: t.id, kind: 'inbound', body, author, inboundEmailId: e.id });
          await bookmark(t.id, null, 'ticket')(tx);
          await copyAttachments(tx, e.id, { ticketId: t.id });
        },
      },
    );
    return 'tickets' as const;
  }
  await insertInquiry(
    deps,
    actor,
    {
      channel: e.isFax ? 'fax' : 'email',
      category: complaint ? 'complaint' : 'other',
      subject,
      question: body,
      first_contact_resolved: false,
      customerId: customerId ?? null,
      requesterEmail: e.isFax ? null : e.fromAddress,
      emailThreadId: e.threadId,
      inboundEmailId: e.id,
    },
    async (tx, inquiryId) => {
      await bookmark(null, inquiryId, e.isFax ? 'fax_inquiry' : 'inquiry')(tx);
      await copyAttachments(tx, e.id, { inquiryId });
    },
  );
  return 'inquiries' as const;
}

/**
 * The ticket whose mail this one answers: a customer's reply names our acknowledgement, notice
 * or reply (their Message-IDs) in In-Reply-To and References, whatever the subject became.
 */
async function ticketAnswered(db: DbOrTx, e: Email) {
  const refs = await findBusinessRefsOfSentEmails(db, [e.inReplyTo ?? '', ...e.references]);
  for (const ref of refs) {
    const id = /^ticket(?:-reply)?:([0-9a-f-]{36})/.exec(ref)?.[1];
    const found = id ? await findTicketById(db, id) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The documents of a mail (a fax is its PDF/TIFF) are kept with the inquiry or ticket. */
async function copyAttachments(tx: DbOrTx, emailId: string, owner: { ticketId?: string; inquiryId?: string }) {
  const found = await tx
    .select()
    .from(inboundEmailAttachments)
    .where(and(eq(inboundEmailAttachments.emailId, emailId), isNotNull(inboundEmailAttachments.content)));
  for (const a of found) {
    await tx.insert(ticketAttachments).values({
      ticketId: owner.ticketId ?? null,
      inquiryId: owner.inquiryId ?? null,
      filename: a.filename ?? 'attachment',
      contentType: a.contentType,
      size: a.size,
      sha256: a.sha256,
      content: a.content!,
      uploadedBy: null,
      uploadedByLabel: 'email',
    });
  }
}

/**
 * IT's data-correction tasks as tickets: an open task without a ticket gets one in `it`; a task
 * marked done resolves its ticket. Reading the tasks (rather than hooking their creation) keeps
 * the worklists module unaware of tickets; the job runs every minute.
 */
export async function syncDataCorrectionTickets(deps: TicketsDeps): Promise<{ opened: number; resolved: number }> {
  const db = deps.database.db;
  const actor = systemActor('data-correction');
  const open = await db
    .select({
      id: dataCorrectionTasks.id,
      reason: dataCorrectionTasks.reason,
      customerNo: customers.customerNo,
      kind: contactPoints.kind,
      raw: contactPoints.raw,
    })
    .from(dataCorrectionTasks)
    .innerJoin(customers, eq(customers.id, dataCorrectionTasks.customerId))
    .leftJoin(contactPoints, eq(contactPoints.id, dataCorrectionTasks.contactPointId))
    .leftJoin(tickets, eq(tickets.dataCorrectionTaskId, dataCorrectionTasks.id))
    .where(and(eq(dataCorrectionTasks.status, 'open'), isNull(tickets.id)))
    .orderBy(asc(dataCorrectionTasks.createdAt))
    .limit(500);
  let opened = 0;
  for (const task of open) {
    try {
      await createTicket(
        deps,
        actor,
        null,
        {
          customer_no: task.customerNo,
          category: 'data_correction',
          subject: task.raw ? `تصحيح رقم خاطئ (${task.kind})` : 'لا يوجد رقم صالح للعميل',
          description: `${task.reason}\n\nيُصحَّح الرقم من قائمة تصحيح البيانات؛ تُحل هذه التذكرة تلقائيًا عند إنجاز المهمة.`,
          fields: { contact_kind: task.kind ?? null, number_masked: task.raw ? maskPhone(task.raw) : null },
        },
        { source: 'system', dataCorrectionTaskId: task.id },
      );
      opened++;
    } catch {
      // Another process opened it first (unique task id): nothing to do.
    }
  }
  const done = await db
    .select({ id: tickets.id })
    .from(tickets)
    .innerJoin(dataCorrectionTasks, eq(dataCorrectionTasks.id, tickets.dataCorrectionTaskId))
    .where(
      and(eq(dataCorrectionTasks.status, 'done'), inArray(tickets.status, ['new', 'open', 'pending', 'escalated'])),
    )
    .limit(500);
  let resolved = 0;
  for (const t of done) {
    try {
      await resolveBySystem(deps, actor, t.id, 'صُحّح الرقم من قبل تقنية المعلومات.');
      resolved++;
    } catch {
      // Changed meanwhile; the next run sees it again.
    }
  }
  return { opened, resolved };
}
