import { z } from 'zod';
import { calendarDate } from '../../shared/calendar-date.ts';
import { campaignChannels, campaignStatuses } from './domain/contact-plan.ts';

// The marketing API's shapes, in and out (the OpenAPI document and the web's types come from these).

export const offerStatuses = ['active', 'archived'] as const;

const faqEntry = z.object({ q: z.string().trim().min(1).max(500), a: z.string().trim().min(1).max(2000) }).strict();
const offerFields = {
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  valid_from: calendarDate(),
  valid_to: calendarDate().nullable().optional(),
  eligibility: z.string().max(2000).optional(),
  script: z.string().max(10000).optional(),
  faq: z.array(faqEntry).max(50).optional(),
};
export const createOfferSchema = z.object(offerFields).strict();
export const updateOfferSchema = z
  .object({
    ...offerFields,
    name: offerFields.name.optional(),
    valid_from: offerFields.valid_from.optional(),
    status: z.enum(offerStatuses).optional(),
  })
  .strict();
export const offersQuerySchema = z.object({ status: z.enum([...offerStatuses, 'all']).default('active') }).strict();

const templateId = z.uuid().nullable().optional();
const campaignFields = {
  name: z.string().trim().min(1).max(200),
  offer_id: z.uuid(),
  list_id: z.uuid(),
  channels: z
    .array(z.enum(campaignChannels))
    .min(1)
    .max(3)
    .refine((c) => new Set(c).size === c.length, { message: 'A channel is named twice.' }),
  allow_repeats: z.boolean().optional(),
  sms_template_id: templateId,
  sms_template_b_id: templateId,
  email_template_id: templateId,
  email_template_b_id: templateId,
  ab_percent_b: z.number().int().min(0).max(100).optional(),
  ab_seed: z.number().int().min(0).max(2_147_483_647).optional(),
  sms_per_minute: z.number().int().min(1).max(10_000).optional(),
  email_per_minute: z.number().int().min(1).max(10_000).optional(),
  sms_part_price: z.number().min(0).max(1000).optional(),
  agents: z.array(z.string().trim().min(1).max(64)).max(200).optional(),
};
export const createCampaignSchema = z.object(campaignFields).strict();
export const updateCampaignSchema = z
  .object({
    ...campaignFields,
    name: campaignFields.name.optional(),
    offer_id: campaignFields.offer_id.optional(),
    list_id: campaignFields.list_id.optional(),
    channels: campaignFields.channels.optional(),
  })
  .strict();

export const responseInputSchema = z
  .object({
    customer_no: z.string().trim().min(1).max(40),
    outcome: z.enum(['interested', 'not_interested', 'sale']),
    amount: z.number().positive().max(1e10).optional(),
  })
  .strict();

// ---- out ----

export const offerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    valid_from: z.string(),
    valid_to: z.string().nullable(),
    eligibility: z.string(),
    script: z.string(),
    faq: z.array(z.object({ q: z.string(), a: z.string() })),
    status: z.enum(offerStatuses),
    /** Within its validity today (installation time zone). */
    current: z.boolean(),
    updated_at: z.string(),
  })
  .meta({ id: 'MarketingOffer' });

export const targetListSchema = z
  .object({
    id: z.uuid(),
    name: z.string().nullable(),
    source: z.string(),
    channel: z.string(),
    business_date: z.string(),
    status: z.string(),
    approved_by: z.string().nullable(),
    approved_by_name: z.string().nullable().meta({ description: 'The approver as people read it' }),
    approved_at: z.string().nullable(),
    items: z.number().int(),
  })
  .meta({ id: 'MarketingTargetList' });

export const marketingTemplateSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  channel: z.enum(['sms', 'email']),
  language: z.enum(['ar', 'en']),
  body: z.string(),
  subject: z.string().nullable(),
});

export const campaignSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    offer_id: z.uuid(),
    offer_name: z.string(),
    list: targetListSchema,
    channels: z.array(z.enum(campaignChannels)),
    status: z.enum(campaignStatuses),
    allow_repeats: z.boolean(),
    sms_template_id: z.uuid().nullable(),
    sms_template_b_id: z.uuid().nullable(),
    email_template_id: z.uuid().nullable(),
    email_template_b_id: z.uuid().nullable(),
    ab_percent_b: z.number().int(),
    ab_seed: z.number().int(),
    sms_per_minute: z.number().int(),
    email_per_minute: z.number().int(),
    sms_part_price: z.number(),
    currency: z.string(),
    agents: z.array(z.string()),
    launched_at: z.string().nullable(),
    ended_at: z.string().nullable(),
    created_at: z.string(),
    /** Contacts by status (planned, queued, assigned, refused, cancelled). */
    contacts: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'MarketingCampaign' });

export const launchResultSchema = z.object({
  campaign: campaignSchema,
  planned: z.number().int(),
  skipped: z.record(z.string(), z.number().int()),
  queued: z.number().int(),
  refused: z.number().int(),
});

const figures = z.object({
  targeted: z.number().int(),
  contacted: z.number().int(),
  reached: z.number().int(),
  interested: z.number().int(),
  sales: z.number().int(),
  amount: z.number(),
  conversion: z.number().nullable(),
  opt_outs: z.number().int(),
  sms_parts: z.number().int(),
  cost: z.number(),
  cost_per_sale: z.number().nullable(),
});
export const resultsSchema = z
  .object({
    campaign_id: z.uuid(),
    currency: z.string(),
    totals: figures,
    by_channel: z.array(figures.extend({ channel: z.enum(campaignChannels) })),
    by_agent: z.array(figures.extend({ agent: z.string() })),
    by_variant: z.array(figures.extend({ variant: z.enum(['A', 'B']) })),
    ab: z
      .object({
        z: z.number().nullable(),
        p_value: z.number().nullable(),
        significant: z.boolean(),
        winner: z.enum(['A', 'B']).nullable(),
        winner_conversion: z.number().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'MarketingResults' });

export const itemOfferSchema = z.object({
  campaign: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  offer: offerSchema.nullable(),
});
