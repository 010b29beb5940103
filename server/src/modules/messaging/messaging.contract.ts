import { z } from 'zod';
import { deliveryStatuses } from './domain/delivery-status.ts';
import { messagePurposes } from './domain/templates.ts';
import { outboxStatuses } from './domain/outbox-status.ts';

// The answers of the messaging API (see http/contract.ts).

const count = z.number().int();
const encoding = z.enum(['gsm7', 'ucs2']);
// The sets the database's checks hold (messaging.schema.ts) and the template's purposes.
const channel = z.enum(['sms', 'email']);
const language = z.enum(['ar', 'en']);
const templateStatus = z.enum(['draft', 'approved', 'archived']);

export const templateSchema = z
  .object({
    id: z.uuid(),
    group_id: z.uuid(),
    version: count,
    name: z.string(),
    purpose: z.enum(messagePurposes),
    channel,
    language,
    subject: z.string().nullable(),
    body: z.string(),
    html: z.string().nullable(),
    max_segments: count.nullable(),
    status: templateStatus,
    drafted_by: z.string().nullable(),
    approved_by: z.string().nullable(),
    approved_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'Template' });

export const previewResultSchema = z
  .object({
    rendered: z.string(),
    encoding,
    units: count.meta({ description: 'Septets (GSM-7) or UTF-16 code units (UCS-2)' }),
    segments: count,
    remaining: count.meta({ description: 'Units that still fit in the last segment' }),
    units_per_segment: count.meta({
      description:
        'Units the segment being filled holds: a single message (160 GSM-7, 70 UCS-2) or a part of a concatenated one (153, 67)',
    }),
    max_segments: count,
    allowance: count.meta({
      description: 'Units a message of at most max_segments segments may hold in this encoding',
    }),
    fits: z.boolean(),
    non_gsm_characters: z.array(z.string()),
    variables: z.array(z.object({ name: z.string(), max_length: count, sample: z.string(), sample_length: count })),
    worst_case: z.object({ encoding, units: count, segments: count, fits: z.boolean() }),
  })
  .meta({ id: 'TemplatePreview' });

export const messageSchema = z
  .object({
    id: z.uuid(),
    channel,
    purpose: z.string(),
    business_ref: z.string().nullable(),
    recipient: z.string().meta({ description: 'Masked in lists; in full on one message (audited)' }),
    subject: z.string().nullable(),
    body: z.string(),
    encoding: encoding.nullable(),
    segments: count.nullable(),
    sender: z.string().nullable(),
    template_id: z.string().nullable(),
    status: z.enum(outboxStatuses),
    attempts: count,
    max_attempts: count,
    provider_message_id: z.string().nullable(),
    last_error: z.string().nullable(),
    error_class: z.string().nullable(),
    not_before: z.iso.datetime(),
    country: z.string().nullable().meta({ description: 'Marketing SMS: the country whose rule applies (ISO alpha-2)' }),
    hold_reason: z
      .enum(['hours', 'weekend', 'holiday'])
      .nullable()
      .meta({ description: "Marketing: held, unsent, until not_before by the country's hours, weekend or holiday" }),
    submitted_at: z.iso.datetime().nullable(),
    acknowledged_at: z.iso.datetime().nullable(),
    final_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'OutboundMessage' });

export const messageWithEventsSchema = messageSchema.extend({
  events: z.array(
    z.object({ at: z.iso.datetime(), type: z.string(), status: z.string().nullable(), detail: z.string().nullable() }),
  ),
});

export const outboxStatsSchema = z.object({
  by_status: z.record(z.string(), count).meta({ description: `Count per status (${outboxStatuses.join(', ')})` }),
  recovered_after_crash: count,
});

const masked = z.string().nullable().meta({ description: 'Passwords masked' });
export const providerSchema = z.object({
  sms: z.object({
    adapter: z.enum(['log', 'smpp', 'http']),
    sender: z.string(),
    smpp: z.object({ url: masked, window: count, throttle_per_second: z.number() }).nullable(),
    http: z.object({ url: masked, method: z.string(), format: z.string(), window: count }).nullable(),
    delivery_report_webhook: z.object({ enabled: z.boolean(), path: z.string(), header: z.string() }),
  }),
  email: z.object({
    smtp: masked,
    imap: masked,
    mailbox: z.string(),
    from: z.string(),
    fax_gateway_from: z.string().nullable(),
  }),
  outbox: z.object({ lease_seconds: z.number(), max_attempts: count }),
});

/** A delivery report: `id` (or `message_id`, `messageId`) and `status`, or the configured gateway's own fields. */
export const deliveryReportSchema = z
  .looseObject({
    id: z.union([z.string(), z.number()]).optional(),
    message_id: z.union([z.string(), z.number()]).optional(),
    messageId: z.union([z.string(), z.number()]).optional(),
    status: z
      .string()
      .optional()
      .meta({ description: deliveryStatuses.join(' | ') }),
  })
  .meta({ description: "A delivery report: id and status, or the configured gateway's own fields" });

export const deliveryReportResultSchema = z.object({
  outcome: z.enum(['applied', 'duplicate', 'pending']),
  provider_message_id: z.string(),
  status: z.enum(deliveryStatuses),
});

export const inboundListSchema = z.object({
  total: count,
  items: z.array(
    z.object({
      id: z.uuid(),
      message_id: z.string().nullable(),
      thread_id: z.string().nullable(),
      from_address: z.string().nullable(),
      from_name: z.string().nullable(),
      subject: z.string().nullable(),
      is_fax: z.boolean(),
      attachments: count,
      sent_at: z.iso.datetime().nullable(),
      received_at: z.iso.datetime(),
    }),
  ),
});

export const inboundEmailSchema = z.object({
  id: z.uuid(),
  mailbox: z.string(),
  message_id: z.string().nullable(),
  in_reply_to: z.string().nullable(),
  references: z.array(z.string()).nullable(),
  thread_id: z.string().nullable(),
  from_address: z.string().nullable(),
  from_name: z.string().nullable(),
  to: z.array(z.string()).nullable(),
  subject: z.string().nullable(),
  text: z.string().nullable(),
  html: z.string().nullable().meta({ description: 'Render only in a sandboxed frame' }),
  is_fax: z.boolean(),
  size: count,
  problems: z.array(z.string()).nullable(),
  sent_at: z.iso.datetime().nullable(),
  received_at: z.iso.datetime(),
  attachments: z.array(
    z.object({
      id: z.uuid(),
      filename: z.string().nullable(),
      content_type: z.string(),
      size: count,
      sha256: z.string().nullable(),
      stored: z.boolean(),
    }),
  ),
});
