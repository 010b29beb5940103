import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { audit, systemActor } from '../audit/index.ts';
import { autoSubmittedOf } from './domain/auto-submitted.ts';
import { deliveryStatusPart, hardBounces, type DsnRecipient } from './domain/dsn.ts';
import {
  insertBounce,
  findAttachment,
  findAttachmentsOf,
  findInboundEmailById,
  findInboundEmails,
  insertInboundEmail,
} from './messaging.repository.ts';

// Inbound mail (S1): each message is stored with its sender, subject, text, attachments and
// thread, for the customer-service module to turn into inquiries and tickets. A message from
// the fax-to-email gateway carrying a PDF or TIFF is a fax.

export type IngestOptions = {
  mailbox: string;
  uid?: number;
  faxGatewayFrom?: string | undefined;
  maxAttachmentBytes: number;
  /** Text and HTML bodies are cut at this many characters (a 50 MB body is an attack, not a letter). */
  maxBodyChars?: number;
};

const faxTypes = new Set(['application/pdf', 'image/tiff', 'image/tif']);

export async function ingestRawEmail(
  database: Database,
  raw: Buffer,
  options: IngestOptions,
): Promise<{ id: string; stored: boolean; messageId: string; bounced: string[] }> {
  const problems: string[] = [];
  let mail: ParsedMail | undefined;
  try {
    mail = await simpleParser(raw, { skipImageLinks: true, maxHtmlLengthToParse: 2_000_000 });
  } catch (error) {
    problems.push(`unparseable: ${(error as Error).message}`.slice(0, 300));
  }
  const maxChars = options.maxBodyChars ?? 1_000_000;
  const messageId =
    cleanId(mail?.messageId) ??
    `<sha256-${createHash('sha256').update(raw).digest('hex').slice(0, 40)}@tawasul.invalid>`;
  const inReplyTo = cleanId(mail?.inReplyTo);
  const references = toArray(mail?.references)
    .map(cleanId)
    .filter((r): r is string => Boolean(r));
  const threadId = references[0] ?? inReplyTo ?? messageId;
  const from = firstAddress(mail?.from);
  const isFaxSender = Boolean(options.faxGatewayFrom && from.address?.toLowerCase() === options.faxGatewayFrom);

  const attachments = (mail?.attachments ?? []).map((a) => {
    const size = a.size ?? a.content.length;
    const keep = size <= options.maxAttachmentBytes;
    if (!keep)
      problems.push(
        `attachment ${a.filename ?? '(unnamed)'} not stored: ${size} bytes over the ${options.maxAttachmentBytes}-byte cap`,
      );
    return {
      filename: a.filename ?? null,
      contentType: (a.contentType || 'application/octet-stream').toLowerCase(),
      size,
      sha256: createHash('sha256').update(a.content).digest('hex'),
      content: keep ? new Uint8Array(a.content) : null,
    };
  });
  const isFax =
    isFaxSender && attachments.some((a) => faxTypes.has(a.contentType) || /\.(pdf|tiff?)$/i.test(a.filename ?? ''));
  let text = mail?.text ?? null;
  let html = typeof mail?.html === 'string' ? mail.html : null;
  if (!mail) text = raw.toString('latin1').slice(0, maxChars);
  if (text && text.length > maxChars) {
    text = text.slice(0, maxChars);
    problems.push('text cut to the size limit');
  }
  if (html && html.length > maxChars) {
    html = null;
    problems.push('html dropped: over the size limit');
  }

  // A bounce (multipart/report; report-type=delivery-status) marks its failed recipients.
  const bounces = bouncesOf(mail, raw);

  const created = await database.db.transaction(async (tx) => {
    const row = await insertInboundEmail(
      tx,
      {
        mailbox: options.mailbox,
        uid: options.uid ?? null,
        messageId,
        inReplyTo: inReplyTo ?? null,
        references,
        threadId,
        fromAddress: from.address?.toLowerCase() ?? null,
        fromName: from.name ?? null,
        toAddresses: addressesOf(mail?.to),
        subject: mail?.subject?.slice(0, 1000) ?? null,
        text: stripNul(text),
        html: stripNul(html),
        sentAt: mail?.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
        isFax,
        autoSubmitted: autoSubmittedOf((name) => headerText(mail?.headers.get(name))),
        size: raw.length,
        problems,
      },
      attachments,
    );
    if (row) {
      for (const bounce of bounces) {
        const marked = await insertBounce(tx, {
          address: bounce.address,
          status: bounce.status,
          diagnostic: bounce.diagnostic,
          inboundEmailId: row.id,
        });
        if (marked) {
          await audit(tx, systemActor('mail-intake'), 'email.bounce', {
            entity: 'email_bounce',
            id: bounce.address,
            after: { status: bounce.status, diagnostic: bounce.diagnostic, inbound_email_id: row.id },
          });
        }
      }
    }
    return row;
  });
  return { id: created?.id ?? '', stored: Boolean(created), messageId, bounced: bounces.map((b) => b.address) };
}

/** The hard bounces a delivery-status notification reports (none for any other mail). */
function bouncesOf(mail: ParsedMail | undefined, raw: Buffer): DsnRecipient[] {
  const type = mail?.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  if (type?.value?.toLowerCase() !== 'multipart/report') return [];
  if (type.params?.['report-type']?.toLowerCase() !== 'delivery-status' || !type.params.boundary) return [];
  const part = deliveryStatusPart(raw.toString('utf8'), type.params.boundary);
  return part ? hardBounces(part) : [];
}

function headerText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value;
  return undefined;
}

function cleanId(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v.slice(0, 500) : undefined;
}

function toArray(value: string | string[] | undefined): string[] {
  if (!value) return [];
  return Array.isArray(value) ? value : value.split(/\s+/).filter(Boolean);
}

function firstAddress(value: AddressObject | AddressObject[] | undefined): { address?: string; name?: string } {
  const first = (Array.isArray(value) ? value[0] : value)?.value[0];
  return { address: first?.address, name: first?.name || undefined };
}

function addressesOf(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list
    .flatMap((v) => v.value.map((a) => a.address?.toLowerCase()).filter((a): a is string => Boolean(a)))
    .slice(0, 100);
}

// PostgreSQL text cannot hold NUL.
function stripNul(value: string | null): string | null {
  return value === null ? null : value.replace(/\u0000/g, '');
}

export async function listInboundEmails(
  database: Database,
  filter: { fax?: boolean; threadId?: string },
  limit: number,
  offset: number,
) {
  const { items, total } = await findInboundEmails(database.db, filter, limit, offset);
  return {
    total,
    items: items.map((e) => ({
      id: e.id,
      message_id: e.messageId,
      thread_id: e.threadId,
      from_address: e.fromAddress,
      from_name: e.fromName,
      subject: e.subject,
      is_fax: e.isFax,
      attachments: Number(e.attachments),
      sent_at: e.sentAt?.toISOString() ?? null,
      received_at: e.receivedAt.toISOString(),
    })),
  };
}

export async function getInboundEmail(database: Database, id: string) {
  const e = await findInboundEmailById(database.db, id);
  if (!e) throw new AppError('not_found');
  const attachments = await findAttachmentsOf(database.db, id);
  return {
    id: e.id,
    mailbox: e.mailbox,
    message_id: e.messageId,
    in_reply_to: e.inReplyTo,
    references: e.references,
    thread_id: e.threadId,
    from_address: e.fromAddress,
    from_name: e.fromName,
    to: e.toAddresses,
    subject: e.subject,
    text: e.text,
    // Shown to staff: the web app renders it in a sandboxed frame, never inline.
    html: e.html,
    is_fax: e.isFax,
    size: e.size,
    problems: e.problems,
    sent_at: e.sentAt?.toISOString() ?? null,
    received_at: e.receivedAt.toISOString(),
    attachments: attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      content_type: a.contentType,
      size: a.size,
      sha256: a.sha256,
      stored: Boolean(a.stored),
    })),
  };
}

export async function getAttachment(database: Database, emailId: string, attachmentId: string) {
  const a = await findAttachment(database.db, emailId, attachmentId);
  if (!a) throw new AppError('not_found');
  if (!a.content) throw new AppError('attachment_not_stored');
  return { filename: a.filename ?? 'attachment', contentType: a.contentType, content: Buffer.from(a.content) };
}
