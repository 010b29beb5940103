import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { customers } from '../customers/customers.schema.ts';
import { users } from '../users/users.schema.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
const at = (name: string) => timestamp(name, { withTimezone: true });

// مجموعات التذاكر — a group exists in the countries listed (e.g. Key Accounts only in SA, AE).
export const ticketGroups = pgTable(
  'ticket_groups',
  {
    code: text('code').primaryKey(),
    nameAr: text('name_ar').notNull(),
    nameEn: text('name_en').notNull(),
    countries: text('countries')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('ticket_groups_code_check', sql`${t.code} ~ '^[a-z][a-z0-9_]{1,39}$'`)],
);

// Membership of users in groups: a relation of its own (not users.teams, which are free-text
// team names for reports), so that group codes are checked and queues can be indexed.
export const ticketGroupMembers = pgTable(
  'ticket_group_members',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    groupCode: text('group_code')
      .notNull()
      .references(() => ticketGroups.code),
    addedAt: at('added_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.groupCode] }), index('ticket_group_members_group_idx').on(t.groupCode)],
);

// SLA policies per group and category (category null = the group's default).
export const ticketSlaPolicies = pgTable(
  'ticket_sla_policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupCode: text('group_code')
      .notNull()
      .references(() => ticketGroups.code),
    category: text('category'),
    /** `calendar` hours run around the clock; `business` hours run only inside the working shifts. */
    clock: text('clock').notNull().default('calendar'),
    responseMinutes: integer('response_minutes'),
    resolutionMinutes: integer('resolution_minutes').notNull(),
    warnBeforeMinutes: integer('warn_before_minutes').notNull().default(240),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('ticket_sla_policies_clock_check', sql`${t.clock} in ('calendar','business')`),
    uniqueIndex('ticket_sla_policies_group_category_idx').on(t.groupCode, sql`coalesce(${t.category}, '')`),
  ],
);

/** Settings of the tickets module (business hours, claim threshold, report recipients), one row per key. */
export const ticketSettings = pgTable('ticket_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

// الاستفسارات (S1): an inbound contact by phone, fax or email.
export const inquiries = pgTable(
  'inquiries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    customerId: uuid('customer_id').references(() => customers.id),
    channel: text('channel').notNull(),
    category: text('category').notNull().default('other'),
    subject: text('subject').notNull(),
    question: text('question').notNull().default(''),
    answer: text('answer'),
    firstContactResolved: boolean('first_contact_resolved').notNull().default(false),
    status: text('status').notNull().default('open'),
    requesterEmail: text('requester_email'),
    emailThreadId: text('email_thread_id'),
    inboundEmailId: uuid('inbound_email_id'),
    ticketId: uuid('ticket_id'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdByLabel: text('created_by_label').notNull(),
    answeredBy: uuid('answered_by'),
    answeredAt: at('answered_at'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('inquiries_channel_check', sql`${t.channel} in ('phone','fax','email')`),
    check('inquiries_status_check', sql`${t.status} in ('open','answered')`),
    index('inquiries_customer_idx').on(t.customerId),
    index('inquiries_thread_idx').on(t.emailThreadId),
    index('inquiries_created_idx').on(t.createdAt),
  ],
);

// التذاكر (S2, S3).
export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    country: text('country').notNull(),
    category: text('category').notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull().default(''),
    fields: jsonb('fields').notNull().default({}),
    groupCode: text('group_code')
      .notNull()
      .references(() => ticketGroups.code),
    assigneeId: uuid('assignee_id').references(() => users.id),
    status: text('status').notNull().default('new'),
    priority: text('priority').notNull().default('normal'),
    source: text('source').notNull().default('web'),
    requesterEmail: text('requester_email'),
    emailThreadId: text('email_thread_id'),
    // SLA: the policy in force when the ticket was opened or last moved, and its clock.
    slaClock: text('sla_clock').notNull().default('calendar'),
    slaResolutionMinutes: integer('sla_resolution_minutes').notNull(),
    slaWarnBeforeMinutes: integer('sla_warn_before_minutes').notNull().default(240),
    responseDueAt: at('response_due_at'),
    slaDueAt: at('sla_due_at').notNull(),
    /** When the warning before a breach is due (the clock's due time less the policy's warning margin). */
    slaWarnAt: at('sla_warn_at').notNull(),
    /** While pending on the customer: when the clock stopped and how much of it was left. */
    slaPausedAt: at('sla_paused_at'),
    slaRemainingMinutes: integer('sla_remaining_minutes'),
    slaWarnedAt: at('sla_warned_at'),
    slaBreachedAt: at('sla_breached_at'),
    escalatedAt: at('escalated_at'),
    firstResponseAt: at('first_response_at'),
    // Claims above the configured amount wait for a manager's approval.
    claimAmount: numeric('claim_amount', { precision: 14, scale: 2, mode: 'number' }),
    claimApproval: text('claim_approval').notNull().default('not_needed'),
    claimDecidedBy: uuid('claim_decided_by'),
    claimDecidedAt: at('claim_decided_at'),
    resolution: text('resolution'),
    resolvedAt: at('resolved_at'),
    resolvedBy: uuid('resolved_by'),
    closedAt: at('closed_at'),
    closedBy: uuid('closed_by'),
    dataCorrectionTaskId: uuid('data_correction_task_id'),
    inquiryId: uuid('inquiry_id'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdByLabel: text('created_by_label').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('tickets_status_check', sql`${t.status} in ('new','open','pending','escalated','resolved','closed')`),
    check('tickets_priority_check', sql`${t.priority} in ('low','normal','high','urgent')`),
    check('tickets_sla_clock_check', sql`${t.slaClock} in ('calendar','business')`),
    check('tickets_claim_approval_check', sql`${t.claimApproval} in ('not_needed','pending','approved','rejected')`),
    // The queues: open tickets of a group, or of an assignee, by SLA due time.
    index('tickets_group_open_idx')
      .on(t.groupCode, t.slaDueAt)
      .where(sql`${t.status} in ('new','open','pending','escalated')`),
    index('tickets_assignee_open_idx')
      .on(t.assigneeId, t.slaDueAt)
      .where(sql`${t.status} in ('new','open','pending','escalated')`),
    index('tickets_creator_open_idx')
      .on(t.createdBy, t.slaDueAt)
      .where(sql`${t.status} in ('new','open','pending','escalated')`),
    index('tickets_group_created_idx').on(t.groupCode, t.createdAt),
    index('tickets_customer_idx').on(t.customerId, t.createdAt),
    index('tickets_created_idx').on(t.createdAt),
    index('tickets_resolved_idx').on(t.resolvedAt),
    index('tickets_thread_idx').on(t.emailThreadId),
    uniqueIndex('tickets_data_correction_idx').on(t.dataCorrectionTaskId),
  ],
);

/** Internal notes, replies to the customer and messages from the customer. */
export const ticketMessages = pgTable(
  'ticket_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    inquiryId: uuid('inquiry_id').references(() => inquiries.id),
    kind: text('kind').notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id'),
    author: text('author').notNull(),
    outboundMessageId: uuid('outbound_message_id'),
    inboundEmailId: uuid('inbound_email_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('ticket_messages_kind_check', sql`${t.kind} in ('note','reply','inbound')`),
    index('ticket_messages_ticket_idx').on(t.ticketId, t.createdAt),
    index('ticket_messages_inquiry_idx').on(t.inquiryId, t.createdAt),
  ],
);

export const ticketAttachments = pgTable(
  'ticket_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    inquiryId: uuid('inquiry_id').references(() => inquiries.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedByLabel: text('uploaded_by_label').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('ticket_attachments_ticket_idx').on(t.ticketId),
    index('ticket_attachments_inquiry_idx').on(t.inquiryId),
  ],
);

/** The full history of a ticket, one row per change (the audit log has the before/after too). */
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    at: at('at').notNull().defaultNow(),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id'),
    actor: text('actor').notNull(),
    data: jsonb('data'),
  },
  (t) => [index('ticket_events_ticket_idx').on(t.ticketId, t.id)],
);

/** Inbound emails already turned into an inquiry or a ticket message (the mail job's bookmark). */
export const ticketInboundEmails = pgTable('ticket_inbound_emails', {
  inboundEmailId: uuid('inbound_email_id').primaryKey(),
  ticketId: uuid('ticket_id'),
  inquiryId: uuid('inquiry_id'),
  outcome: text('outcome').notNull(),
  processedAt: at('processed_at').notNull().defaultNow(),
});

/**
 * The satisfaction-survey hook: one row per closing of a ticket (a ticket reopened and closed
 * again asks again), for the surveys module to consume.
 */
export const ticketSurveyRequests = pgTable(
  'ticket_survey_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    customerId: uuid('customer_id').notNull(),
    category: text('category').notNull(),
    groupCode: text('group_code').notNull(),
    closedAt: at('closed_at').notNull(),
    consumedAt: at('consumed_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ticket_survey_requests_ticket_closed_idx').on(t.ticketId, t.closedAt),
    index('ticket_survey_requests_pending_idx')
      .on(t.createdAt)
      .where(sql`${t.consumedAt} is null`),
  ],
);
