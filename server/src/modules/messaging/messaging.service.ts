import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { maskPhone, zonedWallTimeToInstant } from '../customers/index.ts';
import { AppError, type ErrorCode } from '../../http/errors.ts';
import { parseInput } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import { publish } from '../events/index.ts';
import type { DeliveryReport } from './adapters/sms-provider.ts';
import { deliveryStatuses } from './domain/delivery-status.ts';
import { outboxChanged } from './domain/live-audience.ts';
import { messagePurposes } from './domain/templates.ts';
import {
  countEventsOfType,
  countMessagesByStatus,
  findMessageById,
  findMessageEvents,
  findMessages,
  requeueFailedMessage,
  type MessageFilter,
  type MessageRow,
} from './messaging.repository.ts';
import type { MessagingRuntime } from './messaging.runtime.ts';
import type { Refusal } from './outbox.service.ts';
import { calendarDate } from '../../shared/calendar-date.ts';

export { outboxStatuses } from './domain/outbox-status.ts';
import { outboxStatuses } from './domain/outbox-status.ts';

export function maskRecipient(recipient: string): string {
  if (recipient.includes('@')) {
    const [user, domain] = recipient.split('@');
    return `${user!.slice(0, 2)}•••@${domain}`;
  }
  // A number shows as it does everywhere else: national form, masked one way.
  return maskPhone(recipient);
}

export function toPublicMessage(row: MessageRow, options: { reveal: boolean }) {
  return {
    id: row.id,
    channel: row.channel,
    purpose: row.purpose,
    business_ref: row.businessRef,
    recipient: options.reveal ? row.recipient : maskRecipient(row.recipient),
    subject: row.subject,
    body: row.body,
    encoding: row.encoding,
    segments: row.segments,
    sender: row.sender,
    template_id: row.templateId,
    status: row.status,
    attempts: row.attempts,
    max_attempts: row.maxAttempts,
    provider_message_id: row.providerMessageId,
    last_error: row.lastError,
    error_class: row.errorClass,
    not_before: row.notBefore.toISOString(),
    country: row.country,
    hold_reason: row.status === 'queued' ? row.holdReason : null,
    submitted_at: row.submittedAt?.toISOString() ?? null,
    acknowledged_at: row.acknowledgedAt?.toISOString() ?? null,
    final_at: row.finalAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export const outboxQuerySchema = z
  .object({
    status: z.enum(outboxStatuses).optional(),
    purpose: z.string().trim().min(1).max(50).optional(),
    channel: z.enum(['sms', 'email']).optional(),
    from: calendarDate().optional(),
    to: calendarDate().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  })
  .strict();

export async function listOutbox(
  database: Database,
  query: z.output<typeof outboxQuerySchema>,
  timeZone = 'Asia/Riyadh',
) {
  // Days are the installation's days: `from` at its local midnight, `to` inclusive.
  const midnight = (date: string) => zonedWallTimeToInstant(Date.parse(`${date}T00:00:00Z`), timeZone);
  const filter: MessageFilter = {
    ...(query.status && { status: query.status }),
    ...(query.purpose && { purpose: query.purpose }),
    ...(query.channel && { channel: query.channel }),
    ...(query.from && { from: midnight(query.from) }),
    ...(query.to && { to: new Date(midnight(query.to).getTime() + 86_400_000) }),
  };
  const { items, total } = await findMessages(database.db, filter, query.limit, query.offset);
  return { total, items: items.map((r) => toPublicMessage(r, { reveal: false })) };
}

/** One message with its history; the full recipient is a sensitive read and is audited. */
export async function getMessage(database: Database, actor: Actor, id: string) {
  const row = await findMessageById(database.db, id);
  if (!row) throw new AppError('not_found');
  const events = await findMessageEvents(database.db, id);
  await database.db.transaction((tx) => audit(tx, actor, 'message.read', { entity: 'outbound_message', id }));
  return {
    ...toPublicMessage(row, { reveal: true }),
    events: events.map((e) => ({ at: e.at.toISOString(), type: e.type, status: e.status, detail: e.detail })),
  };
}

export async function outboxStats(database: Database) {
  const byStatus = await countMessagesByStatus(database.db);
  return {
    by_status: Object.fromEntries(outboxStatuses.map((s) => [s, byStatus[s] ?? 0])),
    recovered_after_crash: await countEventsOfType(database.db, 'recovered'),
  };
}

export async function retryMessage(runtime: MessagingRuntime, database: Database, actor: Actor, id: string) {
  await database.db.transaction(async (tx) => {
    const before = await findMessageById(tx, id);
    if (!before) throw new AppError('not_found');
    const row = await requeueFailedMessage(tx, id, runtime.config.outbox.maxAttempts, `requested by ${actor.label}`);
    if (!row) throw new AppError('message_not_failed');
    await audit(tx, actor, 'message.retry', {
      entity: 'outbound_message',
      id,
      before: { status: before.status, attempts: before.attempts, last_error: before.lastError },
      after: { status: row.status },
    });
    await publish(tx, outboxChanged([id]));
  });
  return toPublicMessage((await findMessageById(database.db, id))!, { reveal: false });
}

function maskUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.password) u.password = '****';
    return u.toString();
  } catch {
    return '(invalid)';
  }
}

export async function providerSettings(runtime: MessagingRuntime, sender: string) {
  const c = runtime.config;
  return {
    sms: {
      adapter: c.sms.adapter,
      sender,
      smpp: c.sms.smpp
        ? { url: maskUrl(c.sms.smpp.url), window: c.sms.smpp.window, throttle_per_second: c.sms.smpp.throttlePerSecond }
        : null,
      http: c.sms.http
        ? {
            url: maskUrl(c.sms.http.url),
            method: c.sms.http.method,
            format: c.sms.http.format,
            window: c.sms.http.window,
          }
        : null,
      delivery_report_webhook: {
        enabled: Boolean(c.sms.dlrSecret),
        path: '/api/v1/messaging/webhooks/sms/{secret}',
        header: 'X-Tawasul-Webhook-Secret',
      },
    },
    email: {
      smtp: maskUrl(c.mail.smtpUrl),
      imap: maskUrl(c.mail.imapUrl),
      mailbox: c.mail.imapMailbox,
      from: c.mail.from,
      fax_gateway_from: c.mail.faxGatewayFrom ?? null,
    },
    outbox: { lease_seconds: c.outbox.leaseSeconds, max_attempts: c.outbox.maxAttempts },
  };
}

export const smsTestSchema = z
  .object({
    to: z.string().trim().min(1).max(40),
    body: z.string().max(2000),
    max_segments: z.number().int().min(1).max(10).default(1),
  })
  .strict();

export const emailTestSchema = z.object({ to: z.string().trim().min(3).max(254) }).strict();

function refusalError(refusal: Refusal): AppError {
  const known: ErrorCode[] = ['bad_recipient', 'opted_out', 'sms_too_long', 'empty_body'];
  const code = (known as string[]).includes(refusal.code) ? (refusal.code as ErrorCode) : 'validation_failed';
  return new AppError(code, { en: refusal.message, ar: refusal.message_ar });
}

/** An operator's test: one SMS, sent at once (outside the calling window too), still a row first. */
export async function sendTestSms(runtime: MessagingRuntime, actor: Actor, raw: unknown) {
  const input = parseInput(smsTestSchema, raw);
  const result = await runtime.outbox.enqueueSms(
    [
      {
        purpose: 'test',
        to: input.to,
        body: input.body,
        maxSegments: input.max_segments,
        honourWindow: false,
        maxAttempts: 1,
        createdBy: actor.id,
      },
    ],
    {
      inTransaction: async (tx, inserted) => {
        for (const m of inserted) {
          await audit(tx, actor, 'sms.test', { entity: 'outbound_message', id: m.id, after: { to: input.to } });
        }
      },
    },
  );
  if (result.refused[0]) throw refusalError(result.refused[0]);
  const row = await runtime.outbox.sendNow(result.queued[0]!.id);
  return toPublicMessage(row, { reveal: true });
}

export async function sendTestEmail(runtime: MessagingRuntime, actor: Actor, raw: unknown, companyName: string) {
  const input = parseInput(emailTestSchema, raw);
  const result = await runtime.outbox.enqueueEmail(
    [
      {
        purpose: 'test',
        to: input.to,
        language: 'ar',
        subject: `رسالة تجريبية من ${companyName}`,
        text: `هذه رسالة تجريبية من نظام تواصل للتأكد من إعدادات البريد.\n\nThis is a test message from Tawasul.`,
        honourWindow: false,
        maxAttempts: 1,
        createdBy: actor.id,
      },
    ],
    {
      inTransaction: async (tx, inserted) => {
        for (const m of inserted) {
          await audit(tx, actor, 'email.test', { entity: 'outbound_message', id: m.id, after: { to: input.to } });
        }
      },
    },
  );
  if (result.refused[0]) throw refusalError(result.refused[0]);
  const row = await runtime.outbox.sendNow(result.queued[0]!.id);
  return toPublicMessage(row, { reveal: true });
}

/** A delivery report posted by an HTTP gateway; the shared secret is checked by the caller. */
export async function receiveDeliveryReport(runtime: MessagingRuntime, payload: Record<string, unknown>) {
  const parse = runtime.sms.parseDeliveryReport?.bind(runtime.sms);
  const report: DeliveryReport | undefined = parse ? parse(payload) : genericReport(payload);
  if (!report) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: '(body)',
          code: 'unrecognised_report',
          message: 'No message id and known status found in the report.',
          message_ar: 'لم يُعثر في التقرير على معرّف رسالة وحالة معروفة.',
        },
      ],
    });
  }
  const outcome = await runtime.outbox.recordDeliveryReport(runtime.sms.name, report);
  return { outcome, provider_message_id: report.providerMessageId, status: report.status };
}

function genericReport(payload: Record<string, unknown>): DeliveryReport | undefined {
  const id = payload.id ?? payload.message_id ?? payload.messageId;
  const status = String(payload.status ?? '').toLowerCase();
  if ((typeof id !== 'string' && typeof id !== 'number') || !(deliveryStatuses as readonly string[]).includes(status)) {
    return undefined;
  }
  return { providerMessageId: String(id), status: status as DeliveryReport['status'] };
}

export const templateQuerySchema = z
  .object({
    purpose: z.enum(messagePurposes).optional(),
    channel: z.enum(['sms', 'email']).optional(),
    status: z.enum(['draft', 'approved', 'archived']).optional(),
    language: z.enum(['ar', 'en']).optional(),
  })
  .strict();
