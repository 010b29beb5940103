import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { audit, type Actor } from '../audit/index.ts';
import { normaliseMobile } from './domain/recipients.ts';
import {
  findMessageByUnsubscribeToken,
  findOptOuts,
  insertSmsOptOut,
  insertUnsubscribe,
} from './messaging.repository.ts';
import type { OptOutSource } from './messaging.schema.ts';
import { maskRecipient } from './messaging.service.ts';

// Marketing opt-outs (issue 16), separate from service messages: a number that opted out of
// marketing SMS still gets its reminders. Recorded by the email's unsubscribe link (one click,
// RFC 8058), or by an agent or manager on the customer's word.

export type UnsubscribeOutcome = 'unsubscribed' | 'already' | 'unknown';

/** What the unsubscribe link's page shows before anything changes (GET never changes state). */
export async function unsubscribeTarget(database: Database, token: string) {
  const message = await findMessageByUnsubscribeToken(database.db, token);
  if (!message) return undefined;
  return { masked: maskRecipient(message.recipient) };
}

/**
 * The one-click POST (RFC 8058) and the page's button: honoured at once, recorded once; a repeat
 * or an unknown token is a calm answer, never an error.
 */
export async function unsubscribeByToken(
  database: Database,
  token: string,
  source: Extract<OptOutSource, 'link' | 'one_click'>,
): Promise<UnsubscribeOutcome> {
  const message = await findMessageByUnsubscribeToken(database.db, token);
  if (!message || message.channel !== 'email') return 'unknown';
  return database.db.transaction(async (tx) => {
    const recorded = await insertUnsubscribe(tx, message.recipient, message.id, { source });
    if (!recorded) return 'already';
    const label = source === 'one_click' ? 'system:one-click-unsubscribe' : 'system:unsubscribe-link';
    await audit(tx, { id: null, label, role: null }, 'email.unsubscribe', {
      entity: 'email_unsubscribe',
      id: message.recipient,
      after: { message_id: message.id, source },
    });
    return 'unsubscribed';
  });
}

export const optOutSchema = z
  .object({
    channel: z.enum(['sms', 'email']),
    address: z.string().trim().min(3).max(254).meta({ description: 'A mobile number (SMS) or an email address' }),
    note: z.string().trim().max(500).optional(),
  })
  .strict();

/** An agent's or manager's entry: the customer asked for no more marketing on this channel. */
export async function recordOptOut(database: Database, actor: Actor, input: z.infer<typeof optOutSchema>) {
  const address = input.channel === 'sms' ? normalisedNumber(input.address) : normalisedEmail(input.address);
  const entry = { source: 'manual' as const, createdBy: actor.id, note: input.note ?? null };
  return database.db.transaction(async (tx) => {
    const recorded =
      input.channel === 'sms'
        ? await insertSmsOptOut(tx, address, entry)
        : await insertUnsubscribe(tx, address, null, entry);
    if (recorded) {
      await audit(tx, actor, 'marketing.opt_out', {
        entity: input.channel === 'sms' ? 'sms_opt_out' : 'email_unsubscribe',
        id: address,
        after: { channel: input.channel, source: 'manual', note: input.note ?? null },
      });
    }
    return { channel: input.channel, address, recorded };
  });
}

export const optOutQuerySchema = z
  .object({
    address: z.string().trim().min(3).max(254).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export async function listOptOuts(database: Database, query: z.infer<typeof optOutQuerySchema>) {
  let address = query.address;
  if (address) {
    const number = normaliseMobile(address);
    address = number.ok ? number.e164 : address.toLowerCase();
  }
  const rows = await findOptOuts(database.db, address ? { address } : {}, query.limit);
  return {
    items: rows.map((r) => ({
      channel: r.channel,
      recipient: maskRecipient(r.address),
      at: r.at.toISOString(),
      source: r.source,
      note: r.note,
    })),
  };
}

function normalisedNumber(raw: string): string {
  const number = normaliseMobile(raw);
  if (number.ok) return number.e164;
  throw new AppError('validation_failed', {
    errors: [{ field: 'address', code: 'bad_recipient', message: number.message, message_ar: number.message_ar }],
  });
}

function normalisedEmail(raw: string): string {
  const address = raw.trim().toLowerCase();
  if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(address)) return address;
  throw new AppError('validation_failed', {
    errors: [
      {
        field: 'address',
        code: 'bad_recipient',
        message: `“${raw}” is not an email address.`,
        message_ar: `«${raw}» ليس عنوان بريد إلكتروني صحيحًا.`,
      },
    ],
  });
}
