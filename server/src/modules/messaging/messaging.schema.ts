import { sql } from 'drizzle-orm';
import type { MessagePurpose } from './domain/templates.ts';
import type { OutboxStatus } from './domain/outbox-status.ts';
import {
  bigserial,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

// Every outgoing message is a row before it is a packet (STYLE). `submitted_at` is set in the
// same statement that claims a row, before the network call; `acknowledged_at` when the
// provider answered. A row submitted and never acknowledged was in flight at a crash.
export const outboundMessages = pgTable(
  'outbound_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: text('channel').$type<'sms' | 'email'>().notNull(),
    purpose: text('purpose').notNull(),
    /** The business object the message is about (`installment:…`, `ticket:…`), part of the key. */
    businessRef: text('business_ref'),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    html: text('html'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    encoding: text('encoding').$type<'gsm7' | 'ucs2'>(),
    segments: integer('segments'),
    sender: text('sender'),
    templateId: uuid('template_id'),
    idempotencyKey: text('idempotency_key').notNull(),
    status: text('status').$type<OutboxStatus>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    providerMessageId: text('provider_message_id'),
    lastError: text('last_error'),
    errorClass: text('error_class'),
    honourWindow: boolean('honour_window').notNull().default(true),
    notBefore: timestamp('not_before', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    claimedBy: text('claimed_by'),
    finalAt: timestamp('final_at', { withTimezone: true }),
    unsubscribeToken: text('unsubscribe_token'),
    /** Marketing SMS: the recipient's country whose rule (sender, hours) applies. */
    country: text('country'),
    /** Why a marketing message waits until `not_before` (hours, weekend, holiday of its country). */
    holdReason: text('hold_reason').$type<'hours' | 'weekend' | 'holiday'>(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outbound_messages_idempotency_key_idx').on(t.idempotencyKey),
    // The claim walks this index in order and stops after one window of rows.
    index('outbound_messages_due_idx').on(t.channel, t.status, t.notBefore, t.id),
    index('outbound_messages_provider_id_idx').on(t.providerMessageId),
    // A customer's messages on his timeline (C5).
    index('outbound_messages_recipient_idx').on(t.recipient, t.createdAt),
    index('outbound_messages_created_idx').on(t.createdAt),
    // The send rate limits count the messages of a channel submitted in the last minute.
    index('outbound_messages_submitted_idx').on(t.channel, t.submittedAt),
    uniqueIndex('outbound_messages_unsubscribe_idx').on(t.unsubscribeToken),
    check('outbound_messages_channel_check', sql`${t.channel} in ('sms','email')`),
    check(
      'outbound_messages_status_check',
      sql`${t.status} in ('queued','sending','sent','delivered','failed','expired','rejected')`,
    ),
  ],
);

/** Files sent with an email (the scheduled reports' XLSX), written with their message. */
export const outboundMessageAttachments = pgTable(
  'outbound_message_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => outboundMessages.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [index('outbound_message_attachments_message_idx').on(t.messageId)],
);

export const messageEvents = pgTable(
  'message_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => outboundMessages.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** queued, submitted, sent, retry_scheduled, failed, receipt, recovered, retry_requested … */
    type: text('type').notNull(),
    status: text('status'),
    detail: text('detail'),
  },
  (t) => [index('message_events_message_idx').on(t.messageId, t.id)],
);

/** Delivery reports as received; a report that arrives before its message's ack waits here. */
export const deliveryReports = pgTable(
  'delivery_reports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    provider: text('provider').notNull(),
    providerMessageId: text('provider_message_id').notNull(),
    status: text('status').notNull(),
    error: text('error'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
  },
  (t) => [
    index('delivery_reports_pending_idx')
      .on(t.providerMessageId)
      .where(sql`${t.appliedAt} is null`),
  ],
);

// Templates: a supervisor drafts, a manager approves; editing an approved template makes a new
// draft version of the same family (group_id). Only approved versions are used.
export const messageTemplates = pgTable(
  'message_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id').notNull(),
    version: integer('version').notNull().default(1),
    name: text('name').notNull(),
    purpose: text('purpose').$type<MessagePurpose>().notNull(),
    channel: text('channel').$type<'sms' | 'email'>().notNull(),
    language: text('language').$type<'ar' | 'en'>().notNull().default('ar'),
    subject: text('subject'),
    body: text('body').notNull(),
    html: text('html'),
    maxSegments: integer('max_segments'),
    status: text('status').$type<'draft' | 'approved' | 'archived'>().notNull().default('draft'),
    draftedBy: uuid('drafted_by'),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('message_templates_version_idx').on(t.groupId, t.version),
    uniqueIndex('message_templates_one_approved_idx')
      .on(t.groupId)
      .where(sql`${t.status} = 'approved'`),
    index('message_templates_purpose_idx').on(t.purpose, t.channel, t.language, t.status),
    check('message_templates_channel_check', sql`${t.channel} in ('sms','email')`),
    check('message_templates_language_check', sql`${t.language} in ('ar','en')`),
    check('message_templates_status_check', sql`${t.status} in ('draft','approved','archived')`),
  ],
);

export const inboundEmails = pgTable(
  'inbound_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mailbox: text('mailbox').notNull(),
    uid: integer('uid'),
    messageId: text('message_id').notNull(),
    inReplyTo: text('in_reply_to'),
    references: text('references')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The Message-ID of the first message of the conversation. */
    threadId: text('thread_id').notNull(),
    fromAddress: text('from_address'),
    fromName: text('from_name'),
    toAddresses: text('to_addresses')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    subject: text('subject'),
    text: text('text'),
    html: text('html'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    isFax: boolean('is_fax').notNull().default(false),
    /** RFC 3834 `Auto-Submitted` (or an older equivalent): such mail never gets an automatic answer. */
    autoSubmitted: text('auto_submitted'),
    size: integer('size').notNull().default(0),
    problems: text('problems')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [
    uniqueIndex('inbound_emails_message_id_idx').on(t.messageId),
    index('inbound_emails_thread_idx').on(t.threadId),
    index('inbound_emails_received_idx').on(t.receivedAt),
  ],
);

export const inboundEmailAttachments = pgTable(
  'inbound_email_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    emailId: uuid('email_id')
      .notNull()
      .references(() => inboundEmails.id, { onDelete: 'cascade' }),
    filename: text('filename'),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    /** Null when the attachment was over the size cap: its metadata is kept, its bytes are not. */
    content: bytea('content'),
  },
  (t) => [index('inbound_email_attachments_email_idx').on(t.emailId)],
);

export type OptOutSource = 'link' | 'one_click' | 'stop_reply' | 'manual';

/** Addresses that unsubscribed from marketing email (List-Unsubscribe, the footer link, an agent). */
export const emailUnsubscribes = pgTable('email_unsubscribes', {
  address: text('address').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  messageId: uuid('message_id'),
  source: text('source').$type<OptOutSource>().notNull().default('link'),
  createdBy: uuid('created_by'),
  note: text('note'),
});

/** Numbers that opted out of marketing SMS; service messages (reminders) still go. */
export const smsOptOuts = pgTable('sms_opt_outs', {
  number: text('number').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  source: text('source').$type<OptOutSource>().notNull().default('manual'),
  createdBy: uuid('created_by'),
  note: text('note'),
});

/** Addresses a delivery-status notification reported as permanently failed (hard bounce). */
export const emailBounces = pgTable('email_bounces', {
  address: text('address').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  /** The DSN's Status (5.1.1) and Diagnostic-Code. */
  status: text('status').notNull(),
  diagnostic: text('diagnostic'),
  inboundEmailId: uuid('inbound_email_id'),
});
