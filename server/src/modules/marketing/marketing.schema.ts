import { sql } from 'drizzle-orm';
import {
  bigint,
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
import { customers } from '../customers/customers.schema.ts';
import { users } from '../users/users.schema.ts';
import { workLists } from '../worklists/worklists.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

export type FaqEntry = { q: string; a: string };

// العروض والمنتجات (M1): what the marketing department offers, and what the agents must know
// before calling (التعرف على العروض): the script and the answers to the usual questions.
export const offers = pgTable(
  'marketing_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    eligibility: text('eligibility').notNull().default(''),
    script: text('script').notNull().default(''),
    faq: jsonb('faq').$type<FaqEntry[]>().notNull().default([]),
    status: text('status').notNull().default('active'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('marketing_offers_status_check', sql`${t.status} in ('active','archived')`)],
);

// حملة تسويقية: one offer, one approved target list (a `marketing` work list), one or more channels.
export const campaigns = pgTable(
  'marketing_campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id),
    listId: uuid('list_id')
      .notNull()
      .references(() => workLists.id),
    /** In the order they are tried for each customer (`phone`, `sms`, `email`). */
    channels: text('channels').array().notNull(),
    status: text('status').notNull().default('draft'),
    /** The manager allows contacting a customer on every channel of the campaign. */
    allowRepeats: boolean('allow_repeats').notNull().default(false),
    smsTemplateId: uuid('sms_template_id'),
    smsTemplateBId: uuid('sms_template_b_id'),
    emailTemplateId: uuid('email_template_id'),
    emailTemplateBId: uuid('email_template_b_id'),
    /** A/B: the share of the list (0–100) that gets variant B, and the split's seed. */
    abPercentB: integer('ab_percent_b').notNull().default(50),
    abSeed: integer('ab_seed').notNull().default(1),
    smsPerMinute: integer('sms_per_minute').notNull().default(60),
    emailPerMinute: integer('email_per_minute').notNull().default(60),
    /** The price of one SMS part, in minor units of `currency` (cost per sale). */
    smsPartPriceMinor: bigint('sms_part_price_minor', { mode: 'number' }).notNull().default(0),
    currency: text('currency').notNull().default('SAR'),
    /** The agents who call the phone channel (usernames); empty = every active marketing agent. */
    agents: text('agents')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    launchedAt: at('launched_at'),
    launchedBy: uuid('launched_by'),
    endedAt: at('ended_at'),
  },
  (t) => [
    check('marketing_campaigns_status_check', sql`${t.status} in ('draft','running','paused','ended')`),
    check('marketing_campaigns_ab_check', sql`${t.abPercentB} between 0 and 100`),
    index('marketing_campaigns_status_idx').on(t.status),
  ],
);

// Who the campaign contacts on which channel: planned at launch (once per customer unless
// repeats are allowed), then queued through the outbox (SMS, email) or given to an agent (phone).
export const campaignContacts = pgTable(
  'marketing_campaign_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    channel: text('channel').notNull(),
    variant: text('variant').notNull().default('A'),
    itemId: uuid('item_id'),
    messageId: uuid('message_id'),
    status: text('status').notNull().default('planned'),
    reason: text('reason'),
    /** A response to a message (recorded by marketing): interested, not interested, sale. */
    response: text('response'),
    saleAmountMinor: bigint('sale_amount_minor', { mode: 'number' }),
    respondedAt: at('responded_at'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('marketing_contacts_once_idx').on(t.campaignId, t.customerId, t.channel),
    index('marketing_contacts_status_idx').on(t.campaignId, t.channel, t.status),
    check('marketing_contacts_channel_check', sql`${t.channel} in ('phone','sms','email')`),
    check('marketing_contacts_variant_check', sql`${t.variant} in ('A','B')`),
    check('marketing_contacts_status_check', sql`${t.status} in ('planned','queued','assigned','refused','cancelled')`),
    check(
      'marketing_contacts_response_check',
      sql`${t.response} is null or ${t.response} in ('interested','not_interested','sale')`,
    ),
  ],
);
