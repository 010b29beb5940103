import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database, Tx } from '../../db/client.ts';
import { publish } from '../events/index.ts';
import type { SettingsService } from '../settings/index.ts';
import { acceptsReport, finalStatuses } from './domain/delivery-status.ts';
import { renderEmail } from './domain/email-html.ts';
import { outboxChanged } from './domain/live-audience.ts';
import { normaliseMobile } from './domain/recipients.ts';
import { defaultRetryPolicy, nextAttempt, type RetryPolicy } from './domain/retry-policy.ts';
import { sendingWindow } from './domain/sending-window.ts';
import { analyseSms } from './domain/sms-encoding.ts';
import { effectiveMaxSegments, renderTemplate, TemplateError } from './domain/templates.ts';
import { asChannelError, type ChannelError, type DeliveryReport, type SmsProvider } from './adapters/sms-provider.ts';
import type { EmailSender } from './adapters/email-sender.ts';
import type { LogLine } from './adapters/log/log-sms.adapter.ts';
import { blockedAddresses, checkClaimedMarketing, MARKETING, smsMarketingDecision } from './marketing-policy.ts';
import {
  claimDueMessages,
  findApprovedTemplate,
  findMessageById,
  findMessageByProviderId,
  findOutgoingAttachments,
  countSubmittedSince,
  findPendingReports,
  findSmsOptedOut,
  holdClaimed,
  insertDeliveryReport,
  insertMessages,
  insertOutgoingAttachments,
  markReportApplied,
  recordAcknowledgements,
  recordFailures,
  requeueExpiredClaims,
  setMessageStatusFromReport,
  type ClaimedMessage,
  type OutgoingAttachment,
  type FailureUpdate,
  type MessageRow,
  type NewMessageRow,
} from './messaging.repository.ts';

// The transactional outbox (SPEC §6 Reliability). Enqueueing writes rows; the dispatcher claims
// due rows in chunks no larger than the provider's window, marks them submitted before the
// network call, and records each answer. At most one chunk is unacknowledged at any time, so a
// crash re-sends at most one window of messages — and only those, which it reports.

export type Refusal = { to: string; key?: string; code: string; message: string; message_ar: string };
export type EnqueueResult = {
  queued: { id: string; key: string; to: string }[];
  duplicates: { key: string; to: string }[];
  refused: Refusal[];
};

export type SmsRequest = {
  purpose: string;
  /** The business object (`installment:…`); with purpose and recipient it makes the idempotency key. */
  businessRef?: string;
  to: string;
  /** A body as is, or an approved template of `template.purpose` (default: the request's purpose). */
  body?: string;
  template?: { purpose?: string; language?: 'ar' | 'en'; values: Record<string, string | number> };
  /** For plain bodies (templates carry their own): default 1. */
  maxSegments?: number;
  /** The customer opted out of SMS (the customers module supplies this). */
  optedOut?: boolean;
  /**
   * The customer's country (ISO alpha-2), for a marketing SMS whose number does not tell it;
   * the number's own country wins.
   */
  country?: string;
  /** Bulk messages wait for the calling window (default); operator tests do not. */
  honourWindow?: boolean;
  /** Operator tests are one attempt, never retried later. */
  maxAttempts?: number;
  createdBy?: string | null;
};

export type EmailRequest = {
  purpose: string;
  businessRef?: string;
  to: string;
  language: 'ar' | 'en';
  subject: string;
  text: string;
  htmlFragment?: string;
  /** Files sent with the message (the scheduled reports' XLSX). */
  attachments?: OutgoingAttachment[];
  /** Extra headers: `In-Reply-To` and `References` keep an answer in the customer's thread. */
  headers?: Record<string, string>;
  /** Marketing mail carries List-Unsubscribe and a footer link, and skips unsubscribed addresses. */
  marketing?: boolean;
  honourWindow?: boolean;
  maxAttempts?: number;
  createdBy?: string | null;
};

export type OutboxDeps = {
  database: Database;
  settings: Pick<SettingsService, 'all'>;
  sms: SmsProvider;
  email: EmailSender;
  leaseSeconds: number;
  maxAttempts: number;
  /** Base of the unsubscribe links in marketing mail. */
  publicUrl: string;
  clock?: () => Date;
  retryPolicy?: Partial<RetryPolicy>;
  log?: LogLine;
  workerId?: string;
};

export type DispatchReport = {
  sent: number;
  failed: number;
  retryScheduled: number;
  /** Messages found in flight from a crashed worker and queued again (may be duplicates). */
  recoveredInFlight: number;
  /** Bulk SMS waiting for the calling window, when it is closed. */
  windowClosedUntil: string | null;
  chunks: number;
  /** Marketing messages put back unsent: their country's hours, weekend or holiday. */
  held: number;
  /** Marketing messages refused at sending (an opt-out or bounce recorded after enqueue, a sender the rules refuse). */
  refused: number;
  /** Channels that stopped this round at their send rate limit (settings `send_rate_limits`). */
  rateLimited: ('sms' | 'email')[];
};

const emptyReport = (): DispatchReport => ({
  sent: 0,
  failed: 0,
  retryScheduled: 0,
  recoveredInFlight: 0,
  windowClosedUntil: null,
  chunks: 0,
  held: 0,
  refused: 0,
  rateLimited: [],
});

const emailWindow = 5;

export type EnqueueOptions = {
  /** Runs in the transaction that writes the rows (the caller's audit entry). */
  inTransaction?: (tx: Tx, inserted: { id: string; idempotencyKey: string }[]) => Promise<void>;
  /**
   * The caller's transaction: the rows are read and written in it, so they land with the
   * caller's own change or not at all (a ticket and its acknowledgement).
   */
  tx?: Tx;
};

export class Outbox {
  private readonly clock: () => Date;
  private readonly workerId: string;
  private readonly policy: RetryPolicy;
  private reportChain: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: OutboxDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.workerId = deps.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.policy = { ...defaultRetryPolicy, maxAttempts: deps.maxAttempts, ...deps.retryPolicy };
    deps.sms.onDeliveryReport?.((report) => {
      this.recordDeliveryReport(deps.sms.name, report).catch((error: unknown) =>
        deps.log?.({ err: error }, 'delivery report not recorded'),
      );
    });
  }

  /** Waits until every pushed delivery report so far is written (tests, shutdown). */
  async flushReports(): Promise<void> {
    await this.reportChain;
  }

  // ---- enqueue ----------------------------------------------------------------------

  async enqueueSms(requests: SmsRequest[], options: EnqueueOptions = {}): Promise<EnqueueResult> {
    const db = options.tx ?? this.deps.database.db;
    const settings = await this.deps.settings.all(options.tx);
    const { sms_sender: sender, company_name: company } = settings;
    const result: EnqueueResult = { queued: [], duplicates: [], refused: [] };
    const marketingNumbers = requests
      .filter((r) => r.purpose === MARKETING)
      .map((r) => normaliseMobile(r.to))
      .flatMap((r) => (r.ok ? [r.e164] : []));
    const optedOutOfMarketing = await findSmsOptedOut(db, marketingNumbers);
    const rows: NewMessageRow[] = [];
    const templateCache = new Map<string, Awaited<ReturnType<typeof findApprovedTemplate>>>();
    for (const request of requests) {
      const recipient = normaliseMobile(request.to);
      if (!recipient.ok) {
        result.refused.push({
          to: request.to,
          code: 'bad_recipient',
          message: recipient.message,
          message_ar: recipient.message_ar,
        });
        continue;
      }
      const key = idempotencyKey(request.purpose, request.businessRef, recipient.e164);
      if (request.optedOut) {
        result.refused.push({
          to: recipient.e164,
          key,
          code: 'opted_out',
          message: 'The customer opted out of SMS.',
          message_ar: 'العميل طلب إيقاف الرسائل القصيرة.',
        });
        continue;
      }
      let marketing: {
        country: string | null;
        sender: string;
        hold?: { reason: 'hours' | 'weekend' | 'holiday'; until: Date };
      } | null = null;
      if (request.purpose === MARKETING) {
        const decision = smsMarketingDecision(
          this.clock(),
          recipient.e164,
          request.country,
          settings,
          optedOutOfMarketing,
        );
        if (!decision.ok) {
          result.refused.push({ to: recipient.e164, key, ...decision.refusal });
          continue;
        }
        marketing = decision;
      }
      let body = request.body;
      let maxSegments = request.maxSegments ?? 1;
      let templateId: string | null = null;
      if (request.template) {
        const purpose = request.template.purpose ?? request.purpose;
        const language = request.template.language ?? 'ar';
        const cacheKey = `${purpose}/${language}`;
        if (!templateCache.has(cacheKey)) {
          templateCache.set(cacheKey, await findApprovedTemplate(db, purpose, 'sms', language));
        }
        const template = templateCache.get(cacheKey);
        if (!template) {
          result.refused.push({
            to: recipient.e164,
            key,
            code: 'template_not_found',
            message: `There is no approved ${language} SMS template for “${purpose}”.`,
            message_ar: `لا يوجد نموذج رسالة قصيرة معتمد (${language}) للغرض «${purpose}».`,
          });
          continue;
        }
        try {
          body = renderTemplate(template.body, { company, ...request.template.values });
        } catch (error) {
          if (!(error instanceof TemplateError)) throw error;
          result.refused.push({ to: recipient.e164, key, ...templateRefusal(error) });
          continue;
        }
        maxSegments = effectiveMaxSegments(template.purpose, template.maxSegments);
        templateId = template.id;
      }
      const refusal = smsBodyRefusal(body ?? '', maxSegments);
      if (refusal) {
        result.refused.push({ to: recipient.e164, key, ...refusal });
        continue;
      }
      const analysis = analyseSms(body!);
      rows.push({
        channel: 'sms',
        purpose: request.purpose,
        businessRef: request.businessRef ?? null,
        recipient: recipient.e164,
        body: body!,
        encoding: analysis.encoding,
        segments: analysis.segments,
        sender: marketing?.sender ?? sender,
        templateId,
        idempotencyKey: key,
        maxAttempts: request.maxAttempts ?? this.policy.maxAttempts,
        // A marketing SMS to a country with a rule keeps that country's hours instead of the calling window.
        honourWindow: marketing?.country ? false : (request.honourWindow ?? true),
        country: marketing?.country ?? null,
        holdReason: marketing?.hold?.reason ?? null,
        notBefore: marketing?.hold?.until ?? this.clock(),
        createdBy: request.createdBy ?? null,
      });
    }
    await this.insertRows(rows, result, options);
    return result;
  }

  async enqueueEmail(requests: EmailRequest[], options: EnqueueOptions = {}): Promise<EnqueueResult> {
    const result: EnqueueResult = { queued: [], duplicates: [], refused: [] };
    const isMarketing = (r: EmailRequest) => Boolean(r.marketing) || r.purpose === MARKETING;
    const marketingAddresses = requests.filter(isMarketing).map((r) => r.to.trim().toLowerCase());
    const blocked = await blockedAddresses(options.tx ?? this.deps.database.db, marketingAddresses);
    const rows: NewMessageRow[] = [];
    const files = new Map<string, OutgoingAttachment[]>();
    for (const request of requests) {
      const to = request.to.trim().toLowerCase();
      if (!/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(to)) {
        result.refused.push({
          to: request.to,
          code: 'bad_recipient',
          message: `“${request.to}” is not an email address.`,
          message_ar: `«${request.to}» ليس عنوان بريد إلكتروني صحيحًا.`,
        });
        continue;
      }
      const key = idempotencyKey(request.purpose, request.businessRef, to);
      const block = isMarketing(request) ? blocked.get(to) : undefined;
      if (block) {
        result.refused.push({ to, key, ...block });
        continue;
      }
      const token = isMarketing(request) ? randomBytes(18).toString('base64url') : null;
      const unsubscribeUrl = token
        ? `${this.deps.publicUrl.replace(/\/$/, '')}/api/v1/messaging/unsubscribe/${token}`
        : undefined;
      const { html, text } = renderEmail({
        language: request.language,
        subject: request.subject,
        text: request.text,
        htmlFragment: request.htmlFragment,
        unsubscribeUrl,
      });
      if (request.attachments?.length) files.set(key, request.attachments);
      rows.push({
        channel: 'email',
        purpose: request.purpose,
        businessRef: request.businessRef ?? null,
        recipient: to,
        subject: request.subject,
        body: text,
        html,
        headers:
          unsubscribeUrl || request.headers
            ? {
                ...request.headers,
                // RFC 8058: a mail client's one-click button POSTs `List-Unsubscribe=One-Click` to the https URL.
                ...(unsubscribeUrl
                  ? {
                      'List-Unsubscribe': `<${unsubscribeUrl}>`,
                      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
                    }
                  : {}),
              }
            : null,
        unsubscribeToken: token,
        idempotencyKey: key,
        maxAttempts: request.maxAttempts ?? this.policy.maxAttempts,
        honourWindow: request.honourWindow ?? isMarketing(request),
        notBefore: this.clock(),
        createdBy: request.createdBy ?? null,
      });
    }
    await this.insertRows(rows, result, options, files);
    return result;
  }

  private async insertRows(
    rows: NewMessageRow[],
    result: EnqueueResult,
    options: EnqueueOptions,
    files = new Map<string, OutgoingAttachment[]>(),
  ) {
    const write = async (tx: Tx, chunk: NewMessageRow[]) => {
      const created = await insertMessages(tx, chunk);
      await insertOutgoingAttachments(
        tx,
        created.flatMap((m) => (files.get(m.idempotencyKey) ?? []).map((file) => ({ messageId: m.id, file }))),
      );
      await options.inTransaction?.(tx, created);
      if (created.length > 0) await publish(tx, outboxChanged(created.map((m) => m.id)));
      return created;
    };
    // Chunks keep each statement well under PostgreSQL's parameter limit.
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      const inserted = options.tx
        ? await write(options.tx, chunk)
        : await this.deps.database.db.transaction((tx) => write(tx, chunk));
      const newKeys = new Set(inserted.map((r) => r.idempotencyKey));
      const idByKey = new Map(inserted.map((r) => [r.idempotencyKey, r.id]));
      for (const row of chunk) {
        if (newKeys.delete(row.idempotencyKey)) {
          result.queued.push({ id: idByKey.get(row.idempotencyKey)!, key: row.idempotencyKey, to: row.recipient });
        } else result.duplicates.push({ key: row.idempotencyKey, to: row.recipient });
      }
    }
  }

  // ---- dispatch ---------------------------------------------------------------------

  /** Puts back the messages a crashed worker left in flight; returns how many. */
  async recoverInFlight(): Promise<number> {
    const recovered = await requeueExpiredClaims(this.deps.database.db, this.clock());
    const count = recovered.length;
    if (count > 0) {
      await publish(this.deps.database.db, outboxChanged(recovered.map((m) => m.id)));
      this.deps.log?.(
        { recovered: count },
        `${count} message(s) were in flight at a crash (submitted, not acknowledged) and may be sent twice`,
      );
    }
    return count;
  }

  /**
   * Sends due messages until none is left, `maxMessages` were handled, or `deadline` passed.
   * Safe to run in several processes at once (rows are claimed with SKIP LOCKED).
   */
  async dispatch(options: { maxMessages?: number; deadline?: number } = {}): Promise<DispatchReport> {
    const report: DispatchReport = { ...emptyReport(), recoveredInFlight: await this.recoverInFlight() };
    // Reports received by another process before the ack there was written.
    await this.applyPendingReports();
    const decision = await this.windowDecision();
    if (!decision.open) report.windowClosedUntil = decision.nextOpenAt.toISOString();
    let handled = 0;
    for (const channel of ['sms', 'email'] as const) {
      const limit = channel === 'sms' ? this.deps.sms.window : emailWindow;
      for (;;) {
        if (options.deadline !== undefined && Date.now() > options.deadline) return report;
        let room = options.maxMessages === undefined ? limit : Math.min(limit, options.maxMessages - handled);
        if (room <= 0) return report;
        const allowed = await this.rateRoom(channel, options.deadline);
        if (allowed <= 0) {
          report.rateLimited.push(channel);
          break;
        }
        room = Math.min(room, allowed);
        const claimed = await this.claim(channel, room, decision.open);
        if (claimed.length === 0) break;
        await this.sendChunk(claimed, report);
        handled += claimed.length;
      }
    }
    return report;
  }

  /** Sends one message now (operator tests): it is still a row first. */
  async sendNow(id: string): Promise<MessageRow> {
    const claimed = await this.claim(undefined, 1, true, id);
    if (claimed.length > 0) await this.sendChunk(claimed, emptyReport());
    return (await findMessageById(this.deps.database.db, id))!;
  }

  private async claim(channel: 'sms' | 'email' | undefined, limit: number, windowOpen: boolean, id?: string) {
    const now = this.clock();
    const row = id ? await findMessageById(this.deps.database.db, id) : undefined;
    return claimDueMessages(this.deps.database.db, {
      channel: channel ?? (row?.channel as 'sms' | 'email') ?? 'sms',
      limit,
      now,
      leaseUntil: new Date(now.getTime() + this.deps.leaseSeconds * 1000),
      workerId: this.workerId,
      windowOpen,
      ...(id ? { id } : {}),
    });
  }

  /**
   * How many more messages of the channel the send rate limits allow now, counted from the
   * rows submitted in the last second and minute (so several dispatching processes share them).
   * A full second is waited out (briefly) within the deadline; a full minute ends the round.
   */
  private async rateRoom(channel: 'sms' | 'email', deadline?: number): Promise<number> {
    const { send_rate_limits: limits } = await this.deps.settings.all();
    const perMinute = channel === 'sms' ? limits.sms_per_minute : limits.email_per_minute;
    const perSecond = channel === 'sms' ? limits.sms_per_second : 0;
    const db = this.deps.database.db;
    let room = Number.POSITIVE_INFINITY;
    if (perMinute > 0) room = Math.min(room, perMinute - (await countSubmittedSince(db, channel, 60)));
    if (room <= 0 || perSecond <= 0) return room;
    for (let waits = 0; ; waits++) {
      const thisSecond = perSecond - (await countSubmittedSince(db, channel, 1));
      if (thisSecond > 0) return Math.min(room, thisSecond);
      if (waits >= 3 || (deadline !== undefined && Date.now() + 1000 > deadline)) return 0;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  private async windowDecision() {
    // One read of the settings (each `get` reads them all).
    const { timezone, calling_window: window, weekend, holidays } = await this.deps.settings.all();
    return sendingWindow(this.clock(), { timezone, window, weekend, holidays });
  }

  private async sendChunk(all: ClaimedMessage[], report: DispatchReport) {
    report.chunks++;
    const settings = await this.deps.settings.all();
    const {
      send: claimed,
      holds,
      refused,
    } = await checkClaimedMarketing(this.deps.database.db, all, this.clock(), settings);
    if (holds.length > 0 || refused.length > 0) {
      await holdClaimed(this.deps.database.db, holds);
      await recordFailures(this.deps.database.db, refused);
      await publish(this.deps.database.db, outboxChanged([...holds, ...refused].map((m) => m.id)));
      report.held += holds.length;
      report.refused += refused.length;
      report.failed += refused.length;
    }
    const files = new Map<string, OutgoingAttachment[]>();
    const emailIds = claimed.filter((r) => r.channel === 'email').map((r) => r.id);
    for (const file of await findOutgoingAttachments(this.deps.database.db, emailIds)) {
      files.set(file.messageId, [...(files.get(file.messageId) ?? []), file]);
    }
    const outcomes = await Promise.all(
      claimed.map(async (row) => {
        try {
          const { providerMessageId } = await this.sendOne(row, files.get(row.id) ?? []);
          return { row, providerMessageId };
        } catch (error) {
          return { row, error: asChannelError(error) };
        }
      }),
    );
    const acks: { id: string; providerMessageId: string }[] = [];
    const failures: FailureUpdate[] = [];
    const now = this.clock();
    for (const outcome of outcomes) {
      if ('providerMessageId' in outcome && outcome.providerMessageId !== undefined) {
        acks.push({ id: outcome.row.id, providerMessageId: outcome.providerMessageId });
        continue;
      }
      const error = (outcome as { error: ChannelError }).error;
      const next = nextAttempt(outcome.row.attempts, error, { ...this.policy, maxAttempts: outcome.row.max_attempts });
      failures.push({
        id: outcome.row.id,
        status: next.retry ? 'queued' : 'failed',
        notBefore: next.retry ? new Date(now.getTime() + next.delayMs) : null,
        error: error.message,
        errorClass: error.errorClass,
      });
      if (next.retry) report.retryScheduled++;
      else report.failed++;
    }
    const db = this.deps.database.db;
    await recordAcknowledgements(db, acks);
    await recordFailures(db, failures);
    await publish(db, outboxChanged(claimed.map((m) => m.id)));
    report.sent += acks.length;
    await this.applyPendingReports(acks.map((a) => a.providerMessageId));
  }

  private sendOne(row: ClaimedMessage, attachments: OutgoingAttachment[]): Promise<{ providerMessageId: string }> {
    if (row.channel === 'sms') {
      return this.deps.sms.send({
        to: row.recipient,
        body: row.body,
        sender: row.sender ?? '',
        idempotencyKey: row.idempotency_key,
      });
    }
    return this.deps.email.send({
      to: row.recipient,
      subject: row.subject ?? '',
      text: row.body,
      html: row.html ?? '',
      headers: row.headers ?? undefined,
      idempotencyKey: row.idempotency_key,
      ...(attachments.length ? { attachments } : {}),
    });
  }

  // ---- delivery reports -------------------------------------------------------------

  /**
   * Applies one report: `applied`, `duplicate` (harmless), or `pending` (its ack is not written
   * yet). Reports and the application of pending ones run one at a time in this process, so a
   * report that missed its message is always seen by the apply that follows the ack.
   */
  recordDeliveryReport(provider: string, report: DeliveryReport): Promise<'applied' | 'duplicate' | 'pending'> {
    return this.serialise(() => this.applyReport(provider, report));
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const run = this.reportChain.then(work, work);
    this.reportChain = run.catch(() => undefined);
    return run;
  }

  private async applyReport(provider: string, report: DeliveryReport): Promise<'applied' | 'duplicate' | 'pending'> {
    return this.deps.database.db.transaction(async (tx) => {
      const message = await findMessageByProviderId(tx, report.providerMessageId);
      if (!message) {
        await insertDeliveryReport(tx, { provider, ...report, applied: false });
        return 'pending';
      }
      const accepted = acceptsReport(message.status, report.status);
      if (accepted) {
        await setMessageStatusFromReport(
          tx,
          message.id,
          report.status,
          finalStatuses.has(report.status),
          `${provider} report: ${report.status}${report.error ? ` (error ${report.error})` : ''}`,
        );
        await publish(tx, outboxChanged([message.id]));
      }
      await insertDeliveryReport(tx, { provider, ...report, applied: true });
      return accepted ? 'applied' : 'duplicate';
    });
  }

  /** Pending reports of these provider ids (or of any message that now has its id). */
  private applyPendingReports(providerIds?: string[]): Promise<void> {
    return this.serialise(() => this.applyPending(providerIds));
  }

  private async applyPending(providerIds?: string[]) {
    const pending = await findPendingReports(this.deps.database.db, providerIds);
    for (const report of pending) {
      await this.deps.database.db.transaction(async (tx) => {
        const message = await findMessageByProviderId(tx, report.providerMessageId);
        if (!message) return;
        const status = report.status as DeliveryReport['status'];
        if (acceptsReport(message.status, status)) {
          await setMessageStatusFromReport(
            tx,
            message.id,
            status,
            finalStatuses.has(status),
            `${report.provider} report: ${status}`,
          );
          await publish(tx, outboxChanged([message.id]));
        }
        await markReportApplied(tx, report.id);
      });
    }
  }
}

export function idempotencyKey(purpose: string, businessRef: string | undefined, recipient: string): string {
  return `${purpose}:${businessRef ?? randomUUID()}:${recipient}`;
}

/** Why a body cannot go as an SMS of at most `maxSegments` segments, or undefined. */
export function smsBodyRefusal(body: string, maxSegments: number): Omit<Refusal, 'to'> | undefined {
  if (body.trim() === '') {
    return { code: 'empty_body', message: 'The message is empty.', message_ar: 'نص الرسالة فارغ.' };
  }
  const a = analyseSms(body);
  if (a.segments <= maxSegments) return undefined;
  const limit = maxSegments === 1 ? (a.encoding === 'ucs2' ? 70 : 160) : undefined;
  const encodingName = a.encoding === 'ucs2' ? 'UCS-2 (Arabic or other non-GSM characters)' : 'GSM-7';
  return {
    code: 'sms_too_long',
    message:
      `The message needs ${a.segments} SMS segments (${a.units} ${a.encoding === 'ucs2' ? 'characters' : 'septets'} in ${encodingName}); ` +
      `at most ${maxSegments} allowed${limit ? ` (${limit} characters)` : ''}. It was not sent, split or cut.`,
    message_ar:
      `الرسالة تحتاج إلى ${a.segments} مقاطع (${a.units} حرفًا بترميز ${a.encoding === 'ucs2' ? 'UCS-2' : 'GSM-7'})، ` +
      `والحد المسموح ${maxSegments}${limit ? ` (${limit} حرفًا)` : ''}. لم تُرسل الرسالة ولم تُجزّأ أو تُقتطع.`,
  };
}

function templateRefusal(error: TemplateError): Omit<Refusal, 'to' | 'key'> {
  const p = error.problems[0]!;
  switch (p.code) {
    case 'unknown_variable':
      return {
        code: 'unknown_variable',
        message: `The template uses an unknown variable {${p.variable}}.`,
        message_ar: `يستخدم النموذج متغيرًا غير معروف {${p.variable}}.`,
      };
    case 'missing_variable':
      return {
        code: 'missing_variable',
        message: `No value for {${p.variable}}.`,
        message_ar: `لا توجد قيمة للمتغير {${p.variable}}.`,
      };
    default:
      return {
        code: 'sms_too_long',
        message: `The value of {${p.variable}} is ${p.length} characters; at most ${p.maxLength} are allowed.`,
        message_ar: `قيمة {${p.variable}} طولها ${p.length} حرفًا، والحد ${p.maxLength}.`,
      };
  }
}
