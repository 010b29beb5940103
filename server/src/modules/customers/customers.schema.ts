import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

// العملاء — customers are never hard-deleted (archived_at instead).
export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerNo: text('customer_no').notNull().unique(),
    name: text('name').notNull(),
    /** The name normalised for Arabic search (see domain/arabic-normalize.ts). */
    nameNorm: text('name_norm').notNull(),
    type: text('type').notNull().default('current'),
    category: text('category'),
    keyAccount: boolean('key_account').notNull().default(false),
    country: text('country').notNull().default('SA'),
    city: text('city'),
    smsOptOut: boolean('sms_opt_out').notNull().default(false),
    doNotCall: boolean('do_not_call').notNull().default(false),
    notes: text('notes'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check('customers_type_check', sql`${t.type} in ('current','prospect')`),
    check('customers_category_check', sql`${t.category} is null or ${t.category} in ('A','B','C')`),
    check('customers_country_check', sql`${t.country} ~ '^[A-Z]{2}$'`),
    index('customers_name_norm_trgm_idx').using('gin', sql`${t.nameNorm} gin_trgm_ops`),
    // A part of a customer number ("UX000", "7202") is found through its trigrams.
    index('customers_customer_no_trgm_idx').using('gin', sql`upper(${t.customerNo}) gin_trgm_ops`),
    index('customers_category_idx').on(t.category),
  ],
);

// Phones and emails (C2). `raw` is the value as written; `e164`, `valid` and `number_type`
// are derived with libphonenumber for the customer's country.
export const contactPoints = pgTable(
  'contact_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind').notNull(),
    /** `import` rows are replaced by the next import of the same column; `manual` ones are kept. */
    source: text('source').notNull().default('import'),
    raw: text('raw').notNull(),
    e164: text('e164'),
    valid: boolean('valid').notNull().default(false),
    numberType: text('number_type').notNull().default('unknown'),
    wrong: boolean('wrong').notNull().default(false),
    wrongBy: uuid('wrong_by'),
    wrongAt: timestamp('wrong_at', { withTimezone: true }),
    correctedBy: uuid('corrected_by'),
    correctedAt: timestamp('corrected_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check('contact_points_kind_check', sql`${t.kind} in ('mobile','landline','work','home','fax','email')`),
    uniqueIndex('contact_points_import_idx')
      .on(t.customerId, t.kind)
      .where(sql`${t.source} = 'import'`),
    index('contact_points_customer_idx').on(t.customerId),
    index('contact_points_e164_idx').on(t.e164),
  ],
);

export const contracts = pgTable(
  'contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    contractNo: text('contract_no').notNull().unique(),
    creditType: text('credit_type').notNull(),
    ...timestamps,
  },
  (t) => [index('contracts_customer_idx').on(t.customerId)],
);

// الأقساط — amounts in minor units (halalas): never binary floating point.
export const installments = pgTable(
  'installments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    installmentNo: integer('installment_no').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    /** Sum of every payment of this installment (kept with the payments, in their transaction). */
    paidMinor: bigint('paid_minor', { mode: 'number' }).notNull().default(0),
    /** The paid_at of the payment that brought the paid sum to the amount (SPEC P, exact rules). */
    paidInFullAt: timestamp('paid_in_full_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('installments_contract_no_idx').on(t.contractId, t.installmentNo),
    index('installments_customer_idx').on(t.customerId),
    index('installments_due_idx').on(t.dueDate),
    index('installments_paid_in_full_idx').on(t.paidInFullAt),
    check('installments_amount_check', sql`${t.amountMinor} > 0`),
  ],
);

export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    installmentId: uuid('installment_id')
      .notNull()
      .references(() => installments.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }).notNull(),
    reference: text('reference').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('payments_key_idx').on(t.installmentId, t.paidAt, t.reference),
    index('payments_customer_idx').on(t.customerId),
    index('payments_paid_at_idx').on(t.paidAt),
    check('payments_amount_check', sql`${t.amountMinor} > 0`),
  ],
);

// The customer's timeline: calls, messages, tickets, surveys and notes land here (C5).
export const customerTimeline = pgTable(
  'customer_timeline',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    kind: text('kind').notNull(),
    summary: text('summary').notNull(),
    actorId: uuid('actor_id'),
    actor: text('actor'),
    refType: text('ref_type'),
    refId: text('ref_id'),
    data: jsonb('data'),
  },
  (t) => [index('customer_timeline_customer_idx').on(t.customerId, t.at)],
);

// One run of `tawasul import` or an upload, with its progress and its rejected rows.
export const imports = pgTable('imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  status: text('status').notNull().default('running'),
  totalBytes: bigint('total_bytes', { mode: 'number' }).notNull().default(0),
  processedBytes: bigint('processed_bytes', { mode: 'number' }).notNull().default(0),
  rows: integer('rows').notNull().default(0),
  inserted: integer('inserted').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  error: jsonb('error'),
  startedBy: uuid('started_by'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  /** Touched by the process that runs or queues the import; a stale one is abandoned. */
  heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
});

export const importRejections = pgTable(
  'import_rejections',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    rowNo: integer('row_no').notNull(),
    column: text('column').notNull(),
    value: text('value').notNull(),
    code: text('code').notNull(),
    reasonEn: text('reason_en').notNull(),
    reasonAr: text('reason_ar').notNull(),
  },
  (t) => [index('import_rejections_import_idx').on(t.importId, t.rowNo)],
);
