import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../../db/client.ts';
import type { OutboxStatus } from './domain/outbox-status.ts';
import type { MessagePurpose } from './domain/templates.ts';
import {
  deliveryReports,
  emailBounces,
  emailUnsubscribes,
  smsOptOuts,
  type OptOutSource,
  inboundEmailAttachments,
  inboundEmails,
  messageEvents,
  messageTemplates,
  outboundMessageAttachments,
  outboundMessages,
} from './messaging.schema.ts';

export type MessageRow = typeof outboundMessages.$inferSelect;
export type NewMessageRow = typeof outboundMessages.$inferInsert;
export type MessageEventRow = typeof messageEvents.$inferSelect;
export type TemplateRow = typeof messageTemplates.$inferSelect;
export type NewTemplateRow = typeof messageTemplates.$inferInsert;
export type InboundEmailRow = typeof inboundEmails.$inferSelect;
export type NewInboundEmailRow = typeof inboundEmails.$inferInsert;
export type AttachmentRow = typeof inboundEmailAttachments.$inferSelect;
export type OutgoingAttachment = { filename: string; contentType: string; content: Uint8Array };

// ---- outbox ------------------------------------------------------------------------

/** Inserts messages; a key already present is skipped (returned rows are the new ones). */
export async function insertMessages(
  db: DbOrTx,
  rows: NewMessageRow[],
): Promise<{ id: string; idempotencyKey: string }[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(outboundMessages)
    .values(rows)
    .onConflictDoNothing({ target: outboundMessages.idempotencyKey })
    .returning({ id: outboundMessages.id, idempotencyKey: outboundMessages.idempotencyKey });
  if (inserted.length > 0) {
    await db.insert(messageEvents).values(inserted.map((r) => ({ messageId: r.id, type: 'queued', status: 'queued' })));
  }
  return inserted;
}

/** The files of new email messages, by message id. */
export async function insertOutgoingAttachments(db: DbOrTx, rows: { messageId: string; file: OutgoingAttachment }[]) {
  if (rows.length === 0) return;
  await db.insert(outboundMessageAttachments).values(
    rows.map(({ messageId, file }) => ({
      messageId,
      filename: file.filename,
      contentType: file.contentType,
      size: file.content.byteLength,
      content: file.content,
    })),
  );
}

export async function findOutgoingAttachments(db: DbOrTx, messageIds: string[]) {
  if (messageIds.length === 0) return [];
  return db
    .select()
    .from(outboundMessageAttachments)
    .where(inArray(outboundMessageAttachments.messageId, messageIds))
    .orderBy(asc(outboundMessageAttachments.filename));
}

export type ClaimedMessage = {
  id: string;
  channel: 'sms' | 'email';
  purpose: string;
  recipient: string;
  subject: string | null;
  body: string;
  html: string | null;
  headers: Record<string, string> | null;
  sender: string | null;
  idempotency_key: string;
  attempts: number;
  max_attempts: number;
  country: string | null;
};

/**
 * Claims up to `limit` due messages of a channel (FOR UPDATE SKIP LOCKED: several workers
 * never take the same row) and marks them submitted in the same statement, before any
 * network call: a crash after this point leaves them recognisably in flight.
 */
export async function claimDueMessages(
  db: DbOrTx,
  options: {
    channel: 'sms' | 'email';
    limit: number;
    now: Date;
    leaseUntil: Date;
    workerId: string;
    windowOpen: boolean;
  },
): Promise<ClaimedMessage[]> {
  const result = await db.execute(sql`
    with due as (
      select id from ${outboundMessages}
      where channel = ${options.channel} and status = 'queued' and not_before <= ${options.now.toISOString()}::timestamptz
        ${options.windowOpen ? sql`` : sql`and honour_window = false`}
      order by not_before, id
      limit ${options.limit}
      for update skip locked
    ), claimed as (
      update ${outboundMessages} m
      set status = 'sending', submitted_at = now(), acknowledged_at = null, attempts = m.attempts + 1,
          lease_until = ${options.leaseUntil.toISOString()}::timestamptz, claimed_by = ${options.workerId}, updated_at = now(),
          hold_reason = null
      from due where m.id = due.id
      returning m.id, m.channel, m.purpose, m.recipient, m.subject, m.body, m.html, m.headers, m.sender,
                m.idempotency_key, m.attempts, m.max_attempts, m.not_before, m.created_at, m.country
    ), events as (
      insert into ${messageEvents} (message_id, type, status, detail)
      select id, 'submitted', 'sending', 'attempt ' || attempts from claimed
    )
    select * from claimed order by not_before, id`);
  return rowsOf<ClaimedMessage>(result);
}

export async function recordAcknowledgements(db: DbOrTx, acks: { id: string; providerMessageId: string }[]) {
  if (acks.length === 0) return;
  await db.execute(sql`
    with acks as (
      select * from jsonb_to_recordset(${JSON.stringify(acks.map((a) => ({ id: a.id, pid: a.providerMessageId })))}::jsonb)
        as a(id uuid, pid text)
    ), updated as (
      update ${outboundMessages} m
      set status = 'sent', provider_message_id = acks.pid, acknowledged_at = now(), lease_until = null,
          last_error = null, error_class = null, updated_at = now()
      from acks where m.id = acks.id and m.status in ('sending', 'queued')
      returning m.id, m.provider_message_id
    )
    insert into ${messageEvents} (message_id, type, status, detail)
    select id, 'sent', 'sent', 'provider id ' || provider_message_id from updated`);
}

export type FailureUpdate = {
  id: string;
  status: 'queued' | 'failed';
  notBefore: Date | null;
  error: string;
  errorClass: string;
};

export async function recordFailures(db: DbOrTx, failures: FailureUpdate[]) {
  if (failures.length === 0) return;
  const payload = failures.map((f) => ({
    id: f.id,
    status: f.status,
    not_before: f.notBefore?.toISOString() ?? null,
    error: f.error.slice(0, 1000),
    error_class: f.errorClass,
  }));
  await db.execute(sql`
    with f as (
      select * from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb)
        as f(id uuid, status text, not_before timestamptz, error text, error_class text)
    ), updated as (
      update ${outboundMessages} m
      set status = f.status, not_before = coalesce(f.not_before, m.not_before), last_error = f.error,
          error_class = f.error_class, lease_until = null, submitted_at = null, updated_at = now(),
          final_at = case when f.status = 'failed' then now() else m.final_at end
      from f where m.id = f.id and m.status = 'sending'
      returning m.id, f.status, f.error, f.error_class, f.not_before
    )
    insert into ${messageEvents} (message_id, type, status, detail)
    select id, case when status = 'failed' then 'failed' else 'retry_scheduled' end, status,
           error_class || ': ' || error || coalesce(' — next attempt at ' || to_char(not_before at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
    from updated`);
}

export type Hold = { id: string; notBefore: Date; reason: 'hours' | 'weekend' | 'holiday'; detail: string };

/**
 * Claimed marketing messages that may not go now (their country's hours, weekend or holiday):
 * back in the queue, unsent, until `notBefore`, with the reason; the claim's attempt is undone.
 */
export async function holdClaimed(db: DbOrTx, holds: Hold[]) {
  if (holds.length === 0) return;
  const payload = holds.map((h) => ({
    id: h.id,
    not_before: h.notBefore.toISOString(),
    reason: h.reason,
    detail: h.detail,
  }));
  await db.execute(sql`
    with h as (
      select * from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb)
        as h(id uuid, not_before timestamptz, reason text, detail text)
    ), updated as (
      update ${outboundMessages} m
      set status = 'queued', not_before = h.not_before, hold_reason = h.reason, attempts = greatest(m.attempts - 1, 0),
          submitted_at = null, lease_until = null, claimed_by = null, updated_at = now()
      from h where m.id = h.id and m.status = 'sending'
      returning m.id, h.detail
    )
    insert into ${messageEvents} (message_id, type, status, detail)
    select id, 'held', 'queued', detail from updated`);
}

/** Messages of a channel handed to the provider in the last `seconds` (the send rate limits). */
export async function countSubmittedSince(db: DbOrTx, channel: 'sms' | 'email', seconds: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(outboundMessages)
    .where(
      and(
        eq(outboundMessages.channel, channel),
        sql`${outboundMessages.submittedAt} > now() - make_interval(secs => ${seconds})`,
      ),
    );
  return row?.n ?? 0;
}

/**
 * Messages whose claim expired without an acknowledgement: their worker died (kill -9, power)
 * after marking them submitted. They are the only ones that may go out twice; each is put
 * back in the queue with a `recovered` event, and the count is returned for the report.
 */
export async function requeueExpiredClaims(db: DbOrTx, now: Date): Promise<{ id: string; submitted: boolean }[]> {
  const result = await db.execute(sql`
    with stale as (
      select id from ${outboundMessages}
      where status = 'sending' and lease_until < ${now.toISOString()}::timestamptz
      for update skip locked
    ), requeued as (
      update ${outboundMessages} m
      set status = 'queued', lease_until = null, claimed_by = null, updated_at = now()
      from stale where m.id = stale.id
      returning m.id, m.submitted_at is not null as submitted, m.claimed_by
    ), events as (
      insert into ${messageEvents} (message_id, type, status, detail)
      select id, 'recovered', 'queued', 'in flight at a crash of ' || coalesce(claimed_by, 'a worker') || '; may be sent again'
      from requeued
    )
    select id, submitted from requeued`);
  return rowsOf<{ id: string; submitted: boolean }>(result);
}

export async function findMessageById(db: DbOrTx, id: string): Promise<MessageRow | undefined> {
  const [row] = await db.select().from(outboundMessages).where(eq(outboundMessages.id, id));
  return row;
}

export async function findMessageByUnsubscribeToken(db: DbOrTx, token: string): Promise<MessageRow | undefined> {
  const [row] = await db.select().from(outboundMessages).where(eq(outboundMessages.unsubscribeToken, token));
  return row;
}

export async function findMessageEvents(db: DbOrTx, id: string): Promise<MessageEventRow[]> {
  return db.select().from(messageEvents).where(eq(messageEvents.messageId, id)).orderBy(asc(messageEvents.id));
}

export type MessageFilter = {
  status?: OutboxStatus;
  purpose?: string;
  channel?: 'sms' | 'email';
  from?: Date;
  to?: Date;
  recipient?: string;
};

export async function findMessages(db: DbOrTx, filter: MessageFilter, limit: number, offset: number) {
  const where: SQL[] = [];
  if (filter.status) where.push(eq(outboundMessages.status, filter.status));
  if (filter.purpose) where.push(eq(outboundMessages.purpose, filter.purpose));
  if (filter.channel) where.push(eq(outboundMessages.channel, filter.channel));
  if (filter.recipient) where.push(eq(outboundMessages.recipient, filter.recipient));
  if (filter.from) where.push(gte(outboundMessages.createdAt, filter.from));
  if (filter.to) where.push(lt(outboundMessages.createdAt, filter.to));
  const condition = where.length ? and(...where) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(outboundMessages)
      .where(condition)
      .orderBy(desc(outboundMessages.createdAt), desc(outboundMessages.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(outboundMessages).where(condition),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function countMessagesByStatus(db: DbOrTx): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: outboundMessages.status, n: count() })
    .from(outboundMessages)
    .groupBy(outboundMessages.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export async function countEventsOfType(db: DbOrTx, type: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(messageEvents).where(eq(messageEvents.type, type));
  return row?.n ?? 0;
}

export async function requeueFailedMessage(db: DbOrTx, id: string, extraAttempts: number, note: string) {
  const [row] = await db
    .update(outboundMessages)
    .set({
      status: 'queued',
      notBefore: new Date(),
      maxAttempts: sql`${outboundMessages.attempts} + ${extraAttempts}`,
      finalAt: null,
      updatedAt: new Date(),
    })
    .where(and(eq(outboundMessages.id, id), eq(outboundMessages.status, 'failed')))
    .returning();
  if (row)
    await db.insert(messageEvents).values({ messageId: id, type: 'retry_requested', status: 'queued', detail: note });
  return row;
}

// ---- delivery reports --------------------------------------------------------------

export async function insertDeliveryReport(
  db: DbOrTx,
  report: { provider: string; providerMessageId: string; status: string; error?: string | undefined; applied: boolean },
) {
  await db.insert(deliveryReports).values({
    provider: report.provider,
    providerMessageId: report.providerMessageId,
    status: report.status,
    error: report.error ?? null,
    appliedAt: report.applied ? new Date() : null,
  });
}

export async function findMessageByProviderId(db: DbOrTx, providerMessageId: string): Promise<MessageRow | undefined> {
  const [row] = await db
    .select()
    .from(outboundMessages)
    .where(eq(outboundMessages.providerMessageId, providerMessageId))
    .for('update');
  return row;
}

export async function setMessageStatusFromReport(
  db: DbOrTx,
  id: string,
  status: OutboxStatus,
  final: boolean,
  detail: string,
) {
  await db
    .update(outboundMessages)
    .set({ status, updatedAt: new Date(), ...(final ? { finalAt: new Date() } : {}) })
    .where(eq(outboundMessages.id, id));
  await db.insert(messageEvents).values({ messageId: id, type: 'receipt', status, detail });
}

/** Unapplied reports for these ids; without ids, those whose message now has its provider id. */
export async function findPendingReports(db: DbOrTx, providerMessageIds?: string[]) {
  if (providerMessageIds?.length === 0) return [];
  const which = providerMessageIds
    ? inArray(deliveryReports.providerMessageId, providerMessageIds)
    : sql`exists (select 1 from ${outboundMessages} m where m.provider_message_id = ${deliveryReports.providerMessageId})`;
  return db
    .select()
    .from(deliveryReports)
    .where(and(isNull(deliveryReports.appliedAt), which))
    .orderBy(asc(deliveryReports.id))
    .limit(5000);
}

export async function markReportApplied(db: DbOrTx, reportId: number) {
  await db.update(deliveryReports).set({ appliedAt: new Date() }).where(eq(deliveryReports.id, reportId));
}

// ---- templates ---------------------------------------------------------------------

export type TemplateFilter = {
  purpose?: MessagePurpose;
  channel?: 'sms' | 'email';
  status?: 'draft' | 'approved' | 'archived';
  language?: 'ar' | 'en';
};

export async function findTemplates(db: DbOrTx, filter: TemplateFilter): Promise<TemplateRow[]> {
  const where: SQL[] = [];
  if (filter.purpose) where.push(eq(messageTemplates.purpose, filter.purpose));
  if (filter.channel) where.push(eq(messageTemplates.channel, filter.channel));
  if (filter.status) where.push(eq(messageTemplates.status, filter.status));
  if (filter.language) where.push(eq(messageTemplates.language, filter.language));
  return db
    .select()
    .from(messageTemplates)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(messageTemplates.purpose), asc(messageTemplates.name), desc(messageTemplates.version))
    .limit(500);
}

export async function findTemplateById(db: DbOrTx, id: string): Promise<TemplateRow | undefined> {
  const [row] = await db.select().from(messageTemplates).where(eq(messageTemplates.id, id));
  return row;
}

export async function findApprovedTemplate(db: DbOrTx, purpose: string, channel: string, language: string) {
  const [row] = await db
    .select()
    .from(messageTemplates)
    .where(
      and(
        // Asked with the outbox request's free-form purpose, channel and language.
        sql`${messageTemplates.purpose} = ${purpose}`,
        sql`${messageTemplates.channel} = ${channel}`,
        sql`${messageTemplates.language} = ${language}`,
        eq(messageTemplates.status, 'approved'),
      ),
    )
    .orderBy(desc(messageTemplates.approvedAt))
    .limit(1);
  return row;
}

export async function findDraftOfGroup(db: DbOrTx, groupId: string): Promise<TemplateRow | undefined> {
  const [row] = await db
    .select()
    .from(messageTemplates)
    .where(and(eq(messageTemplates.groupId, groupId), eq(messageTemplates.status, 'draft')))
    .orderBy(desc(messageTemplates.version))
    .limit(1);
  return row;
}

export async function maxVersionOfGroup(db: DbOrTx, groupId: string): Promise<number> {
  const [row] = await db
    .select({ v: sql<number>`coalesce(max(${messageTemplates.version}), 0)::int` })
    .from(messageTemplates)
    .where(eq(messageTemplates.groupId, groupId));
  return row?.v ?? 0;
}

export async function insertTemplate(db: DbOrTx, row: NewTemplateRow): Promise<TemplateRow> {
  const [created] = await db.insert(messageTemplates).values(row).returning();
  return created!;
}

export async function updateTemplateRow(db: DbOrTx, id: string, patch: Partial<NewTemplateRow>) {
  const [row] = await db
    .update(messageTemplates)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(messageTemplates.id, id))
    .returning();
  return row;
}

export async function archiveApprovedOfGroup(db: DbOrTx, groupId: string) {
  await db
    .update(messageTemplates)
    .set({ status: 'archived', updatedAt: new Date() })
    .where(and(eq(messageTemplates.groupId, groupId), eq(messageTemplates.status, 'approved')));
}

/** The latest SMS and emails to these recipients (E.164 numbers, lower-case addresses), newest first. */
export async function findMessagesToRecipients(db: DbOrTx, recipients: string[], limit: number) {
  const to = [...new Set(recipients.filter(Boolean))].slice(0, 50);
  if (to.length === 0) return [];
  return db
    .select({
      id: outboundMessages.id,
      channel: outboundMessages.channel,
      purpose: outboundMessages.purpose,
      recipient: outboundMessages.recipient,
      subject: outboundMessages.subject,
      body: sql<string>`left(${outboundMessages.body}, 300)`,
      status: outboundMessages.status,
      createdAt: outboundMessages.createdAt,
      updatedAt: outboundMessages.updatedAt,
    })
    .from(outboundMessages)
    .where(inArray(outboundMessages.recipient, to))
    .orderBy(desc(outboundMessages.createdAt))
    .limit(limit);
}

// ---- inbound email -----------------------------------------------------------------

/**
 * The business references of the emails we sent under these Message-IDs (a customer's
 * answer names ours in In-Reply-To and References): `ticket:<id>`, `ticket-reply:<id>:…`.
 */
export async function findBusinessRefsOfSentEmails(db: DbOrTx, messageIds: string[]): Promise<string[]> {
  const ids = messageIds.filter(Boolean).slice(0, 50);
  if (ids.length === 0) return [];
  const found = await db
    .select({ ref: outboundMessages.businessRef })
    .from(outboundMessages)
    .where(and(eq(outboundMessages.channel, 'email'), inArray(outboundMessages.providerMessageId, ids)));
  return found.map((r) => r.ref).filter((r): r is string => r !== null);
}

export async function insertInboundEmail(
  db: DbOrTx,
  row: NewInboundEmailRow,
  attachments: Omit<typeof inboundEmailAttachments.$inferInsert, 'emailId'>[],
): Promise<{ id: string } | undefined> {
  const [created] = await db
    .insert(inboundEmails)
    .values(row)
    .onConflictDoNothing({ target: inboundEmails.messageId })
    .returning({ id: inboundEmails.id });
  if (!created) return undefined;
  if (attachments.length > 0) {
    await db.insert(inboundEmailAttachments).values(attachments.map((a) => ({ ...a, emailId: created.id })));
  }
  return created;
}

export async function findInboundEmails(
  db: DbOrTx,
  filter: { fax?: boolean; threadId?: string },
  limit: number,
  offset: number,
) {
  const where: SQL[] = [];
  if (filter.fax !== undefined) where.push(eq(inboundEmails.isFax, filter.fax));
  if (filter.threadId) where.push(eq(inboundEmails.threadId, filter.threadId));
  const condition = where.length ? and(...where) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: inboundEmails.id,
        messageId: inboundEmails.messageId,
        threadId: inboundEmails.threadId,
        fromAddress: inboundEmails.fromAddress,
        fromName: inboundEmails.fromName,
        subject: inboundEmails.subject,
        isFax: inboundEmails.isFax,
        receivedAt: inboundEmails.receivedAt,
        sentAt: inboundEmails.sentAt,
        attachments: sql<number>`(select count(*)::int from ${inboundEmailAttachments} a where a.email_id = "inbound_emails"."id")`,
      })
      .from(inboundEmails)
      .where(condition)
      .orderBy(desc(inboundEmails.receivedAt), desc(inboundEmails.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(inboundEmails).where(condition),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findInboundEmailById(db: DbOrTx, id: string): Promise<InboundEmailRow | undefined> {
  const [row] = await db.select().from(inboundEmails).where(eq(inboundEmails.id, id));
  return row;
}

export async function findAttachmentsOf(db: DbOrTx, emailId: string) {
  return db
    .select({
      id: inboundEmailAttachments.id,
      filename: inboundEmailAttachments.filename,
      contentType: inboundEmailAttachments.contentType,
      size: inboundEmailAttachments.size,
      sha256: inboundEmailAttachments.sha256,
      stored: sql<boolean>`${inboundEmailAttachments.content} is not null`,
    })
    .from(inboundEmailAttachments)
    .where(eq(inboundEmailAttachments.emailId, emailId))
    .orderBy(asc(inboundEmailAttachments.filename));
}

export async function findAttachment(
  db: DbOrTx,
  emailId: string,
  attachmentId: string,
): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .select()
    .from(inboundEmailAttachments)
    .where(and(eq(inboundEmailAttachments.emailId, emailId), eq(inboundEmailAttachments.id, attachmentId)));
  return row;
}

// ---- unsubscribes ------------------------------------------------------------------

export type OptOutEntry = { source: OptOutSource; createdBy?: string | null; note?: string | null };

/** Records an address's marketing opt-out; false when it was recorded already. */
export async function insertUnsubscribe(
  db: DbOrTx,
  address: string,
  messageId: string | null,
  entry: OptOutEntry = { source: 'link' },
): Promise<boolean> {
  const rows = await db
    .insert(emailUnsubscribes)
    .values({
      address: address.toLowerCase(),
      messageId,
      source: entry.source,
      createdBy: entry.createdBy ?? null,
      note: entry.note ?? null,
    })
    .onConflictDoNothing()
    .returning({ address: emailUnsubscribes.address });
  return rows.length > 0;
}

export async function insertSmsOptOut(db: DbOrTx, number: string, entry: OptOutEntry): Promise<boolean> {
  const rows = await db
    .insert(smsOptOuts)
    .values({ number, source: entry.source, createdBy: entry.createdBy ?? null, note: entry.note ?? null })
    .onConflictDoNothing()
    .returning({ number: smsOptOuts.number });
  return rows.length > 0;
}

export async function findSmsOptedOut(db: DbOrTx, numbers: string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await db
    .select({ number: smsOptOuts.number })
    .from(smsOptOuts)
    .where(inArray(smsOptOuts.number, [...new Set(numbers)]));
  return new Set(rows.map((r) => r.number));
}

/** Marks an address bounced (the first report wins); false when it was marked already. */
export async function insertBounce(
  db: DbOrTx,
  bounce: { address: string; status: string; diagnostic: string | null; inboundEmailId: string | null },
): Promise<boolean> {
  const rows = await db
    .insert(emailBounces)
    .values({ ...bounce, address: bounce.address.toLowerCase() })
    .onConflictDoNothing()
    .returning({ address: emailBounces.address });
  return rows.length > 0;
}

export async function findBounced(db: DbOrTx, addresses: string[]): Promise<Set<string>> {
  if (addresses.length === 0) return new Set();
  const rows = await db
    .select({ address: emailBounces.address })
    .from(emailBounces)
    .where(inArray(emailBounces.address, [...new Set(addresses.map((a) => a.toLowerCase()))]));
  return new Set(rows.map((r) => r.address));
}

export type OptOutRow = {
  channel: 'sms' | 'email' | 'bounce';
  address: string;
  at: Date;
  source: string;
  note: string | null;
};

/** The latest opt-outs and bounces of both channels, optionally of one address or number. */
export async function findOptOuts(db: DbOrTx, filter: { address?: string }, limit: number): Promise<OptOutRow[]> {
  const [sms, email, bounces] = await Promise.all([
    db
      .select()
      .from(smsOptOuts)
      .where(filter.address ? eq(smsOptOuts.number, filter.address) : undefined)
      .orderBy(desc(smsOptOuts.at))
      .limit(limit),
    db
      .select()
      .from(emailUnsubscribes)
      .where(filter.address ? eq(emailUnsubscribes.address, filter.address.toLowerCase()) : undefined)
      .orderBy(desc(emailUnsubscribes.at))
      .limit(limit),
    db
      .select()
      .from(emailBounces)
      .where(filter.address ? eq(emailBounces.address, filter.address.toLowerCase()) : undefined)
      .orderBy(desc(emailBounces.at))
      .limit(limit),
  ]);
  return [
    ...sms.map((r) => ({ channel: 'sms' as const, address: r.number, at: r.at, source: r.source, note: r.note })),
    ...email.map((r) => ({ channel: 'email' as const, address: r.address, at: r.at, source: r.source, note: r.note })),
    ...bounces.map((r) => ({
      channel: 'bounce' as const,
      address: r.address,
      at: r.at,
      source: r.status,
      note: r.diagnostic,
    })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, limit);
}

export async function findUnsubscribed(db: DbOrTx, addresses: string[]): Promise<Set<string>> {
  if (addresses.length === 0) return new Set();
  const rows = await db
    .select({ address: emailUnsubscribes.address })
    .from(emailUnsubscribes)
    .where(
      inArray(
        emailUnsubscribes.address,
        addresses.map((a) => a.toLowerCase()),
      ),
    );
  return new Set(rows.map((r) => r.address));
}
