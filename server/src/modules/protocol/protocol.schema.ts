import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
// Schema files import each other directly (drizzle-kit loads them without the services).
import { customers } from '../customers/customers.schema.ts';

/**
 * مكتبة العبارات — the call protocol's phrases (seed 003) by kind, and the scripts per call
 * purpose (kind `script`, with `purpose` and a title). Managers edit them; agents read the active.
 */
export const protocolPhrases = pgTable(
  'protocol_phrases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** greeting, empathy, positive, hold, second_hold, hold_return, late_apology, callback, closing, escalation, script. */
    kind: text('kind').notNull(),
    /** Scripts (required) and greetings (optional): reminder, follow_up, thanks, marketing, survey, inquiry, complaint. */
    purpose: text('purpose'),
    titleAr: text('title_ar'),
    titleEn: text('title_en'),
    /** May hold {agent}, {company}, {department}, {reason}, {seconds} (domain/greeting.ts). */
    textAr: text('text_ar').notNull(),
    textEn: text('text_en').notNull(),
    sort: smallint('sort').notNull().default(0),
    active: boolean('active').notNull().default(true),
    /** seed_003 (the customer's protocol, word for word), house (written for Tawasul), custom. */
    origin: text('origin').notNull().default('custom'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text('updated_by'),
  },
  (t) => [
    index('protocol_phrases_kind_idx').on(t.kind, t.sort),
    check(
      'protocol_phrases_kind_check',
      sql`${t.kind} in ('greeting','empathy','positive','hold','second_hold','hold_return','late_apology','callback','closing','escalation','script')`,
    ),
    check(
      'protocol_phrases_purpose_check',
      sql`(${t.kind} <> 'script' or ${t.purpose} is not null) and (${t.purpose} is null or (${t.kind} in ('script','greeting') and ${t.purpose} in ('reminder','follow_up','thanks','marketing','survey','inquiry','complaint')))`,
    ),
    check('protocol_phrases_origin_check', sql`${t.origin} in ('seed_003','house','custom')`),
  ],
);

/** دعوات التقييم — one rating invitation by SMS per answered call; the cool-down reads them per customer. */
export const ratingInvitations = pgTable(
  'rating_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The call record (telephony's calls.id). */
    callId: uuid('call_id').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    /** The outbox message's idempotency key. */
    messageKey: text('message_key'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('rating_invitations_call_idx').on(t.callId),
    index('rating_invitations_customer_idx').on(t.customerId, t.sentAt),
  ],
);
