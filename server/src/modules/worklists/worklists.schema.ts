import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
// Schema files import each other directly (drizzle-kit loads them without the services).
import { contactPoints, customers, installments } from '../customers/customers.schema.ts';

// كشوف العمل — work lists (SPEC L1): purpose, channel, business date, source, lifecycle.
export const workLists = pgTable(
  'work_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose').notNull(),
    channel: text('channel').notNull(),
    businessDate: date('business_date', { mode: 'string' }).notNull(),
    /** `daily` for the collections day, `import` for a target file, `filter` for a list built by a filter. */
    source: text('source').notNull(),
    /** The name a person gave a list (none for the collections day's lists). */
    name: text('name'),
    /** The filter a `filter` list was built from, as submitted. */
    filter: jsonb('filter'),
    /** The import run of an `import` list's target file (customers module's imports). */
    importId: uuid('import_id'),
    status: text('status').notNull().default('draft'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: text('approved_by'),
    distributedAt: timestamp('distributed_at', { withTimezone: true }),
    distributedBy: text('distributed_by'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
    signedOffBy: text('signed_off_by'),
  },
  (t) => [
    // One list of a purpose and channel per day for the collections day; lists made by people are many.
    uniqueIndex('work_lists_day_idx')
      .on(t.businessDate, t.purpose, t.channel, t.source)
      .where(sql`${t.source} = 'daily'`),
    index('work_lists_created_idx').on(t.createdAt),
    check('work_lists_purpose_check', sql`${t.purpose} in ('reminder','followup','thanks','marketing','survey')`),
    check('work_lists_channel_check', sql`${t.channel} in ('sms','phone','email')`),
    check(
      'work_lists_status_check',
      sql`${t.status} in ('draft','approved','distributed','in_progress','completed','signed_off')`,
    ),
  ],
);

// One item per customer per list.
export const workItems = pgTable(
  'work_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listId: uuid('list_id')
      .notNull()
      .references(() => workLists.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    tier: smallint('tier'),
    /** Numbers to try, in order (E.164). */
    phones: text('phones')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    nextPhone: integer('next_phone').notNull().default(0),
    assignedTo: uuid('assigned_to'),
    /** pending → (queued → sent/delivered/failed) for messages; pending → in_progress → done for calls. */
    status: text('status').notNull().default('pending'),
    outcome: text('outcome'),
    reason: text('reason'),
    attempts: integer('attempts').notNull().default(0),
    attemptsToday: integer('attempts_today').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    priority: integer('priority').notNull().default(0),
    messageId: uuid('message_id'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('work_items_list_customer_idx').on(t.listId, t.customerId),
    index('work_items_agent_idx').on(t.assignedTo, t.status),
    index('work_items_customer_idx').on(t.customerId),
    index('work_items_message_idx').on(t.messageId),
  ],
);

// The installments an item covers. (installment, purpose) is unique: every qualifying
// installment is in exactly one item of each purpose (SPEC P, coverage invariants).
export const workItemInstallments = pgTable(
  'work_item_installments',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => workItems.id),
    installmentId: uuid('installment_id')
      .notNull()
      .references(() => installments.id),
    purpose: text('purpose').notNull(),
    outstandingMinor: bigint('outstanding_minor', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('work_item_installments_once_idx').on(t.installmentId, t.purpose),
    index('work_item_installments_item_idx').on(t.itemId),
  ],
);

// Each call attempt with the number used and its outcome (SPEC L3).
export const workAttempts = pgTable(
  'work_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => workItems.id),
    agentId: uuid('agent_id').notNull(),
    phone: text('phone'),
    outcome: text('outcome').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    promiseDate: date('promise_date', { mode: 'string' }),
    promiseAmountMinor: bigint('promise_amount_minor', { mode: 'number' }),
    callbackAt: timestamp('callback_at', { withTimezone: true }),
    /** A marketing `sale`: the amount sold, in minor units of the item's currency. */
    saleAmountMinor: bigint('sale_amount_minor', { mode: 'number' }),
    note: text('note'),
  },
  (t) => [index('work_attempts_item_idx').on(t.itemId, t.at)],
);

// وعود السداد — promises to pay, kept when the payment arrives by the promised date.
export const paymentPromises = pgTable(
  'payment_promises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    itemId: uuid('item_id').references(() => workItems.id),
    attemptId: uuid('attempt_id').references(() => workAttempts.id),
    promisedDate: date('promised_date', { mode: 'string' }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('payment_promises_customer_idx').on(t.customerId),
    index('payment_promises_date_idx').on(t.promisedDate),
  ],
);

// Data-correction tasks for IT: a wrong number, or a customer with no usable number.
export const dataCorrectionTasks = pgTable(
  'data_correction_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    contactPointId: uuid('contact_point_id').references(() => contactPoints.id),
    itemId: uuid('item_id').references(() => workItems.id),
    reason: text('reason').notNull(),
    status: text('status').notNull().default('open'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    doneBy: uuid('done_by'),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    index('data_correction_tasks_status_idx').on(t.status),
    // One open task per number (or per customer without a usable number).
    uniqueIndex('data_correction_tasks_open_idx')
      .on(t.customerId, sql`coalesce(${t.contactPointId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.status} = 'open'`),
  ],
);
